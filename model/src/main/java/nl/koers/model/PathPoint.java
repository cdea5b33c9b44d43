package nl.koers.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One planned intermediate value (tussenwaarde) of a quantity target: "4.450 ha in 2020" on the way to
 * 9.600 ha in 2027. The expected value runs in straight pieces from the baseline through each point to the
 * streefwaarde.
 *
 * @param date  the day the value is planned for
 * @param value the planned value on that day
 */
public record PathPoint(LocalDate date, BigDecimal value) {

    public PathPoint {
        Objects.requireNonNull(date, "a path point needs a date");
        Objects.requireNonNull(value, () -> "the path point of " + date + " needs a value");
        Checks.requireDate(date, "date of a path point");
        Checks.requireAmount(value, "value of the path point of " + date);
    }
}
