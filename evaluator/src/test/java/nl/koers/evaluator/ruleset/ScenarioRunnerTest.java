package nl.koers.evaluator.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.RuleSetException;
import nl.koers.evaluator.RuleSource;
import nl.koers.format.PortfolioReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analyst scenarios: the shipped ones pass and make every rule decide something; failures read like a diff. */
class ScenarioRunnerTest {

    private static final Evaluator EVALUATOR = Evaluator.create(RuleSource.builtIn());
    private static final ScenarioReport SHIPPED = ScenarioRunner.runShipped(EVALUATOR);

    private static final String SEED_AS_EXPECTED = """
            scenario: "Prestatie 5.4.2 zoals het jaarverslag hem beschrijft"
            portfolio: default
            expect:
              actions: { "1": achieved, "4": unknown }
              budgetChange: { type: gs, amount: 109000, year: 2019 }
            """;
    private static final String SEED_WRONGLY_EXPECTED = """
            scenario: "Actie 4 zou op koers zijn"
            portfolio: default
            asOf: 2018-12-31
            expect:
              actions: { "1": achieved, "4": on-track }
              contentColour: green
              budgetChange: { type: ps, amount: 109000.50, source: ~ }
              rules: ["Milestone not done by its due date is off track"]
            """;

    @TempDir
    Path rules;

    @BeforeEach
    void aRuleFolder() throws IOException {
        // A rule folder needs a rule file; the scenarios here run against the shipped rules of EVALUATOR.
        Files.writeString(rules.resolve("rules.drl"), "package nl.koers.rules;\n");
        Files.createDirectories(rules.resolve("scenarios"));
    }

