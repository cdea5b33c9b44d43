package nl.koers.rules;

import static nl.koers.rules.ExpectedFinding.targetVerdict;
import static nl.koers.rules.Fixtures.DUE;
import static nl.koers.rules.Fixtures.HALFWAY;
import static nl.koers.rules.Fixtures.START;
import static nl.koers.rules.Fixtures.atLeast;
import static nl.koers.rules.Fixtures.atMost;
import static nl.koers.rules.Fixtures.done;
import static nl.koers.rules.Fixtures.figure;
import static nl.koers.rules.Fixtures.milestone;
import static nl.koers.rules.Fixtures.monitoring;
import static nl.koers.rules.Fixtures.progress;
import static nl.koers.rules.RuleVerifier.verifyThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import nl.koers.model.Bound;
import nl.koers.model.Direction;
import nl.koers.model.Measurement;
import nl.koers.model.MilestoneTarget;
import nl.koers.model.PathPoint;
import nl.koers.model.QuantityTarget;
import nl.koers.model.Revision;
import nl.koers.model.Status;
import nl.koers.model.TargetProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** targets.drl: the verdict on each target at the peildatum. */
class TargetRulesTest {

    /** On {@code HALFWAY} the straight line to 100 expects 50, so realised 45 is 90 % of the expected progress. */
    private static final TargetProgress QUANTITY_AT_NINETY_PERCENT =
            progress(atLeast("1a", "100"), HALFWAY, figure("1a", HALFWAY, "45"));
    private static final TargetProgress QUANTITY_JUST_BELOW_NINETY_PERCENT =
            progress(atLeast("1a", "100"), HALFWAY, figure("1a", HALFWAY, "44.99"));
    private static final TargetProgress QUANTITY_AT_SEVENTY_FIVE_PERCENT =
            progress(atLeast("1a", "100"), HALFWAY, figure("1a", HALFWAY, "37.5"));
    private static final TargetProgress QUANTITY_JUST_BELOW_SEVENTY_FIVE_PERCENT =
            progress(atLeast("1a", "100"), HALFWAY, figure("1a", HALFWAY, "37.49"));
    private static final TargetProgress QUANTITY_MET_HALFWAY =
            progress(atLeast("1a", "100"), HALFWAY, figure("1a", HALFWAY, "100"));
    private static final TargetProgress QUANTITY_DUE_TODAY_NOT_MET =
            progress(atLeast("1a", "100"), DUE, figure("1a", DUE, "99"));
    private static final TargetProgress QUANTITY_DUE_TOMORROW_NOT_MET =
            progress(atLeast("1a", "100"), DUE.minusDays(1), figure("1a", DUE.minusDays(1), "99"));
    private static final TargetProgress QUANTITY_ON_ITS_START_DATE =
            progress(atLeast("1a", "100"), START, figure("1a", START, "0"));
    private static final TargetProgress QUANTITY_MEASURED_ONLY_AFTER_PEILDATUM =
            progress(atLeast("1a", "100"), HALFWAY, figure("1a", HALFWAY.plusDays(1), "100"));
    private static final TargetProgress MILESTONE_DUE_TODAY_NOT_REPORTED = progress(milestone("1m"), DUE);
    private static final TargetProgress MILESTONE_DONE =
            progress(milestone("1m"), HALFWAY, done("1m", START.plusDays(10), false), done("1m", HALFWAY, true));
    private static final TargetProgress MILESTONE_NOT_DONE_DUE_TOMORROW =
            progress(milestone("1m"), DUE.minusDays(1), done("1m", HALFWAY, false));
    private static final TargetProgress MILESTONE_NOT_DONE_DUE_TODAY =
            progress(milestone("1m"), DUE, done("1m", DUE, false));
    private static final TargetProgress MILESTONE_NOT_DONE_PAST_DUE =
            progress(milestone("1m"), DUE.plusDays(30), done("1m", HALFWAY, false));
    private static final TargetProgress MONITORING_EXACTLY_A_MONTH_OLD =
            progress(monitoring("1t", Period.ofMonths(1)), HALFWAY, figure("1t", HALFWAY.minusMonths(1), "12"));
    private static final TargetProgress MONITORING_A_MONTH_AND_A_DAY_OLD =
            progress(monitoring("1t", Period.ofMonths(1)), HALFWAY,
                    figure("1t", HALFWAY.minusMonths(1).minusDays(1), "12"));

