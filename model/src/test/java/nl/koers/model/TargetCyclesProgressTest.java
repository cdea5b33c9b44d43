package nl.koers.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12: the arithmetic of a planned path, revisions, ranges, norms, age and the level to keep. */
class TargetCyclesProgressTest {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final LocalDate DUE = START.plusDays(100);
    private static final ReportingPeriod YEAR = new ReportingPeriod(START, LocalDate.of(2020, 12, 31));

    private static QuantityTarget target(Direction direction, String value, String baseline, String upper,
                                         List<PathPoint> path, List<Revision> revisions) {
        return new QuantityTarget("t", null, null, direction, value == null ? null : new BigDecimal(value),
                new BigDecimal(baseline), START, DUE, upper == null ? null : new BigDecimal(upper), null, path, revisions,
                null);
    }

    private static TargetProgress at(QuantityTarget target, int day, String figure) {
        List<Measurement> ms = figure == null ? List.of()
                : List.of(new Measurement("t", START.plusDays(day), new BigDecimal(figure), null, null, null, null));
        return TargetProgress.of(new Action("1", null, null, null, null, List.of(target), ms), target, YEAR,
                START.plusDays(day));
    }

    @Test
    void theExpectedValueFollowsThePathPiecewise() {
        QuantityTarget t = target(Direction.AT_LEAST, "100", "0", null,
                List.of(new PathPoint(START.plusDays(50), new BigDecimal("20"))), null);

        assertThat(at(t, 25, null).expected()).isEqualByComparingTo("10");
        assertThat(at(t, 50, null).expected()).isEqualByComparingTo("20");
        assertThat(at(t, 75, null).expected()).isEqualByComparingTo("60");
        assertThat(at(t, 100, null).expected()).isEqualByComparingTo("100");
        assertThat(at(t, 75, "60").planned()).isTrue();
        assertThat(at(t, 75, "60").ratio()).isEqualByComparingTo("1");
    }

    @Test
    void theRevisionInForceAtThePeildatumIsTheStreefwaarde() {
        Revision revised = new Revision(START.plusDays(50), new BigDecimal("80"), "Voorjaarsnota");
        QuantityTarget t = target(Direction.AT_LEAST, "100", "0", null, null, List.of(revised));

        assertThat(at(t, 49, "10").streefwaarde()).isEqualByComparingTo("100");
        assertThat(at(t, 49, "10").revision()).isNull();
        assertThat(at(t, 100, "80").streefwaarde()).isEqualByComparingTo("80");
        assertThat(at(t, 100, "80").revision()).isEqualTo(revised);
        assertThat(at(t, 100, "80").met()).isTrue();
        assertThat(at(t, 100, "80").notes()).extracting(Reason::key).containsExactly("note.revision");
    }

    @Test
    void aRangeIsMetInsideAndMeasuredByItsDistanceOutside() {
        QuantityTarget t = target(Direction.WITHIN, "500", "0", "3000", null, null);

        assertThat(at(t, 50, "3000").met()).isTrue();
        assertThat(at(t, 50, "3001").met()).isFalse();
        assertThat(at(t, 50, "250").ratio()).isEqualByComparingTo("1");
        assertThat(at(t, 50, "125").ratio()).isEqualByComparingTo("0.5");
        assertThat(at(t, 50, "3250").ratio()).as("250 beyond the top is as far as 250 short of the bottom")
                .isEqualByComparingTo(at(t, 50, "250").ratio());
        assertThat(at(t, 50, "3500").ratio()).isEqualByComparingTo("0");
    }

    @Test
    void aBaselineThatAlreadyMeetsTheStreefwaardeMakesALevelToKeep() {
        TargetProgress eleven = at(target(Direction.AT_MOST, "5", "0", null, null, null), 50, "11");
        TargetProgress three = at(target(Direction.AT_LEAST, "5", "10", null, null, null), 50, "3");

        assertThat(eleven.ratio()).isEqualByComparingTo("0");
        assertThat(eleven.expected()).isEqualByComparingTo("5");
        assertThat(three.ratio()).isEqualByComparingTo("0");
        assertThat(at(target(Direction.AT_MOST, "5", "0", null, null, null), 50, "4").ratio()).isEqualByComparingTo("1");
    }

    @Test
    void aNormTargetTakesItsStreefwaardeFromTheLatestMeasurement() {
        QuantityTarget t = new QuantityTarget("t", null, null, Direction.AT_LEAST, null, null, START, DUE, null,
                "landelijk gemiddelde", null, null, null);
        Measurement m = new Measurement("t", DUE, new BigDecimal("53.1"), null, null, null, null, false, false,
                new BigDecimal("52.3"));
        TargetProgress p = TargetProgress.of(new Action("1", null, null, null, null, List.of(t), List.of(m)), t, YEAR, DUE);

        assertThat(p.streefwaarde()).isEqualByComparingTo("52.3");
        assertThat(p.met()).isTrue();
        assertThat(p.proMemorie()).isFalse();
    }

    @Test
    void aFigureOlderThanMaxAgeIsStaleAndItsAgeIsKnown() {
        QuantityTarget t = new QuantityTarget("t", null, null, Direction.AT_LEAST, BigDecimal.TEN, null, START, DUE,
                null, null, null, null, Period.ofDays(30));
        Measurement old = new Measurement("t", START, BigDecimal.TEN, null, null, null, null);
        TargetProgress p = TargetProgress.of(new Action("1", null, null, null, null, List.of(t), List.of(old)), t, YEAR,
                START.plusDays(31));

        assertThat(p.stale()).isTrue();
        assertThat(p.assessable()).isFalse();
        assertThat(p.age()).isEqualTo(Period.between(START, START.plusDays(31)));
    }

    @Test
    void aDashHasNoValueAndNoBound() {
        assertThatThrownBy(() -> new Measurement("t", START, BigDecimal.ONE, null, null, null, null, false, true, null))
                .hasMessageContaining("not reported");
    }
}