    private ScenarioReport runWith(String name, String text) throws IOException {
        Files.writeString(rules.resolve("scenarios").resolve(name), text, StandardCharsets.UTF_8);
        return ScenarioRunner.run(EVALUATOR, rules);
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void everyShippedScenarioPasses() {
        assertThat(SHIPPED.origin()).isEqualTo("shipped");
        assertThat(SHIPPED.results()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(SHIPPED.failed()).as(SHIPPED.render()).isZero();
        assertThat(lastLine(SHIPPED.render())).isEqualTo(SHIPPED.results().size() + " passed, 0 failed");
    }

    @Test
    void everyShippedRuleDecidesSomethingInAShippedScenario() {
        assertThat(SHIPPED.rulesDecided())
                .as("rules that decided something in scenarios/*.yaml; a rule without a scenario is missing here")
                .isEqualTo(new TreeSet<>(EVALUATOR.ruleNames()));
        assertThat(SHIPPED.rulesNotDecided()).isEmpty();
        assertThat(SHIPPED.render()).doesNotContain("no scenario makes");
    }

    @Test
    void theSeedScenarioNamesTheRulesBehindItsBudgetChange() {
        ScenarioResult seed = SHIPPED.results().get(0);

        assertThat(seed.location()).isEqualTo("scenarios/seed.yaml");
        assertThat(seed.name()).endsWith("saldo uit de reserve gaat met een GS-wijziging naar 2019");
        assertThat(seed.rules()).contains("GS decide alone on budget changes up to the mandate",
                "Unspent reserve money for continuing work moves to next year by GS-begrotingswijziging");
        assertThat(SHIPPED.render().lines().findFirst()).hasValue("PASS scenarios/seed.yaml  " + seed.name());
    }

    @Test
    void scenariosOfAListFileAreReportedWithTheirLine() {
        assertThat(SHIPPED.results()).filteredOn(r -> r.file().equals("scenarios/geldkleur.yaml"))
                .hasSizeGreaterThan(5)
                .allSatisfy(r -> assertThat(r.location()).matches("scenarios/geldkleur\\.yaml:\\d+"));
    }

    @Test
    void aWrongExpectationFailsWithOneLinePerDifference() throws IOException {
        runWith("a-goed.yaml", SEED_AS_EXPECTED);
        ScenarioReport report = runWith("b-fout.yaml", SEED_WRONGLY_EXPECTED);

        assertThat(report.passed()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.results().get(1).differences()).containsExactly(
                "action 4: expected on-track, got unknown "
                        + "(rule \"Action with a target unknown and none off track or at risk is unknown\")",
                "content colour: expected green, got orange "
                        + "(rule \"Content orange when an action is at risk or unknown and none off track\")",
                "budget change type: expected ps, got gs (rule \"Unspent reserve money for continuing work moves to "
                        + "next year by GS-begrotingswijziging\")",
                "budget change amount: expected 109000.5, got 109000 (rule \"Unspent reserve money for continuing "
                        + "work moves to next year by GS-begrotingswijziging\")",
                "budget change source: expected none (general means), got \"Reserve uitvoering Kwaliteit van "
                        + "Overijssel\" (rule \"Unspent reserve money for continuing work moves to next year by "
                        + "GS-begrotingswijziging\")",
                "rule \"Milestone not done by its due date is off track\": expected to decide something, but it "
                        + "decided nothing");

        String text = report.render();
        assertThat(text).startsWith("""
                PASS scenarios/a-goed.yaml  Prestatie 5.4.2 zoals het jaarverslag hem beschrijft
                FAIL scenarios/b-fout.yaml  Actie 4 zou op koers zijn
                     action 4: expected on-track, got unknown (rule "Action with a target unknown and none off track or at risk is unknown")
                     content colour: expected green, got orange""");
        assertThat(lastLine(text)).isEqualTo("1 passed, 1 failed");
    }

    @Test
    void theGsMandateDecidesOnlyWhereABudgetChangeUsedIt() {
        assertThat(SHIPPED.results()).filteredOn(r -> r.name().startsWith("Alles uitgegeven"))
                .singleElement()
                .satisfies(r -> assertThat(r.rules()).contains("No budget change when nothing is left over")
                        .doesNotContain("GS decide alone on budget changes up to the mandate"));
        assertThat(SHIPPED.results()).filteredOn(r -> r.name().contains("boven het GS-mandaat"))
                .singleElement()
                .satisfies(r -> assertThat(r.rules()).contains("GS decide alone on budget changes up to the mandate"));
    }

    @Test
    void targetsColoursAndYearsAreComparedToo() throws IOException {
        ScenarioReport report = runWith("a.yaml", """
                scenario: "Doelen, geldkleur en jaar"
                portfolio:
                  format: koers/v1
                  performance: { code: "T", title: "T", period: { start: 2018-01-01, end: 2018-12-31 } }
                  actions:
                    - id: "1"
                      withdrawn: { decision: "PS/2018/1" }
                      targets: [ { id: "1a", kind: milestone } ]
                    - id: "2"
                      targets: [ { id: "2a", kind: milestone } ]
                      measurements: [ { target: "2a", date: 2018-12-31, done: false } ]
                  budget: { slices: [ { year: 2018, budgeted: 100, realised: 90, continues: true, fromReserve: false } ] }
                expect:
                  targets: { "1a": achieved, "2a": on-track }
                  moneyColour: red
                  budgetChange: { type: result-allocation, amount: 10, year: 2018 }
                """);

        assertThat(report.results().get(0).differences()).containsExactly(
                "target 1a: expected achieved, got no verdict (action 1 is withdrawn, so its targets are not judged)",
                "target 2a: expected on-track, got off-track (rule \"Milestone not done by its due date is off track\")",
                "money colour: expected red, got green (rule \"Money green under 100,000 euros deviation\")",
                "budget change year: expected 2018, got 2019 (rule \"Unspent general means for continuing work are "
                        + "announced for resultaatbestemming\")");
    }

    @Test
    void printWritesTheSameAsRender() throws IOException {
        ScenarioReport report = runWith("a-goed.yaml", SEED_AS_EXPECTED);
        StringWriter out = new StringWriter();

        report.print(new PrintWriter(out));

        assertThat(out.toString().replace(System.lineSeparator(), "\n")).isEqualTo(report.render());
        assertThat(lastLine(out.toString())).isEqualTo("1 passed, 0 failed");
    }

    @Test
    void aRuleThatNoScenarioMakesDecideIsNamedAboveTheSummary() throws IOException {
        String text = runWith("a-goed.yaml", SEED_AS_EXPECTED).render();

        assertThat(text.lines().toList().get(1))
                .startsWith("no scenario makes these ")
                .contains("\"Money red above 10 % deviation\"");
    }

    @Test
    void aStatusThatIsNoStatusIsReportedAtItsLineAndColumn() throws IOException {
        ScenarioReport report = runWith("kapot.yaml", """
                scenario: "Verkeerde code"
                portfolio: default
                expect:
                  actions:
                    "4": ontrack
                """);

        assertThat(report.results()).singleElement().satisfies(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.name()).isEqualTo("");
            assertThat(r.differences()).containsExactly("scenarios/kapot.yaml:5:10: expect.actions.4: expected one of "
                    + "achieved | on-track | at-risk | off-track | unknown | withdrawn, found the text \"ontrack\"");
        });
        assertThat(report.render()).isEqualTo("""
                FAIL scenarios/kapot.yaml
                     scenarios/kapot.yaml:5:10: expect.actions.4: expected one of achieved | on-track | at-risk | off-track | unknown | withdrawn, found the text "ontrack"
                0 passed, 1 failed
                """);
    }

