package nl.koers.model;

import static nl.koers.model.Fixtures.RESERVE;
import static nl.koers.model.Fixtures.action;
import static nl.koers.model.Fixtures.atLeast;
import static nl.koers.model.Fixtures.date;
import static nl.koers.model.Fixtures.measured;
import static nl.koers.model.Fixtures.milestone;
import static nl.koers.model.Fixtures.monitoring;
import static nl.koers.model.Fixtures.performance;
import static nl.koers.model.Fixtures.slice;
import static nl.koers.model.Fixtures.withdrawnAction;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsTest {

    private static final LocalDate JUNE_30 = date("2018-06-30");
    private static final Action MISSIONS = action("1", List.of(atLeast("1a", "3"), milestone("1b")),
            measured("1a", date("2018-03-31"), "1"));
    private static final Action DROPPED = withdrawnAction("2", atLeast("2a", "10"));
    private static final Action EXPORT_DESK = action("3", monitoring("3a", Period.ofMonths(12)));
    private static final Budget THREE_YEARS = new Budget("EUR", List.of(
            slice(2017, "500", "400", null),
            new Jaarschijf(2018, amount("1000"), amount("891"), null, true, false, false),
            slice(2019, "700", null, null)));

    private static java.math.BigDecimal amount(String figure) {
        return Fixtures.amount(figure);
    }

    private static Portfolio portfolio(ReportingPeriod period, Budget budget) {
        return new Portfolio(performance(period, date("2018-12-31")), List.of(MISSIONS, DROPPED, EXPORT_DESK),
                budget);
    }

    private static Portfolio portfolio2018(Budget budget) {
        return portfolio(Fixtures.YEAR_2018, budget);
    }

    private static <T> List<T> factsOfType(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void thereIsOnePeildatumWithTheReportingYearAndCode() {
        List<Object> facts = Facts.of(portfolio2018(THREE_YEARS), JUNE_30);

        assertThat(factsOfType(facts, Peildatum.class)).containsExactly(new Peildatum(JUNE_30, 2018, "5.4.2"));
    }

    @Test
    void everyActionIsAFactIncludingWithdrawnOnes() {
        List<Object> facts = Facts.of(portfolio2018(THREE_YEARS), JUNE_30);

        assertThat(factsOfType(facts, Action.class)).containsExactly(MISSIONS, DROPPED, EXPORT_DESK);
    }

    @Test
    void everyTargetOfAnActionThatIsNotWithdrawnHasItsProgress() {
        List<Object> facts = Facts.of(portfolio2018(THREE_YEARS), JUNE_30);

        assertThat(factsOfType(facts, TargetProgress.class))
                .extracting(TargetProgress::actionId, TargetProgress::targetId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "1a"),
                        org.assertj.core.groups.Tuple.tuple("1", "1b"),
                        org.assertj.core.groups.Tuple.tuple("3", "3a"));
    }

    @Test
    void theProgressIsTakenAtTheGivenPeildatumNotAtAsOf() {
        List<Object> facts = Facts.of(portfolio2018(THREE_YEARS), JUNE_30);

        assertThat(factsOfType(facts, TargetProgress.class)).allSatisfy(progress ->
                assertThat(progress.peildatum()).isEqualTo(JUNE_30));
        assertThat(factsOfType(facts, TargetProgress.class).get(0))
                .isEqualTo(TargetProgress.of(MISSIONS, MISSIONS.targets().get(0), Fixtures.YEAR_2018, JUNE_30));
    }

    @Test
    void onlyTheSaldoOfTheReportingYearIsAFact() {
        List<Object> facts = Facts.of(portfolio2018(THREE_YEARS), JUNE_30);

        assertThat(factsOfType(facts, Saldo.class)).singleElement().satisfies(saldo -> {
            assertThat(saldo.year()).isEqualTo(2018);
            assertThat(saldo.unspent()).isEqualByComparingTo("109");
            assertThat(saldo.reserve()).isEqualTo(RESERVE);
        });
    }

    @Test
    void theReportingYearIsTheYearThePeriodEndsIn() {
        ReportingPeriod schoolYear = new ReportingPeriod(date("2018-07-01"), date("2019-06-30"));

        List<Object> facts = Facts.of(portfolio(schoolYear, THREE_YEARS), date("2019-06-30"));

        assertThat(factsOfType(facts, Peildatum.class)).singleElement()
                .extracting(Peildatum::reportingYear).isEqualTo(2019);
        assertThat(factsOfType(facts, Saldo.class)).singleElement().extracting(Saldo::year).isEqualTo(2019);
    }

    @Test
    void thereIsNoSaldoWhenTheReportingYearHasNoSlice() {
        Budget otherYears = new Budget("EUR", List.of(slice(2017, "500", null, null), slice(2019, "700", null, null)));

        assertThat(factsOfType(Facts.of(portfolio2018(otherYears), JUNE_30), Saldo.class)).isEmpty();
    }

    @Test
    void thereIsNoSaldoWithoutABudget() {
        assertThat(factsOfType(Facts.of(portfolio2018(null), JUNE_30), Saldo.class)).isEmpty();
    }

    @Test
    void thereAreNoOtherFacts() {
        List<Object> facts = Facts.of(portfolio2018(THREE_YEARS), JUNE_30);

        // the peildatum, the performance, three actions, three targets' progress, one saldo
        assertThat(facts).hasSize(1 + 1 + 3 + 3 + 1);
    }

    @Test
    void anEmptyPortfolioHasOnlyItsPeildatumAndPerformance() {
        Portfolio empty = new Portfolio(performance(Fixtures.YEAR_2018, null), List.of(), null);

        assertThat(Facts.of(empty, JUNE_30))
                .containsExactly(new Peildatum(JUNE_30, 2018, "5.4.2"), empty.performance());
    }
}
