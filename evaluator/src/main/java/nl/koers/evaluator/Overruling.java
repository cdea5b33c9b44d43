package nl.koers.evaluator;

import java.util.Objects;
import nl.koers.model.Coded;
import nl.koers.model.StatusOverride;

/**
 * A verdict the person responsible has set by hand, beside the verdict of the rules: both are kept, and neither
 * replaces the other silently. The override is never input to the rules.
 *
 * @param subject  what is overruled: "action 1", "content" or "money"
 * @param computed the rules' verdict: a {@link nl.koers.model.Status} for an action, a {@link nl.koers.model.Colour}
 *                 for content and money
 * @param decided  the final verdict, of the same type
 * @param override the override as written, with its reason, by whom and when
 */
public record Overruling(String subject, Coded computed, Coded decided, StatusOverride override) {

    public Overruling {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(decided, "decided");
        Objects.requireNonNull(override, "override");
    }

    /** Whether the final verdict differs from the rules' (an override may also confirm it). */
    public boolean changes() {
        return computed != decided;
    }
}
