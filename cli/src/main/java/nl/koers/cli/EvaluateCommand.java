package nl.koers.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.EvaluationJson;
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
        Portfolio portfolio = options.portfolio();
        Evaluation evaluation = options.rules.evaluator().evaluate(portfolio, options.peildatum(portfolio));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            EvaluationJson.write(evaluation, options.language(), out);
            out.flush();
        } else {
            new TextReport(new Messages(options.language()), out).print(evaluation);
        }
        return ExitCode.OK;
    }
}
