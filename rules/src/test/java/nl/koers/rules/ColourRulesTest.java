package nl.koers.rules;

import static nl.koers.rules.ExpectedFinding.colour;
import static nl.koers.rules.Fixtures.HALFWAY;
import static nl.koers.rules.Fixtures.achieved;
import static nl.koers.rules.Fixtures.action;
import static nl.koers.rules.Fixtures.atRisk;
import static nl.koers.rules.Fixtures.factsOf;
import static nl.koers.rules.Fixtures.offTrack;
import static nl.koers.rules.Fixtures.onTrack;
import static nl.koers.rules.Fixtures.peildatum;
import static nl.koers.rules.Fixtures.saldo;
import static nl.koers.rules.Fixtures.slice;
import static nl.koers.rules.Fixtures.unmeasured;
import static nl.koers.rules.Fixtures.withdrawn;
import static nl.koers.rules.RuleVerifier.verifyThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.koers.model.Aspect;
import nl.koers.model.Colour;
import nl.koers.model.Saldo;
import org.junit.jupiter.api.Test;

/**
 * colours.drl: the content colour from the action statuses, and the money colour from the reporting
 * year's jaarschijf. A deviation is green below 5 % or below 100,000 euros, orange from 5 % to 10 %
 * inclusive, red above 10 %.
 */
class ColourRulesTest {

    private static final Saldo DEVIATION_FOUR_PERCENT_OF_MILLIONS = saldo("3000000", "2880000", false, false);
    private static final Saldo DEVIATION_JUST_UNDER_HUNDRED_THOUSAND_AT_TWENTY_PERCENT =
            saldo("500000", "400000.01", false, false);
    private static final Saldo DEVIATION_EXACTLY_HUNDRED_THOUSAND_AT_TWENTY_PERCENT =
            saldo("500000", "400000", false, false);
    private static final Saldo DEVIATION_EXACTLY_FIVE_PERCENT = saldo("2000000", "1900000", false, false);
    private static final Saldo DEVIATION_EXACTLY_TEN_PERCENT = saldo("1000000", "900000", false, false);
    private static final Saldo DEVIATION_JUST_ABOVE_TEN_PERCENT = saldo("1000000", "899999.99", false, false);
    private static final Saldo SPENT_HUNDRED_THOUSAND_WITH_NOTHING_BUDGETED = saldo("0", "100000", false, false);
    private static final Saldo ONLY_BUDGETED_KNOWN = Saldo.of(slice("1000000", null, null, false, false), null);

    @Test
    @Covers("Content red when an action is off track")
    void oneActionOffTrackMakesTheContentRed() {
        verifyThat("Content red when an action is off track")
                .given(factsOf(action("1", achieved("1a")), action("2", offTrack("2a")), action("3", atRisk("3a"))))
                .produces(colour(Aspect.CONTENT, Colour.RED).because("content.red"));
    }

    @Test
    @Covers("Content orange when an action is at risk or unknown and none off track")
    void actionAtRiskMakesTheContentOrange() {
        verifyThat("Content orange when an action is at risk or unknown and none off track")
                .given(factsOf(action("1", achieved("1a")), action("2", atRisk("2a"))))
                .produces(colour(Aspect.CONTENT, Colour.ORANGE).because("content.orange"));
    }

    @Test
    @Covers("Content orange when an action is at risk or unknown and none off track")
    void actionWithoutDataMakesTheContentOrange() {
        verifyThat("Content orange when an action is at risk or unknown and none off track")
                .given(factsOf(action("1", onTrack("1a")), action("2", unmeasured("2a"))))
                .produces(colour(Aspect.CONTENT, Colour.ORANGE));
    }

    @Test
    @Covers("Content green when every action is achieved or on track")
    void achievedAndOnTrackActionsMakeTheContentGreenWhateverTheWithdrawnOnes() {
        verifyThat("Content green when every action is achieved or on track")
                .given(factsOf(action("1", achieved("1a")), action("2", onTrack("2a")), withdrawn("3", offTrack("3a"))))
                .produces(colour(Aspect.CONTENT, Colour.GREEN).because("content.green"));
    }

