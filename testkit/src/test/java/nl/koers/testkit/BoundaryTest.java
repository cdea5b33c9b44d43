package nl.koers.testkit;

import static nl.koers.testkit.Portfolios.measured;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import nl.koers.model.Direction;
import nl.koers.model.MonitoringTarget;
import nl.koers.model.Portfolio;
import nl.koers.model.QuantityTarget;
import org.junit.jupiter.api.Test;

/** The boundary days are read as the model reads them, and {@link KoersDomain} keeps its promise to hit them. */
class BoundaryTest {

    private static final LocalDate START = LocalDate.of(2018, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2018, 12, 31);
    private static final Portfolio ONE_QUANTITY_ONE_MONITOR = Portfolios.prestatie("5.4.2")
            .action("1", a -> a.target(new QuantityTarget("1a", null, null, Direction.AT_LEAST, BigDecimal.TEN, null,
                            null, null))
                    .target(new MonitoringTarget("1b", null, null, Period.ofMonths(1), null, null))
                    .measurement(measured("1b", LocalDate.of(2018, 6, 1), "3")))
            .build();

    @Test
    void theDefaultStartAndDueOfATargetAreBoundaries() {
        assertThat(Boundary.in(ONE_QUANTITY_ONE_MONITOR, START)).containsExactly(Boundary.START_DAY);
        assertThat(Boundary.in(ONE_QUANTITY_ONE_MONITOR, DUE))
                .containsExactlyInAnyOrder(Boundary.DUE_DAY, Boundary.STALE_MEASUREMENT);
    }

    /** The deliberately bad case: a day in between touches nothing, so a domain of only such days fails coverage. */
    @Test
    void aDayInBetweenWithAFreshMeasurementTouchesNoBoundary() {
        assertThat(Boundary.in(ONE_QUANTITY_ONE_MONITOR, LocalDate.of(2018, 6, 15))).isEmpty();
    }

    @Test
    void aWithdrawnActionTouchesNoBoundary() {
        Portfolio withdrawn = Portfolios.prestatie("5.4.2")
                .action("1", a -> a.target(new MonitoringTarget("1b", null, null, Period.ofDays(1), null, null))
                        .withdrawn(START, "PS/2018/489", "Vervallen"))
                .build();

        assertThat(Boundary.in(withdrawn, START)).isEmpty();
    }

    /** The same count the properties make, on a sample large enough to be stable: well above the minimum. */
    @Test
    void koersDomainHitsEveryBoundaryWellAboveTheMinimum() {
        KoersDomain domain = new KoersDomain();
        Map<Boundary, Double> portfolios = shares(domain.portfolioCases().sampleStream().limit(2000)
                .map(c -> Boundary.in(c.portfolio(), c.peildatum())));
        Map<Boundary, Double> realisations = shares(domain.realisationCases().sampleStream().limit(2000)
                .map(c -> Boundary.in(c.lower(), c.peildatum())));

        assertThat(portfolios.values()).allSatisfy(p -> assertThat(p).isGreaterThan(Boundary.MINIMUM_PERCENTAGE));
        assertThat(realisations.get(Boundary.START_DAY)).isGreaterThan(Boundary.MINIMUM_PERCENTAGE);
        assertThat(realisations.get(Boundary.DUE_DAY)).isGreaterThan(Boundary.MINIMUM_PERCENTAGE);
    }

    private static Map<Boundary, Double> shares(Stream<java.util.Set<Boundary>> cases) {
        Map<Boundary, Double> shares = new EnumMap<>(Boundary.class);
        for (Boundary b : Boundary.values()) {
            shares.put(b, 0.0);
        }
        cases.forEach(hit -> hit.forEach(b -> shares.merge(b, 100.0 / 2000, Double::sum)));
        return shares;
    }
}
