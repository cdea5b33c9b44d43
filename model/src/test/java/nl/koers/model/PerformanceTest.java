package nl.koers.model;

import static nl.koers.model.Fixtures.YEAR_2018;
import static nl.koers.model.Fixtures.date;
import static nl.koers.model.Fixtures.performance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PerformanceTest {

    private static Performance withCodeAndTitle(String code, String title) {
        return new Performance(code, title, null, null, null, null, null, null, null, null, YEAR_2018, null);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void aPerformanceNeedsACode(String code) {
        assertThatThrownBy(() -> withCodeAndTitle(code, "Internationaliseren"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("performance.code is required and may not be empty");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void aPerformanceNeedsATitle(String title) {
        assertThatThrownBy(() -> withCodeAndTitle("5.4.2", title))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("performance.title is required and may not be empty");
    }

    @Test
    void aPerformanceNeedsAPeriod() {
        assertThatThrownBy(() -> new Performance("5.4.2", "Internationaliseren", null, null, null, null, null, null,
                null, null, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("performance.period");
    }

    @Test
    void everythingElseIsOptional() {
        Performance performance = withCodeAndTitle("5.4.2", "Internationaliseren");

        assertThat(performance.role()).isNull();
        assertThat(performance.duration()).isNull();
        assertThat(performance.reserve()).isNull();
        assertThat(performance.asOf()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2200-01-01"})
    void anAsOfOutside1900To2199IsRefusedNamingTheDate(String iso) {
        assertThatThrownBy(() -> performance(YEAR_2018, date(iso)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("performance.asOf is " + iso + "; dates must lie between 1900-01-01 and 2199-12-31");
    }

    @Test
    void thePeildatumIsAsOfWhenGiven() {
        assertThat(performance(YEAR_2018, date("2018-06-30")).peildatum()).isEqualTo(date("2018-06-30"));
    }

    @Test
    void thePeildatumDefaultsToTheEndOfThePeriod() {
        assertThat(performance(YEAR_2018, null).peildatum()).isEqualTo(date("2018-12-31"));
    }

    @Test
    void aPeriodNeedsAStartAndAnEnd() {
        assertThatThrownBy(() -> new ReportingPeriod(null, date("2018-12-31")))
                .isInstanceOf(NullPointerException.class).hasMessage("period.start");
        assertThatThrownBy(() -> new ReportingPeriod(date("2018-01-01"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("period.end");
    }

    @Test
    void aPeriodOutside1900To2199IsRefusedNamingTheDate() {
        assertThatThrownBy(() -> new ReportingPeriod(date("1899-12-31"), date("1900-12-31")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period.start is 1899-12-31; dates must lie between 1900-01-01 and 2199-12-31");
        assertThatThrownBy(() -> new ReportingPeriod(date("2199-01-01"), date("2200-01-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period.end is 2200-01-01; dates must lie between 1900-01-01 and 2199-12-31");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedWithAHint() {
        assertThatThrownBy(() -> new ReportingPeriod(date("2018-01-01"), date("2017-12-31")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The period ends on 2017-12-31, before its start 2018-01-01. Maybe the dates are swapped?");
    }

    @Test
    void aPeriodOfOneDayIsAccepted() {
        LocalDate day = date("2018-06-30");

        assertThat(new ReportingPeriod(day, day).reportingYear()).isEqualTo(2018);
    }

    @Test
    void theReportingYearIsTheYearInWhichThePeriodEnds() {
        assertThat(new ReportingPeriod(date("2017-07-01"), date("2018-06-30")).reportingYear()).isEqualTo(2018);
    }

    @Test
    void aStructuralDurationHasNoEnd() {
        assertThat(Looptijd.STRUCTURAL.structural()).isTrue();
        assertThat(Looptijd.STRUCTURAL.end()).isNull();
        assertThat(new Looptijd(date("2020-12-31")).structural()).isFalse();
    }

    @Test
    void aDurationEndingOutside1900To2199IsRefused() {
        assertThatThrownBy(() -> new Looptijd(date("2200-01-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration is 2200-01-01; dates must lie between 1900-01-01 and 2199-12-31");
    }

    @Test
    void aWithdrawalDatedOutside1900To2199IsRefused() {
        assertThatThrownBy(() -> new Withdrawal(date("1899-12-31"), "PS/2018/489", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("withdrawn.date is 1899-12-31; dates must lie between 1900-01-01 and 2199-12-31");
    }

    @Test
    void everyPartOfAWithdrawalIsOptional() {
        assertThat(new Withdrawal(null, null, null).date()).isNull();
    }
}
