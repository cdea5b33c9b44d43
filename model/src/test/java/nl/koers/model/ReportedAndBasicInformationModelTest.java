package nl.koers.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12 in the model: several holders, roles, reserves and decisions; a looptijd from a start; reports. */
class ReportedAndBasicInformationModelTest {

    private static final ReportingPeriod YEAR = new ReportingPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));

    private static Performance withLists(List<String> holders, List<Role> roles, List<String> reserves,
                                         List<String> decisions) {
        return new Performance("1", "t", null, null, null, null, null, null, null, null, YEAR, null, null, null, null,
                holders, roles, reserves, decisions);
    }

    @Test
    void theSingleValuesOfVersionOneAreDerivedFromTheLists() {
        Performance p = withLists(List.of("A", "B"), List.of(Role.SITUATIONAL, Role.FINANCIER), List.of("R1", "R2"),
                List.of("PS/1", "PS/2"));

        assertThat(p.portfolioHolder()).isEqualTo("A, B");
        assertThat(p.role()).isEqualTo(Role.SITUATIONAL);
        assertThat(p.reserve()).isEqualTo("R1");
        assertThat(p.decision()).isEqualTo("PS/1, PS/2");
    }

    @Test
    void theOldConstructorGivesListsOfOne() {
        Performance p = new Performance("1", "t", null, null, null, "A", Role.DIRECTOR, null, "R", "PS/1", YEAR, null);

        assertThat(p.portfolioHolders()).containsExactly("A");
        assertThat(p.roles()).containsExactly(Role.DIRECTOR);
        assertThat(p.reserves()).containsExactly("R");
        assertThat(p.decisions()).containsExactly("PS/1");
        assertThat(withLists(null, null, null, null).portfolioHolders()).isEmpty();
    }

    @Test
    void aSingleValueThatDisagreesWithItsListIsRefused() {
        assertThatThrownBy(() -> new Performance("1", "t", null, null, null, "C", null, null, null, null, YEAR, null,
                null, null, null, List.of("A", "B"), null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("performance.portfolioHolder is given as 'C' and as a list that reads 'A, B'");
    }

    @Test
    void aLooptijdOfYearsRunsFromTheFirstToTheLastDay() {
        assertThat(Looptijd.years(2020, 2022)).isEqualTo(new Looptijd(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31)));
        assertThat(Looptijd.year(2020).structural()).isFalse();
        assertThatThrownBy(() -> new Looptijd(LocalDate.of(2022, 1, 1), LocalDate.of(2020, 1, 1)))
                .hasMessageContaining("Maybe the dates are swapped?");
        assertThatThrownBy(() -> new Looptijd(LocalDate.of(2022, 1, 1), null)).hasMessageContaining("needs an end");
    }

    @Test
    void theReportedColoursAreReadableWithoutAReport() {
        Performance plain = withLists(null, null, null, null);
        Performance reported = new Performance("1", "t", null, null, null, null, null, null, null, null, YEAR, null,
                null, new ReportedAssessment(null, Colour.GREEN, null, null, null, null, null), null);

        assertThat(plain.reportedContent()).isNull();
        assertThat(reported.reportedContent()).isEqualTo(Colour.GREEN);
        assertThat(reported.reportedMoney()).isNull();
    }

    @Test
    void anAttributionJoinsWhatIsGiven() {
        assertThat(new ReportedAssessment(Status.ON_TRACK, null, null, null, null, "Monitor", null).attribution())
                .isEqualTo("Monitor");
        assertThat(new ReportedAssessment(Status.ON_TRACK, null, null, null, null, null, null).attribution()).isNull();
    }
}