    @Test
    void anUnknownKeyIsReportedWithASuggestion() throws IOException {
        ScenarioReport report = runWith("kapot.yaml", """
                scenario: "Tikfout"
                portfolio: default
                expcet:
                  contentColour: orange
                """);

        assertThat(report.results().get(0).differences()).containsExactly("scenarios/kapot.yaml:3:1: expcet: unknown "
                + "field for a scenario (did you mean 'expect'?); expected one of: asOf, expect, note, portfolio, scenario");
    }

    @Test
    void aMistakeInAnInlinePortfolioIsReportedAtItsLineInTheScenarioFile() throws IOException {
        ScenarioReport report = runWith("kapot.yaml", """
                - scenario: "Goed"
                  portfolio: default
                  expect: { contentColour: orange }
                - scenario: "Onbekende soort doel"
                  portfolio:
                    format: koers/v1
                    performance: { code: "T", title: "T", period: { start: 2018-01-01, end: 2018-12-31 } }
                    actions:
                      - id: "1"
                        targets: [ { id: "1a", kind: mijlpaal } ]
                  expect: { contentColour: green }
                """);

        assertThat(report.results()).hasSize(2);
        assertThat(report.results().get(0).passed()).isTrue();
        ScenarioResult broken = report.results().get(1);
        assertThat(broken.location()).isEqualTo("scenarios/kapot.yaml:4");
        assertThat(broken.name()).isEqualTo("Onbekende soort doel");
        assertThat(broken.differences()).singleElement().asString()
                .startsWith("scenarios/kapot.yaml:10:38: [1].portfolio.actions[0].targets[0].kind: expected one of "
                        + "quantity | milestone | monitoring");
        assertThat(lastLine(report.render())).isEqualTo("1 passed, 1 failed");
    }

    @Test
    void anActionOrRuleTheScenarioNamesMustExist() throws IOException {
        runWith("a.yaml", """
                scenario: "Actie 9 bestaat niet"
                portfolio: default
                expect:
                  actions: { "9": achieved }
                """);
        ScenarioReport report = runWith("b.yaml", """
                scenario: "Regel met tikfout"
                portfolio: default
                expect:
                  rules: ["Quantity target mett"]
                """);

        assertThat(report.results().get(0).differences()).containsExactly("scenarios/a.yaml:4:14: expect.actions.9: "
                + "the portfolio has no action '9'; its actions are 1, 2, 3, 4, 5");
        assertThat(report.results().get(1).differences()).containsExactly("scenarios/b.yaml:4:11: expect.rules[0]: "
                + "the rule set has no rule \"Quantity target mett\" (did you mean \"Quantity target met\"?)");
    }

