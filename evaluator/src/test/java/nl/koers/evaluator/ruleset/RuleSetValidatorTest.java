package nl.koers.evaluator.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import nl.koers.evaluator.RuleFolders;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code koers rules validate} tells an analyst: nothing about the shipped set, a changed threshold as a gap or
 * overlap at its table rows, a verdict two rules decide as an error, and a rule no valid portfolio can fire as a
 * warning, all ordered by file and line. The folder with added rules compiles once, for the class.
 */
class RuleSetValidatorTest {

    private static final String SECOND_OPINION = "Content red when any action is off track";
    private static final String BEFORE_1900 = "Money undetermined for a jaarschijf before 1900";
    private static final String BELOW_A_BILLION = "Quantity target realised below minus a billion is off track";

    /** A second rule for the content colour (line 9), and a rule for a figure no portfolio has (line 18). */
    private static final String EXTRA = """
            package nl.koers.rules;

            import nl.koers.model.*;

            // A second opinion on the content colour, which colours.drl decides already.
            // Written by an analyst who did not look there first.

            // Off track anywhere is red.
            rule "Content red when any action is off track"
                salience 100
            when
                exists ActionAssessment( status == Status.OFF_TRACK )
            then
                insert(new ColourScore(Aspect.CONTENT, Colour.RED, Reason.of("content.red", "?")));
            end

            // Nobody realises less than minus a billion.
            rule "Quantity target realised below minus a billion is off track"
                salience 300
            when
                $p : TargetProgress( kind == TargetKind.QUANTITY, measured, realised != null, realised < -1000000000B )
            then
                insert(new TargetAssessment($p.actionId(), $p.targetId(), Status.OFF_TRACK, Reason.of("quantity.met")));
            end
            """;

    /** A rule for a jaarschijf a valid portfolio cannot have (line 6). */
    private static final String OLD = """
            package nl.koers.rules;

            import nl.koers.model.*;

            // Jaarschijven from before 1900 are not in any valid portfolio.
            rule "Money undetermined for a jaarschijf before 1900"
                salience 100
            when
                $s : Saldo( year < 1900 )
            then
                insert(new ColourScore(Aspect.MONEY, Colour.UNDETERMINED, Reason.of("money.unknown", $s.year())));
            end
            """;

    private static final String CONTENT_RED = "Content red when an action is off track";

    @TempDir
    static Path dir;

    private static Path added;
    private static List<RuleProblem> addedProblems;

    @BeforeAll
    static void validateTheAddedRules() {
        added = RuleFolders.shippedCopy(dir.resolve("toegevoegd"));
        RuleFolders.write(added.resolve("extra.drl"), EXTRA);
        RuleFolders.write(added.resolve("oud.drl"), OLD);
        addedProblems = RuleSetValidator.validate(RuleSource.folder(added));
    }

    @Test
    void theShippedRuleSetHasNoProblems() {
        assertThat(RuleSetValidator.validate(RuleSource.builtIn())).isEmpty();
    }

