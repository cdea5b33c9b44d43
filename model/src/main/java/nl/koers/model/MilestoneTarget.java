package nl.koers.model;

import java.time.LocalDate;

/**
 * Something that happens, or not, by the due date.
 *
 * @param id        unique within the file
 * @param indicator what must happen, optional
 * @param start     optional, see {@link Target}
 * @param due       optional, see {@link Target}
 */
public record MilestoneTarget(String id, String indicator, LocalDate start, LocalDate due) implements Target {

    public MilestoneTarget {
        Checks.requireText(id, "target.id");
        Checks.requireDate(start, "start of target '" + id + "'");
        Checks.requireDate(due, "due of target '" + id + "'");
        Checks.requireOrdered(start, due, "Target '" + id + "'");
    }

    @Override
    public TargetKind kind() {
        return TargetKind.MILESTONE;
    }
}