    @Test
    void aPortfolioFileIsFoundRelativeToTheScenarioAndIsNoScenarioItself() throws IOException {
        try (InputStream seed = getClass().getClassLoader().getResourceAsStream(PortfolioReader.DEFAULT_RESOURCE)) {
            Files.write(rules.resolve("scenarios").resolve("5.4.2.yaml"), seed.readAllBytes());
        }
        ScenarioReport report = runWith("seed.yaml", """
                scenario: "Uit een bestand"
                portfolio: 5.4.2.yaml
                asOf: 2018-06-30
                expect: { actions: { "1": unknown }, budgetChange: gs }
                """);

        assertThat(report.results()).singleElement().satisfies(r -> assertThat(r.passed()).as(report.render()).isTrue());
    }

    @Test
    void aMissingPortfolioFileIsReportedWhereTheScenarioNamesIt() throws IOException {
        ScenarioReport report = runWith("a.yaml", """
                scenario: "Bestand ontbreekt"
                portfolio: ../portfolios/weg.yaml
                expect: { contentColour: green }
                """);

        assertThat(report.results().get(0).differences()).singleElement().asString()
                .startsWith("scenarios/a.yaml:2:12: portfolio: ")
                .contains("weg.yaml: no such file");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "../../buiten.yaml | '../../buiten.yaml' leads outside the rule folder; keep the portfolio in the rule folder",
        "sub/../../../x.yaml | 'sub/../../../x.yaml' leads outside the rule folder",
        "/etc/passwd | '/etc/passwd' must be a path relative to the scenario file",
    })
    void aPortfolioPathLeavingTheRuleFolderIsRefusedUnread(String reference, String problem) throws IOException {
        ScenarioReport report = runWith("a.yaml", """
                scenario: "Buiten de map"
                portfolio: %s
                expect: { contentColour: green }
                """.formatted(reference));

        assertThat(report.results().get(0).differences()).singleElement().asString()
                .startsWith("scenarios/a.yaml:2:12: portfolio: " + problem);
    }

    @Test
    void aPortfolioThatIsAFifoIsRefusedWithoutBeingOpened() throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("mkfifo", rules.resolve("fifo.yaml").toString()).start().waitFor()).isZero();
        ScenarioReport report = runWith("a.yaml", """
                scenario: "Een FIFO"
                portfolio: ../fifo.yaml
                expect: { contentColour: green }
                """);

        assertThat(report.results().get(0).differences()).singleElement().asString()
                .startsWith("scenarios/a.yaml:2:12: portfolio: ")
                .contains("fifo.yaml: is not a regular file (it is a device, a FIFO or a socket)");
    }

    @Test
    void anEmptyFileAndAnEmptyExpectationAreMistakes() throws IOException {
        runWith("a.yaml", "\n");
        ScenarioReport report = runWith("b.yaml", """
                scenario: "Verwacht niets"
                portfolio: default
                expect: {}
                """);

        assertThat(report.results().get(0).differences())
                .containsExactly("scenarios/a.yaml: the file is empty; expected a scenario starting with 'scenario:'");
        assertThat(report.results().get(1).differences()).singleElement().asString()
                .startsWith("scenarios/b.yaml:3:9: expect: nothing is expected");
    }

    @Test
    void aFolderWithoutScenariosStillEndsWithTheSummary() {
        ScenarioReport report = ScenarioRunner.run(EVALUATOR, rules);

        assertThat(report.results()).isEmpty();
        assertThat(report.allPassed()).isTrue();
        assertThat(report.render()).isEqualTo("no scenarios: a rule set keeps them in scenarios/*.yaml\n0 passed, 0 failed\n");
    }

    @Test
    void aFolderWithoutRulesIsRefused(@TempDir Path empty) {
        assertThatThrownBy(() -> ScenarioRunner.run(EVALUATOR, empty))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("holds no rule files");
    }
}
