package nl.koers.evaluator;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.koers.model.Action;
import nl.koers.model.ActionAssessment;
import nl.koers.model.Status;
import nl.koers.model.StatusOverride;

/**
 * The status of one action and the verdicts on its targets (none for a withdrawn action). The status is the rules'
 * verdict; an override by the person responsible is kept beside it ({@link #override()}, {@link #finalStatus()}).
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

    /** The final status set by the person responsible, if any; the rules never read it. */
    public Optional<StatusOverride> override() {
        return Optional.ofNullable(action.override());
    }

    /** The status that counts in the end: the override's when there is one, else the rules' verdict. */
    public Status finalStatus() {
        return override().map(StatusOverride::status).orElse(statusValue());
    }
}
