package nl.koers.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.koers.evaluator.ruleset.RuleSetValidator;
import nl.koers.model.Colour;
import nl.koers.model.Portfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The money colour on lasten, baten or saldo, per the analyst's table geldkleur-grondslag.drl.xlsx (issue 12,
 * phenomenon 2): the shipped choice is the lasten; a folder that chooses the saldo sees the baten change the colour.
 */
class MoneyBasisTest {

    /**
     * Lasten on budget (€ 1.500.000 both), baten € 200.000 short (€ 500.000 budgeted, € 300.000 received): on the
     * lasten no deviation (green), on the saldo € 1.000.000 budgeted against € 1.200.000 realised, 20 % (red).
     */
    private static final Portfolio BATEN_SHORT = RuleFolders.portfolio("baten-short.yaml", """
            format: koers/v1
            performance: { code: "M.2", title: "Baten", document: jaarverslag, period: { start: 2018-01-01, end: 2018-12-31 } }
            budget:
              slices:
                - { year: 2018, budgeted: 1500000, realised: 1500000, income: { budgeted: 500000, realised: 300000 }, fromReserve: false, continues: false }
            """);

    @TempDir
    Path dir;

    @Test
    void theShippedRulesJudgeTheMoneyColourOnTheLasten() {
        Evaluation shipped = Evaluator.create(RuleSource.builtIn()).evaluate(BATEN_SHORT);

        assertThat(shipped.money().finding().colour()).isEqualTo(Colour.GREEN);
        assertThat(shipped.money().finding().reason().key()).isEqualTo("money.band");
    }

    @Test
    void aFolderThatChoosesTheSaldoSeesTheBatenChangeTheColour() {
        Path folder = RuleFolders.shippedCopy(dir.resolve("saldo"));
        RuleFolders.setCell(folder.resolve("geldkleur-grondslag.drl.xlsx"), "D12", "SALDO");
        // no error; the sample portfolios have no baten, so on the saldo no band row fires on them (warnings)
        assertThat(RuleSetValidator.validate(RuleSource.folder(folder))).noneMatch(RuleProblem::isError);

        Evaluation saldo = Evaluator.create(RuleSource.folder(folder)).evaluate(BATEN_SHORT);

        assertThat(saldo.money().finding().colour()).isEqualTo(Colour.RED);
        assertThat(saldo.money().rule()).isEqualTo("Money red above 10 % deviation");
        assertThat(saldo.money().finding().reason().key()).isEqualTo("money.band.saldo");
    }

    @Test
    void onTheBatenWithoutBudgetedBatenTheMoneyColourIsUndetermined() {
        Path folder = RuleFolders.shippedCopy(dir.resolve("baten"));
        RuleFolders.setCell(folder.resolve("geldkleur-grondslag.drl.xlsx"), "D12", "BATEN");
        Portfolio noBaten = RuleFolders.portfolio("no-baten.yaml", """
                format: koers/v1
                performance: { code: "M.2", title: "Geen baten", period: { start: 2018-01-01, end: 2018-12-31 } }
                budget:
                  slices:
                    - { year: 2018, budgeted: 1000000, realised: 500000, fromReserve: false, continues: false }
                """);

        Evaluation baten = Evaluator.create(RuleSource.folder(folder)).evaluate(noBaten);

        assertThat(baten.money().finding().colour()).isEqualTo(Colour.UNDETERMINED);
        assertThat(baten.money().rule()).isEqualTo("Money undetermined without budgeted and realised");
        assertThat(baten.money().finding().reason().key()).isEqualTo("money.unknown.baten");
    }
}
