package nl.koers.evaluator;

import static nl.koers.evaluator.DatedRuleFolders.BEFORE_2018;
import static nl.koers.evaluator.DatedRuleFolders.FROM_2018;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.koers.evaluator.ruleset.RuleSetValidator;
import nl.koers.format.PortfolioReader;
import nl.koers.model.ChangeType;
import nl.koers.model.Portfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules with validity dates (geldig vanaf / geldig tot): an evaluation uses the rules in force at its peildatum and
 * names them. The seed, Overijssel's jaarverslag 2018, withdraws € 109.000 from the reserve: under the spelregels in
 * force at 2017-12-31 Provinciale Staten decide it, under those in force at 2018-06-30 Gedeputeerde Staten.
 */
class DatedRulesTest {

    private static final Portfolio SEED = PortfolioReader.readDefault();
    private static final LocalDate END_2017 = LocalDate.of(2017, 12, 31);
    private static final LocalDate MID_2018 = LocalDate.of(2018, 6, 30);
    private static final DatedRule BEFORE = new DatedRule(BEFORE_2018, null, LocalDate.of(2018, 1, 1));
    private static final DatedRule FROM = new DatedRule(FROM_2018, LocalDate.of(2018, 1, 1), null);

    @TempDir
    Path dir;

    @Test
    void aCsvTableWithIsoDatesPicksTheRowInForceAtThePeildatum() {
        Evaluator evaluator = Evaluator.create(RuleSource.folder(DatedRuleFolders.withMandateCsv(dir.resolve("csv"),
                DatedRuleFolders.mandateCsv(DatedRuleFolders.overijssel(), true))));

        assertTheRulesInForceDecide(evaluator);
    }

    @Test
    void anXlsxTableWithAnExcelDateAndAnIsoTextPicksTheRowInForceAtThePeildatum() {
        Path folder = DatedRuleFolders.withMandateXlsx(dir.resolve("xlsx"));
        // no problem at all: the row before 2018 is tried on the sample portfolios at 2017-12-31, so it is not a rule
        // that never fires
        assertThat(RuleSetValidator.validate(RuleSource.folder(folder))).isEmpty();

        assertTheRulesInForceDecide(Evaluator.create(RuleSource.folder(folder)));
    }

    private static void assertTheRulesInForceDecide(Evaluator evaluator) {
        Evaluation end2017 = evaluator.evaluate(SEED, END_2017);
        Evaluation mid2018 = evaluator.evaluate(SEED, MID_2018);

        assertThat(end2017.budgetChange().finding().type()).isEqualTo(ChangeType.PS);
        assertThat(end2017.budgetChange().rule()).isEqualTo(
                "Unspent reserve money above the GS mandate needs a PS-begrotingswijziging");
        assertThat(end2017.datedRules()).containsExactly(BEFORE);
        assertThat(mid2018.budgetChange().finding().type()).isEqualTo(ChangeType.GS);
        assertThat(mid2018.datedRules()).containsExactly(FROM);
    }

    @Test
    void aDrlRuleIsInForceFromItsDateEffectiveUntilTheDayBeforeItsDateExpires() {
        Path folder = RuleFolders.shippedCopy(dir.resolve("drl"));
        RuleFolders.write(folder.resolve("geldig.drl"), """
                package nl.koers.rules;

                import nl.koers.model.Peildatum;

                // Only in 2018: a rule that decides nothing, to show when it is in force.
                rule "Only in 2018"
                    date-effective "2018-01-01"
                    date-expires "2019-01-01"
                when
                    Peildatum( )
                then
                end
                """);
        Evaluator evaluator = Evaluator.create(RuleSource.folder(folder));
        DatedRule only2018 = new DatedRule("Only in 2018", LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1));

        assertThat(evaluator.evaluate(SEED, END_2017).datedRules()).isEmpty();
        assertThat(evaluator.evaluate(SEED, LocalDate.of(2018, 1, 1)).datedRules()).containsExactly(only2018);
        assertThat(evaluator.evaluate(SEED, LocalDate.of(2018, 12, 31)).datedRules()).containsExactly(only2018);
        assertThat(evaluator.evaluate(SEED, LocalDate.of(2019, 1, 1)).datedRules()).isEmpty();
    }

    @Test
    void aValidityDateThatIsNoDateIsReportedAtItsLine() {
        Path folder = RuleFolders.shippedCopy(dir.resolve("bad"));
        RuleFolders.write(folder.resolve("geldig.drl"), """
                package nl.koers.rules;

                import nl.koers.model.Peildatum;

                rule "Vanaf een datum die er niet is"
                    date-effective "31-02-2018"
                when
                    Peildatum( )
                then
                end

                rule "Verlopen voor het begint"
                    date-effective "2019-01-01"
                    date-expires "2018-01-01"
                when
                    Peildatum( )
                then
                end
                """);

        List<RuleProblem> errors = RuleSetValidator.validate(RuleSource.folder(folder)).stream()
                .filter(RuleProblem::isError).toList();

        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).satisfies(p -> {
            assertThat(p.file()).isEqualTo("geldig.drl");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.code()).isEqualTo(RuleProblem.Code.BAD_DATE);
            assertThat(p.rule()).isEqualTo("Vanaf een datum die er niet is");
            assertThat(p.message()).isEqualTo("'31-02-2018' after date-effective is not a date; write it as 2018-01-01"
                    + " (year-month-day)");
        });
        assertThat(errors.get(1)).satisfies(p -> {
            assertThat(p.line()).isEqualTo(14);
            assertThat(p.rule()).isEqualTo("Verlopen voor het begint");
            assertThat(p.message()).startsWith("rule 'Verlopen voor het begint' expires on 2018-01-01, before it takes"
                    + " effect (2019-01-01)").endsWith("Maybe the dates are swapped?");
        });
        assertThatThrownBy(() -> Evaluator.create(RuleSource.folder(folder))).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("geldig.drl:6");
    }

    @Test
    void theShippedRulesNameOnlyTheirDatedRulesInForce() {
        Evaluation seed = Evaluator.create(RuleSource.builtIn()).evaluate(SEED);

        assertThat(seed.datedRules()).allSatisfy(r -> assertThat(r.inForceAt(seed.peildatum())).isTrue());
    }
}
