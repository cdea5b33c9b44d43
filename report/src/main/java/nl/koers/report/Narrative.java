package nl.koers.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.model.BudgetChange;
import nl.koers.model.TargetProgress;

/**
 * The sentences an analyst pastes into the monitor or jaarverslag, in the register of its "Toelichting op
 * voortgang": per action what was realised by when against which streefwaarde, and the proposed
 * begrotingswijziging ("Voorgesteld wordt € 109.000 uit de Reserve ... over te hevelen naar 2019 (...)").
 */
public final class Narrative {

    private final Messages messages;
    private final Figures figures;

    public Narrative(Messages messages) {
        this.messages = messages;
        this.figures = new Figures(messages);
    }

    /**
     * One sentence on the progress of an action: a clause per target, or, for a withdrawn action or one
     * without targets, the explanation of its status.
     */
    public String action(Evaluation evaluation, ActionOutcome action) {
        if (action.targets().isEmpty()) {
            return evaluation.explain(action.status().finding(), messages.language());
        }
        List<String> clauses = new ArrayList<>();
        for (TargetOutcome target : action.targets()) {
            clauses.add(clause(target));
        }
        String sentence = String.join("; ", clauses);
        return sentence.substring(0, 1).toUpperCase(messages.language().locale()) + sentence.substring(1) + ".";
    }

    private String clause(TargetOutcome outcome) {
        TargetProgress p = outcome.progress();
        String name = Figures.name(outcome.target());
        String due = figures.date(p.due());
        return switch (p.kind()) {
            case QUANTITY -> p.measured()
                    ? messages.get("narrative.quantity", name, figures.date(p.measuredOn()),
                            Figures.withUnit(figures.realised(outcome), outcome.target()),
                            Figures.withUnit(figures.streefwaarde(outcome), outcome.target()))
                    : messages.get("narrative.quantity.none", name,
                            Figures.withUnit(figures.streefwaarde(outcome), outcome.target()), due);
            case MILESTONE -> !p.measured() ? messages.get("narrative.milestone.none", name, due)
                    : p.done() ? messages.get("narrative.milestone.done", name, figures.date(p.measuredOn()))
                    : messages.get("narrative.milestone.open", name, figures.date(p.measuredOn()), due);
            case MONITORING -> p.measured()
                    ? messages.get("narrative.monitoring", name, figures.date(p.measuredOn()),
                            Figures.withUnit(figures.realised(outcome), outcome.target()))
                    : messages.get("narrative.monitoring.none", name);
        };
    }

    /**
     * The proposed begrotingswijziging as one sentence: money left over moves from its reserve (or general
     * means) to next year's jaarschijf; an overspend is covered by the change; none says none is needed.
     */
    public String proposal(Evaluation evaluation) {
        BudgetChange change = evaluation.budgetChange().finding();
        switch (change.type()) {
            case NONE:
                return messages.get("proposal.none");
            case UNDETERMINED:
                return messages.get("proposal.undetermined");
            case GS, PS, RESULT_ALLOCATION:
                break;
        }
        String key = overspent(evaluation, change.year() - 1) ? "proposal.overspend"
                : change.source() == null ? "proposal.general" : "proposal.reserve";
        return messages.get(key, figures.money(change.amount()), change.source(), String.valueOf(change.year()),
                messages.label("change", change.type()));
    }

    private static boolean overspent(Evaluation evaluation, int year) {
        return evaluation.portfolio().budget().slice(year)
                .filter(s -> s.budgeted() != null && s.realised() != null)
                .map(s -> s.realised().compareTo(s.budgeted()) > 0)
                .orElse(false);
    }

    /** A short form of the change for overview tables: "GS-begrotingswijziging € 109.000", or "Geen". */
    String changeShort(BudgetChange change) {
        String type = messages.label("change", change.type());
        return !change.type().movesMoney() ? type : type + " " + figures.money(change.amount());
    }

    /** A fragment identifier for a prestatie code, unique within one report: "prestatie-5-4-2". */
    public static String anchor(String code, Set<String> used) {
        String base = "prestatie-" + code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String anchor = base;
        for (int i = 2; !used.add(anchor); i++) {
            anchor = base + "-" + i;
        }
        return anchor;
    }
}
