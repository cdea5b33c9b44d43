package nl.koers.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A streefwaarde revised during the cycle: "de begroting zegt 6.000 ha, de jaarstukken 5.700 ha". From its
 * date on, the revised value counts instead of the original one (or of an earlier revision).
 *
 * @param date     the day the revision takes effect
 * @param value    the revised streefwaarde
 * @param decision the document or decision that revised it (e.g. "Jaarstukken 2022"), optional
 */
public record Revision(LocalDate date, BigDecimal value, String decision) {

    public Revision {
        Objects.requireNonNull(date, "a revision needs a date");
        Objects.requireNonNull(value, () -> "the revision of " + date + " needs a value (the revised streefwaarde)");
        Checks.requireDate(date, "date of a revision");
        Checks.requireAmount(value, "value of the revision of " + date);
    }
}
