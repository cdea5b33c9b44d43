package nl.koers.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The money of real cycles (issue 12): lines, baten, overspend, phasing, not stated. */
class MoneyModelTest {

    private static BigDecimal amount(String a) {
        return new BigDecimal(a);
    }

    private static Jaarschijf slice(String budgeted, String realised, String unspent, Boolean fromReserve,
                                    Boolean continues, String line, String overspend, Baten income,
                                    List<BudgetPart> into) {
        return new Jaarschijf(2018, budgeted == null ? null : amount(budgeted), realised == null ? null : amount(realised),
                unspent == null ? null : amount(unspent), fromReserve, continues, false, line,
                overspend == null ? null : amount(overspend), income, into, null, null);
    }

    @Test
    void theV1ConstructorStatesItsFlagsAndTheLineIsTheExploitatie() {
        Jaarschijf v1 = new Jaarschijf(2018, amount("10"), amount("5"), null, false, false, false);
        assertThat(v1.line()).isEqualTo(Jaarschijf.EXPLOITATIE);
        assertThat(v1.fromReserveStated()).isTrue();
        assertThat(v1.continuesStated()).isTrue();
        Saldo saldo = Saldo.of(v1, null);
        assertThat(saldo.continuesStated()).isTrue();
        assertThat(saldo.colourLine()).isTrue();
        assertThat(saldo.deviation()).isEqualByComparingTo("5");
    }

    @Test
    void notStatedStaysNotStated() {
        Saldo saldo = Saldo.of(slice("10", "5", null, null, null, null, null, null, null), "R");
        assertThat(saldo.fromReserveStated()).isFalse();
        assertThat(saldo.continuesStated()).isFalse();
        assertThat(saldo.fromReserve()).isFalse();
        assertThat(saldo.reserve()).isNull();
    }

    @Test
    void anOverspendAloneIsKnownWithNothingLeftAndNoShare() {
        Saldo saldo = Saldo.of(slice(null, null, null, null, null, null, "7342000", null, null), null);
        assertThat(saldo.overspent()).isTrue();
        assertThat(saldo.balanceKnown()).isTrue();
        assertThat(saldo.leftOver()).isFalse();
        assertThat(saldo.deviation()).isNull();
        BudgetChange change = BudgetChange.proposed(ChangeType.PS, saldo, "budget.ps");
        assertThat(change.amount()).isEqualByComparingTo("7342000");
        assertThat(change.year()).isEqualTo(2019);
    }

    @Test
    void anOverspendThatDisagreesWithBudgetedAndRealisedIsRefused() {
        assertThatThrownBy(() -> slice("10", "15", null, null, null, null, "4", null, null))
                .hasMessageContaining("overspend");
        assertThatThrownBy(() -> slice(null, null, "3", null, null, null, "4", null, null))
                .hasMessageContaining("both unspent");
    }

    @Test
    void theMoneyColourCanCompareBatenOrTheSaldo() {
        Saldo lasten = Saldo.of(slice("1000", "900", null, null, null, null, null,
                new Baten(amount("400"), amount("200")), null), null);
        assertThat(lasten.deviation()).isEqualByComparingTo("100");
        assertThat(lasten.basis()).as("not chosen yet: the lasten, as koers/v1").isNull();
        assertThat(lasten.on(MoneyBasis.LASTEN).deviation()).isEqualByComparingTo("100");
        Saldo baten = lasten.on(MoneyBasis.BATEN);
        assertThat(baten.deviation()).isEqualByComparingTo("200");
        assertThat(baten.deviationShare()).isEqualByComparingTo("0.5");
        assertThat(baten.bandKey()).isEqualTo("money.band.baten");
        Saldo net = lasten.on(MoneyBasis.SALDO);
        // net cost budgeted 600, realised 700
        assertThat(net.deviation()).isEqualByComparingTo("100");
        assertThat(net.colourBudgeted()).isEqualByComparingTo("600");
        // the lasten that decide the budget change stay as they are
        assertThat(baten.unspent()).isEqualByComparingTo("100");
    }

