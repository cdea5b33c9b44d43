package nl.koers.model;

import static nl.koers.model.Fixtures.YEAR_2018;
import static nl.koers.model.Fixtures.action;
import static nl.koers.model.Fixtures.atLeast;
import static nl.koers.model.Fixtures.date;
import static nl.koers.model.Fixtures.milestone;
import static nl.koers.model.Fixtures.performance2018;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioTest {

    @Test
    void theFormatIsKoersV1() {
        assertThat(Portfolio.FORMAT).isEqualTo("koers/v1");
    }

    @Test
    void aPortfolioNeedsAPerformance() {
        assertThatThrownBy(() -> new Portfolio(null, List.of(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("performance");
    }

    @Test
    void theBudgetDefaultsToAnEmptyEuroBudget() {
        Portfolio portfolio = new Portfolio(performance2018(), List.of(), null);

        assertThat(portfolio.budget().currency()).isEqualTo("EUR");
        assertThat(portfolio.budget().slices()).isEmpty();
    }

    @Test
    void missingActionsBecomeAnEmptyList() {
        assertThat(new Portfolio(performance2018(), null, null).actions()).isEmpty();
    }

    @Test
    void twoActionsWithOneIdAreRefusedNamingTheId() {
        assertThatThrownBy(() -> new Portfolio(performance2018(),
                List.of(action("1", atLeast("1a", "3")), action("1", atLeast("1b", "3"))), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Action id '1' occurs more than once");
    }

    @Test
    void targetIdsMustBeUniqueAcrossTheWholePortfolio() {
        assertThatThrownBy(() -> new Portfolio(performance2018(),
                List.of(action("1", atLeast("1a", "3")), action("2", milestone("1a"))), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Target id '1a' occurs more than once");
    }

    @Test
    void theActionsAreACopyThatCannotBeModified() {
        Action first = action("1", atLeast("1a", "3"));
        List<Action> actions = new ArrayList<>(List.of(first));
        Portfolio portfolio = new Portfolio(performance2018(), actions, null);

        actions.add(action("2", atLeast("2a", "3")));

        assertThat(portfolio.actions()).containsExactly(first);
        assertThatThrownBy(() -> portfolio.actions().add(first)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theTargetsOfAllActionsAreStreamedInOrder() {
        Target a = atLeast("1a", "3");
        Target b = milestone("1b");
        Target c = atLeast("2a", "5");
        Portfolio portfolio = new Portfolio(performance2018(),
                List.of(action("1", List.of(a, b)), action("2", c)), null);

        assertThat(portfolio.targets()).containsExactly(a, b, c);
    }

    @Test
    void aTargetThatStartsAfterItsDefaultedDueDateIsRefused() {
        Target startsNextYear = new QuantityTarget("1a", null, null, Direction.AT_LEAST, BigDecimal.TEN, null,
                date("2019-06-01"), null);

        assertThat(startsNextYear.startIn(YEAR_2018)).isAfter(startsNextYear.dueIn(YEAR_2018));
        assertThatThrownBy(() -> new Portfolio(performance2018(), List.of(action("1", startsNextYear)), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2019-06-01")
                .hasMessageContaining("2018-12-31");
    }

    @Test
    void aTargetDueBeforeItsDefaultedStartIsRefused() {
        Target dueLastYear = new MilestoneTarget("4a", null, null, date("2017-06-30"));

        assertThat(dueLastYear.dueIn(YEAR_2018)).isBefore(dueLastYear.startIn(YEAR_2018));
        assertThatThrownBy(() -> new Portfolio(performance2018(), List.of(action("1", dueLastYear)), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2017-06-30")
                .hasMessageContaining("2018-01-01");
    }
}