    @ParameterizedTest(name = "{0} = 0.08")
    @CsvSource(delimiter = '|', value = {
            "J14 | 7  | no row decides deviation 100000 and share 9 %; the nearest rows are 14 ('Money orange from 5 % to 10 % deviation') and 15 ('Money red above 10 % deviation')",
            "H15 | 15 | rows 14 and 15 overlap: both decide deviation 100000 and share 9 %"})
    void oneOfTheTwoMoneyThresholdsChangedIsAnErrorNamingBothRows(String cell, int line, String phrase) {
        Path changed = RuleFolders.shippedCopy(dir.resolve("geld-" + cell));
        RuleFolders.setCell(changed.resolve("geldkleur.drl.xlsx"), cell, 0.08);

        List<RuleProblem> problems = RuleSetValidator.validate(RuleSource.folder(changed));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo("geldkleur.drl.xlsx");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains(phrase);
        });
    }

    @Test
    void aVerdictDecidedTwiceIsAnErrorNamingBothRules() {
        assertThat(addedProblems.stream().filter(RuleProblem::isError)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(RuleProblem.Code.DECIDED_TWICE);
            assertThat(p.rules()).containsExactlyInAnyOrder(SECOND_OPINION, CONTENT_RED);
            assertThat(p.message()).startsWith("the content colour was decided by more than one rule: ")
                    .contains("'" + SECOND_OPINION + "'", "'Content red when an action is off track'");
            assertThat(p.toString()).satisfiesAnyOf(
                    s -> assertThat(s).startsWith("extra.drl:9: error: "),
                    s -> assertThat(s).startsWith("colours.drl:17: error: "));
        });
    }

    @Test
    void aVerdictDecidedTwiceByARuleWithAnApostropheInItsNameIsAtThatRule() {
        Path mkb = RuleFolders.contentRedTwiceForMkb(dir.resolve("mkb"));

        List<RuleProblem> problems = RuleSetValidator.validate(RuleSource.folder(mkb));

        assertThat(problems).filteredOn(RuleProblem::isError).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(RuleProblem.Code.DECIDED_TWICE);
            assertThat(p.rules()).containsExactlyInAnyOrder(RuleFolders.MKB, CONTENT_RED);
            assertThat(p.message()).contains("'" + RuleFolders.MKB + "' at mkb.drl:6", "'" + CONTENT_RED + "' at colours.drl:17");
            assertThat(p.toString()).satisfiesAnyOf(
                    s -> assertThat(s).startsWith("mkb.drl:6: error: ").endsWith(" (rule '" + RuleFolders.MKB + "')"),
                    s -> assertThat(s).startsWith("colours.drl:17: error: ").endsWith(" (rule '" + CONTENT_RED + "')"));
        });
    }

    @Test
    void aVerdictDecidedTwiceNamesTheFilesOfBothRules() {
        assertThat(addedProblems.stream().filter(RuleProblem::isError).map(RuleProblem::toString).toList())
                .anySatisfy(s -> assertThat(s).contains("extra.drl:9"))
                .anySatisfy(s -> assertThat(s).contains("colours.drl:17"));
    }

    @Test
    void aRuleThatCanNeverFireIsAWarningAtItsLine() {
        assertThat(addedProblems).filteredOn(p -> BEFORE_1900.equals(p.rule())).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(RuleProblem.Severity.WARNING);
            assertThat(p.code()).isEqualTo(RuleProblem.Code.NEVER_FIRED);
            assertThat(p.file()).isEqualTo("oud.drl");
            assertThat(p.line()).isEqualTo(6);
            assertThat(RuleFolders.line(added.resolve("oud.drl"), 6)).contains("rule \"" + BEFORE_1900 + "\"");
            assertThat(p.message()).contains("never fired on any of the", "sample portfolios");
        });
        assertThat(addedProblems).filteredOn(p -> BELOW_A_BILLION.equals(p.rule())).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(RuleProblem.Severity.WARNING);
            assertThat(p.toString()).startsWith("extra.drl:18: warning: ");
        });
    }

    @Test
    void problemsAreOrderedByFileAndLine() {
        // unsorted, the warnings would come after the error and in the order of their rule names: oud.drl before extra.drl
        assertThat(addedProblems).hasSize(3)
                .isSortedAccordingTo(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        assertThat(addedProblems).extracting(RuleProblem::file).containsSubsequence("extra.drl", "oud.drl")
                .last().isEqualTo("oud.drl");
    }

    @Test
    void aRuleThatFailsOnTheSamplesIsAnErrorAtItsRow() {
        Path broken = RuleFolders.shippedCopy(dir.resolve("een-miljoen"));
        RuleFolders.setCell(broken.resolve("gs-mandaat.drl.xlsx"), "D12", "een miljoen");

        List<RuleProblem> problems = RuleSetValidator.validate(RuleSource.folder(broken));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo("gs-mandaat.drl.xlsx");
            assertThat(p.line()).isEqualTo(12);
        });
    }
}
