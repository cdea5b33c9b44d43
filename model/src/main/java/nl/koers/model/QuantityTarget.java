package nl.koers.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * A number to reach, to stay under, or to stay within, by the due date.
 *
 * @param id        unique within the file
 * @param indicator what is counted, optional
 * @param unit      e.g. "missies", optional
 * @param direction floor, ceiling or range
 * @param value     the streefwaarde (for a range: its bottom); {@code null} when it is not yet quantified
 *                  ("p.m.", see {@link #proMemorie()}) or when the target is relative to a {@code norm}
 * @param baseline  the value at {@code start}; {@code null} is read as 0
 * @param start     optional, see {@link Target}
 * @param due       optional, see {@link Target}
 * @param upper     for {@link Direction#WITHIN} only: the top of the range; {@code null} otherwise
 * @param norm      the published norm the target is relative to ("landelijk gemiddelde 2020"), instead of a
 *                  value; each measurement then gives the norm's value ({@link Measurement#normValue()})
 * @param path      planned intermediate values (tussenwaarden), by date, strictly between start and due;
 *                  the expected value follows them instead of the straight line; empty for none
 * @param revisions the streefwaarde as revised during the cycle, by date; the one in force at the
 *                  peildatum counts; empty for none
 * @param maxAge    how old the latest measurement may be before it says nothing about now; {@code null} for no limit
 */
public record QuantityTarget(String id, String indicator, String unit, Direction direction, BigDecimal value,
                             BigDecimal baseline, LocalDate start, LocalDate due, BigDecimal upper, String norm,
                             List<PathPoint> path, List<Revision> revisions, Period maxAge) implements Target {

    public QuantityTarget {
        Checks.requireText(id, "target.id");
        Objects.requireNonNull(direction, () -> "quantity target '" + id + "' needs a direction ("
                + Coded.codes(Direction.class) + ")");
        Checks.requireAmount(value, "value of target '" + id + "'");
        baseline = baseline == null ? BigDecimal.ZERO : baseline;
        Checks.requireAmount(baseline, "baseline of target '" + id + "'");
        Checks.requireDate(start, "start of target '" + id + "'");
        Checks.requireDate(due, "due of target '" + id + "'");
        Checks.requireOrdered(start, due, "Target '" + id + "'");
        Checks.requireAmount(upper, "upper of target '" + id + "'");
        if (direction == Direction.WITHIN && upper == null) {
            throw new IllegalArgumentException("quantity target '" + id + "' is a range (within) and needs an upper "
                    + "value, the top of the range");
        }
        if (direction != Direction.WITHIN && upper != null) {
            throw new IllegalArgumentException("quantity target '" + id + "' has an upper value, which only a range "
                    + "has; write direction: within");
        }
        if (upper != null && value != null && upper.compareTo(value) < 0) {
            throw new IllegalArgumentException("the range of target '" + id + "' runs from " + value.toPlainString()
                    + " down to " + upper.toPlainString() + "; maybe value and upper are swapped?");
        }
        if (norm != null && value != null) {
            throw new IllegalArgumentException("quantity target '" + id + "' has both a value and a norm; a target "
                    + "relative to a norm takes its value from the measurements (normValue)");
        }
        if (norm != null) {
            Checks.requireText(norm, "norm of target '" + id + "'");
        }
        path = Checks.copy(path);
        revisions = Checks.copy(revisions);
        requireIncreasing(id, path.stream().map(PathPoint::date).toList(), "path");
        requireIncreasing(id, revisions.stream().map(Revision::date).toList(), "revisions");
        for (PathPoint p : path) {
            if ((start != null && !p.date().isAfter(start)) || (due != null && !p.date().isBefore(due))) {
                throw new IllegalArgumentException("the path point of " + p.date() + " of target '" + id
                        + "' must lie after the start and before the due date; the baseline and the streefwaarde "
                        + "are the line's ends");
            }
        }
        if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
            throw new IllegalArgumentException("maxAge " + maxAge + " of target '" + id + "' must be a positive period");
        }
    }

    /** A target as koers/v1 wrote it: a streefwaarde, no range, norm, path, revisions or age limit. */
    public QuantityTarget(String id, String indicator, String unit, Direction direction, BigDecimal value,
                          BigDecimal baseline, LocalDate start, LocalDate due) {
        this(id, indicator, unit, direction, requireValue(id, value), baseline, start, due, null, null, null, null,
                null);
    }

    private static BigDecimal requireValue(String id, BigDecimal value) {
        return Objects.requireNonNull(value, () -> "quantity target '" + id + "' needs a value (the streefwaarde)");
    }

    private static void requireIncreasing(String id, List<LocalDate> dates, String what) {
        for (int i = 1; i < dates.size(); i++) {
            if (!dates.get(i).isAfter(dates.get(i - 1))) {
                throw new IllegalArgumentException("the " + what + " of target '" + id + "' must be in date order, "
                        + "one per date; " + dates.get(i) + " follows " + dates.get(i - 1));
            }
        }
    }

    /** Whether the streefwaarde is not yet quantified ("p.m."): no value and no norm. */
    public boolean proMemorie() {
        return value == null && norm == null;
    }

    @Override
    public TargetKind kind() {
        return TargetKind.QUANTITY;
    }
}