    @Test
    @Covers("Content undetermined without actions that count")
    void contentIsUndeterminedWhenEveryActionIsWithdrawn() {
        verifyThat("Content undetermined without actions that count")
                .given(factsOf(withdrawn("1", offTrack("1a")), withdrawn("2", achieved("2a"))))
                .produces(colour(Aspect.CONTENT, Colour.UNDETERMINED).because("content.no-actions"));
    }

    @Test
    @Covers("Content undetermined without actions that count")
    void contentIsUndeterminedWithoutActions() {
        verifyThat("Content undetermined without actions that count")
                .given(factsOf())
                .produces(colour(Aspect.CONTENT, Colour.UNDETERMINED));
    }

    @Test
    @Covers("Money undetermined without a jaarschijf for the reporting year")
    void moneyIsUndeterminedWithoutAJaarschijf() {
        verifyThat("Money undetermined without a jaarschijf for the reporting year")
                .given(peildatum(HALFWAY))
                .produces(colour(Aspect.MONEY, Colour.UNDETERMINED).because("money.no-slice"));
    }

    @Test
    @Covers("Money undetermined without budgeted and realised")
    void moneyIsUndeterminedWhenOnlyTheBudgetIsKnown() {
        verifyThat("Money undetermined without budgeted and realised")
                .given(peildatum(HALFWAY), ONLY_BUDGETED_KNOWN)
                .produces(colour(Aspect.MONEY, Colour.UNDETERMINED).because("money.unknown"));
    }

    @Test
    @Covers("Money green under 5 % deviation")
    void deviationUnderFivePercentIsGreenHoweverManyEuros() {
        assertThat(DEVIATION_FOUR_PERCENT_OF_MILLIONS.deviation()).isGreaterThan(new BigDecimal("100000"));

        verifyThat("Money green under 5 % deviation")
                .given(DEVIATION_FOUR_PERCENT_OF_MILLIONS)
                .produces(colour(Aspect.MONEY, Colour.GREEN).because("money.band"));
    }

    @Test
    @Covers("Money green under 100,000 euros deviation")
    void deviationOfNinetyNineThousandNineHundredNinetyNineEurosNinetyNineIsGreenWhateverTheShare() {
        assertThat(DEVIATION_JUST_UNDER_HUNDRED_THOUSAND_AT_TWENTY_PERCENT.deviation()).isEqualByComparingTo("99999.99");

        verifyThat("Money green under 100,000 euros deviation")
                .given(DEVIATION_JUST_UNDER_HUNDRED_THOUSAND_AT_TWENTY_PERCENT)
                .produces(colour(Aspect.MONEY, Colour.GREEN));
    }

    @Test
    @Covers("Money orange from 5 % to 10 % deviation")
    void deviationOfExactlyFivePercentAndHundredThousandIsOrange() {
        assertThat(DEVIATION_EXACTLY_FIVE_PERCENT.deviationShare()).isEqualByComparingTo("0.05");
        assertThat(DEVIATION_EXACTLY_FIVE_PERCENT.deviation()).isEqualByComparingTo("100000");

        verifyThat("Money orange from 5 % to 10 % deviation")
                .given(DEVIATION_EXACTLY_FIVE_PERCENT)
                .produces(colour(Aspect.MONEY, Colour.ORANGE).because("money.band"));
    }

    @Test
    @Covers("Money orange from 5 % to 10 % deviation")
    void deviationOfExactlyTenPercentIsOrange() {
        assertThat(DEVIATION_EXACTLY_TEN_PERCENT.deviationShare()).isEqualByComparingTo("0.10");

        verifyThat("Money orange from 5 % to 10 % deviation")
                .given(DEVIATION_EXACTLY_TEN_PERCENT)
                .produces(colour(Aspect.MONEY, Colour.ORANGE));
    }

    @Test
    @Covers("Money red above 10 % deviation")
    void deviationJustAboveTenPercentIsRed() {
        assertThat(DEVIATION_JUST_ABOVE_TEN_PERCENT.deviationShare()).isGreaterThan(new BigDecimal("0.10"));

        verifyThat("Money red above 10 % deviation")
                .given(DEVIATION_JUST_ABOVE_TEN_PERCENT)
                .produces(colour(Aspect.MONEY, Colour.RED).because("money.band"));
    }

