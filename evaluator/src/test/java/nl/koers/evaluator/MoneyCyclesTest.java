package nl.koers.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.koers.format.PortfolioReader;
import nl.koers.model.BudgetChange;
import nl.koers.model.BudgetPart;
import nl.koers.model.ChangeType;
import nl.koers.model.Colour;
import nl.koers.model.Decider;
import org.junit.jupiter.api.Test;

/** Money in real cycles (issue 12), evaluated with the shipped rules: what the scenarios cannot say. */
class MoneyCyclesTest {

    private static final Evaluator EVALUATOR = Evaluator.create(RuleSource.builtIn());

    private static Evaluation evaluate(String performance, String budget) {
        String yaml = "format: koers/v1\nperformance: " + performance + "\nbudget:\n" + budget;
        return EVALUATOR.evaluate(PortfolioReader.read("money.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String JV2018 = "{ code: \"M\", title: \"Geld\", reserve: \"Reserve X\", document: jaarverslag,"
            + " period: { start: 2018-01-01, end: 2018-12-31 } }";

    @Test
    void aForecastIsCalledAPrognoseNotRealised() {
        Evaluation e = evaluate("{ code: \"M\", title: \"Geld\", document: monitor, period: { start: 2018-01-01,"
                + " end: 2018-12-31 }, asOf: 2018-06-30 }",
                "  slices:\n    - { year: 2018, budgeted: 1000000, realised: 1500000, forecast: true }\n");
        assertThat(e.money().finding().colour()).isEqualTo(Colour.RED);
        String nl = e.explain(e.money().finding(), Language.DUTCH);
        assertThat(nl).contains("prognose").doesNotContain("gerealiseerd");
        assertThat(e.explain(e.money().finding(), Language.ENGLISH)).contains("forecast").doesNotContain("realised");
        BudgetChange change = e.budgetChange().finding();
        // a monitor is written during the year: the overspend raises the current year
        assertThat(change.year()).isEqualTo(2018);
        assertThat(e.explain(change, Language.DUTCH)).startsWith("Prognose").contains("lopende jaar");
    }

    @Test
    void notStatedIsNeverExplainedAsWorkThatEnded() {
        Evaluation e = evaluate(JV2018, "  slices:\n    - { year: 2018, budgeted: 1000000, realised: 891000,"
                + " fromReserve: true }\n");
        BudgetChange change = e.budgetChange().finding();
        assertThat(change.type()).isEqualTo(ChangeType.UNDETERMINED);
        assertThat(change.decider()).isNull();
        String nl = e.explain(change, Language.DUTCH);
        assertThat(nl).contains("of het werk doorloopt staat niet in de rapportage").doesNotContain("valt vrij");
    }

    @Test
    void eachLineGetsItsOwnChangeAndTheColourComesFromTheExploitatie() {
        Evaluation e = evaluate(JV2018, """
                  slices:
                    - { year: 2018, line: investering, budgeted: 10000000, realised: 1000000, fromReserve: false, continues: true }
                    - { year: 2018, budgeted: 1000000, realised: 1000000 }
                """);
        assertThat(e.budgetChanges()).extracting(d -> d.finding().line()).containsExactly("investering", "exploitatie");
        assertThat(e.money().finding().colour()).isEqualTo(Colour.GREEN);
        assertThat(e.budgetChange().finding().type()).isEqualTo(ChangeType.RESULT_ALLOCATION);
    }

    @Test
    void aRecordedChangeThatDiffersIsADisagreementAndOneThatAgreesIsNot() {
        String slice = "  slices:\n    - { year: 2018, budgeted: 1000000, realised: 891000, fromReserve: true, continues: true }\n";
        Evaluation differs = evaluate(JV2018, slice + "  changes:\n    - { type: gs, decider: ps, amount: 109000 }\n");
        assertThat(differs.disagreements()).hasSize(1);
        assertThat(differs.disagreements().get(0).finding().subject()).isEqualTo("budget exploitatie");
        assertThat(differs.disagreements().get(0).finding().computed()).isEqualTo("gs gs 109000");
        assertThat(differs.disagreements().get(0).finding().reported()).isEqualTo("gs ps 109000");
        Evaluation agrees = evaluate(JV2018, slice + "  changes:\n    - { type: gs, amount: 109000 }\n");
        assertThat(agrees.disagreements()).isEmpty();
    }

    @Test
    void phasingSplitsWhatIsLeftOverTheYearsWithoutAnAmount() {
        Evaluation e = evaluate(JV2018, "  slices:\n    - { year: 2018, unspent: 900000, fromReserve: true, continues: true,"
                + " continuesInto: [ { year: 2019, amount: 300000 }, { year: 2020 }, { year: 2021 } ] }\n");
        BudgetChange change = e.budgetChange().finding();
        assertThat(change.type()).isEqualTo(ChangeType.GS);
        assertThat(change.decider()).isEqualTo(Decider.GS);
        assertThat(change.parts()).containsExactly(new BudgetPart(2019, new BigDecimal("300000")),
                new BudgetPart(2020, new BigDecimal("300000")), new BudgetPart(2021, new BigDecimal("300000")));
        assertThat(e.explain(change, Language.DUTCH)).contains("2020: 300000");
    }

    @Test
    void aShiftBetweenPrestatiesIsOneBudgetNeutralPsChange() {
        Evaluation e = evaluate(JV2018, """
                  slices:
                    - { year: 2018, budgeted: 1000000, realised: 1000000 }
                  reallocations:
                    - { from: "4.6.10", amount: 2400000 }
                    - { to: "4.5.1", amount: 550000 }
                """);
        List<BudgetChange> changes = e.budgetChanges().stream().map(Decision::finding).toList();
        assertThat(changes).hasSize(2);
        BudgetChange shift = changes.stream().filter(c -> !c.reallocations().isEmpty()).findFirst().orElseThrow();
        assertThat(shift.type()).isEqualTo(ChangeType.PS);
        assertThat(shift.amount()).isEqualByComparingTo("2400000");
        assertThat(shift.year()).isEqualTo(2019);
    }

    @Test
    void proMemorieIsUnknownAndSaidSo() {
        Evaluation e = evaluate(JV2018, "  slices:\n    - { year: 2018, budgeted: p.m., realised: 50000 }\n");
        assertThat(e.money().finding().colour()).isEqualTo(Colour.UNDETERMINED);
        assertThat(e.explain(e.money().finding(), Language.DUTCH)).contains("p.m.");
    }
}
