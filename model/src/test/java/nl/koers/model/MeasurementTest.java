package nl.koers.model;

import static nl.koers.model.Fixtures.amount;
import static nl.koers.model.Fixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementTest {

    private static Measurement measurement(String target, LocalDate date, BigDecimal value, Bound bound) {
        return new Measurement(target, date, value, bound, null, null, null);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aMeasurementNeedsATarget(String target) {
        assertThatThrownBy(() -> measurement(target, date("2018-06-30"), BigDecimal.ONE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measurement.target is required and may not be empty");
    }

    @Test
    void aMeasurementNeedsADateAndTheMessageNamesItsTarget() {
        assertThatThrownBy(() -> measurement("1a", null, BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("measurement of target '1a' needs a date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2200-01-01"})
    void aMeasurementDatedOutside1900To2199IsRefusedNamingTheDate(String iso) {
        assertThatThrownBy(() -> measurement("1a", date(iso), BigDecimal.ONE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("date of the measurement of '1a' is " + iso
                        + "; dates must lie between 1900-01-01 and 2199-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2199-12-31"})
    void theFirstAndLastAllowedDatesAreAccepted(String iso) {
        assertThat(measurement("1a", date(iso), BigDecimal.ONE, null).date()).isEqualTo(date(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E15", "-1E15", "1000000000000000.5", "-2E20"})
    void aValueOf10To15OrMoreInMagnitudeIsRefusedNamingTheValue(String figure) {
        assertThatThrownBy(() -> measurement("1a", date("2018-06-30"), amount(figure), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value of the measurement of '1a' is " + amount(figure).toPlainString()
                        + "; numbers must stay below 10^15 in magnitude");
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999999999999.99", "-999999999999999.99", "0", "-3"})
    void aValueBelow10To15InMagnitudeIsAccepted(String figure) {
        assertThat(measurement("1a", date("2018-06-30"), amount(figure), null).value())
                .isEqualByComparingTo(figure);
    }

    @Test
    void theBoundDefaultsToExact() {
        assertThat(measurement("1a", date("2018-06-30"), BigDecimal.ONE, null).bound()).isEqualTo(Bound.EXACT);
    }

    @Test
    void aGivenBoundIsKept() {
        assertThat(measurement("1a", date("2018-06-30"), BigDecimal.ONE, Bound.MORE_THAN).bound())
                .isEqualTo(Bound.MORE_THAN);
    }

    @Test
    void valueSourceAndNoteAreOptional() {
        Measurement milestoneReport = new Measurement("4a", date("2018-06-30"), null, null, true, null, null);

        assertThat(milestoneReport.value()).isNull();
        assertThat(milestoneReport.done()).isTrue();
        assertThat(milestoneReport.source()).isNull();
    }
}
