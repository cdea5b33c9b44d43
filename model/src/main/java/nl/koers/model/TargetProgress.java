package nl.koers.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;

/**
 * What the rules need to know about one target at the peildatum: its latest measurement and, for a
 * quantity, the expected value on the straight line from baseline to streefwaarde. This is the
 * arithmetic and the format's interpretation; the verdict itself is left to the rules. Build one with
 * {@link #of}, or with the factory of the target's kind ({@link #quantity}, {@link #milestone},
 * {@link #monitoring}); the components another kind has are then {@code null} or {@code false}.
 *
 * @param actionId     the action
 * @param targetId     the target
 * @param kind         quantity, milestone or monitoring
 * @param peildatum    the date assessed
 * @param start        the target's start (defaulted to the period's start)
 * @param due          the target's due date, its last day (defaulted to the period's end)
 * @param dueReached   the peildatum is on or after {@code due}: the time is up
 * @param measured     a measurement on or before the peildatum exists
 * @param measuredOn   the date of the latest such measurement, or {@code null}
 * @param realised     its value, or {@code null}
 * @param bound        its bound, or {@code null}
 * @param done         milestone: whether the latest measurement reports it done
 * @param direction    quantity: floor or ceiling, else {@code null}
 * @param streefwaarde quantity: the value to reach, else {@code null}
 * @param baseline     quantity: the value at {@code start}, else {@code null}
 * @param expected     quantity: the value expected at the peildatum on the straight line, else {@code null}
 * @param ratio        quantity: progress made over progress expected, {@code (realised - baseline) / (expected - baseline)};
 *                     {@code null} when unmeasured or, on or before the start, when nothing is expected yet;
 *                     for a streefwaarde equal to the baseline (a level to keep, not reach) 1 when met, else 0
 * @param met          quantity: the latest measurement meets the streefwaarde; milestone: it is done
 * @param maxAge       monitoring: how old the latest measurement may be, else {@code null}
 * @param stale        monitoring: the latest measurement is older than {@code maxAge}
 */
