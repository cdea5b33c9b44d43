package nl.koers.evaluator.ruleset.internal.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSource;
import nl.koers.evaluator.ruleset.RuleSetValidator;
import nl.koers.evaluator.ruleset.ShippedRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes an analyst makes that Drools reports badly or not at all: each is one problem at the analyst's own
 * file and line, never a generated class, never a stack trace.
 */
class RuleCompilerProblemsTest {

    @TempDir
    Path dir;

    private Path rules;

    @BeforeEach
    void shippedCopy() {
        rules = dir.resolve("rules");
        ShippedRules.copyTo(rules);
    }

    private List<RuleProblem> validate(String drl) throws IOException {
        Files.writeString(rules.resolve("extra.drl"), drl, StandardCharsets.UTF_8);
        return RuleSetValidator.validate(RuleSource.folder(rules)).stream().filter(RuleProblem::isError).toList();
    }

    @Test
    void aJavaTypeErrorInAnActionIsReportedAtItsDrlLine() throws IOException {
        List<RuleProblem> errors = validate("""
                package nl.koers.rules;
                import nl.koers.model.Peildatum;

                rule "Typefout"
                when
                    $d : Peildatum( )
                then
                    int x = "tekst";
                    insert(x);
                end
                """);

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("extra.drl");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.rule()).isEqualTo("Typefout");
            assertThat(p.message()).contains("cannot convert from String to int").doesNotContain("Lambda");
        });
    }

    @Test
    void aNumberComparedWithATextIsAProblemAtItsLine() throws IOException {
        List<RuleProblem> errors = validate("""
                package nl.koers.rules;
                import nl.koers.model.Saldo;

                rule "Jaar als tekst"
                when
                    $s : Saldo( year > "twintig" )
                then
                    insert("x");
                end
                """);

        assertThat(errors).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("extra.drl"))
                .anySatisfy(p -> assertThat(p.line()).isEqualTo(6));
    }

    @Test
    void aDateComparedWithATextIsAProblemAtItsLineNotAStackTrace() throws IOException {
        List<RuleProblem> errors = validate("""
                package nl.koers.rules;
                import nl.koers.model.TargetProgress;

                rule "Datum als tekst"
                when
                    $t : TargetProgress( due > "morgen" )
                then
                    insert("x");
                end
                """);

        assertThat(errors).isNotEmpty().anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("extra.drl");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("'morgen'");
        });
    }
}