    @Test
    void onlyTheColourLineHasADeviation() {
        Saldo investering = Saldo.of(slice("1000", "900", null, null, null, Jaarschijf.INVESTERING, null, null, null),
                null, DocumentKind.JAARVERSLAG, false);
        assertThat(investering.deviation()).isNull();
        assertThat(investering.unspent()).isEqualByComparingTo("100");
        assertThat(investering.jaarverslag()).isTrue();
    }

    @Test
    void phasingGivesEveryYearItsAmountAndTheOpenYearsShareTheRest() {
        assertThat(BudgetChange.phasing(List.of(new BudgetPart(2022, amount("900000")), new BudgetPart(2023, null)),
                amount("1330000"), 2022)).containsExactly(new BudgetPart(2022, amount("900000")),
                new BudgetPart(2023, amount("430000")));
        assertThat(BudgetChange.phasing(List.of(new BudgetPart(2022, null), new BudgetPart(2023, null)),
                amount("1"), 2022)).extracting(BudgetPart::amount)
                .satisfies(a -> assertThat(a.get(0).add(a.get(1))).isEqualByComparingTo("1"));
        assertThat(BudgetChange.phasing(List.of(), amount("5"), 2019)).containsExactly(new BudgetPart(2019, amount("5")));
    }

    @Test
    void aBudgetHoldsSeveralLinesPerYearButEachLineOnce() {
        Budget budget = new Budget(Budget.EUR, List.of(
                slice("1", "1", null, null, null, Jaarschijf.INVESTERING, null, null, null),
                slice("1", "1", null, null, null, null, null, null, null)));
        assertThat(budget.slices(2018)).hasSize(2);
        assertThat(budget.colourLine(2018)).contains(Jaarschijf.EXPLOITATIE);
        assertThatThrownBy(() -> new Budget(Budget.EUR, List.of(
                slice("1", "1", null, null, null, null, null, null, null),
                slice("2", "1", null, null, null, null, null, null, null))))
                .hasMessageContaining("Jaarschijf '2018' occurs more than once");
    }

    @Test
    void aRecordedChangeAgreesWhenWhatItGivesIsTheSame() {
        BudgetChange gs = new BudgetChange(ChangeType.GS, amount("109000"), "R", 2019, Reason.of("budget.gs"));
        assertThat(new ReportedChange(ChangeType.GS, null, null, null, null, null, null).agrees(gs)).isTrue();
        assertThat(new ReportedChange(ChangeType.GS, Decider.PS, null, null, null, null, null).agrees(gs)).isFalse();
        assertThat(new ReportedChange(ChangeType.GS, Decider.GS, amount("100000"), null, null, null, null).agrees(gs))
                .isFalse();
        Disagreement d = new ReportedChange(ChangeType.PS, Decider.PS, amount("109000"), null, null, null, "x")
                .disagreement(gs);
        assertThat(d.subject()).isEqualTo("budget exploitatie");
        assertThat(d.computed()).isEqualTo("gs gs 109000");
        assertThat(d.reported()).isEqualTo("ps ps 109000");
    }

    @Test
    void proMemorieChoosesItsOwnExplanation() {
        Jaarschijf pm = new Jaarschijf(2018, null, amount("5"), null, null, null, false, null, null, null, null, null,
                Set.of("budgeted"));
        assertThat(Saldo.of(pm, null).unknownKey()).isEqualTo("money.pro-memorie");
    }

    @Test
    void undeterminedMovesNoMoneyAndHasNoDecider() {
        assertThat(ChangeType.UNDETERMINED.movesMoney()).isFalse();
        BudgetChange u = new BudgetChange(ChangeType.UNDETERMINED, BigDecimal.ZERO, null, null, Reason.of("x"));
        assertThat(u.decider()).isNull();
        assertThat(u.parts()).isEmpty();
    }
}
