package nl.koers.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import nl.koers.cli.archfixture.CliUsingEvaluatorInternals;
import nl.koers.evaluator.archfixture.EvaluatorRendering;
import nl.koers.evaluator.internal.ArchFixtureEngineUsingRuleSets;
import nl.koers.format.archfixture.FormatEvaluating;
import nl.koers.model.archfixture.ModelLoggingThroughLogback;
import nl.koers.model.archfixture.ModelReadingPortfolios;
import nl.koers.report.archfixture.ReportReadingWorkbooks;
import nl.koers.report.archfixture.ReportRunningCommands;
import nl.koers.rules.archfixture.RulesReadingPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each {@link Layout} rule fails on a test class that breaks it, so that LayoutTest passing means something. */
class LayoutRulesTest {

    /** A rule, a class that breaks it, and the class it wrongly uses. */
    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of(Layout.MODEL_USES_NO_OTHER_MODULE, ModelReadingPortfolios.class,
                        "nl.koers.format.PortfolioException"),
                Arguments.of(Layout.RULES_USE_ONLY_MODEL, RulesReadingPortfolios.class,
                        "nl.koers.format.PortfolioException"),
                Arguments.of(Layout.FORMAT_USES_ONLY_MODEL, FormatEvaluating.class, "nl.koers.evaluator.Evaluator"),
                Arguments.of(Layout.EVALUATOR_USES_ONLY_RULES_FORMAT_AND_MODEL, EvaluatorRendering.class,
                        "nl.koers.report.DiffRenderer"),
                Arguments.of(Layout.REPORT_USES_NEITHER_CLI_NOR_RULES, ReportRunningCommands.class, "nl.koers.cli.Main"),
                Arguments.of(Layout.NO_MODULE_USES_ANOTHER_MODULES_INTERNALS, CliUsingEvaluatorInternals.class,
                        "nl.koers.evaluator.internal.RuleBase"),
                Arguments.of(Layout.ENGINE_USES_RULE_SET_TOOLING_ONLY_IN_EVALUATOR, ArchFixtureEngineUsingRuleSets.class,
                        "nl.koers.evaluator.ruleset.RuleSetValidator"),
                Arguments.of(Layout.LIBRARIES_LOG_THROUGH_SLF4J_AND_HAVE_NO_COMMAND_LINE,
                        ModelLoggingThroughLogback.class, "ch.qos.logback.classic.Logger"),
                Arguments.of(Layout.ONLY_RULE_SET_TOOLING_READS_WORKBOOKS, ReportReadingWorkbooks.class,
                        "org.apache.poi.ss.usermodel.Workbook"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("violations")
    void ruleFailsOnAClassThatBreaksIt(ArchRule rule, Class<?> fixture, String wronglyUsed) {
        JavaClasses fixtureOnly = new ClassFileImporter().importClasses(fixture);

        assertThatThrownBy(() -> rule.check(fixtureOnly))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(fixture.getName())
                .hasMessageContaining(wronglyUsed);
    }

    @Test
    void everyRuleIsShownFailing() throws IllegalAccessException {
        Object[] shown = violations().map(arguments -> arguments.get()[0]).toArray();
        Object[] rules = layoutRules();

        assertThat(shown).containsExactlyInAnyOrder(rules);
    }

    private static Object[] layoutRules() throws IllegalAccessException {
        Field[] fields = Arrays.stream(Layout.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && ArchRule.class.isAssignableFrom(field.getType()))
                .toArray(Field[]::new);
        Object[] rules = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            rules[i] = fields[i].get(null);
        }
        return rules;
    }
}
