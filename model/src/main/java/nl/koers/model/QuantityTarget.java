package nl.koers.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A number to reach (or stay under) by the due date.
 *
 * @param id        unique within the file
 * @param indicator what is counted, optional
 * @param unit      e.g. "missies", optional
 * @param direction floor or ceiling
 * @param value     the streefwaarde
 * @param baseline  the value at {@code start}; {@code null} is read as 0
 * @param start     optional, see {@link Target}
 * @param due       optional, see {@link Target}
 */
public record QuantityTarget(String id, String indicator, String unit, Direction direction, BigDecimal value,
                             BigDecimal baseline, LocalDate start, LocalDate due) implements Target {

    public QuantityTarget {
        Checks.requireText(id, "target.id");
        Objects.requireNonNull(direction, () -> "quantity target '" + id + "' needs a direction ("
                + Coded.codes(Direction.class) + ")");
        Objects.requireNonNull(value, () -> "quantity target '" + id + "' needs a value (the streefwaarde)");
        Checks.requireAmount(value, "value of target '" + id + "'");
        baseline = baseline == null ? BigDecimal.ZERO : baseline;
        Checks.requireAmount(baseline, "baseline of target '" + id + "'");
        Checks.requireDate(start, "start of target '" + id + "'");
        Checks.requireDate(due, "due of target '" + id + "'");
        Checks.requireOrdered(start, due, "Target '" + id + "'");
    }

    @Override
    public TargetKind kind() {
        return TargetKind.QUANTITY;
    }
}
