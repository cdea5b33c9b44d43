package nl.koers.model;

import static nl.koers.model.Fixtures.RESERVE;
import static nl.koers.model.Fixtures.YEAR_2018;
import static nl.koers.model.Fixtures.action;
import static nl.koers.model.Fixtures.amount;
import static nl.koers.model.Fixtures.atLeast;
import static nl.koers.model.Fixtures.date;
import static nl.koers.model.Fixtures.measured;
import static nl.koers.model.Fixtures.milestone;
import static nl.koers.model.Fixtures.quantity;
import static nl.koers.model.Fixtures.reported;
import static nl.koers.model.Fixtures.slice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small queries on derived facts and findings that rules read: banded, overspent, proposed, covers. */
class DerivedQueriesTest {

    private static TargetProgress progressOf(Target target, LocalDate peildatum, Measurement... measurements) {
        return TargetProgress.of(action("1", target, measurements), target, YEAR_2018, peildatum);
    }

    private static Saldo saldo(String budgeted, String realised, String unspent) {
        return Saldo.of(new Jaarschijf(2018, amount(budgeted), amount(realised), amount(unspent), true, false, false),
                RESERVE);
    }

    @Test
    void aMeasuredQuantityTargetNotYetMetBeforeItsDueDateIsBanded() {
        assertThat(progressOf(atLeast("1a", "30"), date("2018-06-30"), measured("1a", date("2018-06-30"), "10"))
                .banded()).isTrue();
    }

    @Test
    void aMetQuantityTargetIsNotBanded() {
        assertThat(progressOf(atLeast("1a", "30"), date("2018-06-30"), measured("1a", date("2018-06-30"), "30"))
                .banded()).isFalse();
    }

    @Test
    void aQuantityTargetOnItsDueDateIsNotBanded() {
        assertThat(progressOf(atLeast("1a", "30"), date("2018-12-31"), measured("1a", date("2018-06-30"), "10"))
                .banded()).isFalse();
    }

    @Test
    void anUnmeasuredQuantityTargetIsNotBanded() {
        assertThat(progressOf(atLeast("1a", "30"), date("2018-06-30")).banded()).isFalse();
    }

    @Test
    void aQuantityTargetWithNothingExpectedYetIsNotBanded() {
        Target startsInJuly = quantity("1a", Direction.AT_LEAST, "30", null, date("2018-07-01"), null);

        assertThat(progressOf(startsInJuly, date("2018-06-30"), measured("1a", date("2018-06-30"), "1")).banded())
                .isFalse();
    }

    @Test
    void aMilestoneIsNeverBanded() {
        assertThat(progressOf(milestone("4a"), date("2018-06-30"), reported("4a", date("2018-06-30"), false))
                .banded()).isFalse();
    }

    @ParameterizedTest(name = "budgeted {0}, realised {1}, unspent {2}: overspent {3}, balance known {4}, left over {5}")
    @CsvSource(nullValues = "-", value = {
            "100, 130, -, true, true, false",
            "100, 100, -, false, true, false",
            "100, 80, -, false, true, true",
            "100, -, 20, false, true, true",
            "100, -, -, false, false, false",
            "-, 80, -, false, false, false",
            "-, -, 0, false, true, false"})
    void aSaldoSaysWhetherItIsOverspentAndWhetherMoneyIsLeftOver(String budgeted, String realised, String unspent,
                                                                 boolean overspent, boolean balanceKnown,
                                                                 boolean leftOver) {
        Saldo saldo = saldo(budgeted, realised, unspent);

        assertThat(saldo.overspent()).isEqualTo(overspent);
        assertThat(saldo.balanceKnown()).isEqualTo(balanceKnown);
        assertThat(saldo.leftOver()).isEqualTo(leftOver);
    }

    @Test
    void aPsChangeOnAnOverspentSliceIsTheOverspendMovedToNextYear() {
        BudgetChange change = BudgetChange.proposed(ChangeType.PS, saldo("100000", "130000", null), "budget.ps");

        assertThat(change.type()).isEqualTo(ChangeType.PS);
        assertThat(change.amount()).isEqualByComparingTo("30000");
        assertThat(change.year()).isEqualTo(2019);
        assertThat(change.source()).isEqualTo(RESERVE);
        assertThat(change.reason().key()).isEqualTo("budget.ps");
    }

    @Test
    void aChangeOnASliceWithMoneyLeftOverMovesTheUnspentAmount() {
        BudgetChange change = BudgetChange.proposed(ChangeType.GS, saldo("1000000", "891000", null), "budget.gs");

        assertThat(change.amount()).isEqualByComparingTo("109000");
        assertThat(change.year()).isEqualTo(2019);
    }

    @Test
    void aPsChangeOnASliceThatIsNotOverspentMovesTheUnspentAmount() {
        BudgetChange change = BudgetChange.proposed(ChangeType.PS, saldo("1000000", "891000", null), "budget.ps");

        assertThat(change.amount()).isEqualByComparingTo("109000");
    }

    @Test
    void theReasonOfAProposedChangeQuotesAmountYearReserveNextYearBudgetedAndRealised() {
        BudgetChange change = BudgetChange.proposed(ChangeType.GS, saldo("1000", "800", null), "budget.gs");

        assertThat(change.reason().figures()).usingElementComparator((a, b) ->
                a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y
                        ? x.compareTo(y) : java.util.Objects.equals(a, b) ? 0 : 1)
                .containsExactly(amount("200"), 2018, RESERVE, 2019, amount("1000"), amount("800"));
    }

    @Test
    void noProposedChangeIsNone() {
        BudgetChange change = BudgetChange.proposed(ChangeType.NONE, saldo("1000", "800", null), "budget.none");

        assertThat(change.type()).isEqualTo(ChangeType.NONE);
        assertThat(change.amount()).isZero();
        assertThat(change.year()).isNull();
        assertThat(change.reason().key()).isEqualTo("budget.none");
    }

    @Test
    void noProposedChangeNeedsNoKnownBalance() {
        BudgetChange change = BudgetChange.proposed(ChangeType.NONE, saldo("1000", null, null), "budget.none");

        assertThat(change.reason().figures().get(0)).isNull();
    }

    @Test
    void aProposedChangeNeedsAKnownBalance() {
        Saldo onlyBudgeted = Saldo.of(slice(2018, "1000", null, null), null);

        assertThatThrownBy(() -> BudgetChange.proposed(ChangeType.GS, onlyBudgeted, "budget.gs"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("a gs budget change of jaarschijf 2018 needs a known balance");
    }

    @Test
    void theGsMandateNeedsANonNegativeLimit() {
        assertThatThrownBy(() -> new GsMandaat(null))
                .isInstanceOf(NullPointerException.class).hasMessage("limit");
        assertThatThrownBy(() -> new GsMandaat(amount("-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the GS mandate is -1; it must be 0 or more");
    }

    @Test
    void theGsMandateCoversAmountsUpToAndIncludingItsLimit() {
        GsMandaat mandate = new GsMandaat(amount("500000"));

        assertThat(mandate.covers(amount("499999.99"))).isTrue();
        assertThat(mandate.covers(amount("500000.00"))).isTrue();
        assertThat(mandate.covers(amount("500000.01"))).isFalse();
        assertThat(mandate.covers(null)).isFalse();
    }
}
