package nl.koers.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.koers.model.GsMandaat;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import static nl.koers.rules.ExpectedFinding.budgetChange;
import static nl.koers.rules.ExpectedFinding.noBudgetChange;
import static nl.koers.rules.Fixtures.HALFWAY;
import static nl.koers.rules.Fixtures.RESERVE;
import static nl.koers.rules.Fixtures.peildatum;
import static nl.koers.rules.Fixtures.saldo;
import static nl.koers.rules.Fixtures.slice;
import static nl.koers.rules.RuleVerifier.verifyThat;

import java.math.BigDecimal;
import java.util.Objects;
import nl.koers.model.BudgetChange;
import nl.koers.model.ChangeType;
import nl.koers.model.Decider;
import nl.koers.model.Disagreement;
import nl.koers.model.DocumentKind;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Peildatum;
import nl.koers.model.Reallocation;
import nl.koers.model.ReportedChange;
import nl.koers.model.Saldo;
import org.junit.jupiter.api.Test;

/** budget.drl: the begrotingswijziging the 2018 jaarschijf needs; money always moves to 2019. */
class BudgetRulesTest {

    private static final Saldo OVERSPEND_FROM_RESERVE_FOR_ENDED_WORK = saldo("1000000", "1250000", true, false);
    private static final Saldo OVERSPEND_OF_GENERAL_MEANS = saldo("1000000", "1000000.01", false, true);
    private static final Saldo UNSPENT_RESERVE_MONEY_FOR_CONTINUING_WORK = saldo("1000000", "891000", true, true);
    private static final Saldo ONLY_UNSPENT_RESERVE_MONEY_KNOWN =
            Saldo.of(slice(null, null, "109000", true, true), RESERVE);
    /** The shipped GS mandate is € 1.000.000 (gs-mandaat.drl.xlsx). */
    private static final Saldo UNSPENT_RESERVE_MONEY_EXACTLY_AT_THE_MANDATE =
            Saldo.of(slice(null, null, "1000000", true, true), RESERVE);
    private static final Saldo UNSPENT_RESERVE_MONEY_JUST_ABOVE_THE_MANDATE =
            Saldo.of(slice(null, null, "1000000.01", true, true), RESERVE);
    private static final Saldo UNSPENT_GENERAL_MEANS_FOR_CONTINUING_WORK = saldo("1000000", "891000", false, true);
    private static final Saldo EVERYTHING_SPENT = saldo("1000000", "1000000", true, true);
    private static final Saldo UNSPENT_RESERVE_MONEY_FOR_ENDED_WORK = saldo("1000000", "891000", true, false);
    private static final Saldo ONLY_BUDGETED_KNOWN = Saldo.of(slice("1000000", null, null, true, true), RESERVE);

    @Test
    @Covers("Overspend needs a PS-begrotingswijziging")
    void overspendGoesToProvincialeStatenEvenWhenTheWorkHasEnded() {
        verifyThat("Overspend needs a PS-begrotingswijziging")
                .given(peildatum(HALFWAY), OVERSPEND_FROM_RESERVE_FOR_ENDED_WORK)
                .produces(budgetChange(ChangeType.PS, "250000", RESERVE, 2019).because("budget.ps"));
    }

    @Test
    @Covers("Overspend needs a PS-begrotingswijziging")
    void overspendOfOneCentOfGeneralMeansGoesToProvincialeStaten() {
        verifyThat("Overspend needs a PS-begrotingswijziging")
                .given(peildatum(HALFWAY), OVERSPEND_OF_GENERAL_MEANS)
                .produces(budgetChange(ChangeType.PS, "0.01", null, 2019));
    }

    @Test
    @Covers("Unspent reserve money for continuing work moves to next year by GS-begrotingswijziging")
    void unspentReserveMoneyForContinuingWorkMovesToNextYearFromTheReserve() {
        verifyThat("Unspent reserve money for continuing work moves to next year by GS-begrotingswijziging")
                .given(peildatum(HALFWAY), UNSPENT_RESERVE_MONEY_FOR_CONTINUING_WORK)
                .produces(budgetChange(ChangeType.GS, "109000", RESERVE, 2019).because("budget.gs"));
    }

    @Test
    @Covers("Unspent reserve money for continuing work moves to next year by GS-begrotingswijziging")
    void aKnownBalanceIsEnoughToMoveReserveMoney() {
        verifyThat("Unspent reserve money for continuing work moves to next year by GS-begrotingswijziging")
                .given(peildatum(HALFWAY), ONLY_UNSPENT_RESERVE_MONEY_KNOWN)
                .produces(budgetChange(ChangeType.GS, "109000", RESERVE, 2019));
    }

    @Test
    @Covers("Unspent reserve money for continuing work moves to next year by GS-begrotingswijziging")
    void reserveMoneyExactlyAtTheMandateIsStillForGs() {
        verifyThat("Unspent reserve money for continuing work moves to next year by GS-begrotingswijziging")
                .given(peildatum(HALFWAY), UNSPENT_RESERVE_MONEY_EXACTLY_AT_THE_MANDATE)
                .produces(budgetChange(ChangeType.GS, "1000000", RESERVE, 2019));
    }