    @Test
    @Covers("Target without a measurement is unknown")
    void quantityTargetMeasuredOnlyAfterThePeildatumIsUnknown() {
        assertThat(QUANTITY_MEASURED_ONLY_AFTER_PEILDATUM.measured()).isFalse();

        verifyThat("Target without a measurement is unknown")
                .given(QUANTITY_MEASURED_ONLY_AFTER_PEILDATUM)
                .produces(targetVerdict("1a", Status.UNKNOWN).because("target.unmeasured"));
    }

    @Test
    @Covers("Target without a measurement is unknown")
    void milestoneWithoutAnyReportIsUnknownEvenOnItsDueDate() {
        verifyThat("Target without a measurement is unknown")
                .given(MILESTONE_DUE_TODAY_NOT_REPORTED)
                .produces(targetVerdict("1m", Status.UNKNOWN));
    }

    @Test
    @Covers("Quantity target met")
    void quantityTargetMetBeforeItsDueDateIsAchieved() {
        verifyThat("Quantity target met")
                .given(QUANTITY_MET_HALFWAY)
                .produces(targetVerdict("1a", Status.ACHIEVED).because("quantity.met"));
    }

    @Test
    @Covers("Quantity target met")
    void moreThanFortyMeetsAtLeastThirty() {
        TargetProgress moreThanForty = progress(atLeast("1a", "30"), HALFWAY,
                figure("1a", HALFWAY, "40", Bound.MORE_THAN));

        verifyThat("Quantity target met")
                .given(moreThanForty)
                .produces(targetVerdict("1a", Status.ACHIEVED));
    }

    @Test
    @Covers("Quantity target met")
    void exactFigureUnderTheCeilingMeetsAnAtMostTarget() {
        TargetProgress fortyOfAtMostFifty = progress(atMost("1a", "50", "100"), DUE, figure("1a", DUE, "40"));

        verifyThat("Quantity target met")
                .given(fortyOfAtMostFifty)
                .produces(targetVerdict("1a", Status.ACHIEVED));
    }

    @Test
    @Covers("Quantity target not met by its due date")
    void quantityTargetNotMetOnItsDueDateIsOffTrack() {
        assertThat(QUANTITY_DUE_TODAY_NOT_MET.dueReached()).isTrue();

        verifyThat("Quantity target not met by its due date")
                .given(QUANTITY_DUE_TODAY_NOT_MET)
                .produces(targetVerdict("1a", Status.OFF_TRACK).because("quantity.due-passed"));
    }

    @ParameterizedTest
    @EnumSource(value = Bound.class, names = {"AT_LEAST", "MORE_THAN"})
    @Covers("Quantity target not met by its due date")
    void lowerBoundNeverProvesAnAtMostTargetMet(Bound lowerBound) {
        TargetProgress lowerBoundUnderTheCeiling = progress(atMost("1a", "50", "100"), DUE,
                figure("1a", DUE, "40", lowerBound));

        verifyThat("Quantity target not met by its due date")
                .given(lowerBoundUnderTheCeiling)
                .produces(targetVerdict("1a", Status.OFF_TRACK));
    }

    @Test
    @Covers("Quantity target with nothing expected yet is on track")
    void quantityTargetOnItsStartDateIsOnTrack() {
        assertThat(QUANTITY_ON_ITS_START_DATE.ratio()).isNull();

        verifyThat("Quantity target with nothing expected yet is on track")
                .given(QUANTITY_ON_ITS_START_DATE)
                .produces(targetVerdict("1a", Status.ON_TRACK).because("quantity.nothing-expected"));
    }

    @Test
    @Covers("Quantity target at 90 % or more of the expected progress is on track")
    void quantityTargetExactlyAtNinetyPercentIsOnTrack() {
        assertThat(QUANTITY_AT_NINETY_PERCENT.ratio()).isEqualByComparingTo("0.9");

        verifyThat("Quantity target at 90 % or more of the expected progress is on track")
                .given(QUANTITY_AT_NINETY_PERCENT)
                .produces(targetVerdict("1a", Status.ON_TRACK).because("quantity.band"));
    }

