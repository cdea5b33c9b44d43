package nl.koers.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the rules need to know about one target at the peildatum: its latest measurement and, for a
 * quantity, the expected value on the line from baseline to streefwaarde (through the planned path, if
 * any). This is the arithmetic and the format's interpretation; the verdict itself is left to the rules.
 * Build one with {@link #of}, or with the factory of the target's kind ({@link #quantity}, {@link #milestone},
 * {@link #monitoring}); the components another kind has are then {@code null} or {@code false}.
 *
 * @param actionId     the action
 * @param targetId     the target
 * @param kind         quantity, milestone or monitoring
 * @param peildatum    the date assessed
 * @param start        the target's start (defaulted to the period's start)
 * @param due          the target's due date, its last day (defaulted to the period's end)
 * @param dueReached   the peildatum is on or after {@code due}: the time is up
 * @param measured     a measurement on or before the peildatum exists (it may say "not reported")
 * @param measuredOn   the date of the latest such measurement, or {@code null}
 * @param realised     its value, or {@code null}
 * @param bound        its bound, or {@code null}
 * @param done         milestone: whether the latest measurement reports it done
 * @param direction    quantity: floor, ceiling or range, else {@code null}
 * @param streefwaarde quantity: the value to reach in force at the peildatum (a revision, or for a norm target
 *                     the norm's value of the latest measurement; for a range its bottom), else {@code null};
 *                     also {@code null} for a target not yet quantified
 * @param baseline     quantity: the value at {@code start}, else {@code null}
 * @param expected     quantity: the value expected at the peildatum on the line (for a level to keep, see {@code ratio}:
 *                     the level itself), else {@code null}
 * @param ratio        quantity: progress made over progress expected, {@code (realised - baseline) / (expected -
 *                     baseline)} (for a range: measured as the distance to the range); {@code null} when unmeasured
 *                     or when nothing is expected yet; for a level to keep, not reach (a streefwaarde equal to the
 *                     baseline, or a line that would run away from the streefwaarde because the baseline already
 *                     meets it) 1 when met, else 0
 * @param met          quantity: the latest measurement meets the streefwaarde; milestone: it is done
 * @param maxAge       how old the latest measurement may be, else {@code null}
 * @param stale        the latest measurement is older than {@code maxAge} (a milestone reported done never is)
 * @param upper        quantity, range: the top of the range, else {@code null}
 * @param norm         quantity: the norm the target is relative to, else {@code null}
 * @param revision     quantity: the revision of the streefwaarde in force at the peildatum, or {@code null}
 * @param age          how old the latest measurement is at the peildatum, or {@code null} when unmeasured
 * @param notReported  the latest measurement says "-": not reported
 * @param estimate     the latest measurement is an estimate ("naar verwachting")
 * @param proMemorie   quantity: the streefwaarde is not yet quantified ("p.m.")
 * @param planned      quantity: the expected value follows planned intermediate values, not the straight line
 */
public record TargetProgress(String actionId, String targetId, TargetKind kind, LocalDate peildatum,
                             LocalDate start, LocalDate due, boolean dueReached,
                             boolean measured, LocalDate measuredOn, BigDecimal realised, Bound bound, boolean done,
                             Direction direction, BigDecimal streefwaarde, BigDecimal baseline, BigDecimal expected,
                             BigDecimal ratio, boolean met, Period maxAge, boolean stale, BigDecimal upper,
                             String norm, Revision revision, Period age, boolean notReported, boolean estimate,
                             boolean proMemorie, boolean planned) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public TargetProgress {
        Checks.requireText(actionId, "actionId");
        Checks.requireText(targetId, "targetId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(peildatum, "peildatum");
    }

    /** The progress as koers/v1 knew it: no range, norm, revision, age, "not reported", estimate or path. */
    public TargetProgress(String actionId, String targetId, TargetKind kind, LocalDate peildatum, LocalDate start,
                          LocalDate due, boolean dueReached, boolean measured, LocalDate measuredOn, BigDecimal realised,
                          Bound bound, boolean done, Direction direction, BigDecimal streefwaarde, BigDecimal baseline,
                          BigDecimal expected, BigDecimal ratio, boolean met, Period maxAge, boolean stale) {
        this(actionId, targetId, kind, peildatum, start, due, dueReached, measured, measuredOn, realised, bound, done,
                direction, streefwaarde, baseline, expected, ratio, met, maxAge, stale, null, null, null,
                measuredOn == null ? null : Period.between(measuredOn, peildatum), false, false, false, false);
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
     * line from baseline to the streefwaarde in force, through the planned path.
     */
    public static TargetProgress quantity(Action action, QuantityTarget target, ReportingPeriod period,
                                          LocalDate peildatum) {
        Reading r = Reading.of(action, target, period, peildatum);
        Revision revision = target.revisions().stream().filter(v -> !v.date().isAfter(peildatum))
                .reduce((earlier, later) -> later).orElse(null);
        BigDecimal streefwaarde = target.norm() != null ? (r.latest() == null ? null : r.latest().normValue())
                : revision != null ? revision.value() : target.value();
        BigDecimal expected = null;
        BigDecimal ratio = null;
        boolean met = false;
        List<PathPoint> path = target.path().stream()
                .filter(p -> p.date().isAfter(r.start()) && p.date().isBefore(r.due())).toList();
        if (streefwaarde != null) {
            Line line = new Line(target.direction(), streefwaarde,
                    target.upper() == null ? streefwaarde : target.upper().max(streefwaarde));
            // a level to keep is expected at its level all the time, not on a line running away from it
            expected = line.distance(target.baseline()).signum() == 0 ? line.aim(target.baseline())
                    : expectedValue(target.baseline(), path, line.aim(target.baseline()), r.start(), r.due(), peildatum);
            met = r.realised() != null && line.meets(r.realised(), r.bound());
            ratio = r.realised() == null ? null : line.ratio(r.realised(), target.baseline(), expected, met);
        }
        Period maxAge = target.maxAge();
        return new TargetProgress(action.id(), target.id(), TargetKind.QUANTITY, peildatum, r.start(), r.due(),
                r.dueReached(), r.measured(), r.measuredOn(), r.realised(), r.bound(), false,
                target.direction(), streefwaarde, target.baseline(), expected, ratio, met, maxAge,
                r.olderThan(maxAge, peildatum), target.upper(), target.norm(), revision, r.age(peildatum),
                r.notReported(), r.estimate(), target.proMemorie(), !path.isEmpty());
    }

    /**
     * The progress of milestone {@code target} of {@code action}: whether the latest measurement reports it
     * done. A milestone has no figure, so {@code realised} and {@code bound} stay empty.
     */
    public static TargetProgress milestone(Action action, MilestoneTarget target, ReportingPeriod period,
                                           LocalDate peildatum) {
        Reading r = Reading.of(action, target, period, peildatum);
        // what happened stays happened: only a report that it is not yet done can go stale
        boolean stale = !r.done() && r.olderThan(target.maxAge(), peildatum);
        return new TargetProgress(action.id(), target.id(), TargetKind.MILESTONE, peildatum, r.start(), r.due(),
                r.dueReached(), r.measured(), r.measuredOn(), null, null, r.done(),
                null, null, null, null, null, r.done(), target.maxAge(), stale, null, null, null, r.age(peildatum),
                r.notReported(), r.estimate(), false, false);
    }

    /**
     * The progress of monitoring {@code target} of {@code action}: whether its latest measurement is older
     * than the target allows.
     */
    public static TargetProgress monitoring(Action action, MonitoringTarget target, ReportingPeriod period,
                                            LocalDate peildatum) {
        Reading r = Reading.of(action, target, period, peildatum);
        return new TargetProgress(action.id(), target.id(), TargetKind.MONITORING, peildatum, r.start(), r.due(),
                r.dueReached(), r.measured(), r.measuredOn(), r.realised(), r.bound(), false,
                null, null, null, null, null, false, target.maxAge(), r.olderThan(target.maxAge(), peildatum),
                null, null, null, r.age(peildatum), r.notReported(), r.estimate(), false, false);
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
            return latest == null || latest.notReported() ? null : latest.bound();
        }

        boolean done() {
            return latest != null && Boolean.TRUE.equals(latest.done());
        }

        boolean notReported() {
            return latest != null && latest.notReported();
        }

        boolean estimate() {
            return latest != null && latest.estimate();
        }

        Period age(LocalDate peildatum) {
            return latest == null ? null : Period.between(latest.date(), peildatum);
        }

        boolean olderThan(Period maxAge, LocalDate peildatum) {
            return maxAge != null && latest != null && latest.date().plus(maxAge).isBefore(peildatum);
        }
    }

    /**
     * Whether the latest measurement can decide the target: there is one, it reports something, it is not
     * stale, and (for a quantity) there is a streefwaarde to hold it against. Monitoring is the exception to
     * staleness: being recent enough is its whole verdict, so only a measurement that reports nothing counts out.
     */
    public boolean assessable() {
        return switch (kind) {
            case QUANTITY -> measured && !notReported && !stale && streefwaarde != null;
            case MILESTONE -> measured && !notReported && !stale;
            case MONITORING -> measured && !notReported;
        };
    }

    /**
     * Whether the progress bands decide this target: an assessable quantity target, not met, before its due
     * date, with progress expected by now.
     */
    public boolean banded() {
        return switch (kind) {
            case QUANTITY -> assessable() && !met && !dueReached && ratio != null;
            case MILESTONE, MONITORING -> false;
        };
    }

    /**
     * Whether the due-date table (einddatum) decides this target: an assessable quantity target not met on or
     * after its due date.
     */
    public boolean dueMissed() {
        return switch (kind) {
            case QUANTITY -> assessable() && !met && dueReached;
            case MILESTONE, MONITORING -> false;
        };
    }

    /**
     * What an explanation of this progress adds to its sentence: the figure is an estimate, the streefwaarde was
     * revised, the expected value follows a planned path. Each note is a reason of its own, rendered after the
     * sentence ({@code {n,note}}); empty when there is nothing to add.
     */
    public List<Reason> notes() {
        List<Reason> notes = new ArrayList<>();
        if (estimate) {
            notes.add(Reason.of("note.estimate"));
        }
        if (direction == Direction.WITHIN && streefwaarde != null) {
            notes.add(Reason.of("note.range", streefwaarde, upper));
        }
        if (revision != null) {
            notes.add(revision.decision() == null ? Reason.of("note.revision-no-decision", revision.value(), revision.date())
                    : Reason.of("note.revision", revision.value(), revision.date(), revision.decision()));
        }
        if (planned && expected != null) {
            notes.add(Reason.of("note.path", expected));
        }
        if (norm != null && streefwaarde != null) {
            notes.add(Reason.of("note.norm", norm, streefwaarde));
        }
        return List.copyOf(notes);
    }

    /**
     * Whether a figure meets a streefwaarde. A lower bound ("at least N", "more than N") proves an
     * at-least target of M met when N ≥ M, and never proves an at-most target met; an estimate counts
     * as its value.
     */
    static boolean meets(BigDecimal figure, Bound bound, Direction direction, BigDecimal streefwaarde) {
        return new Line(direction, streefwaarde, streefwaarde).meets(figure, bound);
    }

    /**
     * The streefwaarde as a set of values to land in: {@code [low, ∞)} for at-least, {@code (-∞, low]} for
     * at-most, {@code [low, high]} for a range.
     */
    private record Line(Direction direction, BigDecimal low, BigDecimal high) {

        boolean meets(BigDecimal figure, Bound bound) {
            return switch (direction) {
                case AT_LEAST -> figure.compareTo(low) >= 0;
                case AT_MOST -> !bound.lowerBoundOnly() && figure.compareTo(low) <= 0;
                // a lower bound inside the range cannot prove the figure is not above it
                case WITHIN -> !bound.lowerBoundOnly() && figure.compareTo(low) >= 0 && figure.compareTo(high) <= 0;
            };
        }

        /** How far a figure lies from the values that meet the target; 0 inside them. */
        BigDecimal distance(BigDecimal x) {
            return switch (direction) {
                case AT_LEAST -> low.subtract(x).max(BigDecimal.ZERO);
                case AT_MOST -> x.subtract(low).max(BigDecimal.ZERO);
                case WITHIN -> low.subtract(x).max(x.subtract(high)).max(BigDecimal.ZERO);
            };
        }

        /** Where the line from {@code baseline} ends at the due date: the nearest value that meets the target. */
        BigDecimal aim(BigDecimal baseline) {
            return switch (direction) {
                case AT_LEAST, AT_MOST -> low;
                case WITHIN -> baseline.max(low).min(high);
            };
        }

        BigDecimal ratio(BigDecimal realised, BigDecimal baseline, BigDecimal expected, boolean met) {
            if (distance(baseline).signum() == 0) {
                // The baseline already meets the streefwaarde: it is a level to keep, kept entirely or not at all.
                // (A line drawn from it would run away from the streefwaarde, so that a figure beyond the ceiling
                // would count as progress: 11 % against "at most 5 %" from baseline 0.)
                return met ? BigDecimal.ONE : BigDecimal.ZERO;
            }
            return switch (direction) {
                case AT_LEAST, AT_MOST -> {
                    BigDecimal expectedProgress = expected.subtract(baseline);
                    // a path may plan no progress yet, or even a step back: then nothing is expected yet
                    yield expectedProgress.signum() != low.subtract(baseline).signum() ? null
                            : realised.subtract(baseline).divide(expectedProgress, PRECISION);
                }
                case WITHIN -> {
                    // on a range, progress is how much nearer the range the figure came; overshooting it is no progress
                    BigDecimal expectedProgress = distance(baseline).subtract(distance(expected));
                    yield expectedProgress.signum() <= 0 ? null
                            : distance(baseline).subtract(distance(realised)).divide(expectedProgress, PRECISION);
                }
            };
        }
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

    /**
     * The value on the line from {@code baseline} at {@code start} through each point of {@code path} to
     * {@code value} at {@code due}: straight between neighbouring points. The points lie strictly between
     * start and due, in date order.
     */
    static BigDecimal expectedValue(BigDecimal baseline, List<PathPoint> path, BigDecimal value, LocalDate start,
                                    LocalDate due, LocalDate peildatum) {
        LocalDate from = start;
        BigDecimal fromValue = baseline;
        for (PathPoint p : path) {
            if (peildatum.isBefore(p.date())) {
                return expectedValue(fromValue, p.value(), from, p.date(), peildatum);
            }
            from = p.date();
            fromValue = p.value();
        }
        return expectedValue(fromValue, value, from, due, peildatum);
    }
}
