package nl.koers.model;

import java.time.LocalDate;

/**
 * A measurable target of an action (prestatie-indicator): a quantity, a milestone or a monitoring duty.
 * {@code start} and {@code due} may be {@code null}; they then default to the reporting period.
 */
public sealed interface Target permits QuantityTarget, MilestoneTarget, MonitoringTarget {

    /** Unique within the portfolio file. */
    String id();

    TargetKind kind();

    /** What is measured, e.g. "Ondersteunde handelsmissies"; optional. */
    String indicator();

    /** The first day of the target, or {@code null} for the start of the period. */
    LocalDate start();

    /** The last day of the target (the due date is the last day), or {@code null} for the end of the period. */
    LocalDate due();

    /** {@link #start()}, defaulted to the start of {@code period}. */
    default LocalDate startIn(ReportingPeriod period) {
        return start() != null ? start() : period.start();
    }

    /** {@link #due()}, defaulted to the end of {@code period}. */
    default LocalDate dueIn(ReportingPeriod period) {
        return due() != null ? due() : period.end();
    }
}
