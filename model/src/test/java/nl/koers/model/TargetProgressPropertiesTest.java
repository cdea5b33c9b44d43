package nl.koers.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.constraints.IntRange;

class TargetProgressPropertiesTest {

    private static final LocalDate START = LocalDate.of(2018, 1, 1);
    private static final ReportingPeriod YEAR_2018 = new ReportingPeriod(START, LocalDate.of(2018, 12, 31));

    /** A measurement as days from the peildatum (negative: before it), a figure and a bound. */
    private record Report(int day, BigDecimal figure, Bound bound) {
    }

    @Provide
    Arbitrary<BigDecimal> figures() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> increments() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> ratios() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-3"), new BigDecimal("3")).ofScale(3);
    }

    @Provide
    Arbitrary<Integer> nonZeroRisesPerDay() {
        return Arbitraries.integers().between(-1000, 1000).filter(rise -> rise != 0);
    }

    @Provide
    Arbitrary<Bound> lowerBounds() {
        return Arbitraries.of(Bound.AT_LEAST, Bound.MORE_THAN);
    }

    @Provide
    Arbitrary<List<Report>> reportsAroundThePeildatum() {
        return reports(-400, 400);
    }

    @Provide
    Arbitrary<List<Report>> reportsUpToThePeildatum() {
        return reports(-400, 0);
    }

    @Provide
    Arbitrary<List<Report>> reportsAfterThePeildatum() {
        return reports(1, 400);
    }

    private Arbitrary<List<Report>> reports(int firstDay, int lastDay) {
        Arbitrary<Tuple3<Integer, BigDecimal, Bound>> report = Combinators.combine(
                Arbitraries.integers().between(firstDay, lastDay), figures(), Arbitraries.of(Bound.class)).as(Tuple::of);
        return report.list().ofMaxSize(6).uniqueElements(Tuple3::get1)
                .map(tuples -> tuples.stream().map(t -> new Report(t.get1(), t.get2(), t.get3())).toList());
    }

    /** Floors and ceilings; ranges have properties of their own. */
    @Provide
    Arbitrary<Direction> floorOrCeiling() {
        return Arbitraries.of(Direction.AT_LEAST, Direction.AT_MOST);
    }

    private static Target targetOf(TargetKind kind, BigDecimal streefwaarde, Direction direction) {
        return switch (kind) {
            case QUANTITY -> new QuantityTarget("t", null, null, direction, streefwaarde, null, null, null);
            case MILESTONE -> new MilestoneTarget("t", null, null, null);
            case MONITORING -> new MonitoringTarget("t", null, null, Period.ofMonths(3), null, null);
        };
    }

    private static Measurement measurementOf(TargetKind kind, Report report, LocalDate peildatum) {
        LocalDate date = peildatum.plusDays(report.day());
        return kind == TargetKind.MILESTONE
                ? new Measurement("t", date, null, null, report.figure().signum() > 0, null, null)
                : new Measurement("t", date, report.figure(), report.bound(), null, null, null);
    }

    private static TargetProgress progressOf(Target target, LocalDate peildatum, List<Measurement> measurements) {
        Action action = new Action("1", null, null, null, null, List.of(target), measurements);
        return TargetProgress.of(action, target, YEAR_2018, peildatum);
    }

    private static TargetProgress progressOf(Target target, LocalDate peildatum, BigDecimal figure, Bound bound) {
        return progressOf(target, peildatum, List.of(new Measurement("t", peildatum, figure, bound, null, null, null)));
    }

    @Property(tries = 400)
    void theRatioIsExactlyProgressMadeOverProgressExpected(
            @ForAll @IntRange(min = 1, max = 2000) int daysOfTheLine,
            @ForAll @IntRange(min = 1, max = 3000) int daysElapsed,
            @ForAll("figures") BigDecimal baseline,
            @ForAll("nonZeroRisesPerDay") int risePerDay,
            @ForAll("ratios") BigDecimal share) {
        // the line runs towards the streefwaarde: a line running away from it is a level to keep (see below)
        Direction direction = risePerDay > 0 ? Direction.AT_LEAST : Direction.AT_MOST;
        BigDecimal perDay = BigDecimal.valueOf(risePerDay);
        BigDecimal streefwaarde = baseline.add(perDay.multiply(BigDecimal.valueOf(daysOfTheLine)));
        BigDecimal progressExpected = perDay.multiply(BigDecimal.valueOf(Math.min(daysElapsed, daysOfTheLine)));
        BigDecimal realised = baseline.add(progressExpected.multiply(share));
        Target line = new QuantityTarget("t", null, null, direction, streefwaarde, baseline, START,
                START.plusDays(daysOfTheLine));

        TargetProgress progress = progressOf(line, START.plusDays(daysElapsed), realised, Bound.EXACT);

        assertThat(progress.expected()).isEqualByComparingTo(baseline.add(progressExpected));
        assertThat(progress.ratio()).isEqualByComparingTo(share);
    }

    @Property(tries = 300)
    void theExpectedValueNeverLeavesTheLineFromBaselineToStreefwaarde(
            @ForAll @IntRange(min = 0, max = 2000) int daysOfTheLine,
            @ForAll @IntRange(min = -500, max = 3000) int daysElapsed,
            @ForAll("figures") BigDecimal baseline,
            @ForAll("figures") BigDecimal streefwaarde,
            @ForAll("floorOrCeiling") Direction direction) {
        Target line = new QuantityTarget("t", null, null, direction, streefwaarde, baseline, START,
                START.plusDays(daysOfTheLine));

        BigDecimal expected = progressOf(line, START.plusDays(daysElapsed), List.of()).expected();

        // a baseline that already meets the streefwaarde makes it a level to keep, expected at that level all along
        boolean level = direction == Direction.AT_LEAST ? baseline.compareTo(streefwaarde) >= 0
                : baseline.compareTo(streefwaarde) <= 0;
        if (level) {
            assertThat(expected).isEqualByComparingTo(streefwaarde);
            return;
        }
        assertThat(expected).isBetween(baseline.min(streefwaarde), baseline.max(streefwaarde));
        if (daysElapsed <= 0 && daysOfTheLine > 0 || daysElapsed < 0) {
            assertThat(expected).isEqualByComparingTo(baseline);
        }
        if (daysElapsed >= daysOfTheLine) {
            assertThat(expected).isEqualByComparingTo(streefwaarde);
        }
    }

    @Property(tries = 300)
    void aHigherFigureNeverUnmeetsAnAtLeastTarget(
            @ForAll("figures") BigDecimal streefwaarde,
            @ForAll("figures") BigDecimal figure,
            @ForAll("increments") BigDecimal more,
            @ForAll Bound bound,
            @ForAll Bound higherBound) {
        Target target = targetOf(TargetKind.QUANTITY, streefwaarde, Direction.AT_LEAST);
        LocalDate peildatum = LocalDate.of(2018, 12, 31);

        boolean met = progressOf(target, peildatum, figure, bound).met();
        boolean higherMet = progressOf(target, peildatum, figure.add(more), higherBound).met();

        assertThat(met).isEqualTo(figure.compareTo(streefwaarde) >= 0);
        if (met) {
            assertThat(higherMet).isTrue();
        }
    }

    @Property(tries = 300)
    void aLowerFigureNeverUnmeetsAnAtMostTarget(
            @ForAll("figures") BigDecimal streefwaarde,
            @ForAll("figures") BigDecimal figure,
            @ForAll("increments") BigDecimal less,
            @ForAll Bound bound) {
        Target target = targetOf(TargetKind.QUANTITY, streefwaarde, Direction.AT_MOST);
        LocalDate peildatum = LocalDate.of(2018, 12, 31);

        boolean met = progressOf(target, peildatum, figure, bound).met();
        boolean lowerMet = progressOf(target, peildatum, figure.subtract(less), bound).met();

        if (met) {
            assertThat(lowerMet).isTrue();
        }
    }

    @Property(tries = 200)
    void aLowerBoundNeverProvesAnAtMostTargetMet(
            @ForAll("figures") BigDecimal streefwaarde,
            @ForAll("figures") BigDecimal figure,
            @ForAll("lowerBounds") Bound bound) {
        Target target = targetOf(TargetKind.QUANTITY, streefwaarde, Direction.AT_MOST);

        assertThat(progressOf(target, LocalDate.of(2018, 12, 31), figure, bound).met()).isFalse();
    }

    @Property(tries = 200)
    void anEstimateCountsAsItsValue(
            @ForAll("figures") BigDecimal streefwaarde,
            @ForAll("figures") BigDecimal figure,
            @ForAll("floorOrCeiling") Direction direction) {
        Target target = targetOf(TargetKind.QUANTITY, streefwaarde, direction);
        LocalDate peildatum = LocalDate.of(2018, 6, 30);

        TargetProgress estimated = progressOf(target, peildatum, figure, Bound.ESTIMATE);
        TargetProgress exact = progressOf(target, peildatum, figure, Bound.EXACT);

        assertThat(estimated.met()).isEqualTo(exact.met());
        assertThat(estimated.ratio()).isEqualTo(exact.ratio());
    }

    @Property(tries = 300)
    void aHigherFigureNeverLowersTheRatioOfARisingLine(
            @ForAll @IntRange(min = 1, max = 364) int day,
            @ForAll("increments") BigDecimal rise,
            @ForAll("figures") BigDecimal figure,
            @ForAll("increments") BigDecimal more) {
        BigDecimal baseline = new BigDecimal("100");
        Target rising = new QuantityTarget("t", null, null, Direction.AT_LEAST, baseline.add(rise).add(BigDecimal.ONE),
                baseline, null, null);
        LocalDate peildatum = START.plusDays(day);

        BigDecimal ratio = progressOf(rising, peildatum, figure, Bound.EXACT).ratio();
        BigDecimal higherRatio = progressOf(rising, peildatum, figure.add(more), Bound.EXACT).ratio();

        assertThat(higherRatio).isGreaterThanOrEqualTo(ratio);
    }

    @Property(tries = 300)
    void measurementsAfterThePeildatumNeverChangeTheProgress(
            @ForAll TargetKind kind,
            @ForAll("floorOrCeiling") Direction direction,
            @ForAll("figures") BigDecimal streefwaarde,
            @ForAll @IntRange(min = 0, max = 729) int peildag,
            @ForAll("reportsUpToThePeildatum") List<Report> counted,
            @ForAll("reportsAfterThePeildatum") List<Report> ignored) {
        Target target = targetOf(kind, streefwaarde, direction);
        LocalDate peildatum = START.plusDays(peildag);
        List<Measurement> upToPeildatum = counted.stream().map(r -> measurementOf(kind, r, peildatum)).toList();
        List<Measurement> all = new ArrayList<>(upToPeildatum);
        ignored.forEach(r -> all.add(measurementOf(kind, r, peildatum)));

        assertThat(progressOf(target, peildatum, all)).isEqualTo(progressOf(target, peildatum, upToPeildatum));
    }

    @Property(tries = 300)
    void theOrderOfMeasurementsDoesNotChangeTheProgress(
            @ForAll TargetKind kind,
            @ForAll("floorOrCeiling") Direction direction,
            @ForAll("figures") BigDecimal streefwaarde,
            @ForAll @IntRange(min = 0, max = 729) int peildag,
            @ForAll("reportsAroundThePeildatum") List<Report> reports,
            @ForAll Random random) {
        Target target = targetOf(kind, streefwaarde, direction);
        LocalDate peildatum = START.plusDays(peildag);
        List<Measurement> inFileOrder = reports.stream().map(r -> measurementOf(kind, r, peildatum)).toList();
        List<Measurement> shuffled = new ArrayList<>(inFileOrder);
        Collections.shuffle(shuffled, random);

        assertThat(progressOf(target, peildatum, shuffled)).isEqualTo(progressOf(target, peildatum, inFileOrder));
    }

    @Property(tries = 300)
    void theLatestMeasurementOnOrBeforeThePeildatumIsTheOneThatCounts(
            @ForAll TargetKind kind,
            @ForAll @IntRange(min = 0, max = 729) int peildag,
            @ForAll("reportsAroundThePeildatum") List<Report> reports) {
        Target target = targetOf(kind, BigDecimal.TEN, Direction.AT_LEAST);
        LocalDate peildatum = START.plusDays(peildag);
        List<Measurement> measurements = reports.stream().map(r -> measurementOf(kind, r, peildatum)).toList();

        TargetProgress progress = progressOf(target, peildatum, measurements);

        LocalDate latest = measurements.stream().map(Measurement::date).filter(d -> !d.isAfter(peildatum))
                .max(LocalDate::compareTo).orElse(null);
        assertThat(progress.measured()).isEqualTo(latest != null);
        assertThat(progress.measuredOn()).isEqualTo(latest);
        if (latest != null) {
            Measurement counted = measurements.stream().filter(m -> m.date().equals(latest)).findFirst().orElseThrow();
            if (kind == TargetKind.MILESTONE) {
                assertThat(progress.done()).isEqualTo(counted.done());
            } else {
                assertThat(progress.realised()).isEqualTo(counted.value());
                assertThat(progress.bound()).isEqualTo(counted.bound());
            }
        }
    }

    @Property(tries = 300)
    void aMonitoringTargetIsStaleExactlyWhenItsLatestMeasurementIsOlderThanMaxAge(
            @ForAll @IntRange(min = 1, max = 24) int maxAgeInMonths,
            @ForAll @IntRange(min = 0, max = 1000) int measuredDay,
            @ForAll @IntRange(min = 0, max = 1000) int daysLater) {
        Period maxAge = Period.ofMonths(maxAgeInMonths);
        Target target = new MonitoringTarget("t", null, null, maxAge, null, null);
        LocalDate measuredOn = START.plusDays(measuredDay);
        LocalDate peildatum = measuredOn.plusDays(daysLater);

        TargetProgress progress = progressOf(target, peildatum, BigDecimal.ONE.negate(), Bound.EXACT);
        TargetProgress later = progressOf(target, peildatum,
                List.of(new Measurement("t", measuredOn, BigDecimal.ONE, null, null, null, null)));

        assertThat(progress.stale()).isFalse();
        assertThat(later.stale()).isEqualTo(peildatum.isAfter(measuredOn.plus(maxAge)));
    }

    @Property(tries = 200)
    void theDueDateIsReachedFromTheDueDateOn(
            @ForAll TargetKind kind,
            @ForAll @IntRange(min = -400, max = 400) int daysFromDue) {
        Target target = targetOf(kind, BigDecimal.TEN, Direction.AT_MOST);
        LocalDate due = YEAR_2018.end();

        assertThat(progressOf(target, due.plusDays(daysFromDue), List.of()).dueReached()).isEqualTo(daysFromDue >= 0);
    }
}
