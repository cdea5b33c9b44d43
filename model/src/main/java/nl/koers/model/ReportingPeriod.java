package nl.koers.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period reported on (verslagperiode), both days included.
 *
 * @param start first day
 * @param end   last day
 */
public record ReportingPeriod(LocalDate start, LocalDate end) {

    public ReportingPeriod {
        Objects.requireNonNull(start, "period.start");
        Objects.requireNonNull(end, "period.end");
        Checks.requireDate(start, "period.start");
        Checks.requireDate(end, "period.end");
        Checks.requireOrdered(start, end, "The period");
    }

    /** The year whose jaarschijf is reported on: the year in which the period ends. */
    public int reportingYear() {
        return end.getYear();
    }
}
