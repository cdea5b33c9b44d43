package nl.koers.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.EvaluationJson;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.PortfolioStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.koers.model.Portfolio;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Option;

/** {@code koers evaluate}: the full report of one portfolio. */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Evaluates a portfolio: per action its status and reasons, then the colours and the budget change.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  koers evaluate                          the embedded default, prestatie 5.4.2",
            "  koers evaluate begroting/ --format json every portfolio of a folder, as JSON Lines",
            "  koers evaluate begroting.jsonl          one portfolio per line, streamed",
            "  cat 5.4.2.json | koers evaluate - --format json",
            "  koers evaluate 5.4.2.yaml --as-of 2018-06-30",
            "  koers evaluate 5.4.2.yaml --format json --lang en"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error", "2:invalid input (file, option or argument)"})
final class EvaluateCommand implements Callable<Integer> {

    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = CommonOptions.FILE_HELP)
    void file(String file) {
        options.file = file;
    }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text (default) or json (schema koers-result/v1).")
    Format format;

    @Override
    public Integer call() {
        if (options.file != null && !"-".equals(options.file) && PortfolioStream.isStream(Path.of(options.file))) {
            return stream(Path.of(options.file));
        }
        Evaluation evaluation = options.evaluate();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            EvaluationJson.write(evaluation, options.language(), out);
            out.flush();
        } else {
            new TextReport(new Messages(options.language()), out).print(evaluation);
        }
        return ExitCode.OK;
    }

    /**
     * A whole begroting: every portfolio of a folder or a .jsonl file, evaluated and written one at a time in
     * input order, so memory stays bounded. A record that cannot be read is reported and skipped; the exit
     * code says so at the end.
     */
    private int stream(Path input) {
        Evaluator evaluator = options.rules.evaluator();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = new Messages(options.language());
        Progress progress = new Progress(err);
        int bad = 0;
        try (PortfolioStream portfolios = PortfolioStream.open(input)) {
            boolean first = true;
            while (portfolios.hasNext()) {
                PortfolioStream.Entry entry = portfolios.next();
                if (entry.problem() != null) {
                    progress.clear();
                    err.println("koers: " + entry.problem().getMessage());
                    bad++;
                    continue;
                }
                Portfolio portfolio = entry.portfolio();
                Evaluation evaluation = evaluator.evaluate(portfolio, options.peildatum(portfolio));
                if (format == Format.json) {
                    EvaluationJson.writeLine(evaluation, options.language(), out);
                } else {
                    if (!first) {
                        out.write('\n');
                    }
                    new TextReport(messages, out).print(evaluation);
                }
                first = false;
                progress.count(portfolio);
            }
        }
        out.flush();
        progress.clear();
        if (bad > 0) {
            err.println("koers: " + bad + (bad == 1 ? " record" : " records") + " of " + input
                    + " could not be read; the others were evaluated");
            return ExitCode.INVALID_INPUT;
        }
        return ExitCode.OK;
    }

    /** A progress line on standard error, only for a person at a terminal and only after the first second. */
    private static final class Progress {
        private final PrintWriter err;
        private final boolean terminal = stderrIsTerminal();
        private final long start = System.nanoTime();
        private long portfolios;
        private long targets;
        private long shownAt;
        private boolean shown;

        Progress(PrintWriter err) {
            this.err = err;
        }

        void count(Portfolio portfolio) {
            portfolios++;
            targets += portfolio.targets().count();
            long now = System.nanoTime();
            if (terminal && now - start > 1_000_000_000L && now - shownAt > 200_000_000L) {
                err.print("\rkoers: " + portfolios + " portfolios, " + targets + " targets evaluated ...");
                err.flush();
                shownAt = now;
                shown = true;
            }
        }

        /**
         * System.console() answers for standard input and output; the progress goes to standard error, which
         * on Linux is a terminal when its descriptor links to one. Elsewhere: no progress line.
         */
        private static boolean stderrIsTerminal() {
            try {
                String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }

        void clear() {
            if (shown) {
                err.print("\r" + " ".repeat(70) + "\r");
                err.flush();
                shown = false;
            }
        }
    }
}
