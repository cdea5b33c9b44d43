package nl.koers.cli.commands;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.koers.cli.ExitCode;
import nl.koers.cli.options.CommonOptions;
import nl.koers.cli.output.ReportBuffer;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Language;
import nl.koers.format.PlainText;
import nl.koers.report.Messages;
import nl.koers.report.text.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code koers check}: one line per action and an exit code for scripts. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a portfolio: one line per action, then the budget change.",
            "Exits 0 when every action is achieved or on track (or withdrawn) and no budget change is needed, 3 otherwise.",
            "Where the rules and the owner's report disagree, or someone overruled a verdict, a line says so; a "
                    + "disagreement needs attention (3), an override does not change the exit code: it follows the rules."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  koers check                              the embedded default, prestatie 5.4.2",
            "  koers check 5.4.2.yaml || echo \"5.4.2 needs attention\"",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every action achieved or on track, no budget change needed",
            "1:internal error",
            "2:invalid input (file, option or argument)",
            "3:something needs attention, or the rules and the owner's report disagree"
        })
public final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = CommonOptions.FILE_HELP)
    void file(String file) {
        options.file = file;
    }

    @Override
    public Integer call() {
        Evaluation evaluation = options.evaluate();
        ReportBuffer.whole(spec.commandLine().getOut(),
                out -> print(out, evaluation, new Messages(options.language()), options.language()));
        return attention(evaluation) ? ExitCode.ATTENTION : ExitCode.OK;
    }

    /** The rules' verdicts, and any disagreement with the owner's report: someone has to look at it. */
    private static boolean attention(Evaluation evaluation) {
        return evaluation.needsAttention() || !evaluation.disagreements().isEmpty();
    }

    private static void print(PrintWriter out, Evaluation evaluation, Messages messages, Language language) {
        // one line per action, whatever its id or title holds: scripts read this line by line
        int idWidth = evaluation.actions().stream().mapToInt(a -> id(a).length()).max().orElse(1);
        int statusWidth = evaluation.actions().stream()
                .mapToInt(a -> messages.label("status", a.statusValue()).length()).max().orElse(1);
        for (ActionOutcome action : evaluation.actions()) {
            String title = action.action().title() == null ? "" : PlainText.escape(action.action().title());
            out.println((pad(id(action), idWidth) + "  "
                    + pad(messages.label("status", action.statusValue()), statusWidth) + "  " + title).stripTrailing());
        }
        out.println(PlainText.escape(messages.get("heading.change") + ": "
                + TextReport.change(messages, evaluation.budgetChange().finding())));
        // both verdicts shown: a disagreement with the owner's report, and an override beside the rules' verdict
        for (var disagreement : evaluation.disagreements()) {
            out.println(PlainText.escape(evaluation.explain(disagreement.finding(), language)));
        }
        for (var overruling : evaluation.overrides()) {
            out.println(PlainText.escape(evaluation.explain(overruling, language)));
        }
        String code = evaluation.portfolio().performance().code();
        out.println(PlainText.escape(messages.get(attention(evaluation) ? "check.attention" : "check.ok", code)));
    }

    private static String id(ActionOutcome action) {
        return PlainText.escape(action.action().id());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
