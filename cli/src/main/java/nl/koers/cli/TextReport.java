package nl.koers.cli;

import java.io.PrintWriter;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.model.BudgetChange;
import nl.koers.model.ChangeType;
import nl.koers.model.Finding;
import nl.koers.model.Performance;
import nl.koers.model.Target;

/** The human-readable report: per action its status and reasons, then the colours and the budget change. */
final class TextReport {

    private final Messages messages;
    private final PrintWriter out;

    TextReport(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
    }

    void print(Evaluation evaluation) {
        Performance p = evaluation.portfolio().performance();
        out.println(messages.get("heading.performance") + " " + p.code() + " " + p.title()
                + (p.organisation() != null ? " (" + p.organisation() + ")" : ""));
        out.println(messages.get("heading.peildatum") + ": " + messages.language().date(evaluation.peildatum())
                + "    " + messages.get("heading.rules") + ": " + evaluation.ruleSet());
        for (ActionOutcome action : evaluation.actions()) {
            out.println();
            out.println(messages.get("heading.action") + " " + action.action().id() + title(action.action().title())
                    + ": " + messages.label("status", action.statusValue()));
            reason(evaluation, action.status(), "    ");
            for (TargetOutcome target : action.targets()) {
                Target t = target.target();
                out.println("  " + messages.get("heading.target") + " " + t.id() + title(t.indicator()) + ": "
                        + messages.label("status", target.assessment().finding().status()));
                reason(evaluation, target.assessment(), "      ");
            }
        }
        out.println();
        out.println(messages.get("heading.content") + ": " + messages.label("colour", evaluation.content().finding().colour()));
        reason(evaluation, evaluation.content(), "    ");
        out.println(messages.get("heading.money") + ": " + messages.label("colour", evaluation.money().finding().colour()));
        reason(evaluation, evaluation.money(), "    ");
        out.println(messages.get("heading.change") + ": " + change(messages, evaluation.budgetChange().finding()));
        reason(evaluation, evaluation.budgetChange(), "    ");
        out.flush();
    }

    /** "GS-begrotingswijziging van € 109.000 uit Reserve ... naar jaarschijf 2019", or "Geen". */
    static String change(Messages messages, BudgetChange change) {
        String type = messages.label("change", change.type());
        if (change.type() == ChangeType.NONE) {
            return type;
        }
        return messages.get(change.source() == null ? "change.detail.general" : "change.detail", type,
                messages.language().money(change.amount()), change.source(), String.valueOf(change.year()));
    }

    private void reason(Evaluation evaluation, Decision<? extends Finding> decision, String indent) {
        out.println(indent + evaluation.explain(decision.finding(), messages.language()));
        out.println(indent + messages.get("heading.rule") + ": " + rule(evaluation, decision));
    }

    /** "Quantity target met (targets.drl:25)": the rule and where it is written. */
    static String rule(Evaluation evaluation, Decision<? extends Finding> decision) {
        return decision.rule() + evaluation.ruleLocation(decision).map(at -> " (" + at + ")").orElse("");
    }

    private static String title(String title) {
        return title == null ? "" : " " + title;
    }
}
