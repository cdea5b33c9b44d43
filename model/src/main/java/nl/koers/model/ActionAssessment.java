package nl.koers.model;

import java.util.Objects;

/**
 * The status of one action.
 *
 * @param actionId the action
 * @param status   its status
 * @param reason   why
 */
public record ActionAssessment(String actionId, Status status, Reason reason) implements Finding {

    public ActionAssessment {
        Checks.requireText(actionId, "actionId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }
}
