package nl.koers.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reported realisation of one target on one date.
 *
 * @param target the id of a target of the same action
 * @param date   the peildatum of the figure
 * @param value  the figure, for quantity and monitoring targets; {@code null} for a milestone
 * @param bound  how exact {@code value} is; {@code null} is read as {@link Bound#EXACT}
 * @param done   for a milestone: whether it happened; {@code null} otherwise
 * @param source where the figure comes from, free text, optional
 * @param note   optional
 */
public record Measurement(String target, LocalDate date, BigDecimal value, Bound bound, Boolean done,
                          String source, String note) {

    public Measurement {
        Checks.requireText(target, "measurement.target");
        Objects.requireNonNull(date, () -> "measurement of target '" + target + "' needs a date");
        Checks.requireDate(date, "date of the measurement of '" + target + "'");
        Checks.requireAmount(value, "value of the measurement of '" + target + "'");
        bound = bound == null ? Bound.EXACT : bound;
    }
}
