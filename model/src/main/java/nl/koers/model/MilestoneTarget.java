package nl.koers.model;

import java.time.LocalDate;
import java.time.Period;

/**
 * Something that happens, or not, by the due date.
 *
 * @param id        unique within the file
 * @param indicator what must happen, optional
 * @param start     optional, see {@link Target}
 * @param due       optional, see {@link Target}
 * @param maxAge    how old a report that it is not yet done may be before it says nothing about now;
 *                  {@code null} for no limit. A report that it is done never goes stale: it happened.
 */
public record MilestoneTarget(String id, String indicator, LocalDate start, LocalDate due, Period maxAge)
        implements Target {

    public MilestoneTarget {
        Checks.requireText(id, "target.id");
        Checks.requireDate(start, "start of target '" + id + "'");
        Checks.requireDate(due, "due of target '" + id + "'");
        Checks.requireOrdered(start, due, "Target '" + id + "'");
        if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
            throw new IllegalArgumentException("maxAge " + maxAge + " of target '" + id + "' must be a positive period");
        }
    }

    /** A milestone as koers/v1 wrote it, without an age limit. */
    public MilestoneTarget(String id, String indicator, LocalDate start, LocalDate due) {
        this(id, indicator, start, due, null);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.MILESTONE;
    }
}
