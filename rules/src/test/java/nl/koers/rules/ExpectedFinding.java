package nl.koers.rules;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Predicate;
import nl.koers.model.ActionAssessment;
import nl.koers.model.Aspect;
import nl.koers.model.BudgetChange;
import nl.koers.model.ChangeType;
import nl.koers.model.Colour;
import nl.koers.model.ColourScore;
import nl.koers.model.Finding;
import nl.koers.model.Status;
import nl.koers.model.TargetAssessment;

/**
 * What a test expects about one subject (a target, an action, an aspect, the budget). The subject and the
 * verdict are kept apart so that a failure can say "target 1a was at-risk" rather than "nothing matched".
 *
 * @param type       the kind of finding
 * @param subject    e.g. "target 1a"
 * @param about      whether a finding is about the subject
 * @param verdict    e.g. "on-track"
 * @param holds      whether the finding about the subject carries the expected verdict
 */
record ExpectedFinding<F extends Finding>(Class<F> type, String subject, Predicate<F> about, String verdict,
                                         Predicate<F> holds) {

    static ExpectedFinding<TargetAssessment> targetVerdict(String targetId, Status status) {
        return new ExpectedFinding<>(TargetAssessment.class, "target " + targetId,
                a -> a.targetId().equals(targetId), status.code(), a -> a.status() == status);
    }

    static ExpectedFinding<ActionAssessment> actionVerdict(String actionId, Status status) {
        return new ExpectedFinding<>(ActionAssessment.class, "action " + actionId,
                a -> a.actionId().equals(actionId), status.code(), a -> a.status() == status);
    }

    static ExpectedFinding<ColourScore> colour(Aspect aspect, Colour colour) {
        return new ExpectedFinding<>(ColourScore.class, aspect.code() + " colour",
                c -> c.aspect() == aspect, colour.code(), c -> c.colour() == colour);
    }

    /** Amounts compare by value: 100000 and 100000.00 are the same money. */
    static ExpectedFinding<BudgetChange> budgetChange(ChangeType type, String amount, String source, Integer year) {
        BigDecimal euros = new BigDecimal(amount);
        return new ExpectedFinding<>(BudgetChange.class, "budget change", c -> true,
                type.code() + " of " + amount + " from " + source + " to " + year,
                c -> c.type() == type && c.amount().compareTo(euros) == 0
                        && Objects.equals(c.source(), source) && Objects.equals(c.year(), year));
    }

    static ExpectedFinding<BudgetChange> noBudgetChange() {
        return budgetChange(ChangeType.NONE, "0", null, null);
    }

    /** The same expectation, and the explanation must be the one with {@code key}. */
    ExpectedFinding<F> because(String key) {
        return new ExpectedFinding<>(type, subject, about, verdict + " because " + key,
                holds.and(f -> f.reason().key().equals(key)));
    }

    boolean isAbout(Finding finding) {
        return type.isInstance(finding) && about.test(type.cast(finding));
    }

    boolean isMetBy(Finding finding) {
        return holds.test(type.cast(finding));
    }
}
