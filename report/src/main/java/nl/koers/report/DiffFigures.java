package nl.koers.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.EvaluationDiff;
import nl.koers.evaluator.EvaluationDiff.Change;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.model.Baten;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Revision;

/**
 * What a diff compares beside {@link EvaluationDiff}: the revision of a streefwaarde in force at each peildatum, and
 * the baten of each jaarschijf. Neither is a verdict of the rules, so the evaluator's diff does not carry them; both
 * lists are empty for portfolios without revisions or baten, so that such a diff reads as it always did.
 *
 * @param revisions per target in both evaluations whose revision in force appeared, changed or went away, in the
 *                  order of the later evaluation
 * @param income    per jaarschijf (year and line) whose baten appeared, changed or went away: those of the later
 *                  budget in order, then those only the earlier one had
 */
public record DiffFigures(List<RevisionChange> revisions, List<IncomeChange> income) {

    public DiffFigures {
        revisions = List.copyOf(revisions);
        income = List.copyOf(income);
    }

    /**
     * The revision of one target before and after.
     *
     * @param action   the action's id
     * @param target   the target in the later evaluation
     * @param revision the revision in force before and after; {@code null} on the side that has none
     */
    public record RevisionChange(String action, TargetOutcome target, Change<Revision> revision) {
    }

    /**
     * The baten of one slice before and after.
     *
     * @param slice  the slice, from the later budget when it has it
     * @param income the baten before and after; {@code null} on the side that gives none
     */
    public record IncomeChange(Jaarschijf slice, Change<Baten> income) {
    }

    /** The revisions and baten that differ between the two sides of {@code diff}. */
    public static DiffFigures of(EvaluationDiff diff) {
        return new DiffFigures(revisions(diff.from(), diff.to()), income(diff.from(), diff.to()));
    }

    /** Whether no revision and no baten changed. */
    public boolean isEmpty() {
        return revisions.isEmpty() && income.isEmpty();
    }

    private static List<RevisionChange> revisions(Evaluation from, Evaluation to) {
        Map<String, TargetOutcome> before = new LinkedHashMap<>();
        for (ActionOutcome action : from.actions()) {
            action.targets().forEach(t -> before.put(key(action, t), t));
        }
        List<RevisionChange> changes = new ArrayList<>();
        for (ActionOutcome action : to.actions()) {
            for (TargetOutcome target : action.targets()) {
                TargetOutcome earlier = before.get(key(action, target));
                // a target added or removed is the diff's own news; only a target on both sides has a revision to compare
                if (earlier != null && !same(earlier.progress().revision(), target.progress().revision())) {
                    changes.add(new RevisionChange(action.action().id(), target,
                            new Change<>(earlier.progress().revision(), target.progress().revision(), true)));
                }
            }
        }
        return changes;
    }

    private static List<IncomeChange> income(Evaluation from, Evaluation to) {
        Map<String, Jaarschijf> before = slices(from);
        Map<String, Jaarschijf> after = slices(to);
        List<IncomeChange> changes = new ArrayList<>();
        after.forEach((key, slice) -> add(changes, slice, before.get(key), slice));
        before.forEach((key, slice) -> {
            if (!after.containsKey(key)) {
                add(changes, slice, slice, null);
            }
        });
        return changes;
    }

    private static void add(List<IncomeChange> changes, Jaarschijf slice, Jaarschijf earlier, Jaarschijf later) {
        Baten a = income(earlier);
        Baten b = income(later);
        if (!(a == null && b == null) && !same(a, b)) {
            changes.add(new IncomeChange(slice, new Change<>(a, b, true)));
        }
    }

    /** The baten a slice gives, or {@code null} for no slice or a slice without any. */
    private static Baten income(Jaarschijf slice) {
        return slice != null && Figures.hasIncome(slice) ? slice.income() : null;
    }

    private static Map<String, Jaarschijf> slices(Evaluation evaluation) {
        Map<String, Jaarschijf> slices = new LinkedHashMap<>();
        evaluation.portfolio().budget().slices().forEach(s -> slices.put(s.year() + "\u0000" + s.line(), s));
        return slices;
    }

    private static String key(ActionOutcome action, TargetOutcome target) {
        return action.action().id() + "\u0000" + target.target().id();
    }

    /** Alike in what a reader acts on; 5700 and 5700.00 are the same amount. */
    private static boolean same(Revision a, Revision b) {
        return a == null ? b == null : b != null && a.date().equals(b.date()) && same(a.value(), b.value())
                && Objects.equals(a.decision(), b.decision());
    }

    private static boolean same(Baten a, Baten b) {
        return a == null ? b == null : b != null && same(a.budgeted(), b.budgeted()) && same(a.realised(), b.realised());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
