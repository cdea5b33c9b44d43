package nl.koers.cli.commands;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.koers.cli.ExitCode;
import nl.koers.cli.options.CommonOptions;
import nl.koers.cli.options.ReportOptions;
import nl.koers.cli.output.OutputTarget;
import nl.koers.cli.output.ReportBuffer;
import nl.koers.cli.output.RunInputs;
import nl.koers.cli.output.Terminal;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Evaluator;
import nl.koers.format.PlainText;
import nl.koers.format.PortfolioStream;
import nl.koers.model.Portfolio;
import nl.koers.report.Messages;
import nl.koers.report.Report;
import nl.koers.report.ReportSettings;
import nl.koers.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code koers evaluate}: the full report of one portfolio, or of every portfolio of a begroting. */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Evaluates a portfolio: per action its status and reasons, then the colours and the budget change.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  koers evaluate                          the embedded default, prestatie 5.4.2",
            "  koers evaluate begroting/ --format json",
            "                                          every portfolio of a folder, as JSONL",
            "  koers evaluate begroting.jsonl          one portfolio per line, streamed",
            "  cat 5.4.2.json | koers evaluate - --format json",
            "  koers evaluate 5.4.2.yaml --as-of 2018-06-30",
            "  koers evaluate 5.4.2.yaml --format json --lang en",
            "  koers evaluate 5.4.2.yaml --format html --output 5.4.2.html",
            "  koers evaluate begroting/ --format html --output status-prestaties.html",
            "                                          an overview, then every prestatie",
            "  koers evaluate begroting/ --format csv --csv-separator ';' --csv-bom \\",
            "                 --output doelen.csv      one row per target, for Dutch Excel",
            "  koers evaluate 5.4.2.yaml --format markdown >> jaarverslag.md",
            "",
            "json follows the schema koers-result/v1 (JSON Lines for a folder or .jsonl),",
            "  unchanged, with one budget change per prestatie. --json-version 2 writes",
            "  koers-result/v2 instead: every budget change (decider, line, years), the",
            "  disagreements, and per action and prestatie the reported assessment and",
            "  the override beside the computed verdict. Version 1 stays the default so",
            "  that no consumer of it misreads; the first field of every result, schema,",
            "  names its version. Both schemas ship in koers-report",
            "  (nl/koers/report/json/koers-result-v1.schema.json and -v2).",
            "  koers evaluate 5.4.2.yaml --format json --json-version 2",
            "csv is one row per target; markdown is the section for the monitor or",
            "jaarverslag; html is one self-contained page. For a folder or .jsonl,",
            "markdown and html start with an overview of every prestatie and hold the",
            "report in memory until the end.",
            "",
            "Text is coloured only on a terminal, and never when NO_COLOR is set."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error",
            "2:invalid input (file, option or argument); with --output no file is written then"})
public final class EvaluateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Mixin
    ReportOptions report;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = CommonOptions.FILE_HELP)
    void file(String file) {
        options.file = file;
    }

    @Override
    public Integer call() {
        report.check(spec, new RunInputs().portfolio(options.file).rules(options.rules.folder));
        if (ReportOptions.isStream(options.file)) {
            return stream(Path.of(options.file));
        }
        // bad input fails here, before an output file exists
        Evaluation evaluation = options.evaluate();
        try (OutputTarget target = report.open(spec)) {
            ReportBuffer buffer = new ReportBuffer();
            Report out = Reports.open(report.format, settings(target, false), buffer.writer());
            buffer.render(() -> {
                out.add(evaluation);
                out.finish();
            });
            buffer.moveTo(target.writer());
            target.commit();
        } catch (UncheckedIOException e) {
            return cannotWrite(e);
        }
        return ExitCode.OK;
    }

    /**
     * A whole begroting: every portfolio of a folder or a .jsonl file, evaluated one at a time in input order.
     * Text, JSON and CSV are written as they come, so memory stays bounded. A record that cannot be read is
     * reported and skipped; the exit code says so at the end, and an --output file is then not written. Each
     * portfolio's report is rendered whole before any of it is written, so a failure leaves none of it.
     */
    private int stream(Path input) {
        Evaluator evaluator = options.rules.evaluator();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err);
        int bad = 0;
        int evaluated = 0;
        try (PortfolioStream portfolios = PortfolioStream.open(input); OutputTarget target = report.open(spec)) {
            ReportBuffer buffer = new ReportBuffer();
            Report out = Reports.open(report.format, settings(target, true), buffer.writer());
            while (portfolios.hasNext()) {
                PortfolioStream.Entry entry = portfolios.next();
                if (entry.problem() != null) {
                    progress.clear();
                    err.println(PlainText.escape("koers: " + entry.problem().getMessage()));
                    bad++;
                    continue;
                }
                Portfolio portfolio = entry.portfolio();
                Evaluation evaluation = evaluator.evaluate(portfolio, options.peildatum(portfolio));
                buffer.render(() -> out.add(evaluation));
                buffer.moveTo(target.writer());
                evaluated++;
                progress.count(portfolio);
            }
            if (evaluated == 0 && bad == 0) {
                // an empty export is a fault upstream that a script must notice, not an empty report
                err.println(PlainText.escape("koers: " + input + ": " + (Files.isDirectory(input)
                        ? "no portfolio files (*.yaml, *.yml, *.json) in this folder"
                        : "no portfolios; expected one JSON object per line")));
                return ExitCode.INVALID_INPUT;
            }
            buffer.render(out::finish);
            buffer.moveTo(target.writer());
            progress.clear();
            if (bad > 0) {
                err.println(PlainText.escape("koers: " + bad + (bad == 1 ? " record" : " records") + " of " + input
                        + " could not be read; " + (report.file() == null ? "the others were evaluated"
                        : report.file() + " was not written")));
                return ExitCode.INVALID_INPUT;
            }
            target.commit();
        } catch (UncheckedIOException e) {
            return cannotWrite(e);
        }
        return ExitCode.OK;
    }

    private ReportSettings settings(OutputTarget target, boolean many) {
        return report.settings(new Messages(options.language()), target, many, System.getenv());
    }

    private int cannotWrite(UncheckedIOException e) {
        spec.commandLine().getErr().println(PlainText.escape("koers: " + e.getMessage()));
        return ExitCode.INVALID_INPUT;
    }

    /** A progress line on standard error, only for a person at a terminal and only after the first second. */
    private static final class Progress {
        private final PrintWriter err;
        private final boolean terminal = Terminal.isTerminal(Terminal.STDERR);
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

        void clear() {
            if (shown) {
                err.print("\r" + " ".repeat(70) + "\r");
                err.flush();
                shown = false;
            }
        }
    }
}