    @Test
    @Covers("Quantity target at 90 % or more of the expected progress is on track")
    void quantityTargetNotMetTheDayBeforeItsDueDateIsStillJudgedByItsProgress() {
        assertThat(QUANTITY_DUE_TOMORROW_NOT_MET.dueReached()).isFalse();

        verifyThat("Quantity target at 90 % or more of the expected progress is on track")
                .given(QUANTITY_DUE_TOMORROW_NOT_MET)
                .produces(targetVerdict("1a", Status.ON_TRACK));
    }

    @Test
    @Covers("Quantity target between 75 % and 90 % of the expected progress is at risk")
    void quantityTargetJustBelowNinetyPercentIsAtRisk() {
        assertThat(QUANTITY_JUST_BELOW_NINETY_PERCENT.ratio()).isLessThan(new BigDecimal("0.9"));

        verifyThat("Quantity target between 75 % and 90 % of the expected progress is at risk")
                .given(QUANTITY_JUST_BELOW_NINETY_PERCENT)
                .produces(targetVerdict("1a", Status.AT_RISK).because("quantity.band"));
    }

    @Test
    @Covers("Quantity target between 75 % and 90 % of the expected progress is at risk")
    void quantityTargetExactlyAtSeventyFivePercentIsAtRisk() {
        assertThat(QUANTITY_AT_SEVENTY_FIVE_PERCENT.ratio()).isEqualByComparingTo("0.75");

        verifyThat("Quantity target between 75 % and 90 % of the expected progress is at risk")
                .given(QUANTITY_AT_SEVENTY_FIVE_PERCENT)
                .produces(targetVerdict("1a", Status.AT_RISK));
    }

    @Test
    @Covers("Quantity target below 75 % of the expected progress is off track")
    void quantityTargetJustBelowSeventyFivePercentIsOffTrack() {
        assertThat(QUANTITY_JUST_BELOW_SEVENTY_FIVE_PERCENT.ratio()).isLessThan(new BigDecimal("0.75"));

        verifyThat("Quantity target below 75 % of the expected progress is off track")
                .given(QUANTITY_JUST_BELOW_SEVENTY_FIVE_PERCENT)
                .produces(targetVerdict("1a", Status.OFF_TRACK).because("quantity.band"));
    }

    @Test
    @Covers("Quantity target below 75 % of the expected progress is off track")
    void onlyTheLatestMeasurementOnOrBeforeThePeildatumCounts() {
        TargetProgress lowThenMetTooLate = progress(atLeast("1a", "100"), HALFWAY,
                figure("1a", START.plusDays(10), "5"), figure("1a", HALFWAY.minusDays(1), "10"),
                figure("1a", HALFWAY.plusDays(1), "100"));

        verifyThat("Quantity target below 75 % of the expected progress is off track")
                .given(lowThenMetTooLate)
                .produces(targetVerdict("1a", Status.OFF_TRACK));
    }

    @Test
    @Covers("Milestone done")
    void milestoneReportedDoneIsAchieved() {
        verifyThat("Milestone done")
                .given(MILESTONE_DONE)
                .produces(targetVerdict("1m", Status.ACHIEVED).because("milestone.done"));
    }

    @Test
    @Covers("Milestone not done before its due date is on track")
    void milestoneNotDoneTheDayBeforeItsDueDateIsOnTrack() {
        verifyThat("Milestone not done before its due date is on track")
                .given(MILESTONE_NOT_DONE_DUE_TOMORROW)
                .produces(targetVerdict("1m", Status.ON_TRACK).because("milestone.pending"));
    }

    @Test
    @Covers("Milestone not done by its due date is off track")
    void milestoneReportedNotDoneOnItsDueDateIsOffTrack() {
        verifyThat("Milestone not done by its due date is off track")
                .given(MILESTONE_NOT_DONE_DUE_TODAY)
                .produces(targetVerdict("1m", Status.OFF_TRACK).because("milestone.overdue"));
    }

    @Test
    @Covers("Milestone not done by its due date is off track")
    void milestoneLastReportedNotDoneBeforeItsDueDateIsOffTrackAfterIt() {
        verifyThat("Milestone not done by its due date is off track")
                .given(MILESTONE_NOT_DONE_PAST_DUE)
                .produces(targetVerdict("1m", Status.OFF_TRACK));
    }

    @Test
    @Covers("Monitoring target with a recent measurement is on track")
    void monitoringMeasurementExactlyMaxAgeOldIsStillRecent() {
        verifyThat("Monitoring target with a recent measurement is on track")
                .given(MONITORING_EXACTLY_A_MONTH_OLD)
                .produces(targetVerdict("1t", Status.ON_TRACK).because("monitoring.current"));
    }

