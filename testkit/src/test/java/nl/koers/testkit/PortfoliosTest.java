package nl.koers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.koers.model.Action;
import nl.koers.model.MilestoneTarget;
import nl.koers.model.Peildatum;
import nl.koers.model.Portfolio;
import nl.koers.model.Saldo;
import nl.koers.model.TargetProgress;
import org.junit.jupiter.api.Test;

/** The builder says what a test means and leaves every check to the model. */
class PortfoliosTest {

    private static final LocalDate JUNE = LocalDate.of(2018, 6, 30);

    @Test
    void aPrestatieReportsOn2018UntilToldOtherwise() {
        Portfolio portfolio = Portfolios.prestatie("5.4.2").build();

        assertThat(portfolio.performance().period()).isEqualTo(Portfolios.year(2018));
        assertThat(portfolio.performance().peildatum()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(portfolio.actions()).isEmpty();
        assertThat(portfolio.budget().slices()).isEmpty();
    }

    @Test
    void actionsKeepTheirTargetsAndMeasurementsInOrder() {
        Portfolio portfolio = Portfolios.prestatie("5.4.2")
                .action("1", a -> a.target(new MilestoneTarget("1a", null, null, null)).done("1a", JUNE, true))
                .action("2", a -> a.title("Vervallen").withdrawn(JUNE, "PS/2018/489", "Niet uitgevoerd"))
                .build();

        Action first = portfolio.actions().get(0);
        assertThat(first.title()).isEqualTo("Actie 1");
        assertThat(first.measurementsOf("1a")).singleElement().satisfies(m -> assertThat(m.done()).isTrue());
        assertThat(portfolio.actions().get(1).withdrawn().decision()).isEqualTo("PS/2018/489");
    }

    @Test
    void factsAreTheModelsAtThePeildatum() {
        var facts = Portfolios.prestatie("5.4.2").peildatum(JUNE).reserve("Reserve")
                .action("1", a -> a.target(new MilestoneTarget("1a", null, null, null)))
                .jaarschijf(Portfolios.jaarschijf(2018, "100000", "90000", null, true, false))
                .facts();

        assertThat(facts).filteredOn(Peildatum.class::isInstance).singleElement()
                .isEqualTo(new Peildatum(JUNE, 2018, "5.4.2"));
        assertThat(facts).filteredOn(TargetProgress.class::isInstance).hasSize(1);
        assertThat(facts).filteredOn(Saldo.class::isInstance).singleElement()
                .satisfies(s -> assertThat(((Saldo) s).reserve()).isEqualTo("Reserve"));
    }

    @Test
    void amountsKeepTheScaleTheyAreWrittenWith() {
        assertThat(Portfolios.jaarschijf(2018, "100000.00", null, null).budgeted()).isEqualTo(new BigDecimal("100000.00"));
    }

    /** The builder adds no checks of its own, and must not take any away. */
    @Test
    void theModelStillRefusesAMeasurementOfAnotherTarget() {
        assertThatThrownBy(() -> Portfolios.action("1").measured("9z", JUNE, "1").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'9z'");
    }
}
