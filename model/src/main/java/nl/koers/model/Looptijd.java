package nl.koers.model;

import java.time.LocalDate;

/**
 * How long a prestatie runs (looptijd): structural, or until an end date.
 *
 * @param end the last day, or {@code null} when the prestatie is structural
 */
public record Looptijd(LocalDate end) {

    /** A prestatie without an end (structureel). */
    public static final Looptijd STRUCTURAL = new Looptijd(null);

    public Looptijd {
        Checks.requireDate(end, "duration");
    }

    public boolean structural() {
        return end == null;
    }
}