    @Test
    @Covers("Monitoring target with a stale measurement is unknown")
    void monitoringMeasurementADayOlderThanMaxAgeIsStaleAndUnknown() {
        verifyThat("Monitoring target with a stale measurement is unknown")
                .given(MONITORING_A_MONTH_AND_A_DAY_OLD)
                .produces(targetVerdict("1t", Status.UNKNOWN).because("monitoring.stale"));
    }

    // ---- issue 12: targets

    private static QuantityTarget quantity(String id, Direction direction, String value, String baseline, String upper,
                                           String norm, List<PathPoint> path, List<Revision> revisions, Period maxAge) {
        return new QuantityTarget(id, null, null, direction, value == null ? null : new BigDecimal(value),
                baseline == null ? null : new BigDecimal(baseline), START, DUE, upper == null ? null : new BigDecimal(upper),
                norm, path, revisions, maxAge);
    }

    private static Measurement notReported(String target, LocalDate date) {
        return new Measurement(target, date, null, null, null, null, null, false, true, null);
    }

    @Test
    @Covers("Target not reported is unknown")
    void aDashIsNotReportedAndUnknown() {
        TargetProgress dash = progress(atLeast("1a", "100"), HALFWAY, notReported("1a", HALFWAY));
        assertThat(dash.measured()).isTrue();

        verifyThat("Target not reported is unknown")
                .given(dash)
                .produces(targetVerdict("1a", Status.UNKNOWN).because("target.not-reported"));
    }

    @Test
    @Covers("Target not reported is unknown")
    void aMilestoneReportedAsADashIsUnknownEvenOnItsDueDate() {
        verifyThat("Target not reported is unknown")
                .given(progress(milestone("1m"), DUE, notReported("1m", DUE)))
                .produces(targetVerdict("1m", Status.UNKNOWN));
    }

    @Test
    @Covers("Target with a stale measurement is unknown")
    void aQuantityFigureOlderThanItsMaxAgeIsUnknown() {
        TargetProgress old = progress(quantity("1a", Direction.AT_LEAST, "100", null, null, null, null, null,
                Period.ofDays(10)), DUE, figure("1a", DUE.minusDays(11), "100"));
        assertThat(old.age()).isEqualTo(Period.between(DUE.minusDays(11), DUE));

        verifyThat("Target with a stale measurement is unknown")
                .given(old)
                .produces(targetVerdict("1a", Status.UNKNOWN).because("target.stale"));
    }

    @Test
    @Covers("Target with a stale measurement is unknown")
    void aMilestoneReportedNotDoneLongAgoIsUnknown() {
        MilestoneTarget limited = new MilestoneTarget("1m", null, START, DUE, Period.ofDays(10));

        verifyThat("Target with a stale measurement is unknown")
                .given(progress(limited, DUE, done("1m", HALFWAY, false)))
                .produces(targetVerdict("1m", Status.UNKNOWN));
    }

    @Test
    @Covers("Milestone done")
    void aMilestoneReportedDoneLongAgoStaysDone() {
        MilestoneTarget limited = new MilestoneTarget("1m", null, START, DUE, Period.ofDays(10));

        verifyThat("Milestone done")
                .given(progress(limited, DUE, done("1m", HALFWAY, true)))
                .produces(targetVerdict("1m", Status.ACHIEVED));
    }

    @Test
    @Covers("Quantity target not yet quantified is unknown")
    void aStreefwaardeProMemorieIsUnknown() {
        verifyThat("Quantity target not yet quantified is unknown")
                .given(progress(quantity("1a", Direction.AT_LEAST, null, null, null, null, null, null, null), HALFWAY,
                        figure("1a", HALFWAY, "10")))
                .produces(targetVerdict("1a", Status.UNKNOWN).because("quantity.pro-memorie"));
    }

    @Test
    @Covers("Quantity target relative to a norm without its value is unknown")
    void aNormTargetWithoutTheNormsValueIsUnknown() {
        verifyThat("Quantity target relative to a norm without its value is unknown")
                .given(progress(quantity("1a", Direction.AT_LEAST, null, null, null, "landelijk gemiddelde", null, null,
                        null), HALFWAY, figure("1a", HALFWAY, "10")))
                .produces(targetVerdict("1a", Status.UNKNOWN).because("quantity.norm-unknown"));
    }

