package nl.koers.model;

import static nl.koers.model.Fixtures.YEAR_2018;
import static nl.koers.model.Fixtures.amount;
import static nl.koers.model.Fixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTest {

    private static QuantityTarget quantity(String id, Direction direction, BigDecimal value, BigDecimal baseline,
                                           LocalDate start, LocalDate due) {
        return new QuantityTarget(id, null, null, direction, value, baseline, start, due);
    }

    private static MonitoringTarget monitoring(String id, Period maxAge, LocalDate start, LocalDate due) {
        return new MonitoringTarget(id, null, null, maxAge, start, due);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \t"})
    void everyKindOfTargetNeedsAnId(String id) {
        String message = "target.id is required and may not be empty";
        assertThatThrownBy(() -> quantity(id, Direction.AT_LEAST, BigDecimal.TEN, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> new MilestoneTarget(id, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> monitoring(id, Period.ofMonths(12), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void aQuantityTargetNeedsADirectionAndTheMessageListsTheChoices() {
        assertThatThrownBy(() -> quantity("1a", null, BigDecimal.TEN, null, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("quantity target '1a' needs a direction (at-least | at-most | within)");
    }

    @Test
    void aQuantityTargetNeedsAValue() {
        assertThatThrownBy(() -> quantity("1a", Direction.AT_LEAST, null, null, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("quantity target '1a' needs a value (the streefwaarde)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E15", "-1E15"})
    void aQuantityTargetValueOf10To15IsRefusedNamingTheValue(String figure) {
        assertThatThrownBy(() -> quantity("1a", Direction.AT_LEAST, amount(figure), null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value of target '1a' is " + amount(figure).toPlainString()
                        + "; numbers must stay below 10^15 in magnitude");
    }

    @Test
    void aQuantityTargetBaselineOf10To15IsRefusedNamingTheValue() {
        assertThatThrownBy(() -> quantity("1a", Direction.AT_MOST, BigDecimal.ONE, amount("-1E15"), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseline of target '1a' is -1000000000000000; numbers must stay below 10^15 in magnitude");
    }

    @Test
    void theBaselineDefaultsToZero() {
        assertThat(quantity("1a", Direction.AT_LEAST, BigDecimal.TEN, null, null, null).baseline())
                .isEqualByComparingTo("0");
    }

    @Test
    void aGivenBaselineIsKept() {
        assertThat(quantity("1a", Direction.AT_LEAST, BigDecimal.TEN, amount("2.5"), null, null).baseline())
                .isEqualByComparingTo("2.5");
    }

    @Test
    void eachTargetReportsItsKind() {
        assertThat(quantity("1a", Direction.AT_LEAST, BigDecimal.TEN, null, null, null).kind())
                .isEqualTo(TargetKind.QUANTITY);
        assertThat(new MilestoneTarget("4a", null, null, null).kind()).isEqualTo(TargetKind.MILESTONE);
        assertThat(monitoring("2a", Period.ofMonths(12), null, null).kind()).isEqualTo(TargetKind.MONITORING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2200-01-01"})
    void aStartOutside1900To2199IsRefusedForEveryKind(String iso) {
        String message = "start of target 'x' is " + iso + "; dates must lie between 1900-01-01 and 2199-12-31";
        assertThatThrownBy(() -> quantity("x", Direction.AT_LEAST, BigDecimal.TEN, null, date(iso), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> new MilestoneTarget("x", null, date(iso), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> monitoring("x", Period.ofMonths(1), date(iso), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2200-01-01"})
    void aDueDateOutside1900To2199IsRefusedForEveryKind(String iso) {
        String message = "due of target 'x' is " + iso + "; dates must lie between 1900-01-01 and 2199-12-31";
        assertThatThrownBy(() -> quantity("x", Direction.AT_LEAST, BigDecimal.TEN, null, null, date(iso)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> new MilestoneTarget("x", null, null, date(iso)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> monitoring("x", Period.ofMonths(1), null, date(iso)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void aDueDateBeforeTheStartIsRefusedWithAHintForEveryKind() {
        LocalDate start = date("2018-01-01");
        LocalDate due = date("2017-12-31");
        String message = "Target 'x' ends on 2017-12-31, before its start 2018-01-01. Maybe the dates are swapped?";
        assertThatThrownBy(() -> quantity("x", Direction.AT_LEAST, BigDecimal.TEN, null, start, due))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> new MilestoneTarget("x", null, start, due))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> monitoring("x", Period.ofMonths(1), start, due))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void aTargetMayStartAndBeDueOnTheSameDay() {
        LocalDate day = date("2018-06-30");

        assertThat(quantity("x", Direction.AT_LEAST, BigDecimal.TEN, null, day, day).due()).isEqualTo(day);
        assertThat(new MilestoneTarget("x", null, day, day).due()).isEqualTo(day);
        assertThat(monitoring("x", Period.ofMonths(1), day, day).due()).isEqualTo(day);
    }

    @Test
    void aMonitoringTargetNeedsAMaxAge() {
        assertThatThrownBy(() -> monitoring("2a", null, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("monitoring target '2a' needs a maxAge (an ISO-8601 period such as P12M)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"P0D", "P-1M", "P1M-40D"})
    void aMonitoringTargetsMaxAgeMustBePositive(String iso) {
        assertThatThrownBy(() -> monitoring("2a", Period.parse(iso), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAge " + iso + " of target '2a' must be a positive period");
    }

    @Test
    void startAndDueDefaultToThePeriod() {
        Target target = new MilestoneTarget("4a", null, null, null);

        assertThat(target.startIn(YEAR_2018)).isEqualTo(date("2018-01-01"));
        assertThat(target.dueIn(YEAR_2018)).isEqualTo(date("2018-12-31"));
    }

    @Test
    void givenStartAndDueWinOverThePeriod() {
        Target target = new MilestoneTarget("4a", null, date("2017-03-01"), date("2019-12-31"));

        assertThat(target.startIn(YEAR_2018)).isEqualTo(date("2017-03-01"));
        assertThat(target.dueIn(YEAR_2018)).isEqualTo(date("2019-12-31"));
    }
}
