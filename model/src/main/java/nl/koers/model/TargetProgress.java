package nl.koers.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules need to know about one target at the peildatum: its latest measurement and, for a
 * quantity, the expected value on the straight line from baseline to streefwaarde. This is the
 * arithmetic and the format's interpretation; the verdict itself is left to the rules.
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
        LocalDate start = target.startIn(period);
        LocalDate due = target.dueIn(period);
        boolean dueReached = !peildatum.isBefore(due);
        Optional<Measurement> latest = action.measurementsOf(target.id()).stream()
                .filter(m -> !m.date().isAfter(peildatum))
                .max(Comparator.comparing(Measurement::date));
        LocalDate measuredOn = latest.map(Measurement::date).orElse(null);
        BigDecimal realised = latest.map(Measurement::value).orElse(null);
        Bound bound = latest.map(Measurement::bound).orElse(null);
        boolean done = latest.map(m -> Boolean.TRUE.equals(m.done())).orElse(false);

        if (target instanceof QuantityTarget q) {
            BigDecimal expected = expectedValue(q.baseline(), q.value(), start, due, peildatum);
            boolean met = realised != null && meets(realised, bound, q.direction(), q.value());
            BigDecimal ratio = realised == null ? null : ratio(realised, q.baseline(), q.value(), expected, met);
            return new TargetProgress(action.id(), target.id(), target.kind(), peildatum, start, due, dueReached,
                    latest.isPresent(), measuredOn, realised, bound, false,
                    q.direction(), q.value(), q.baseline(), expected, ratio, met, null, false);
        }
        if (target instanceof MonitoringTarget m) {
            boolean stale = measuredOn != null && measuredOn.plus(m.maxAge()).isBefore(peildatum);
            return new TargetProgress(action.id(), target.id(), target.kind(), peildatum, start, due, dueReached,
                    latest.isPresent(), measuredOn, realised, bound, false,
                    null, null, null, null, null, false, m.maxAge(), stale);
        }
        return new TargetProgress(action.id(), target.id(), target.kind(), peildatum, start, due, dueReached,
                latest.isPresent(), measuredOn, null, null, done, null, null, null, null, null, done, null, false);
    }

    /**
     * Whether the progress bands decide this target: a measured quantity target, not met, before its due
     * date, with progress expected by now.
     */
    public boolean banded() {
        return kind == TargetKind.QUANTITY && measured && !met && !dueReached && ratio != null;
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