    @Test
    @Covers("Quantity target met")
    void aNormTargetIsMetAgainstTheNormsValueOfTheMeasurement() {
        Measurement aboveTheNorm = new Measurement("1a", HALFWAY, new BigDecimal("53.1"), null, null, null, null, false,
                false, new BigDecimal("52.3"));

        verifyThat("Quantity target met")
                .given(progress(quantity("1a", Direction.AT_LEAST, null, null, null, "landelijk gemiddelde", null, null,
                        null), HALFWAY, aboveTheNorm))
                .produces(targetVerdict("1a", Status.ACHIEVED));
    }

    @Test
    @Covers("Quantity target met")
    void aRevisionInForceIsTheStreefwaarde() {
        TargetProgress revised = progress(quantity("1a", Direction.AT_LEAST, "100", null, null, null, null,
                List.of(new Revision(HALFWAY, new BigDecimal("90"), "Voorjaarsnota")), null), DUE, figure("1a", DUE, "90"));
        assertThat(revised.revision().decision()).isEqualTo("Voorjaarsnota");

        verifyThat("Quantity target met")
                .given(revised)
                .produces(targetVerdict("1a", Status.ACHIEVED));
    }

    @Test
    @Covers("Quantity target at 90 % or more of the expected progress is on track")
    void aFigureOnThePlannedPathIsOnTrack() {
        // the straight line expects 50 halfway; the path plans only 20 by then
        TargetProgress onThePath = progress(quantity("1a", Direction.AT_LEAST, "100", null, null, null,
                List.of(new PathPoint(HALFWAY, new BigDecimal("20"))), null, null), HALFWAY, figure("1a", HALFWAY, "20"));
        assertThat(onThePath.expected()).isEqualByComparingTo("20");

        verifyThat("Quantity target at 90 % or more of the expected progress is on track")
                .given(onThePath)
                .produces(targetVerdict("1a", Status.ON_TRACK));
    }

    @Test
    @Covers("Quantity target below 75 % of the expected progress is off track")
    void elevenPercentAgainstAtMostFivePercentFromBaselineZeroIsOffTrack() {
        // the at-most defect: the line from 0 up to 5 made 11 read as 294,4 % of the expected progress
        TargetProgress eleven = progress(atMost("1a", "5", "0"), HALFWAY, figure("1a", HALFWAY, "11"));
        assertThat(eleven.ratio()).isEqualByComparingTo("0");

        verifyThat("Quantity target below 75 % of the expected progress is off track")
                .given(eleven)
                .produces(targetVerdict("1a", Status.OFF_TRACK));
    }

    @Test
    @Covers("Quantity target met")
    void fourPercentAgainstAtMostFivePercentIsAchieved() {
        verifyThat("Quantity target met")
                .given(progress(atMost("1a", "5", "0"), HALFWAY, figure("1a", HALFWAY, "4")))
                .produces(targetVerdict("1a", Status.ACHIEVED));
    }

    @Test
    @Covers("Quantity target below 75 % of the expected progress is off track")
    void anAtLeastTargetWhoseBaselineAlreadyMeetsItIsALevelToKeep() {
        verifyThat("Quantity target below 75 % of the expected progress is off track")
                .given(progress(quantity("1a", Direction.AT_LEAST, "5", "10", null, null, null, null, null), HALFWAY,
                        figure("1a", HALFWAY, "3")))
                .produces(targetVerdict("1a", Status.OFF_TRACK));
    }

    @Test
    @Covers("Quantity target met")
    void aFigureInsideTheRangeMeetsIt() {
        verifyThat("Quantity target met")
                .given(progress(quantity("1a", Direction.WITHIN, "500", null, "3000", null, null, null, null), HALFWAY,
                        figure("1a", HALFWAY, "3000")))
                .produces(targetVerdict("1a", Status.ACHIEVED));
    }

    @Test
    @Covers("Quantity target not met by its due date")
    void aFigureAboveTheRangeOnTheDueDateIsOffTrack() {
        verifyThat("Quantity target not met by its due date")
                .given(progress(quantity("1a", Direction.WITHIN, "500", null, "3000", null, null, null, null), DUE,
                        figure("1a", DUE, "3001")))
                .produces(targetVerdict("1a", Status.OFF_TRACK).because("quantity.due-passed"));
    }
}
