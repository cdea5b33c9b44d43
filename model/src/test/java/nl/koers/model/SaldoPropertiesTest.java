package nl.koers.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SaldoPropertiesTest {

    private static final BigDecimal ONE_IN_10_TO_15 = new BigDecimal("1E-15");

    @Provide
    Arbitrary<BigDecimal> nonNegativeAmounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000000")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("100000000")).ofScale(2);
    }

    /**
     * Jaarschijven with any of the three amounts unknown; when all three are known they agree, and
     * realised + unspent never implies a negative budget.
     */
    @Provide
    Arbitrary<Jaarschijf> slices() {
        return Combinators.combine(
                nonNegativeAmounts().injectNull(0.3),
                amounts().injectNull(0.3),
                nonNegativeAmounts().injectNull(0.3),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((budgeted, realised, unspent, fromReserve, forecast) -> {
                    BigDecimal agreeingRealised = budgeted != null && realised != null && unspent != null
                            ? budgeted.subtract(unspent) : realised;
                    if (budgeted == null && agreeingRealised != null && unspent != null
                            && agreeingRealised.add(unspent).signum() < 0) {
                        agreeingRealised = agreeingRealised.negate();
                    }
                    return new Jaarschijf(2018, budgeted, agreeingRealised, unspent, fromReserve, false, forecast);
                });
    }

    @Property(tries = 500)
    void saldoFiguresAreConsistent(@ForAll("slices") Jaarschijf slice) {
        Saldo saldo = Saldo.of(slice, "Reserve");

        if (saldo.budgeted() != null && saldo.realised() != null && saldo.unspent() != null
                && saldo.overspend() != null) {
            assertThat(saldo.budgeted().subtract(saldo.realised()))
                    .isEqualByComparingTo(saldo.unspent().subtract(saldo.overspend()));
            assertThat(saldo.deviation()).isEqualByComparingTo(saldo.budgeted().subtract(saldo.realised()).abs());
            assertThat(saldo.overspend().signum()).isNotNegative();
            assertThat(saldo.unspent().signum() > 0 && saldo.overspend().signum() > 0).isFalse();
        }
    }

    @Property(tries = 500)
    void givenFiguresAreKeptAndTwoKnownFiguresDeriveTheThird(@ForAll("slices") Jaarschijf slice) {
        Saldo saldo = Saldo.of(slice, null);
        int known = (slice.budgeted() != null ? 1 : 0) + (slice.realised() != null ? 1 : 0)
                + (slice.unspent() != null ? 1 : 0);

        if (slice.budgeted() != null) {
            assertThat(saldo.budgeted()).isEqualTo(slice.budgeted());
        }
        if (slice.realised() != null) {
            assertThat(saldo.realised()).isEqualTo(slice.realised());
        }
        if (slice.unspent() != null) {
            assertThat(saldo.unspent()).isEqualTo(slice.unspent());
        }
        assertThat(saldo.budgeted() != null && saldo.realised() != null && saldo.unspent() != null)
                .isEqualTo(known >= 2);
        assertThat(saldo.deviation() != null).isEqualTo(known >= 2);
    }

    @Property(tries = 500)
    void theDeviationShareIsTheDeviationOverTheBudgetToSixteenDigits(@ForAll("slices") Jaarschijf slice) {
        Saldo saldo = Saldo.of(slice, null);

        if (saldo.deviation() == null || saldo.budgeted().signum() == 0) {
            assertThat(saldo.deviationShare()).isNull();
        } else {
            BigDecimal error = saldo.deviationShare().multiply(saldo.budgeted()).subtract(saldo.deviation()).abs();
            assertThat(error).isLessThanOrEqualTo(saldo.deviation().multiply(ONE_IN_10_TO_15));
            assertThat(saldo.deviationShare().precision()).isLessThanOrEqualTo(16);
        }
    }

    @Property(tries = 200)
    void theReserveIsNamedOnlyWhenTheSliceIsFundedFromIt(@ForAll("slices") Jaarschijf slice) {
        Saldo saldo = Saldo.of(slice, "Reserve uitvoering");

        assertThat(saldo.fromReserve()).isEqualTo(slice.fromReserve());
        assertThat(saldo.reserve()).isEqualTo(slice.fromReserve() ? "Reserve uitvoering" : null);
        assertThat(saldo.forecast()).isEqualTo(slice.forecast());
        assertThat(saldo.year()).isEqualTo(slice.year());
    }
}