public record TargetProgress(String actionId, String targetId, TargetKind kind, LocalDate peildatum,
                             LocalDate start, LocalDate due, boolean dueReached,
                             boolean measured, LocalDate measuredOn, BigDecimal realised, Bound bound, boolean done,
                             Direction direction, BigDecimal streefwaarde, BigDecimal baseline, BigDecimal expected,
                             BigDecimal ratio, boolean met, Period maxAge, boolean stale) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public TargetProgress {
        Checks.requireText(actionId, "actionId");
        Checks.requireText(targetId, "targetId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(peildatum, "peildatum");
    }

    /**
     * The progress of {@code target} of {@code action} at {@code peildatum}. Measurements dated after the
     * peildatum are ignored; the latest one on or before it counts.
     */
    public static TargetProgress of(Action action, Target target, ReportingPeriod period, LocalDate peildatum) {
        // Every kind is named, with no default, so a new kind does not compile until it has its own progress.
        // Each record reports one fixed kind, which makes the casts safe.
        return switch (target.kind()) {
            case QUANTITY -> quantity(action, (QuantityTarget) target, period, peildatum);
            case MILESTONE -> milestone(action, (MilestoneTarget) target, period, peildatum);
            case MONITORING -> monitoring(action, (MonitoringTarget) target, period, peildatum);
        };
    }

    /**
     * The progress of quantity target {@code target} of {@code action}: the latest measurement against the
     * straight line from baseline to streefwaarde.
     */
    public static TargetProgress quantity(Action action, QuantityTarget target, ReportingPeriod period,
                                          LocalDate peildatum) {
        Reading r = Reading.of(action, target, period, peildatum);
        BigDecimal expected = expectedValue(target.baseline(), target.value(), r.start(), r.due(), peildatum);
        boolean met = r.realised() != null && meets(r.realised(), r.bound(), target.direction(), target.value());
        BigDecimal ratio = r.realised() == null ? null
                : ratio(r.realised(), target.baseline(), target.value(), expected, met);
        return new TargetProgress(action.id(), target.id(), TargetKind.QUANTITY, peildatum, r.start(), r.due(),
                r.dueReached(), r.measured(), r.measuredOn(), r.realised(), r.bound(), false,
                target.direction(), target.value(), target.baseline(), expected, ratio, met, null, false);
    }

    /**
     * The progress of milestone {@code target} of {@code action}: whether the latest measurement reports it
     * done. A milestone has no figure, so {@code realised} and {@code bound} stay empty.
     */
    public static TargetProgress milestone(Action action, MilestoneTarget target, ReportingPeriod period,
                                           LocalDate peildatum) {
        Reading r = Reading.of(action, target, period, peildatum);
        return new TargetProgress(action.id(), target.id(), TargetKind.MILESTONE, peildatum, r.start(), r.due(),
                r.dueReached(), r.measured(), r.measuredOn(), null, null, r.done(),
                null, null, null, null, null, r.done(), null, false);
    }

    /**
     * The progress of monitoring {@code target} of {@code action}: whether its latest measurement is older
     * than the target allows.
     */
    public static TargetProgress monitoring(Action action, MonitoringTarget target, ReportingPeriod period,
                                            LocalDate peildatum) {
        Reading r = Reading.of(action, target, period, peildatum);
        boolean stale = r.measuredOn() != null && r.measuredOn().plus(target.maxAge()).isBefore(peildatum);
        return new TargetProgress(action.id(), target.id(), TargetKind.MONITORING, peildatum, r.start(), r.due(),
                r.dueReached(), r.measured(), r.measuredOn(), r.realised(), r.bound(), false,
                null, null, null, null, null, false, target.maxAge(), stale);
    }

    /** What every kind reads alike: the target's dates and its latest measurement on or before the peildatum. */
    private record Reading(LocalDate start, LocalDate due, boolean dueReached, Measurement latest) {

        static Reading of(Action action, Target target, ReportingPeriod period, LocalDate peildatum) {
            LocalDate due = target.dueIn(period);
            Measurement latest = action.measurementsOf(target.id()).stream()
                    .filter(m -> !m.date().isAfter(peildatum))
                    .max(Comparator.comparing(Measurement::date))
                    .orElse(null);
            return new Reading(target.startIn(period), due, !peildatum.isBefore(due), latest);
        }

        boolean measured() {
            return latest != null;
        }

        LocalDate measuredOn() {
            return latest == null ? null : latest.date();
        }

        BigDecimal realised() {
            return latest == null ? null : latest.value();
        }

        Bound bound() {
            return latest == null ? null : latest.bound();
        }

        boolean done() {
            return latest != null && Boolean.TRUE.equals(latest.done());
        }
    }

    /**
     * Whether the progress bands decide this target: a measured quantity target, not met, before its due
     * date, with progress expected by now.
     */
    public boolean banded() {
        return switch (kind) {
            case QUANTITY -> measured && !met && !dueReached && ratio != null;
            case MILESTONE, MONITORING -> false;
        };
    }

    /**
     * Whether a figure meets a streefwaarde. A lower bound ("at least N", "more than N") proves an
     * at-least target of M met when N ≥ M, and never proves an at-most target met; an estimate counts
     * as its value.
     */
    static boolean meets(BigDecimal figure, Bound bound, Direction direction, BigDecimal streefwaarde) {
        return switch (direction) {
            case AT_LEAST -> figure.compareTo(streefwaarde) >= 0;
            case AT_MOST -> !bound.lowerBoundOnly() && figure.compareTo(streefwaarde) <= 0;
        };
    }

    /** The value on the straight line from {@code baseline} at {@code start} to {@code value} at {@code due}. */
    static BigDecimal expectedValue(BigDecimal baseline, BigDecimal value, LocalDate start, LocalDate due,
                                    LocalDate peildatum) {
        long total = ChronoUnit.DAYS.between(start, due);
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, peildatum)));
        if (total == 0) {
            return peildatum.isBefore(start) ? baseline : value;
        }
        BigDecimal rise = value.subtract(baseline).multiply(BigDecimal.valueOf(elapsed));
        return baseline.add(rise.divide(BigDecimal.valueOf(total), PRECISION));
    }

    private static BigDecimal ratio(BigDecimal realised, BigDecimal baseline, BigDecimal value, BigDecimal expected,
                                    boolean met) {
        if (value.compareTo(baseline) == 0) {
            // A flat line: the streefwaarde is a level to keep; it is kept entirely or not at all.
            return met ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        BigDecimal expectedProgress = expected.subtract(baseline);
        if (expectedProgress.signum() == 0) {
            return null;
        }
        return realised.subtract(baseline).divide(expectedProgress, PRECISION);
    }
}
