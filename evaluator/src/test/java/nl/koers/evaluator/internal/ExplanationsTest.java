package nl.koers.evaluator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.evaluator.Language;
import nl.koers.evaluator.NumberText;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSetException;
import nl.koers.evaluator.ruleset.ShippedRules;
import nl.koers.evaluator.ruleset.internal.load.RuleFile;
import nl.koers.evaluator.ruleset.internal.load.RuleFiles;
import nl.koers.evaluator.ruleset.internal.load.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explanation texts of a rule folder are checked when the set is loaded: a text {@link Explanations#render}
 * cannot fill in, or a file {@link java.util.Properties} cannot read, is a problem at its file, line and column.
 */
class ExplanationsTest {

    private static RuleFile file(String text) {
        return new RuleFile("explanations.properties", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Each bad text on line 2, after a comment; the start of the one problem it gives. */
    static Stream<Arguments> badTexts() {
        return Stream.of(
                Arguments.of("a.b = Behaald {99999999999}", "explanations.properties:2: error: text 'a.b': placeholder "
                        + "{99999999999} names figure 99999999999; a reason has at most 100 figures"),
                Arguments.of("a.b = Behaald {100}", "explanations.properties:2: error: text 'a.b': placeholder {100}"),
                Arguments.of("a.b = {0,foo} over", "explanations.properties:2: error: text 'a.b': placeholder {0,foo} "
                        + "has the unknown style 'foo'"),
                Arguments.of("a.b = {0 open", "explanations.properties:2: error: text 'a.b': '{' at position 1 opens no "
                        + "placeholder"),
                Arguments.of("a.b = {} leeg", "explanations.properties:2: error: text 'a.b': '{}' at position 1 is not a "
                        + "placeholder"),
                Arguments.of("a.b = {-1}", "explanations.properties:2: error: text 'a.b': '{-1}' at position 1 is not a "
                        + "placeholder"),
                Arguments.of("a.b = {0,foo bar}", "explanations.properties:2: error: text 'a.b': '{0,foo bar}' at "
                        + "position 1 is not a placeholder"),
                Arguments.of("a.b = dicht}", "explanations.properties:2: error: text 'a.b': '}' at position 6 closes no "
                        + "placeholder"),
                Arguments.of("a.b = \\u00g1", "explanations.properties:2:7: error: malformed \\u escape"),
                Arguments.of("a.b = kort \\u00", "explanations.properties:2:12: error: malformed \\u escape"),
                Arguments.of("a.\\uXYZW = sleutel", "explanations.properties:2:3: error: malformed \\u escape"),
                Arguments.of("a.b = eerste \\\n    {7,bar}", "explanations.properties:2: error: text 'a.b': placeholder "
                        + "{7,bar} has the unknown style 'bar'"),
                Arguments.of("a.b = eerste \\\n    \\u12", "explanations.properties:3:5: error: malformed \\u escape"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTexts")
    void aTextThatCannotBeFilledInIsOneProblemAtItsLine(String line, String problem) {
        List<RuleProblem> problems = Explanations.check(RuleSets.text(file("# toelichtingen\n" + line + "\nc.d = goed {0,money}\n")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.toString()).startsWith(problem);
        });
    }

    @Test
    void goodTextsCommentsAndEscapesPass() {
        assertThat(Explanations.check(RuleSets.text(file("""
                # a comment with {0 and } and \\uZZ is not a text
                ! neither is this {
                a = {0} tegen minimaal {1} op {2,date}, {3,money}, {4,percent}, {5,year} uit {6,reserve}
                b = MKB'ers \\u00eb \\\\u is een backslash en u \\
                    vervolg {0}
                c\\:d = {0}{1}
                """)))).isEmpty();
    }

    @Test
    void theShippedTextsPass() {
        RuleFiles shipped = RuleFiles.shipped();
        assertThat(shipped.all().stream().filter(f -> f.kind() == RuleFile.Kind.EXPLANATIONS)).hasSize(2)
                .allSatisfy(f -> assertThat(Explanations.check(RuleSets.text(f))).as(f.name()).isEmpty());
    }

    @Test
    void tinyFiguresAreToldApartInExplanations() {
        assertThat(NumberText.text(Language.DUTCH, new BigDecimal("0.0000001"))).isEqualTo("0,0000001");
        assertThat(NumberText.text(Language.ENGLISH, new BigDecimal("0.0000002"))).isEqualTo("0.0000002");
        assertThat(NumberText.text(Language.DUTCH, new BigDecimal("109000"))).isEqualTo("109.000");
        assertThat(NumberText.shown(new BigDecimal("3.14159"))).isEqualByComparingTo("3.14");
        assertThat(NumberText.shown(new BigDecimal("0.000000123"))).isEqualByComparingTo("0.00000012");
    }

    @Test
    void aRuleSetWithABadTextIsRefusedWhenItIsLoaded(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("regels");
        ShippedRules.copyTo(folder);
        Files.writeString(folder.resolve("explanations_en.properties"), "status.achieved = Achieved {0,foo}\n");

        assertThatThrownBy(() -> RuleSets.compile(RuleFiles.folder(folder)))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.ruleProblems()).singleElement()
                        .asString().startsWith("explanations_en.properties:1: error: text 'status.achieved': "
                                + "placeholder {0,foo}"));
    }
}
