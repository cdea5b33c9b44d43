package nl.koers.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import nl.koers.evaluator.EvaluationDiff;
import nl.koers.evaluator.EvaluationDiff.ActionChange;
import nl.koers.evaluator.EvaluationDiff.Change;
import nl.koers.evaluator.EvaluationDiff.MeasurementChange;
import nl.koers.evaluator.EvaluationDiff.TargetChange;
import nl.koers.model.Bound;
import nl.koers.model.BudgetChange;
import nl.koers.model.ChangeType;
import nl.koers.model.Measurement;
import nl.koers.model.Performance;

/** The human-readable diff: per changed action its moves, then the colours and the budget change. */
final class DiffTextRenderer implements DiffRenderer {

    private final Messages messages;
    private final PrintWriter out;

    DiffTextRenderer(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
    }

    @Override
    public void render(EvaluationDiff diff) {
        Performance now = diff.to().portfolio().performance();
        String before = diff.from().portfolio().performance().code();
        out.println(messages.get("heading.performance") + " " + now.code() + " " + now.title()
                + (now.organisation() != null ? " (" + now.organisation() + ")" : "")
                + (before.equals(now.code()) ? "" : " " + messages.get("diff.was", before)));
        out.println(messages.get("diff.dates", messages.language().date(diff.from().peildatum()),
                messages.language().date(diff.to().peildatum()))
                + "    " + messages.get("heading.rules") + ": " + diff.to().ruleSet());
        if (diff.isEmpty()) {
            out.println();
            out.println(messages.get("diff.none"));
        }
        for (ActionChange action : diff.actions()) {
            out.println();
            out.println(messages.get("heading.action") + " " + action.id() + title(action.title()) + ": "
                    + move(action.status(), status -> messages.label("status", status)));
            for (TargetChange target : action.targets()) {
                out.println("  " + messages.get("heading.target") + " " + target.id() + title(target.indicator())
                        + ": " + move(target.status(), status -> messages.label("status", status)));
            }
            action.measurements().forEach(this::measurement);
        }
        if (!diff.unchangedActions().isEmpty()) {
            out.println();
            out.println(messages.get("diff.unchanged", diff.unchangedActions().size(),
                    String.join(", ", diff.unchangedActions())));
        }
        out.println();
        out.println(messages.get("heading.content") + ": "
                + move(diff.content(), colour -> messages.label("colour", colour)));
        out.println(messages.get("heading.money") + ": " + move(diff.money(), colour -> messages.label("colour", colour)));
        out.println(messages.get("heading.change") + ": " + budgetChange(diff.budgetChange()));
        out.flush();
    }

    /** "geen gegevens → behaald", "nieuw (behaald)", "verwijderd (was behaald)" or "oranje (ongewijzigd)". */
    private <T> String move(Change<T> change, Function<T, String> label) {
        if (change.added()) {
            return messages.get("diff.added", label.apply(change.to()));
        }
        if (change.removed()) {
            return messages.get("diff.removed", label.apply(change.from()));
        }
        if (!change.changed()) {
            return messages.get("diff.same", label.apply(change.to()));
        }
        return label.apply(change.from()) + " → " + label.apply(change.to());
    }

    /** "GS-begrotingswijziging € 109.000 → Geen"; in full when only the reserve or the year differs. */
    private String budgetChange(Change<BudgetChange> change) {
        Function<BudgetChange, String> shortly = c -> c.type() == ChangeType.NONE ? messages.label("change", c.type())
                : messages.label("change", c.type()) + " " + messages.language().money(c.amount());
        boolean shortIsEnough = !change.changed() || !shortly.apply(change.from()).equals(shortly.apply(change.to()));
        return move(change, shortIsEnough ? shortly : c -> TextReport.change(messages, c));
    }

    private void measurement(MeasurementChange change) {
        String target = change.target();
        String date = messages.language().date(change.date());
        if (change.from() == null) {
            out.println("  " + messages.get("diff.measurement.new", target, date, figure(change.to())));
        } else if (change.to() == null) {
            out.println("  " + messages.get("diff.measurement.removed", target, date, figure(change.from())));
        } else {
            out.println("  " + messages.get("diff.measurement.corrected", target, date, figure(change.from()),
                    figure(change.to())));
        }
    }

    /** "meer dan 40", "3" or "gereed". */
    private String figure(Measurement measurement) {
        if (measurement.done() != null) {
            return messages.get(measurement.done() ? "diff.done" : "diff.notDone");
        }
        String value = messages.language().number(measurement.value());
        return measurement.bound() == Bound.EXACT ? value : messages.get("bound." + measurement.bound().code(), value);
    }

    private static String title(String title) {
        return title == null ? "" : " " + title;
    }
}
