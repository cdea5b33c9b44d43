package nl.koers.model;

import static nl.koers.model.Fixtures.amount;
import static nl.koers.model.Fixtures.slice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetTest {

    @Test
    void theCurrencyDefaultsToEuro() {
        assertThat(new Budget(null, List.of()).currency()).isEqualTo("EUR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"USD", "eur", "", "EURO"})
    void onlyEuroIsSupported(String currency) {
        assertThatThrownBy(() -> new Budget(currency, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency '" + currency + "' is not supported; only EUR in koers/v1");
    }

    @Test
    void missingSlicesBecomeAnEmptyList() {
        assertThat(new Budget("EUR", null).slices()).isEmpty();
    }

    @Test
    void twoSlicesOfOneYearAreRefusedNamingTheYear() {
        assertThatThrownBy(() -> new Budget("EUR", List.of(slice(2018, "1", null, null), slice(2018, "2", null, null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Jaarschijf '2018' occurs more than once");
    }

    @Test
    void theSlicesAreACopyThatCannotBeModified() {
        Jaarschijf first = slice(2018, "1", null, null);
        List<Jaarschijf> slices = new ArrayList<>(List.of(first));
        Budget budget = new Budget("EUR", slices);

        slices.add(slice(2019, "1", null, null));

        assertThat(budget.slices()).containsExactly(first);
        assertThatThrownBy(() -> budget.slices().add(first)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSliceIsFoundByItsYear() {
        Jaarschijf y2018 = slice(2018, "1", null, null);
        Jaarschijf y2019 = slice(2019, "2", null, null);
        Budget budget = new Budget("EUR", List.of(y2018, y2019));

        assertThat(budget.slice(2019)).contains(y2019);
        assertThat(budget.slice(2018)).contains(y2018);
        assertThat(budget.slice(2020)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 2199, 2200, 0, -2018})
    void aJaarschijfOutside1900To2198IsRefusedNamingTheYear(int year) {
        // 2199 too: a budget change would move its money to 2200, a year no date of the format lies in
        assertThatThrownBy(() -> slice(year, "1", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year " + year + " lies outside 1900 .. 2198");
    }

    @ParameterizedTest
    @ValueSource(ints = {1900, 2198})
    void theFirstAndLastYearsAreAccepted(int year) {
        assertThat(slice(year, "1", null, null).year()).isEqualTo(year);
    }

    @Test
    void aBudgetDerivedFromRealisedAndUnspentStaysBelow10To15() {
        assertThatThrownBy(() -> slice(2018, null, "999999999999999", "999999999999999"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("budgeted of jaarschijf 2018, realised 999999999999999 + unspent 999999999999999, is "
                        + "1999999999999998; numbers must stay below 10^15 in magnitude");
    }

    @Test
    void aBalanceOfBudgetedMinusRealisedStaysBelow10To15() {
        assertThatThrownBy(() -> slice(2018, "999999999999999", "-999999999999999", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the balance of jaarschijf 2018, budgeted 999999999999999 - realised -999999999999999, is "
                        + "1999999999999998; numbers must stay below 10^15 in magnitude");
        assertThat(slice(2018, "999999999999999", "1", null).budgeted()).isEqualByComparingTo("999999999999999");
    }

    @Test
    void everyAmountMayBeUnknown() {
        Jaarschijf unknown = slice(2018, null, null, null);

        assertThat(unknown.budgeted()).isNull();
        assertThat(unknown.realised()).isNull();
        assertThat(unknown.unspent()).isNull();
    }

    @Test
    void aNegativeBudgetIsRefusedNamingTheAmount() {
        assertThatThrownBy(() -> slice(2018, "-0.01", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("budgeted of jaarschijf 2018 is -0.01; it must be 0 or more");
    }

    @Test
    void aNegativeUnspentAmountIsRefusedNamingTheAmount() {
        assertThatThrownBy(() -> slice(2018, null, null, "-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unspent of jaarschijf 2018 is -1; it must be 0 or more");
    }

    @Test
    void aNegativeRealisedAmountIsAcceptedAsARefund() {
        assertThat(slice(2018, null, "-25000.00", null).realised()).isEqualByComparingTo("-25000");
    }

    @Test
    void zeroIsAcceptedForEveryAmount() {
        Jaarschijf zero = slice(2018, "0", "0", "0");

        assertThat(zero.budgeted()).isZero();
        assertThat(zero.unspent()).isZero();
    }

    @Test
    void amountsOf10To15OrMoreAreRefusedNamingTheAmount() {
        String tail = "; numbers must stay below 10^15 in magnitude";
        assertThatThrownBy(() -> slice(2018, "1E15", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("budgeted of jaarschijf 2018 is 1000000000000000" + tail);
        assertThatThrownBy(() -> slice(2018, null, "-1E15", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("realised of jaarschijf 2018 is -1000000000000000" + tail);
        assertThatThrownBy(() -> slice(2018, null, null, "1000000000000000.00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unspent of jaarschijf 2018 is 1000000000000000.00" + tail);
    }

    @Test
    void amountsJustBelow10To15AreAccepted() {
        Jaarschijf large = slice(2018, "999999999999999.99", "0.01", null);
        Jaarschijf refunded = slice(2018, "0", "-999999999999999.99", null);

        assertThat(large.budgeted()).isEqualByComparingTo("999999999999999.99");
        assertThat(refunded.realised()).isEqualByComparingTo("-999999999999999.99");
    }

    @Test
    void unspentMustEqualBudgetedMinusRealisedWhenAllThreeAreGiven() {
        assertThatThrownBy(() -> slice(2018, "1000000.00", "891000.00", "100000.00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unspent of jaarschijf 2018 is 100000.00 but budgeted - realised is 109000.00;"
                        + " give two of the three, or make them agree");
    }

    @Test
    void threeAgreeingAmountsAreAcceptedWhateverTheirScale() {
        Jaarschijf agreeing = slice(2018, "1000000", "891000.00", "109000.0");

        assertThat(agreeing.unspent()).isEqualByComparingTo(amount("109000"));
    }

    @Test
    void aRefundMayLeaveMoreUnspentThanWasBudgeted() {
        assertThat(slice(2018, "100", "-20", "120").unspent()).isEqualByComparingTo("120");
    }

    @Test
    void theFlagsAreKept() {
        Jaarschijf flagged = new Jaarschijf(2018, null, null, null, true, true, true);

        assertThat(flagged.fromReserve()).isTrue();
        assertThat(flagged.continues()).isTrue();
        assertThat(flagged.forecast()).isTrue();
    }

    @Test
    void aJaarschijfWhoseRealisedAndUnspentImplyANegativeBudgetIsRefused() {
        assertThatThrownBy(() -> slice(2018, null, "-500", "100"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-400");
    }
}
