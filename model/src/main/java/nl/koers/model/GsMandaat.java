package nl.koers.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The mandate of Gedeputeerde Staten: the amount up to which GS may change the budget alone; above it
 * Provinciale Staten decide.
 *
 * @param limit in euros, ≥ 0
 */
public record GsMandaat(BigDecimal limit) {

    public GsMandaat {
        Objects.requireNonNull(limit, "limit");
        Checks.requireNonNegative(limit, "the GS mandate");
    }

    /** Whether GS may decide alone on {@code amount}: it is at most the limit. */
    public boolean covers(BigDecimal amount) {
        return amount != null && amount.compareTo(limit) <= 0;
    }
}
