package nl.koers.model;

import java.time.LocalDate;

/**
 * The final status or colour set by the person responsible. It is kept beside the verdict of the rules and never
 * replaces it silently: reports show both, and the reason is mandatory.
 *
 * @param status  an action's final status, or {@code null}
 * @param content a prestatie's final content colour, or {@code null}
 * @param money   a prestatie's final money colour, or {@code null}
 * @param reason  why, required
 * @param by      who decided, optional
 * @param date    when, optional
 */
public record StatusOverride(Status status, Colour content, Colour money, String reason, String by, LocalDate date) {

    public StatusOverride {
        Checks.requireText(reason, "override.reason");
        Checks.requireDate(date, "override.date");
        if (status == null && content == null && money == null) {
            throw new IllegalArgumentException("an override needs a status, or a content or money colour");
        }
    }
}
