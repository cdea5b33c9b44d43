package nl.koers.model;

import java.util.Objects;

/**
 * The verdict on one target.
 *
 * @param actionId the action the target belongs to
 * @param targetId the target
 * @param status   never {@link Status#WITHDRAWN}: that is a verdict on actions
 * @param reason   why
 */
public record TargetAssessment(String actionId, String targetId, Status status, Reason reason) implements Finding {

    public TargetAssessment {
        Checks.requireText(actionId, "actionId");
        Checks.requireText(targetId, "targetId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if (status == Status.WITHDRAWN) {
            throw new IllegalArgumentException("target " + targetId + " cannot be withdrawn; only an action can");
        }
    }
}
