package nl.koers.model;

import static nl.koers.model.Fixtures.action;
import static nl.koers.model.Fixtures.atLeast;
import static nl.koers.model.Fixtures.date;
import static nl.koers.model.Fixtures.measured;
import static nl.koers.model.Fixtures.milestone;
import static nl.koers.model.Fixtures.monitoring;
import static nl.koers.model.Fixtures.reported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ActionTest {

    private static final Target MISSIONS = atLeast("1a", "3");
    private static final Target LIAISON = milestone("4a");
    private static final Target COMPANIES = monitoring("2a", Period.ofMonths(12));

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void anActionNeedsAnId(String id) {
        assertThatThrownBy(() -> new Action(id, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action.id is required and may not be empty");
    }

    @Test
    void missingListsBecomeEmpty() {
        Action action = new Action("1", null, null, null, null, null, null);

        assertThat(action.partners()).isEmpty();
        assertThat(action.targets()).isEmpty();
        assertThat(action.measurements()).isEmpty();
        assertThat(action.withdrawn()).isNull();
    }

    @Test
    void theListsAreCopiesSoLaterChangesToTheSourceDoNotLeakIn() {
        List<String> partners = new ArrayList<>(List.of("WTC Twente"));
        List<Target> targets = new ArrayList<>(List.of(MISSIONS));
        List<Measurement> measurements = new ArrayList<>(List.of(measured("1a", date("2018-06-30"), "1")));
        Action action = new Action("1", null, null, partners, null, targets, measurements);

        partners.add("Oost NL");
        targets.add(LIAISON);
        measurements.add(measured("1a", date("2018-12-31"), "3"));

        assertThat(action.partners()).containsExactly("WTC Twente");
        assertThat(action.targets()).containsExactly(MISSIONS);
        assertThat(action.measurements()).hasSize(1);
    }

    @Test
    void theListsCannotBeModified() {
        Action action = new Action("1", null, null, List.of("VMO"), null, List.of(MISSIONS),
                List.of(measured("1a", date("2018-06-30"), "1")));

        assertThatThrownBy(() -> action.partners().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> action.targets().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> action.measurements().remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void twoTargetsWithOneIdAreRefusedNamingTheId() {
        assertThatThrownBy(() -> action("1", List.of(MISSIONS, milestone("1a"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Target id '1a' occurs more than once");
    }

    @Test
    void aMeasurementOfAnUnknownTargetIsRefusedListingTheActionsTargets() {
        assertThatThrownBy(() -> action("1", MISSIONS, measured("9z", date("2018-06-30"), "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measurement names target '9z', which action 1 does not have; its targets are [1a]");
    }

    @Test
    void aMeasurementInAnActionWithoutTargetsIsRefused() {
        assertThatThrownBy(() -> action("7", List.of(), measured("1a", date("2018-06-30"), "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measurement names target '1a', which action 7 does not have");
    }

    @Test
    void twoMeasurementsOfOneTargetOnOneDateAreRefused() {
        assertThatThrownBy(() -> action("1", MISSIONS,
                measured("1a", date("2018-06-30"), "1"), measured("1a", date("2018-06-30"), "2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target '1a' has two measurements dated 2018-06-30");
    }

    @Test
    void measurementsOfDifferentTargetsMayShareADate() {
        Action action = action("1", List.of(MISSIONS, COMPANIES),
                measured("1a", date("2018-06-30"), "1"), measured("2a", date("2018-06-30"), "40"));

        assertThat(action.measurements()).hasSize(2);
    }

    @Test
    void measurementsOfOneTargetOnDifferentDatesAreAccepted() {
        Action action = action("1", MISSIONS,
                measured("1a", date("2018-06-30"), "1"), measured("1a", date("2018-07-01"), "2"));

        assertThat(action.measurements()).hasSize(2);
    }

    @Test
    void aMilestoneMeasurementNeedsDone() {
        Measurement withoutDone = new Measurement("4a", date("2018-06-30"), null, null, null, null, null);

        assertThatThrownBy(() -> action("1", LIAISON, withoutDone))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measurement of milestone '4a' dated 2018-06-30 needs done: true or false");
    }

    @Test
    void aMilestoneMeasurementMayNotHaveAValue() {
        Measurement withValue = new Measurement("4a", date("2018-06-30"), BigDecimal.ONE, null, true, null, null);

        assertThatThrownBy(() -> action("1", LIAISON, withValue))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measurement of milestone '4a' has a value; a milestone is reported with done: true or false");
    }

    @Test
    void aMilestoneMeasurementMayNotHaveABound() {
        Measurement withBound = new Measurement("4a", date("2018-06-30"), null, Bound.MORE_THAN, true, null, null);

        assertThatThrownBy(() -> action("1", LIAISON, withBound))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measurement of milestone '4a' has a bound; bound belongs to quantity and monitoring measurements");
    }

    @Test
    void aMilestoneMeasurementWithDoneIsAccepted() {
        Action action = action("1", LIAISON, reported("4a", date("2018-06-30"), false));

        assertThat(action.measurements()).singleElement().extracting(Measurement::done).isEqualTo(false);
    }

    @Test
    void doneOnAQuantityMeasurementIsRefused() {
        Measurement withDone = new Measurement("1a", date("2018-06-30"), BigDecimal.ONE, null, true, null, null);

        assertThatThrownBy(() -> action("1", MISSIONS, withDone))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measurement of quantity target '1a' has done; done belongs to milestone measurements");
    }

    @Test
    void doneOnAMonitoringMeasurementIsRefused() {
        Measurement withDone = new Measurement("2a", date("2018-06-30"), BigDecimal.ONE, null, false, null, null);

        assertThatThrownBy(() -> action("1", COMPANIES, withDone))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measurement of monitoring target '2a' has done; done belongs to milestone measurements");
    }

    @Test
    void aQuantityMeasurementNeedsAValue() {
        Measurement withoutValue = new Measurement("1a", date("2018-06-30"), null, null, null, null, null);

        assertThatThrownBy(() -> action("1", MISSIONS, withoutValue))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measurement of quantity target '1a' dated 2018-06-30 needs a value");
    }

    @Test
    void aMonitoringMeasurementNeedsAValue() {
        Measurement withoutValue = new Measurement("2a", date("2018-06-30"), null, Bound.AT_LEAST, null, null, null);

        assertThatThrownBy(() -> action("1", COMPANIES, withoutValue))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measurement of monitoring target '2a' dated 2018-06-30 needs a value");
    }

    @Test
    void measurementsOfATargetAreListedInFileOrder() {
        Measurement december = measured("1a", date("2018-12-31"), "3");
        Measurement june = measured("1a", date("2018-06-30"), "1");
        Measurement other = measured("2a", date("2018-03-31"), "40");
        Action action = action("1", List.of(MISSIONS, COMPANIES), december, other, june);

        assertThat(action.measurementsOf("1a")).containsExactly(december, june);
        assertThat(action.measurementsOf("2a")).containsExactly(other);
        assertThat(action.measurementsOf("9z")).isEmpty();
    }

    @Test
    void aWithdrawnActionKeepsItsDecisionAndReason() {
        Withdrawal withdrawal = new Withdrawal(date("2018-03-01"), "PS/2018/489", "Niet uitgevoerd");
        Action action = new Action("3", null, null, null, withdrawal, List.of(MISSIONS), null);

        assertThat(action.withdrawn()).isEqualTo(withdrawal);
    }
}