    @Test
    @Covers("Money red above 10 % deviation")
    void deviationOfExactlyHundredThousandEurosIsNotGreenByTheEuroFloor() {
        verifyThat("Money red above 10 % deviation")
                .given(DEVIATION_EXACTLY_HUNDRED_THOUSAND_AT_TWENTY_PERCENT)
                .produces(colour(Aspect.MONEY, Colour.RED));
    }

    @Test
    @Covers("Money red when spending 100,000 euros or more without a budget")
    void spendingHundredThousandWithNothingBudgetedIsRed() {
        assertThat(SPENT_HUNDRED_THOUSAND_WITH_NOTHING_BUDGETED.deviationShare()).isNull();

        verifyThat("Money red when spending 100,000 euros or more without a budget")
                .given(SPENT_HUNDRED_THOUSAND_WITH_NOTHING_BUDGETED)
                .produces(colour(Aspect.MONEY, Colour.RED));
    }

    // ---- issue 12: the money colour on the basis the analyst chose (geldkleur-grondslag.drl.xlsx)

    /** The facts the rules insert of {@code type}, with the rule that inserted each, after firing {@code facts}. */
    private static java.util.List<String> derived(Class<?> type, java.util.List<Object> inserted, Object... facts) {
        org.kie.api.runtime.KieSession session = RuleVerifier.newSession(HALFWAY);
        try {
            java.util.List<String> insertedBy = new java.util.ArrayList<>();
            session.addEventListener(new org.kie.api.event.rule.DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent event) {
                    if (type.isInstance(event.getObject()) && event.getRule() != null) {
                        insertedBy.add(event.getRule().getName());
                        inserted.add(event.getObject());
                    }
                }
            });
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
            return insertedBy;
        } finally {
            session.dispose();
        }
    }

    @Test
    @Covers("The money colour is judged on the chosen basis")
    void theShippedMoneyColourIsJudgedOnTheLasten() {
        java.util.List<Object> choices = new java.util.ArrayList<>();

        assertThat(derived(nl.koers.model.MoneyBasisChoice.class, choices))
                .containsExactly("The money colour is judged on the chosen basis");
        assertThat(choices).containsExactly(new nl.koers.model.MoneyBasisChoice(nl.koers.model.MoneyBasis.LASTEN));
    }

    @Test
    @Covers("Money colour figures of the colour line on the chosen basis")
    void theColourLineGetsItsFiguresOnTheChosenBasisAndNoOtherLine() {
        Saldo exploitatie = Saldo.of(new nl.koers.model.Jaarschijf(2018, new BigDecimal("1080000"),
                new BigDecimal("1000000"), null, false, false, false, null, null,
                new nl.koers.model.Baten(new BigDecimal("80000"), new BigDecimal("0")), null, null, null), null,
                nl.koers.model.DocumentKind.JAARVERSLAG, true);
        Saldo investering = Saldo.of(slice("1000000", "900000", null, false, false), null, null, false);
        java.util.List<Object> figures = new java.util.ArrayList<>();

        assertThat(derived(nl.koers.model.MoneyDeviation.class, figures, peildatum(HALFWAY), exploitatie, investering))
                .containsExactly("Money colour figures of the colour line on the chosen basis");
        nl.koers.model.MoneyDeviation only = (nl.koers.model.MoneyDeviation) figures.get(0);
        assertThat(only.basis()).isEqualTo(nl.koers.model.MoneyBasis.LASTEN);
        assertThat(only.deviation()).isEqualByComparingTo("80000");
        assertThat(only.budgeted()).isEqualByComparingTo("1080000");
        // on the saldo the same figures are 1.000.000 budgeted against 1.000.000 realised
        assertThat(nl.koers.model.MoneyDeviation.of(exploitatie, nl.koers.model.MoneyBasis.SALDO).deviation())
                .isEqualByComparingTo("0");
    }
}
