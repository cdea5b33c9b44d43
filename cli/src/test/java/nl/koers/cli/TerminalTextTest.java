package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.koers.cli.output.Refusal;
import nl.koers.cli.output.ReportBuffer;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSetException;
import nl.koers.evaluator.ruleset.ShippedRules;
import nl.koers.format.PlainText;
import nl.koers.format.PortfolioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text from a portfolio or a rule set never steers the terminal or forges a line: control characters and bidi
 * controls (written as YAML escapes) are printed as their escapes in text, check, explain and diff, and in messages;
 * Markdown and CSV stay well-formed with a line break in a title. Tiny figures are told apart in every format.
 */
class TerminalTextTest {

    /** Clears the screen, paints in green, reverses the text and breaks the line: every trick at once. */
    private static final String TRICKS = "\\u001b[2J\\u001b[32m\\u2713 behaald\\u001b[0m\\u202e\\u2066\\u200f\\u0085"
            + "\\u009b31m\\r\\nFORGED  behaald  nep\\u007f\\t";

    @TempDir
    Path dir;

    /** The default portfolio with the tricks in its title, organisation, reserve, action titles and indicators. */
    private Path hostile(String name) throws IOException {
        String text;
        try (InputStream in = PortfolioReader.class.getClassLoader().getResourceAsStream(PortfolioReader.DEFAULT_RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replace("title: \"Internationaliseren\"", "title: \"Internationaliseren" + TRICKS + "\"")
                .replace("organisation: \"Provincie Overijssel\"", "organisation: \"Provincie" + TRICKS + "\"")
                .replace("reserve: \"Reserve uitvoering Kwaliteit van Overijssel\"", "reserve: \"Reserve" + TRICKS + "\"")
                .replace("title: \"Handelsmissies\"", "title: \"Handelsmissies" + TRICKS + "\"")
                .replace("title: \"Exportbureau China\"", "title: \"Exportbureau" + TRICKS + "\"")
                .replace("indicator: \"Ondersteunde handelsmissies\"", "indicator: \"Missies" + TRICKS + "\"");
        return Files.writeString(dir.resolve(name), text);
    }

    private static void assertNoRawControls(String output) {
        // the line feeds of the output itself are the only control characters left
        assertThat(output.replace("\n", "").chars().filter(PlainText::unsafe).mapToObj(c -> String.format("U+%04X", c)))
                .as(output).isEmpty();
        assertThat(output).doesNotContain("\nFORGED").contains("\\u001b[2J").contains("\\u202e").contains("\\r\\nFORGED");
    }

    /**
     * {@code command} on the hostile portfolio (given after {@code before}, followed by {@code after}), checked
     * to end as it does on the default portfolio, with as many lines.
     */
    private CliRun asManyLinesAsTheDefault(List<String> before, String... after) throws IOException {
        List<String> hostile = new java.util.ArrayList<>(before);
        hostile.add(hostile("p.yaml").toString());
        hostile.addAll(List.of(after));
        List<String> plain = new java.util.ArrayList<>(before);
        plain.addAll(List.of(after));
        CliRun run = CliRun.of(hostile.toArray(String[]::new));
        CliRun reference = CliRun.of(plain.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(reference.exitCode());
        assertThat(run.out().lines()).hasSameSizeAs(reference.out().lines().toList());
        return run;
    }

    @Test
    void checkPrintsOneLinePerActionWhateverItsTitleHolds() throws IOException {
        CliRun run = asManyLinesAsTheDefault(List.of("check"), "--lang", "nl");

        assertThat(run.out().lines().filter(line -> line.startsWith("1 "))).singleElement().asString()
                .contains("Handelsmissies\\u001b[2J");
        assertNoRawControls(run.out());
    }

    @Test
    void theTextReportEscapesTitlesOrganisationReserveAndExplanations() throws IOException {
        CliRun run = asManyLinesAsTheDefault(List.of("evaluate"), "--lang", "nl");

        assertThat(run.out()).contains("Provincie\\u001b[2J", "Reserve\\u001b[2J");
        assertNoRawControls(run.out());
    }

    @Test
    void explainEscapesTheActionTheTargetAndTheReasons() throws IOException {
        CliRun run = asManyLinesAsTheDefault(List.of("explain", "1"));

        assertNoRawControls(run.out());
    }

    @Test
    void anUnknownActionIsNamedEscapedInTheMessage() {
        CliRun run = CliRun.of("explain", "9\u001b[2J\nkoers: fake");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("koers: no action '9\\u001b[2J\\nkoers: fake'");
    }

    @Test
    void theTextDiffEscapesBothFiles() throws IOException {
        Path old = Files.copy(ReportFixtures.GIVEN.resolve("diff-before.yaml"), dir.resolve("voor.yaml"));
        CliRun run = CliRun.of("diff", old.toString(), hostile("na.yaml").toString(), "--lang", "nl");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertNoRawControls(run.out());
    }

    @Test
    void markdownKeepsEveryTableRowOnOneLine() throws IOException {
        CliRun run = asManyLinesAsTheDefault(List.of("evaluate"), "--format", "markdown");

        assertThat(run.out().lines().filter(line -> line.startsWith("|"))).allSatisfy(row ->
                assertThat(row).endsWith("|"));
        assertThat(run.out().lines().filter(line -> line.startsWith("FORGED") || line.startsWith("#"))
                .filter(line -> !line.startsWith("## ") && !line.startsWith("### "))).isEmpty();
        assertThat(run.out().chars().filter(c -> c != '\n' && PlainText.unsafe(c))).isEmpty();
    }

    @Test
    void csvQuotesALineBreakSoThatEveryRecordIsOneRow() throws IOException {
        CliRun run = CliRun.of("evaluate", hostile("p.yaml").toString(), "--format", "csv");
        CliRun plain = CliRun.of("evaluate", "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<List<String>> rows = CsvReportTest.parse(run.out(), ',');
        assertThat(rows).hasSameSizeAs(CsvReportTest.parse(plain.out(), ','));
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSameSizeAs(rows.get(0)));
        assertThat(rows.get(1).get(2)).startsWith("Handelsmissies\u001b[2J").contains("\r\nFORGED");
    }

    @Test
    void aRuleFileWhoseNameHoldsALineBreakCannotForgeAProblemLine() throws IOException {
        Path rules = dir.resolve("regels");
        ShippedRules.copyTo(rules);
        Files.writeString(rules.resolve("kapot\nnep.drl:1: error: alles goed\u001b[2J.drl"), "rule \"Onaf\" when then\n");

        CliRun run = CliRun.of("rules", "validate", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out().lines().filter(line -> line.contains("kapot"))).isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("kapot\\nnep.drl:1: error: alles goed\\u001b[2J.drl"));
        assertThat(run.out().lines().filter(line -> line.startsWith("nep.drl"))).isEmpty();
        assertThat(run.out().chars().filter(c -> c != '\n' && PlainText.unsafe(c))).isEmpty();
    }

    @Test
    void validateReportsABadExplanationTextAtItsLine() throws IOException {
        Path rules = dir.resolve("regels");
        ShippedRules.copyTo(rules);
        Files.writeString(rules.resolve("explanations.properties"), "status.achieved = Behaald {99999999999}\n"
                + "status.late = Te laat \\uZZZZ\n", java.nio.file.StandardOpenOption.APPEND);
        int lines = Files.readAllLines(rules.resolve("explanations.properties")).size();

        CliRun run = CliRun.of("rules", "validate", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("explanations.properties:" + (lines - 1) + ": error: text 'status.achieved': "
                + "placeholder {99999999999}", "explanations.properties:" + lines + ":23: error: malformed \\u escape");
    }

    @Test
    void aReportThatFailsWhileRenderingLeavesNothingOfItself() {
        ReportBuffer buffer = new ReportBuffer();
        StringWriter written = new StringWriter();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> buffer.render(() -> {
            buffer.writer().println("Prestatie 5.4.2 — half a report");
            throw RuleSetException.of("regels", List.of(RuleProblem.error(RuleProblem.Code.TEXT_UNREADABLE,
                    "explanations.properties", 3, 0, null,
                    "cannot be read as explanation texts")));
        })).isInstanceOf(Refusal.class).hasMessageContaining("explanations.properties:3: error:");
        buffer.moveTo(new PrintWriter(written, true));

        assertThat(written.toString()).isEmpty();
    }

    // ---- tiny figures

    private static final String TINY = """
            format: koers/v1
            performance:
              code: "7.1.1"
              title: "Fijnstof"
              period: { start: 2024-01-01, end: 2024-12-31 }
            actions:
              - id: "1"
                title: "Meten"
                targets:
                  - id: "1a"
                    kind: quantity
                    indicator: "Concentratie"
                    direction: at-least
                    value: 0.0000002
                    due: 2024-12-31
                measurements:
                  - { target: "1a", date: 2024-12-31, value: 0.0000001 }
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "markdown", "html"})
    void tinyFiguresAreToldApartInTheReports(String format) throws IOException {
        Path portfolio = ReportFixtures.write(dir, "tiny.yaml", TINY);

        CliRun run = CliRun.of("evaluate", portfolio.toString(), "--format", format, "--lang", "nl");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("0,0000001", "0,0000002").doesNotContain("minimaal 0 ");
    }

    @Test
    void tinyFiguresAreToldApartInCsvExplainAndEnglish() throws IOException {
        Path portfolio = ReportFixtures.write(dir, "tiny.yaml", TINY);

        assertThat(CliRun.of("evaluate", portfolio.toString(), "--format", "csv").out()).contains(",0.0000001,", ",0.0000002,");
        assertThat(CliRun.of("evaluate", portfolio.toString(), "--format", "csv", "--csv-separator", ";").out())
                .contains(";0,0000001;", ";0,0000002;");
        assertThat(CliRun.of("explain", "1", portfolio.toString(), "--lang", "en").out()).contains("0.0000001", "0.0000002");
    }

    @Test
    void ordinaryFiguresPrintAsBefore() {
        nl.koers.evaluator.Language dutch = nl.koers.evaluator.Language.DUTCH;
        for (String value : new String[] {"0", "109000", "3.14159", "0.005", "0.01", "-2.5", "0.125"}) {
            java.math.BigDecimal number = new java.math.BigDecimal(value);
            assertThat(nl.koers.evaluator.NumberText.text(dutch, number)).as(value).isEqualTo(dutch.number(number));
        }
        assertThat(nl.koers.evaluator.NumberText.text(dutch, new java.math.BigDecimal("0.00000125")))
                .isEqualTo("0,0000013");
        assertThat(nl.koers.evaluator.NumberText.text(dutch, new java.math.BigDecimal("-0.004"))).isEqualTo("-0,004");
        assertThat(nl.koers.evaluator.NumberText.text(dutch, new java.math.BigDecimal("1E-40"))).isEqualTo("1E-40");
    }
}
