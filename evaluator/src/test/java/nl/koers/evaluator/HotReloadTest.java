package nl.koers.evaluator;

import static nl.koers.evaluator.RuleFolders.RED_FROM_8;
import static nl.koers.evaluator.RuleFolders.money;
import static nl.koers.evaluator.RuleFolders.verdicts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Colour;
import nl.koers.model.Portfolio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reloading swaps the whole rule set or nothing: a valid set serves every evaluation after it, a broken one is
 * refused at its file and line while the old one keeps serving. That no evaluation running meanwhile mixes two
 * sets is {@link ConcurrentEvaluationTest}'s.
 */
class HotReloadTest {

    private static final Portfolio DEFAULT = PortfolioReader.readDefault();
    /** Orange under the shipped rules, red when money is red from 8 %. */
    private static final Portfolio NINE = money("2000000", "1820000");
    private static final Portfolio SEVEN = money("2000000", "1860000");
    private static final Portfolio TWELVE = money("2000000", "1760000");
    private static final List<Portfolio> PORTFOLIOS = List.of(DEFAULT, NINE, SEVEN, TWELVE);

    @TempDir
    static Path dir;

    /** See {@link RuleFolders#redFrom8}. */
    private static Path redFrom8;
    private static Path syntaxError;
    private static Path gap;
    private static Path exit;

    @BeforeAll
    static void writeTheFolders() {
        redFrom8 = RuleFolders.redFrom8(dir.resolve("rood-vanaf-8"));

        syntaxError = RuleFolders.shippedCopy(dir.resolve("syntaxfout"));
        RuleFolders.replace(syntaxError.resolve("targets.drl"), "TargetProgress( measured == false )",
                "TargetProgress( measured === false )");   // line 19

        gap = RuleFolders.shippedCopy(dir.resolve("gat"));
        RuleFolders.setCell(gap.resolve("geldkleur.drl.xlsx"), "J14", 0.08);   // orange to 8 %, red still above 10 %

        exit = RuleFolders.shippedCopy(dir.resolve("exit"));
        RuleFolders.replace(exit.resolve("colours.drl"),
                "insert(new ColourScore(Aspect.CONTENT, Colour.GREEN, Reason.of(\"content.green\")));",
                "System.exit(3);");   // line 49
    }

    @Test
    void aValidChangedRuleSetServesEveryEvaluationAfterIt() {
        Evaluator evaluator = Evaluator.create(RuleSource.builtIn());
        String shipped = evaluator.ruleSet();
        assertThat(evaluator.evaluate(NINE).money().finding().colour()).isEqualTo(Colour.ORANGE);

        Reload reload = evaluator.reload(RuleSource.folder(redFrom8));

        assertThat(reload.accepted()).as(reload.problems().toString()).isTrue();
        assertThat(reload.problems()).noneMatch(RuleProblem::isError);
        assertThat(reload.ruleSet()).startsWith("folder " + redFrom8 + " (").isNotEqualTo(shipped)
                .isEqualTo(evaluator.ruleSet());
        Evaluation nine = evaluator.evaluate(NINE);
        assertThat(nine.ruleSet()).isEqualTo(reload.ruleSet());
        assertThat(nine.money().finding().colour()).isEqualTo(Colour.RED);
        assertThat(nine.money().rule()).isEqualTo(RED_FROM_8);
        assertThat(nine.ruleLocation(nine.money())).hasValue("geldkleur.drl.xlsx row 15");
        assertThat(nine.explain(nine.money().finding(), Language.DUTCH)).endsWith("(9%); rood vanaf 8 %.");
        assertThat(evaluator.evaluate(SEVEN).money().finding().colour()).isEqualTo(Colour.ORANGE);
        assertThat(evaluator.evaluate(TWELVE).money().finding().colour()).isEqualTo(Colour.RED);
    }

    static Stream<Arguments> brokenFolders() {
        return Stream.of(
                Arguments.of("a syntax error", "syntaxfout", "targets.drl", 19, "no viable alternative at input '='"),
                Arguments.of("a gap in a table", "gat", "geldkleur.drl.xlsx", 7,
                        "no row decides deviation 100000 and share 9 %; the nearest rows are 14 ("),
                Arguments.of("a System.exit", "exit", "colours.drl", 49, "uses System.exit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFolders")
    void aBrokenRuleSetIsRefusedAndTheOldOneKeepsServing(String what, String folder, String file, int line,
                                                          String phrase) {
        Evaluator evaluator = Evaluator.create(RuleSource.builtIn());
        String before = evaluator.ruleSet();
        List<List<String>> served = PORTFOLIOS.stream().map(p -> verdicts(evaluator.evaluate(p))).toList();

        Reload reload = evaluator.reload(RuleSource.folder(dir.resolve(folder)));

        assertThat(reload.accepted()).as(what).isFalse();
        assertThat(reload.ruleSet()).isEqualTo(before);
        assertThat(reload.problems()).as(what).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains(phrase);
        });
        assertThat(evaluator.ruleSet()).isEqualTo(before);
        for (int i = 0; i < PORTFOLIOS.size(); i++) {
            Evaluation e = evaluator.evaluate(PORTFOLIOS.get(i));
            assertThat(e.ruleSet()).isEqualTo(before);
            assertThat(verdicts(e)).isEqualTo(served.get(i));
        }
    }

    @Test
    void aVerdictDecidedTwiceOnTheSamplesRefusesTheRuleSetAtTheRuleThatDecidedIt() {
        Path twice = RuleFolders.contentRedTwiceForMkb(dir.resolve("mkb"));
        Evaluator evaluator = Evaluator.create(RuleSource.builtIn());
        String before = evaluator.ruleSet();

        Reload reload = evaluator.reload(RuleSource.folder(twice));

        assertThat(reload.accepted()).isFalse();
        assertThat(reload.problems()).filteredOn(RuleProblem::isError).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(RuleProblem.Code.DECIDED_TWICE);
            assertThat(p.rules()).contains(RuleFolders.MKB);
            assertThat(p.file() + ":" + p.line()).isIn("mkb.drl:6", "colours.drl:17");
        });
        assertThat(evaluator.ruleSet()).isEqualTo(before);
    }

    @Test
    void aRuleSetThatFailsWhileEvaluatingIsRefusedAndTheOldOneKeepsServing() {
        Path broken = RuleFolders.shippedCopy(dir.resolve("een-miljoen"));
        RuleFolders.setCell(broken.resolve("gs-mandaat.drl.xlsx"), "D12", "een miljoen");
        Evaluator evaluator = Evaluator.create(RuleSource.builtIn());
        String before = evaluator.ruleSet();

        Reload reload = evaluator.reload(RuleSource.folder(broken));

        assertThat(reload.accepted()).isFalse();
        assertThat(reload.problems()).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo("gs-mandaat.drl.xlsx");
            assertThat(p.line()).isEqualTo(12);
        });
        assertThat(evaluator.evaluate(DEFAULT).ruleSet()).isEqualTo(before);
    }
}
