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
 * @param estimate    the figure is an expectation, not yet a realisation ("naar verwachting ruim 4.500"); it
 *                    counts as its value and may have a bound besides
 * @param notReported the page gives "-" for this figure: the measurement exists but says nothing, so
 *                    {@code value} and {@code done} are {@code null}
 * @param normValue   for a target relative to a norm: the norm's published value at {@code date}, else {@code null}
 */
public record Measurement(String target, LocalDate date, BigDecimal value, Bound bound, Boolean done,
                          String source, String note, boolean estimate, boolean notReported, BigDecimal normValue) {

    public Measurement {
        Checks.requireText(target, "measurement.target");
        Objects.requireNonNull(date, () -> "measurement of target '" + target + "' needs a date");
        Checks.requireDate(date, "date of the measurement of '" + target + "'");
        Checks.requireAmount(value, "value of the measurement of '" + target + "'");
        bound = bound == null ? Bound.EXACT : bound;
        Checks.requireAmount(normValue, "normValue of the measurement of '" + target + "'");
        if (notReported && (value != null || done != null)) {
            throw new IllegalArgumentException("the measurement of '" + target + "' on " + date + " is not reported "
                    + "(\"-\") and so has no value or done");
        }
    }

    /** A measurement as koers/v1 wrote it: reported, not an estimate, no norm value. */
    public Measurement(String target, LocalDate date, BigDecimal value, Bound bound, Boolean done, String source,
                       String note) {
        this(target, date, value, bound, done, source, note, false, false, null);
    }
}
