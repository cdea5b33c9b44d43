package nl.koers.evaluator;

import java.util.List;
import java.util.Objects;
import nl.koers.model.Action;
import nl.koers.model.ActionAssessment;
import nl.koers.model.Status;

/**
 * The status of one action and the verdicts on its targets (none for a withdrawn action).
 *
 * @param action  the action as read
 * @param status  its status and the rule behind it
 * @param targets its targets in file order
 */
public record ActionOutcome(Action action, Decision<ActionAssessment> status, List<TargetOutcome> targets) {

    public ActionOutcome {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
        targets = List.copyOf(targets);
    }

    /** Shorthand for {@code status().finding().status()}. */
    public Status statusValue() {
        return status.finding().status();
    }
}
