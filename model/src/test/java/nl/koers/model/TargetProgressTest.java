package nl.koers.model;

import static nl.koers.model.Fixtures.YEAR_2018;
import static nl.koers.model.Fixtures.action;
import static nl.koers.model.Fixtures.atLeast;
import static nl.koers.model.Fixtures.atMost;
import static nl.koers.model.Fixtures.date;
import static nl.koers.model.Fixtures.measured;
import static nl.koers.model.Fixtures.milestone;
import static nl.koers.model.Fixtures.monitoring;
import static nl.koers.model.Fixtures.quantity;
import static nl.koers.model.Fixtures.reported;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetProgressTest {

    /** A line of exactly 100 days, so that day n of the line is n % of the way. */
    private static final LocalDate START = date("2018-01-01");
    private static final LocalDate DUE = START.plusDays(100);

    private static LocalDate day(int n) {
        return START.plusDays(n);
    }

    private static TargetProgress progressOf(Target target, LocalDate peildatum, Measurement... measurements) {
        return TargetProgress.of(action("1", target, measurements), target, YEAR_2018, peildatum);
    }

    private static QuantityTarget line(Direction direction, String baseline, String value) {
        return quantity("1a", direction, value, baseline, START, DUE);
    }

    @Nested
    class TheLatestMeasurement {

        private final Target missions = atLeast("1a", "30");

        @Test
        void onOrBeforeThePeildatumCountsAndLaterOnesAreIgnored() {
            TargetProgress progress = progressOf(missions, date("2018-06-30"),
                    measured("1a", date("2018-03-31"), "10"),
                    measured("1a", date("2018-06-30"), "20"),
                    measured("1a", date("2018-09-30"), "30"));

            assertThat(progress.measured()).isTrue();
            assertThat(progress.measuredOn()).isEqualTo(date("2018-06-30"));
            assertThat(progress.realised()).isEqualByComparingTo("20");
            assertThat(progress.met()).isFalse();
        }

        @Test
        void isTheLatestByDateNotTheLastInTheFile() {
            TargetProgress progress = progressOf(missions, date("2018-12-31"),
                    measured("1a", date("2018-09-30"), "25", Bound.ESTIMATE),
                    measured("1a", date("2018-03-31"), "10", Bound.MORE_THAN));

            assertThat(progress.measuredOn()).isEqualTo(date("2018-09-30"));
            assertThat(progress.realised()).isEqualByComparingTo("25");
            assertThat(progress.bound()).isEqualTo(Bound.ESTIMATE);
        }

        @Test
        void isAbsentWhenEveryMeasurementIsAfterThePeildatum() {
            TargetProgress progress = progressOf(missions, date("2018-06-30"),
                    measured("1a", date("2018-07-01"), "40"));

            assertThat(progress.measured()).isFalse();
            assertThat(progress.measuredOn()).isNull();
            assertThat(progress.realised()).isNull();
            assertThat(progress.bound()).isNull();
            assertThat(progress.ratio()).isNull();
            assertThat(progress.met()).isFalse();
        }

        @Test
        void ofAnotherTargetOfTheActionDoesNotCount() {
            Target other = atLeast("1b", "5");
            Action action = action("1", java.util.List.of(missions, other), measured("1b", date("2018-06-30"), "5"));

            TargetProgress progress = TargetProgress.of(action, missions, YEAR_2018, date("2018-12-31"));

            assertThat(progress.measured()).isFalse();
        }
    }

    @Nested
    class TheIdentityAndDates {

        @Test
        void areTakenFromTheActionTargetAndPeildatum() {
            TargetProgress progress = progressOf(atLeast("1a", "30"), date("2018-06-30"));

            assertThat(progress.actionId()).isEqualTo("1");
            assertThat(progress.targetId()).isEqualTo("1a");
            assertThat(progress.kind()).isEqualTo(TargetKind.QUANTITY);
            assertThat(progress.peildatum()).isEqualTo(date("2018-06-30"));
        }

        @Test
        void startAndDueDefaultToThePeriod() {
            TargetProgress progress = progressOf(atLeast("1a", "30"), date("2018-06-30"));

            assertThat(progress.start()).isEqualTo(date("2018-01-01"));
            assertThat(progress.due()).isEqualTo(date("2018-12-31"));
        }

        @Test
        void givenStartAndDueAreKept() {
            TargetProgress progress = progressOf(line(Direction.AT_LEAST, "0", "100"), date("2018-06-30"));

            assertThat(progress.start()).isEqualTo(START);
            assertThat(progress.due()).isEqualTo(DUE);
        }

        @Test
        void theDueDateIsNotReachedTheDayBefore() {
            assertThat(progressOf(atLeast("1a", "30"), date("2018-12-30")).dueReached()).isFalse();
        }

        @Test
        void theDueDateIsReachedOnTheDueDateItself() {
            assertThat(progressOf(atLeast("1a", "30"), date("2018-12-31")).dueReached()).isTrue();
        }

        @Test
        void theDueDateStaysReachedAfterwards() {
            assertThat(progressOf(milestone("4a"), date("2019-03-01")).dueReached()).isTrue();
        }
    }

    @Nested
    class TheExpectedValue {

        @ParameterizedTest(name = "day {0} of 100 from 0 to 100 expects {1}")
        @CsvSource({"-10, 0", "0, 0", "1, 1", "50, 50", "99, 99", "100, 100", "150, 100"})
        void liesOnTheStraightLineAndIsClampedOutsideIt(int dayOfLine, String expected) {
            TargetProgress progress = progressOf(line(Direction.AT_LEAST, "0", "100"), day(dayOfLine));

            assertThat(progress.expected()).isEqualByComparingTo(expected);
        }

        @Test
        void startsFromANonZeroBaseline() {
            TargetProgress progress = progressOf(line(Direction.AT_LEAST, "20", "120"), day(25));

            assertThat(progress.baseline()).isEqualByComparingTo("20");
            assertThat(progress.streefwaarde()).isEqualByComparingTo("120");
            assertThat(progress.expected()).isEqualByComparingTo("45");
        }

        @Test
        void goesDownForAnAtMostTargetBelowItsBaseline() {
            TargetProgress progress = progressOf(line(Direction.AT_MOST, "100", "50"), day(40));

            assertThat(progress.expected()).isEqualByComparingTo("80");
            assertThat(progress.direction()).isEqualTo(Direction.AT_MOST);
        }

        @Test
        void isTheBaselineBeforeTheStartOfAOneDayTarget() {
            LocalDate day = date("2018-06-30");
            Target oneDay = quantity("1a", Direction.AT_LEAST, "10", "2", day, day);

            assertThat(progressOf(oneDay, day.minusDays(1)).expected()).isEqualByComparingTo("2");
        }

        @Test
        void isTheStreefwaardeOnAndAfterTheDayOfAOneDayTarget() {
            LocalDate day = date("2018-06-30");
            Target oneDay = quantity("1a", Direction.AT_LEAST, "10", "2", day, day);

            assertThat(progressOf(oneDay, day).expected()).isEqualByComparingTo("10");
            assertThat(progressOf(oneDay, day.plusDays(1)).expected()).isEqualByComparingTo("10");
        }

        @Test
        void isRoundedToSixteenSignificantDigitsWhenTheLineDoesNotDivideEvenly() {
            Target thirds = quantity("1a", Direction.AT_LEAST, "10", null, START, START.plusDays(3));

            assertThat(progressOf(thirds, START.plusDays(1)).expected()).isEqualByComparingTo("3.333333333333333");
        }

        @Test
        void isComputedWithoutMeasurements() {
            TargetProgress progress = progressOf(line(Direction.AT_LEAST, "0", "100"), day(30));

            assertThat(progress.measured()).isFalse();
            assertThat(progress.expected()).isEqualByComparingTo("30");
        }
    }

    @Nested
    class TheRatio {

        @Test
        void isProgressMadeOverProgressExpectedExactly() {
            TargetProgress progress = progressOf(line(Direction.AT_LEAST, "0", "30"), day(50),
                    measured("1a", day(50), "13.5"));

            assertThat(progress.expected()).isEqualByComparingTo("15");
            assertThat(progress.ratio()).isEqualByComparingTo("0.9");
        }

        @Test
        void countsProgressFromTheBaseline() {
            TargetProgress progress = progressOf(line(Direction.AT_LEAST, "10", "40"), day(50),
                    measured("1a", day(50), "23.5"));

            assertThat(progress.expected()).isEqualByComparingTo("25");
            assertThat(progress.ratio()).isEqualByComparingTo("0.9");
        }

        @Test
        void countsProgressDownwardsForAnAtMostTarget() {
            TargetProgress progress = progressOf(line(Direction.AT_MOST, "100", "50"), day(40),
                    measured("1a", day(40), "82"));

            assertThat(progress.ratio()).isEqualByComparingTo("0.9");
        }

        @Test
        void isNegativeWhenTheFigureMovedTheWrongWay() {
            TargetProgress progress = progressOf(line(Direction.AT_MOST, "100", "50"), day(40),
                    measured("1a", day(40), "110"));

            assertThat(progress.ratio()).isEqualByComparingTo("-0.5");
        }

        @Test
        void exceedsOneAheadOfTheLine() {
            TargetProgress progress = progressOf(line(Direction.AT_LEAST, "0", "100"), day(20),
                    measured("1a", day(10), "30"));

            assertThat(progress.ratio()).isEqualByComparingTo("1.5");
        }

        @Test
        void usesTheExpectedValueAtThePeildatumNotAtTheMeasurement() {
            TargetProgress progress = progressOf(line(Direction.AT_LEAST, "0", "100"), day(80),
                    measured("1a", day(40), "40"));

            assertThat(progress.ratio()).isEqualByComparingTo("0.5");
        }

        @Test
        void isOneAfterTheDueDateWhenTheStreefwaardeIsReached() {
            TargetProgress progress = progressOf(line(Direction.AT_LEAST, "0", "30"), day(200),
                    measured("1a", day(100), "30"));

            assertThat(progress.ratio()).isEqualByComparingTo("1");
        }

        @Test
        void isUnknownOnTheStartDateWhenNothingIsExpectedYet() {
            TargetProgress progress = progressOf(line(Direction.AT_LEAST, "0", "30"), START,
                    measured("1a", START, "5"));

            assertThat(progress.measured()).isTrue();
            assertThat(progress.ratio()).isNull();
        }

        @Test
        void isUnknownBeforeTheStart() {
            TargetProgress progress = progressOf(line(Direction.AT_LEAST, "0", "30"), day(-5),
                    measured("1a", day(-10), "5"));

            assertThat(progress.ratio()).isNull();
        }

        @Test
        void isUnknownWithoutAMeasurement() {
            assertThat(progressOf(line(Direction.AT_LEAST, "0", "30"), day(50)).ratio()).isNull();
        }

        @Test
        void isOneForAFlatLineThatIsKept() {
            TargetProgress progress = progressOf(line(Direction.AT_MOST, "5", "5.0"), day(50),
                    measured("1a", day(50), "4"));

            assertThat(progress.met()).isTrue();
            assertThat(progress.ratio()).isEqualByComparingTo("1");
        }

        @Test
        void isZeroForAFlatLineThatIsNotKept() {
            TargetProgress progress = progressOf(line(Direction.AT_MOST, "5", "5"), day(50),
                    measured("1a", day(50), "6"));

            assertThat(progress.met()).isFalse();
            assertThat(progress.ratio()).isEqualByComparingTo("0");
        }

        @Test
        void isOneOrZeroForAFlatLineEvenOnItsStartDate() {
            Target keepAtLeastTen = line(Direction.AT_LEAST, "10", "10");

            assertThat(progressOf(keepAtLeastTen, START, measured("1a", START, "10")).ratio())
                    .isEqualByComparingTo("1");
            assertThat(progressOf(keepAtLeastTen, START, measured("1a", START, "9")).ratio())
                    .isEqualByComparingTo("0");
        }
    }

    @Nested
    class Met {

        @ParameterizedTest(name = "{1} {0} against at-least 30 is met: {2}")
        @CsvSource({
                "30, EXACT, true",
                "29.99, EXACT, false",
                "31, EXACT, true",
                "40, MORE_THAN, true",
                "30, MORE_THAN, true",
                "29, MORE_THAN, false",
                "30, AT_LEAST, true",
                "29, AT_LEAST, false",
                "30, ESTIMATE, true",
                "29.5, ESTIMATE, false"})
        void forAnAtLeastTargetWhenTheFigureReachesTheStreefwaarde(String figure, Bound bound, boolean met) {
            TargetProgress progress = progressOf(atLeast("1a", "30"), date("2018-12-31"),
                    measured("1a", date("2018-12-31"), figure, bound));

            assertThat(progress.met()).isEqualTo(met);
            assertThat(progress.bound()).isEqualTo(bound);
        }

        @ParameterizedTest(name = "{1} {0} against at-most 30 is met: {2}")
        @CsvSource({
                "30, EXACT, true",
                "30.01, EXACT, false",
                "0, EXACT, true",
                "20, ESTIMATE, true",
                "31, ESTIMATE, false",
                "10, MORE_THAN, false",
                "10, AT_LEAST, false",
                "0, AT_LEAST, false"})
        void forAnAtMostTargetOnlyByAFigureThatIsNotALowerBound(String figure, Bound bound, boolean met) {
            TargetProgress progress = progressOf(atMost("1a", "30"), date("2018-12-31"),
                    measured("1a", date("2018-12-31"), figure, bound));

            assertThat(progress.met()).isEqualTo(met);
        }

        @Test
        void isJudgedOnTheLatestMeasurementOnly() {
            TargetProgress progress = progressOf(atLeast("1a", "30"), date("2018-12-31"),
                    measured("1a", date("2018-06-30"), "35"),
                    measured("1a", date("2018-12-31"), "25"));

            assertThat(progress.met()).isFalse();
        }

        @Test
        void aQuantityTargetHasNoMilestoneOrMonitoringFacts() {
            TargetProgress progress = progressOf(atLeast("1a", "30"), date("2018-12-31"),
                    measured("1a", date("2018-12-31"), "30"));

            assertThat(progress.done()).isFalse();
            assertThat(progress.maxAge()).isNull();
            assertThat(progress.stale()).isFalse();
        }
    }

    @Nested
    class AMonitoringTarget {

        private final Target companies = monitoring("2a", Period.ofMonths(3));

        @Test
        void isNotStaleWhenItsLatestMeasurementIsExactlyMaxAgeOld() {
            TargetProgress progress = progressOf(companies, date("2018-06-30"),
                    measured("2a", date("2018-03-30"), "40"));

            assertThat(progress.stale()).isFalse();
        }

        @Test
        void isStaleWhenItsLatestMeasurementIsOlderThanMaxAge() {
            TargetProgress progress = progressOf(companies, date("2018-07-01"),
                    measured("2a", date("2018-03-30"), "40"));

            assertThat(progress.stale()).isTrue();
        }

        @Test
        void isNotStaleWhenAnOldMeasurementIsFollowedByARecentOne() {
            TargetProgress progress = progressOf(companies, date("2018-12-31"),
                    measured("2a", date("2018-01-31"), "40"),
                    measured("2a", date("2018-11-30"), "55", Bound.MORE_THAN));

            assertThat(progress.stale()).isFalse();
            assertThat(progress.realised()).isEqualByComparingTo("55");
            assertThat(progress.bound()).isEqualTo(Bound.MORE_THAN);
        }

        @Test
        void isNeitherMeasuredNorStaleWithoutMeasurements() {
            TargetProgress progress = progressOf(companies, date("2018-12-31"));

            assertThat(progress.measured()).isFalse();
            assertThat(progress.stale()).isFalse();
        }

        @Test
        void carriesItsMaxAgeAndNoQuantityFacts() {
            TargetProgress progress = progressOf(companies, date("2018-12-31"),
                    measured("2a", date("2018-12-01"), "40"));

            assertThat(progress.kind()).isEqualTo(TargetKind.MONITORING);
            assertThat(progress.maxAge()).isEqualTo(Period.ofMonths(3));
            assertThat(progress.direction()).isNull();
            assertThat(progress.streefwaarde()).isNull();
            assertThat(progress.baseline()).isNull();
            assertThat(progress.expected()).isNull();
            assertThat(progress.ratio()).isNull();
            assertThat(progress.met()).isFalse();
            assertThat(progress.done()).isFalse();
        }
    }

    @Nested
    class AMilestone {

        private final Target liaison = milestone("4a");

        @Test
        void isDoneWhenTheLatestMeasurementSaysSo() {
            TargetProgress progress = progressOf(liaison, date("2018-06-30"),
                    reported("4a", date("2018-03-01"), false),
                    reported("4a", date("2018-06-01"), true));

            assertThat(progress.done()).isTrue();
            assertThat(progress.met()).isTrue();
            assertThat(progress.measuredOn()).isEqualTo(date("2018-06-01"));
        }

        @Test
        void isNotDoneWhenTheLatestMeasurementRetractsAnEarlierDone() {
            TargetProgress progress = progressOf(liaison, date("2018-12-31"),
                    reported("4a", date("2018-03-01"), true),
                    reported("4a", date("2018-06-01"), false));

            assertThat(progress.done()).isFalse();
            assertThat(progress.met()).isFalse();
        }

        @Test
        void ignoresADoneReportedAfterThePeildatum() {
            TargetProgress progress = progressOf(liaison, date("2018-05-31"),
                    reported("4a", date("2018-03-01"), false),
                    reported("4a", date("2018-06-01"), true));

            assertThat(progress.done()).isFalse();
            assertThat(progress.measuredOn()).isEqualTo(date("2018-03-01"));
        }

        @Test
        void isNeitherMeasuredNorDoneWithoutMeasurements() {
            TargetProgress progress = progressOf(liaison, date("2018-12-31"));

            assertThat(progress.measured()).isFalse();
            assertThat(progress.done()).isFalse();
            assertThat(progress.met()).isFalse();
        }

        @Test
        void hasNoFiguresOrLine() {
            TargetProgress progress = progressOf(liaison, date("2018-12-31"), reported("4a", date("2018-12-31"), true));

            assertThat(progress.kind()).isEqualTo(TargetKind.MILESTONE);
            assertThat(progress.realised()).isNull();
            assertThat(progress.bound()).isNull();
            assertThat(progress.expected()).isNull();
            assertThat(progress.ratio()).isNull();
            assertThat(progress.maxAge()).isNull();
            assertThat(progress.stale()).isFalse();
        }
    }
}
