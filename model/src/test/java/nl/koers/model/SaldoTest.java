package nl.koers.model;

import static nl.koers.model.Fixtures.RESERVE;
import static nl.koers.model.Fixtures.amount;
import static nl.koers.model.Fixtures.slice;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SaldoTest {

    private static Saldo saldoOf(String budgeted, String realised, String unspent) {
        return Saldo.of(slice(2018, budgeted, realised, unspent), RESERVE);
    }

    @Test
    void allThreeGivenAmountsAreKept() {
        Saldo saldo = saldoOf("1000000.00", "891000.00", "109000.00");

        assertThat(saldo.year()).isEqualTo(2018);
        assertThat(saldo.budgeted()).isEqualByComparingTo("1000000");
        assertThat(saldo.realised()).isEqualByComparingTo("891000");
        assertThat(saldo.unspent()).isEqualByComparingTo("109000");
        assertThat(saldo.overspend()).isEqualByComparingTo("0");
        assertThat(saldo.deviation()).isEqualByComparingTo("109000");
        assertThat(saldo.deviationShare()).isEqualByComparingTo("0.109");
    }

    @Test
    void realisedIsDerivedAsBudgetedMinusUnspent() {
        Saldo saldo = saldoOf("1000000.00", null, "109000.00");

        assertThat(saldo.realised()).isEqualByComparingTo("891000");
        assertThat(saldo.unspent()).isEqualByComparingTo("109000");
        assertThat(saldo.deviation()).isEqualByComparingTo("109000");
    }

    @Test
    void realisedIsDerivedAsANegativeRefundWhenMoreIsUnspentThanBudgeted() {
        Saldo saldo = saldoOf("100", null, "120");

        assertThat(saldo.realised()).isEqualByComparingTo("-20");
        assertThat(saldo.overspend()).isEqualByComparingTo("0");
        assertThat(saldo.deviationShare()).isEqualByComparingTo("1.2");
    }

    @Test
    void budgetedIsDerivedAsRealisedPlusUnspent() {
        Saldo saldo = saldoOf(null, "891000.00", "109000.00");

        assertThat(saldo.budgeted()).isEqualByComparingTo("1000000");
        assertThat(saldo.deviation()).isEqualByComparingTo("109000");
        assertThat(saldo.deviationShare()).isEqualByComparingTo("0.109");
    }

    @Test
    void unspentIsDerivedAsBudgetedMinusRealised() {
        Saldo saldo = saldoOf("1000000.00", "891000.00", null);

        assertThat(saldo.unspent()).isEqualByComparingTo("109000");
        assertThat(saldo.overspend()).isEqualByComparingTo("0");
    }

    @Test
    void anOverspendLeavesNothingUnspent() {
        Saldo saldo = saldoOf("100000", "130000", null);

        assertThat(saldo.unspent()).isEqualByComparingTo("0");
        assertThat(saldo.overspend()).isEqualByComparingTo("30000");
        assertThat(saldo.deviation()).isEqualByComparingTo("30000");
        assertThat(saldo.deviationShare()).isEqualByComparingTo("0.3");
    }

    @Test
    void aNegativeRealisedAmountIsAllUnspentPlusTheRefund() {
        Saldo saldo = saldoOf("100", "-20", null);

        assertThat(saldo.unspent()).isEqualByComparingTo("120");
        assertThat(saldo.overspend()).isEqualByComparingTo("0");
        assertThat(saldo.deviation()).isEqualByComparingTo("120");
    }

    @Test
    void theDeviationShareIsExact() {
        Saldo saldo = saldoOf("1000000", "950000", null);

        assertThat(saldo.deviationShare()).isEqualByComparingTo("0.05");
    }

    @Test
    void theDeviationShareOfAFractionThatDoesNotEndIsRoundedToSixteenDigits() {
        assertThat(saldoOf("3", "2", null).deviationShare()).isEqualByComparingTo("0.3333333333333333");
    }

    @Test
    void aSliceSpentExactlyHasNoDeviation() {
        Saldo saldo = saldoOf("500.00", "500", null);

        assertThat(saldo.unspent()).isZero();
        assertThat(saldo.overspend()).isZero();
        assertThat(saldo.deviation()).isZero();
        assertThat(saldo.deviationShare()).isZero();
    }

    @Test
    void nothingBudgetedHasADeviationButNoShare() {
        Saldo saldo = saldoOf("0", "10", null);

        assertThat(saldo.overspend()).isEqualByComparingTo("10");
        assertThat(saldo.deviation()).isEqualByComparingTo("10");
        assertThat(saldo.deviationShare()).isNull();
    }

    @Test
    void nothingBudgetedAndNothingSpentHasNoShare() {
        Saldo saldo = saldoOf("0", "0", null);

        assertThat(saldo.deviation()).isZero();
        assertThat(saldo.deviationShare()).isNull();
    }

    @Test
    void onlyABudgetDerivesNothing() {
        Saldo saldo = saldoOf("1000", null, null);

        assertThat(saldo.budgeted()).isEqualByComparingTo("1000");
        assertThat(saldo.realised()).isNull();
        assertThat(saldo.unspent()).isNull();
        assertThat(saldo.overspend()).isNull();
        assertThat(saldo.deviation()).isNull();
        assertThat(saldo.deviationShare()).isNull();
    }

    @Test
    void onlyARealisationDerivesNothing() {
        Saldo saldo = saldoOf(null, "1000", null);

        assertThat(saldo.budgeted()).isNull();
        assertThat(saldo.unspent()).isNull();
        assertThat(saldo.overspend()).isNull();
        assertThat(saldo.deviation()).isNull();
    }

    @Test
    void onlyABalanceDerivesNothing() {
        Saldo saldo = saldoOf(null, null, "109000");

        assertThat(saldo.unspent()).isEqualByComparingTo("109000");
        assertThat(saldo.budgeted()).isNull();
        assertThat(saldo.realised()).isNull();
        assertThat(saldo.overspend()).isNull();
    }

    @Test
    void theReserveIsNamedWhenTheSliceIsFundedFromIt() {
        Jaarschijf fromReserve = new Jaarschijf(2018, amount("10"), amount("10"), null, true, false, false);

        Saldo saldo = Saldo.of(fromReserve, RESERVE);

        assertThat(saldo.fromReserve()).isTrue();
        assertThat(saldo.reserve()).isEqualTo(RESERVE);
    }

    @Test
    void theReserveIsNotNamedWhenTheSliceIsPaidFromGeneralMeans() {
        Saldo saldo = Saldo.of(new Jaarschijf(2018, amount("10"), amount("10"), null, false, true, true), RESERVE);

        assertThat(saldo.fromReserve()).isFalse();
        assertThat(saldo.reserve()).isNull();
    }

    @Test
    void theFlagsAndYearOfTheSliceAreCarried() {
        Saldo saldo = Saldo.of(new Jaarschijf(2019, null, null, null, false, true, true), null);

        assertThat(saldo.year()).isEqualTo(2019);
        assertThat(saldo.continues()).isTrue();
        assertThat(saldo.forecast()).isTrue();
    }
}
