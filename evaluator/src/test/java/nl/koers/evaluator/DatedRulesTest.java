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
import nl.koers.model.Decider;
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
    /** The shipped begrotingswijziging.drl.xlsx's two dated rows (Geldig vanaf / Geldig tot, 1-Jan-2018). */
    private static final DatedRule SHIPPED_BEFORE = new DatedRule(
            "Before 2018 PS decide reserve withdrawals for continuing work in the jaarverslag", null,
            LocalDate.of(2018, 1, 1));
    private static final DatedRule SHIPPED_FROM = new DatedRule(
            "From 2018 GS decide reserve withdrawals for continuing work in the jaarverslag", LocalDate.of(2018, 1, 1),
            null);

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
        // the row before 2018 is tried on the sample portfolios at 2017-12-31, so it is not a rule that never fires;
        // only the shipped jaarverslag row before 2018 cannot fire in this folder, rightly: it needs money within the
        // GS mandate, and this folder's mandate before 2018 is 0
        assertThat(RuleSetValidator.validate(RuleSource.folder(folder))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(RuleProblem.Code.NEVER_FIRED);
            assertThat(p.rules()).containsExactly(SHIPPED_BEFORE.rule());
        });

        assertTheRulesInForceDecide(Evaluator.create(RuleSource.folder(folder)));
    }

    private static void assertTheRulesInForceDecide(Evaluator evaluator) {
        Evaluation end2017 = evaluator.evaluate(SEED, END_2017);
        Evaluation mid2018 = evaluator.evaluate(SEED, MID_2018);

        assertThat(end2017.budgetChange().finding().type()).isEqualTo(ChangeType.PS);
        assertThat(end2017.budgetChange().rule()).isEqualTo(
                "Unspent reserve money above the GS mandate needs a PS-begrotingswijziging");
        // sorted by name, with the shipped dated rows of begrotingswijziging.drl.xlsx
        assertThat(end2017.datedRules()).containsExactly(SHIPPED_BEFORE, BEFORE);
        assertThat(mid2018.budgetChange().finding().type()).isEqualTo(ChangeType.GS);
        assertThat(mid2018.datedRules()).containsExactly(SHIPPED_FROM, FROM);
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

        // beside the shipped dated rows of begrotingswijziging.drl.xlsx, sorted by name
        assertThat(evaluator.evaluate(SEED, END_2017).datedRules()).containsExactly(SHIPPED_BEFORE);
        assertThat(evaluator.evaluate(SEED, LocalDate.of(2018, 1, 1)).datedRules())
                .containsExactly(SHIPPED_FROM, only2018);
        assertThat(evaluator.evaluate(SEED, LocalDate.of(2018, 12, 31)).datedRules())
                .containsExactly(SHIPPED_FROM, only2018);
        assertThat(evaluator.evaluate(SEED, LocalDate.of(2019, 1, 1)).datedRules()).containsExactly(SHIPPED_FROM);
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

    @Test
    void theShippedRulesDecideWhoDecidesByTheRulesInForceAtThePeildatumAndNameThem() {
        Evaluator shipped = Evaluator.create(RuleSource.builtIn());
        Evaluation jaarverslag2016 = shipped.evaluate(overijssel(2016, "766000"), LocalDate.of(2016, 12, 31));
        Evaluation jaarverslag2018 = shipped.evaluate(overijssel(2018, "891000"), LocalDate.of(2018, 12, 31));

        assertThat(jaarverslag2016.budgetChange().rule()).isEqualTo(SHIPPED_BEFORE.rule());
        assertThat(jaarverslag2016.budgetChange().finding().type()).isEqualTo(ChangeType.PS);
        assertThat(jaarverslag2016.budgetChange().finding().decider()).isEqualTo(Decider.PS);
        assertThat(jaarverslag2016.budgetChange().finding().amount()).isEqualByComparingTo("234000");
        assertThat(jaarverslag2016.datedRules()).containsExactly(SHIPPED_BEFORE);
        assertThat(jaarverslag2018.budgetChange().rule()).isEqualTo(SHIPPED_FROM.rule());
        assertThat(jaarverslag2018.budgetChange().finding().decider()).isEqualTo(Decider.GS);
        assertThat(jaarverslag2018.budgetChange().finding().amount()).isEqualByComparingTo("109000");
        assertThat(jaarverslag2018.datedRules()).containsExactly(SHIPPED_FROM);
    }

    /** Overijssel's jaarverslag of {@code year}: reserve money for continuing work, € 1.000.000 budgeted. */
    private static Portfolio overijssel(int year, String realised) {
        return RuleFolders.portfolio("jaarverslag-" + year + ".yaml", """
                format: koers/v1
                performance: { code: "M.6", title: "Wie besluit", reserve: "Reserve uitvoering Kwaliteit van Overijssel", document: jaarverslag, period: { start: %1$d-01-01, end: %1$d-12-31 } }
                budget:
                  slices:
                    - { year: %1$d, budgeted: 1000000, realised: %2$s, fromReserve: true, continues: true }
                """.formatted(year, realised));
    }
}