    @Test
    @Covers("Unspent reserve money above the GS mandate needs a PS-begrotingswijziging")
    void reserveMoneyAboveTheMandateGoesToPs() {
        verifyThat("Unspent reserve money above the GS mandate needs a PS-begrotingswijziging")
                .given(peildatum(HALFWAY), UNSPENT_RESERVE_MONEY_JUST_ABOVE_THE_MANDATE)
                .produces(budgetChange(ChangeType.PS, "1000000.01", RESERVE, 2019).because("budget.ps-mandate"));
    }

    @Test
    @Covers("GS decide alone on budget changes up to the mandate")
    void theShippedMandateOfGsIsOneMillionEuros() {
        KieSession session = RuleVerifier.kieBase().newKieSession();
        try {
            List<String> insertedBy = new ArrayList<>();
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getObject() instanceof GsMandaat) {
                        insertedBy.add(event.getRule().getName());
                    }
                }
            });
            session.fireAllRules();
            assertThat(session.getObjects(GsMandaat.class::isInstance))
                    .singleElement()
                    .satisfies(m -> assertThat(((GsMandaat) m).limit()).isEqualByComparingTo("1000000"));
            assertThat(insertedBy).containsExactly("GS decide alone on budget changes up to the mandate");
        } finally {
            session.dispose();
        }
    }

    @Test
    @Covers("Unspent general means for continuing work are announced for resultaatbestemming")
    void unspentGeneralMeansForContinuingWorkAreAnnouncedForResultAllocation() {
        verifyThat("Unspent general means for continuing work are announced for resultaatbestemming")
                .given(peildatum(HALFWAY), UNSPENT_GENERAL_MEANS_FOR_CONTINUING_WORK)
                .produces(budgetChange(ChangeType.RESULT_ALLOCATION, "109000", null, 2019)
                        .because("budget.result-allocation"));
    }

    @Test
    @Covers("No budget change when nothing is left over")
    void noBudgetChangeWhenEverythingWasSpent() {
        verifyThat("No budget change when nothing is left over")
                .given(peildatum(HALFWAY), EVERYTHING_SPENT)
                .produces(noBudgetChange().because("budget.nothing-left"));
    }

    @Test
    @Covers("No budget change when the work does not continue")
    void unspentMoneyOfEndedWorkIsNotCarriedOver() {
        verifyThat("No budget change when the work does not continue")
                .given(peildatum(HALFWAY), UNSPENT_RESERVE_MONEY_FOR_ENDED_WORK)
                .produces(noBudgetChange().because("budget.work-ended"));
    }

    @Test
    @Covers("No budget change when the balance is unknown")
    void noBudgetChangeWhenOnlyTheBudgetIsKnown() {
        verifyThat("No budget change when the balance is unknown")
                .given(peildatum(HALFWAY), ONLY_BUDGETED_KNOWN)
                .produces(noBudgetChange().because("budget.balance-unknown"));
    }

    @Test
    @Covers("No budget change without a jaarschijf for the reporting year")
    void noBudgetChangeWithoutAJaarschijf() {
        verifyThat("No budget change without a jaarschijf for the reporting year")
                .given(peildatum(HALFWAY))
                .produces(noBudgetChange().because("budget.no-slice"));
    }

    // ---- issue 12: not stated, by document and year, shifts, the page's own record

    private static Saldo saldoIn(Boolean fromReserve, Boolean continues, DocumentKind document, int year) {
        Jaarschijf slice = new Jaarschijf(year, new BigDecimal("1000000"), new BigDecimal("891000"), null, fromReserve,
                continues, false, null, null, null, null, null, null);
        return Saldo.of(slice, RESERVE, document, true);
    }

    private static ExpectedFinding<BudgetChange> decidedBy(ChangeType type, Decider decider, int year, String key) {
        return new ExpectedFinding<>(BudgetChange.class, "budget change", c -> true,
                type.code() + " by " + decider + " to " + year + " because " + key,
                c -> c.type() == type && c.decider() == decider && Objects.equals(c.year(), year)
                        && c.reason().key().equals(key));
    }

    @Test
    @Covers("No budget change determined when the page does not say whether the work continues")
    void notSayingWhetherTheWorkContinuesIsNotSayingItEnded() {
        verifyThat("No budget change determined when the page does not say whether the work continues")
                .given(peildatum(HALFWAY), saldoIn(true, null, null, 2018))
                .produces(budgetChange(ChangeType.UNDETERMINED, "0", null, null).because("budget.continues-unstated"));
    }

    @Test
    @Covers("No budget change determined when the page does not say whether the money came from the reserve")
    void notSayingWhereTheMoneyComesFromIsNotGeneralMeans() {
        verifyThat("No budget change determined when the page does not say whether the money came from the reserve")
                .given(peildatum(HALFWAY), saldoIn(null, true, null, 2018))
                .produces(budgetChange(ChangeType.UNDETERMINED, "0", null, null).because("budget.reserve-unstated"));
    }

    // The two jaarverslag rows carry validity dates (Geldig vanaf / Geldig tot: DATE-EFFECTIVE, DATE-EXPIRES
    // 1-Jan-2018): they are judged at the peildatum, the session clock (RuleVerifier), not at the reporting year.

    private static Peildatum jaarverslagAt(LocalDate date) {
        return new Peildatum(date, date.getYear(), "M.6", DocumentKind.JAARVERSLAG);
    }

    @Test
    @Covers("From 2018 GS decide reserve withdrawals for continuing work in the jaarverslag")
    void inTheJaarverslagFrom2018GsDecide() {
        verifyThat("From 2018 GS decide reserve withdrawals for continuing work in the jaarverslag")
                .given(jaarverslagAt(LocalDate.of(2018, 12, 31)), saldoIn(true, true, DocumentKind.JAARVERSLAG, 2018))
                .produces(decidedBy(ChangeType.GS, Decider.GS, 2019, "budget.gs"));
    }

    @Test
    @Covers("From 2018 GS decide reserve withdrawals for continuing work in the jaarverslag")
    void theRuleOfGsTakesEffectOnItsFirstDay() {
        verifyThat("From 2018 GS decide reserve withdrawals for continuing work in the jaarverslag")
                .given(jaarverslagAt(LocalDate.of(2018, 1, 1)), saldoIn(true, true, DocumentKind.JAARVERSLAG, 2017))
                .produces(decidedBy(ChangeType.GS, Decider.GS, 2018, "budget.gs"));
    }

    @Test
    @Covers("Before 2018 PS decide reserve withdrawals for continuing work in the jaarverslag")
    void inTheJaarverslagBefore2018GsProposeToPs() {
        verifyThat("Before 2018 PS decide reserve withdrawals for continuing work in the jaarverslag")
                .given(jaarverslagAt(LocalDate.of(2016, 12, 31)), saldoIn(true, true, DocumentKind.JAARVERSLAG, 2016))
                .produces(decidedBy(ChangeType.PS, Decider.PS, 2017, "budget.ps-proposal"));
    }

    @Test
    @Covers("Before 2018 PS decide reserve withdrawals for continuing work in the jaarverslag")
    void theRuleOfPsStillHoldsOnItsLastDay() {
        verifyThat("Before 2018 PS decide reserve withdrawals for continuing work in the jaarverslag")
                .given(jaarverslagAt(LocalDate.of(2017, 12, 31)), saldoIn(true, true, DocumentKind.JAARVERSLAG, 2017))
                .produces(decidedBy(ChangeType.PS, Decider.PS, 2018, "budget.ps-proposal"));
    }

    @Test
    @Covers("Unspent reserve money for continuing work moves to next year by GS-begrotingswijziging")
    void inAMonitorBefore2018GsStillDecide() {
        verifyThat("Unspent reserve money for continuing work moves to next year by GS-begrotingswijziging")
                .given(new Peildatum(LocalDate.of(2017, 9, 30), 2017, "M.6", DocumentKind.MONITOR),
                        saldoIn(true, true, DocumentKind.MONITOR, 2017))
                .produces(decidedBy(ChangeType.GS, Decider.GS, 2018, "budget.gs"));
    }

    @Test
    @Covers("A shift between prestaties needs a budget-neutral PS-begrotingswijziging")
    void aShiftBetweenPrestatiesIsABudgetNeutralPsChange() {
        verifyThat("A shift between prestaties needs a budget-neutral PS-begrotingswijziging")
                .given(new Peildatum(HALFWAY, 2018, "4.3.1", DocumentKind.VOORJAARSNOTA),
                        new Reallocation("4.6.10", new BigDecimal("2400000")),
                        new Reallocation("4.5.1", new BigDecimal("550000")))
                .produces(new ExpectedFinding<>(BudgetChange.class, "the shift", c -> !c.reallocations().isEmpty(),
                        "ps of 2950000 in 2018 (a voorjaarsnota: the current year)",
                        c -> c.type() == ChangeType.PS && c.decider() == Decider.PS
                                && c.amount().compareTo(new BigDecimal("2950000")) == 0 && c.year() == 2018
                                && c.reason().key().equals("budget.reallocation")));
    }

    @Test
    @Covers("A budget change the page records otherwise is a disagreement")
    void aRecordedChangeOfAnotherDeciderIsADisagreement() {
        verifyThat("A budget change the page records otherwise is a disagreement")
                .given(peildatum(HALFWAY), UNSPENT_RESERVE_MONEY_FOR_CONTINUING_WORK,
                        new ReportedChange(ChangeType.GS, Decider.PS, null, null, null, null, "Wij stellen u voor"))
                .produces(new ExpectedFinding<>(Disagreement.class, "budget exploitatie",
                        d -> d.subject().equals("budget exploitatie"), "gs gs 109000 against gs ps",
                        d -> d.computed().equals("gs gs 109000") && d.reported().equals("gs ps")));
    }
}
