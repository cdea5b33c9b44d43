package nl.koers.cli.commands;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.koers.cli.ExitCode;
import nl.koers.cli.options.CommonOptions;
import nl.koers.cli.output.ReportBuffer;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Language;
import nl.koers.evaluator.NumberText;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.format.PlainText;
import nl.koers.model.Finding;
import nl.koers.model.TargetProgress;
import nl.koers.report.Messages;
import nl.koers.report.text.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code koers explain ACTION}: the chain of rules and figures behind one action's status. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        description = "Explains the status of one action: which rule decided it, where that rule is written "
                + "(file and line, or decision table and row), on which facts, and the figures of each target.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  koers explain 1                        action 1 of the embedded default",
            "  koers explain 4 5.4.2.yaml --lang en",
            "  koers explain 1 --rules mijn-regels"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error", "2:invalid input, or no such action"})
public final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "The id of the action, e.g. 1.")
    String actionId;

    @Mixin
    CommonOptions options;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = CommonOptions.FILE_HELP)
    void file(String file) {
        options.file = file;
    }

    @Override
    public Integer call() {
        // The FILE of the common options is the second positional parameter here.
        Evaluation evaluation = options.evaluate();
        ActionOutcome action = evaluation.actions().stream().filter(a -> a.action().id().equals(actionId))
                .findFirst().orElse(null);
        if (action == null) {
            spec.commandLine().getErr().println(PlainText.escape("koers: no action '" + actionId + "'; the actions are "
                    + String.join(", ", evaluation.actions().stream().map(a -> a.action().id()).toList())));
            return ExitCode.INVALID_INPUT;
        }
        ReportBuffer.whole(spec.commandLine().getOut(),
                out -> print(out, evaluation, action, new Messages(options.language())));
        return ExitCode.OK;
    }

    private static void print(PrintWriter out, Evaluation evaluation, ActionOutcome action, Messages messages) {
        Language language = messages.language();
        // every line through PlainText: ids, titles, indicators and explanations come from the portfolio
        out.println(PlainText.escape(messages.get("heading.action") + " " + action.action().id()
                + (action.action().title() == null ? "" : " " + action.action().title()) + ": "
                + messages.label("status", action.statusValue())));
        decision(out, messages, evaluation, action.status(), "  ");
        for (TargetOutcome target : action.targets()) {
            out.println(PlainText.escape("  " + messages.get("heading.target") + " " + target.target().id()
                    + (target.target().indicator() == null ? "" : " " + target.target().indicator())
                    + " (" + messages.label("kind", target.target().kind()) + "): "
                    + messages.label("status", target.assessment().finding().status())));
            decision(out, messages, evaluation, target.assessment(), "    ");
            out.println("    " + messages.get("heading.figures") + ": " + figures(messages, language, target.progress()));
        }
    }

    private static void decision(PrintWriter out, Messages messages, Evaluation evaluation,
                                 Decision<? extends Finding> decision, String indent) {
        out.println(indent + PlainText.escape(messages.get("heading.rule") + ": " + TextReport.rule(evaluation, decision)));
        out.println(indent + PlainText.escape(messages.get("heading.reason") + ": "
                + evaluation.explain(decision.finding(), messages.language())));
        out.println(indent + PlainText.escape(messages.get("heading.facts") + ": "
                + String.join(", ", decision.factNames())));
    }

    private static String figures(Messages messages, Language language, TargetProgress p) {
        return String.join(", ",
                messages.get("figure.measuredOn") + " " + date(language, p.measuredOn()),
                messages.get("figure.realised") + " " + number(language, p.realised())
                        + (p.bound() == null ? "" : " (" + p.bound().code() + ")"),
                messages.get("figure.expected") + " " + number(language, p.expected()),
                messages.get("figure.streefwaarde") + " " + number(language, p.streefwaarde()),
                messages.get("figure.ratio") + " " + (p.ratio() == null ? "—" : language.percent(p.ratio())),
                messages.get("figure.due") + " " + date(language, p.due()));
    }

    private static String number(Language language, BigDecimal value) {
        return value == null ? "—" : NumberText.text(language, value);
    }

    private static String date(Language language, LocalDate value) {
        return value == null ? "—" : language.date(value);
    }
}
