package nl.koers.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Evaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code koers check}: one line per action and an exit code for scripts. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a portfolio: one line per action, then the budget change.",
            "Exits 0 when every action is achieved or on track (or withdrawn) and no budget change is needed, 3 otherwise."
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
            "3:something needs attention"
        })
final class CheckCommand implements Callable<Integer> {

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
        Messages messages = new Messages(options.language());
        PrintWriter out = spec.commandLine().getOut();
        int idWidth = evaluation.actions().stream().mapToInt(a -> a.action().id().length()).max().orElse(1);
        int statusWidth = evaluation.actions().stream()
                .mapToInt(a -> messages.label("status", a.statusValue()).length()).max().orElse(1);
        for (ActionOutcome action : evaluation.actions()) {
            String title = action.action().title() == null ? "" : action.action().title();
            out.println((pad(action.action().id(), idWidth) + "  "
                    + pad(messages.label("status", action.statusValue()), statusWidth) + "  " + title).stripTrailing());
        }
        out.println(messages.get("heading.change") + ": " + TextReport.change(messages, evaluation.budgetChange().finding()));
        String code = evaluation.portfolio().performance().code();
        out.println(messages.get(evaluation.needsAttention() ? "check.attention" : "check.ok", code));
        out.flush();
        return evaluation.needsAttention() ? ExitCode.ATTENTION : ExitCode.OK;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
