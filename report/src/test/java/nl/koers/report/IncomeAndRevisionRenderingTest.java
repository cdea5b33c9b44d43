package nl.koers.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.EvaluationDiff;
import nl.koers.evaluator.Language;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Baten;
import nl.koers.model.Budget;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Portfolio;
import nl.koers.model.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 12: every format shows a revised streefwaarde where it shows the streefwaarde (or names it beside its action)
 * and the baten of a jaarschijf; JSON v2 carries both as fields; a diff tells when they appear or change. A portfolio
 * without them renders byte for byte as before.
 */
class IncomeAndRevisionRenderingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String render(ReportFormat format, Evaluation evaluation, Language language, JsonVersion json) {
        StringWriter out = new StringWriter();
        Reports.write(format, evaluation, ReportSettings.defaults(language).withJson(json), out);
        return out.toString();
    }

    private static String render(ReportFormat format, Evaluation evaluation) {
        return render(format, evaluation, Language.DUTCH, JsonVersion.V1);
    }

    private static String diff(ReportFormat format, EvaluationDiff diff, Language language, JsonVersion json) {
        StringWriter out = new StringWriter();
        Reports.writeDiff(format, diff, ReportSettings.defaults(language).withJson(json), out);
        return out.toString();
    }

    private static String diff(ReportFormat format, EvaluationDiff diff) {
        return diff(format, diff, Language.DUTCH, JsonVersion.V2);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aPortfolioWithoutRevisionsOrBatenRendersAsTheSeedAlwaysDid(ReportFormat format) {
        Evaluation seed = ReportedFixtures.EVALUATOR.evaluate(PortfolioReader.readDefault());
        Evaluation rebuilt = IncomeAndRevisionFixtures.without();

        for (JsonVersion json : JsonVersion.values()) {
            assertThat(render(format, rebuilt, Language.DUTCH, json)).isEqualTo(render(format, seed, Language.DUTCH, json));
        }
        assertThat(render(format, rebuilt)).doesNotContain("herzien", "Baten", "baten");
    }

    @Test
    void theTextReportShowsTheRevisionInTheStreefwaardeCellAndTheBaten() {
        String text = render(ReportFormat.text, IncomeAndRevisionFixtures.evaluated());

        assertThat(text).contains("minimaal 35 ondernemers (herzien 1 juni 2018, Voorjaarsnota 2018; was 30 ondernemers)",
                "Baten jaarschijf 2018: begroot € 80.000, gerealiseerd € 75.000");
    }

    @Test
    void englishSaysTheSame() {
        String text = render(ReportFormat.text, IncomeAndRevisionFixtures.evaluated(), Language.ENGLISH, JsonVersion.V1);

        assertThat(text).contains("at least 35 ondernemers (revised 1 June 2018, Voorjaarsnota 2018; was 30 ondernemers)",
                "Income of jaarschijf 2018: budgeted €80,000, realised €75,000");
    }

    @Test
    void markdownNamesTheRevisionBesideItsActionAndListsTheBaten() {
        String md = render(ReportFormat.markdown, IncomeAndRevisionFixtures.evaluated());

        assertThat(md).contains("Streefwaarde doel 1b: minimaal 35 ondernemers (herzien 1 juni 2018, Voorjaarsnota 2018; "
                + "was 30 ondernemers).", "- Baten jaarschijf 2018: begroot € 80.000, gerealiseerd € 75.000");
    }

    @Test
    void htmlShowsTheRevisionInTheFiguresAndTheBatenAsColumnsOfTheJaarschijven() {
        String html = render(ReportFormat.html, IncomeAndRevisionFixtures.evaluated());

        assertThat(html).contains("◆ streefwaarde minimaal 35 ondernemers (herzien 1 juni 2018, Voorjaarsnota 2018; was 30 "
                + "ondernemers)", "<th>baten begroot</th><th>baten gerealiseerd</th>",
                "<td class=\"num\">€ 80.000</td><td class=\"num\">€ 75.000</td>");
        assertThat(render(ReportFormat.html, IncomeAndRevisionFixtures.without())).doesNotContain("baten begroot");
    }

    @Test
    void csvKeepsItsHeaderAndAddsRowsForTheRevisionAndTheBaten() {
        String csv = render(ReportFormat.csv, IncomeAndRevisionFixtures.evaluated());
        String before = render(ReportFormat.csv, IncomeAndRevisionFixtures.without());

        assertThat(csv.lines().findFirst()).isEqualTo(before.lines().findFirst());
        assertThat(csv).contains("Streefwaarde doel 1b: minimaal 35 ondernemers (herzien 1 juni 2018, Voorjaarsnota 2018; "
                + "was 30 ondernemers)", "Baten jaarschijf 2018: begroot € 80.000, gerealiseerd € 75.000");
        assertThat(csv.lines().count()).isEqualTo(before.lines().count() + 2);
    }

    @Test
    void jsonV2CarriesTheRevisionAndTheBatenAndFollowsItsSchema() throws IOException {
        String out = render(ReportFormat.json, IncomeAndRevisionFixtures.evaluated(), Language.DUTCH, JsonVersion.V2);
        JsonNode result = JSON.readTree(out);

        JsonNode target = result.at("/actions/0/targets/1");
        assertThat(target.get("id").asText()).isEqualTo("1b");
        assertThat(target.at("/revision/date").asText()).isEqualTo("2018-06-01");
        assertThat(target.at("/revision/value").decimalValue()).isEqualByComparingTo("35");
        assertThat(target.at("/revision/decision").asText()).isEqualTo("Voorjaarsnota 2018");
        assertThat(target.at("/revision/originalValue").decimalValue()).isEqualByComparingTo("30");
        assertThat(result.at("/actions/0/targets/0/revision").isNull()).isTrue();
        JsonNode slice = result.at("/jaarschijven/0");
        assertThat(slice.get("year").asInt()).isEqualTo(2018);
        assertThat(slice.get("line").asText()).isEqualTo("exploitatie");
        assertThat(slice.at("/income/budgeted").decimalValue()).isEqualByComparingTo("80000");
        assertThat(slice.at("/income/realised").decimalValue()).isEqualByComparingTo("75000");
        assertThat(schema("koers-result-v2.schema.json").validate(result)).isEmpty();
        JsonNode without = JSON.readTree(render(ReportFormat.json, IncomeAndRevisionFixtures.without(), Language.DUTCH,
                JsonVersion.V2));
        assertThat(without.at("/jaarschijven/0/income").isNull()).isTrue();
        assertThat(schema("koers-result-v2.schema.json").validate(without)).isEmpty();
    }

    @Test
    void aSliceOffTheUsualLineIsNamedByItsLine() {
        Portfolio seed = IncomeAndRevisionFixtures.seedWith(List.of(), null);
        Jaarschijf investering = new Jaarschijf(2018, new BigDecimal("500000"), null, null, null, null, false,
                Jaarschijf.INVESTERING, null, new Baten(null, new BigDecimal("20000")), null, null, null);
        List<Jaarschijf> slices = new ArrayList<>(seed.budget().slices());
        slices.add(investering);
        Evaluation evaluation = ReportedFixtures.EVALUATOR.evaluate(new Portfolio(seed.performance(), seed.actions(),
                new Budget(seed.budget().currency(), slices)));

        assertThat(render(ReportFormat.text, evaluation))
                .contains("Baten jaarschijf 2018, begrotingslijn investering: gerealiseerd € 20.000")
                // the exploitatie gives no baten, so it has no line of baten
                .doesNotContain("Baten jaarschijf 2018:");
        assertThat(render(ReportFormat.html, evaluation)).contains("<td>2018, begrotingslijn investering</td>",
                "<td>2018</td>");
    }

    @Test
    void jsonV1HasNoFieldForEither() {
        String v1 = render(ReportFormat.json, IncomeAndRevisionFixtures.evaluated());

        assertThat(v1).contains("\"schema\" : \"koers-result/v1\"").doesNotContain("revision", "income", "jaarschijven");
    }

    @Test
    void aDiffTellsThatARevisionAndBatenAppeared() {
        EvaluationDiff diff = EvaluationDiff.between(IncomeAndRevisionFixtures.without(),
                IncomeAndRevisionFixtures.evaluated());
        String revision = "streefwaarde doel 1b: nieuw (35 ondernemers, herzien 1 juni 2018, Voorjaarsnota 2018)";
        String income = "baten jaarschijf 2018: nieuw (begroot € 80.000, gerealiseerd € 75.000)";

        // the revision leaves 1b met ("meer dan 40"), so no verdict moved: the figures are the diff's only news
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff(ReportFormat.text, diff)).contains(revision, income).doesNotContain("Geen wijzigingen");
        assertThat(diff(ReportFormat.markdown, diff)).contains("- " + revision, "- " + income)
                .doesNotContain("Geen wijzigingen");
        assertThat(diff(ReportFormat.html, diff)).contains("<p class=\"figures\">" + revision + "</p>",
                "<p class=\"figures\">" + income + "</p>").doesNotContain("Geen wijzigingen");
        assertThat(diff(ReportFormat.csv, diff)).contains(
                "5.4.2,1,1b,herziening streefwaarde,,\"35 ondernemers, herzien 1 juni 2018, Voorjaarsnota 2018\",",
                "5.4.2,,,baten,,\"begroot € 80.000, gerealiseerd € 75.000\",2018");
    }

    @Test
    void jsonV2OfTheDiffCarriesThemAndFollowsItsSchema() throws IOException {
        EvaluationDiff diff = EvaluationDiff.between(IncomeAndRevisionFixtures.without(),
                IncomeAndRevisionFixtures.evaluated());
        JsonNode json = JSON.readTree(diff(ReportFormat.json, diff));

        assertThat(json.get("changed").asBoolean()).isTrue();
        assertThat(json.at("/revisions/0/target").asText()).isEqualTo("1b");
        assertThat(json.at("/revisions/0/change").asText()).isEqualTo("added");
        assertThat(json.at("/revisions/0/from").isNull()).isTrue();
        assertThat(json.at("/revisions/0/to/value").decimalValue()).isEqualByComparingTo("35");
        assertThat(json.at("/income/0/year").asInt()).isEqualTo(2018);
        assertThat(json.at("/income/0/to/budgeted").decimalValue()).isEqualByComparingTo("80000");
        assertThat(schema("koers-diff-v2.schema.json").validate(json)).isEmpty();
        // version 1 has no field for them: to it nothing changed
        assertThat(JSON.readTree(diff(ReportFormat.json, diff, Language.DUTCH, JsonVersion.V1)).get("changed").asBoolean())
                .isFalse();
    }

    @Test
    void aDiffTellsARevisedRevisionAndChangedBatenAsMoves() {
        Evaluation earlier = IncomeAndRevisionFixtures.evaluated();
        Evaluation later = ReportedFixtures.EVALUATOR.evaluate(IncomeAndRevisionFixtures.seedWith(
                List.of(new Revision(LocalDate.of(2018, 9, 1), new BigDecimal("38"), null)),
                new Baten(new BigDecimal("80000.00"), new BigDecimal("90000"))));

        String text = diff(ReportFormat.text, EvaluationDiff.between(earlier, later));

        assertThat(text).contains("streefwaarde doel 1b: 35 ondernemers, herzien 1 juni 2018, Voorjaarsnota 2018 → "
                        + "38 ondernemers, herzien 1 september 2018",
                "baten jaarschijf 2018: begroot € 80.000, gerealiseerd € 75.000 → begroot € 80.000, gerealiseerd € 90.000");
    }

    @Test
    void theSameRevisionAndBatenWrittenWithOtherDecimalsAreNoChange() {
        Evaluation earlier = IncomeAndRevisionFixtures.evaluated();
        Evaluation later = ReportedFixtures.EVALUATOR.evaluate(IncomeAndRevisionFixtures.seedWith(
                List.of(new Revision(LocalDate.of(2018, 6, 1), new BigDecimal("35.0"), "Voorjaarsnota 2018")),
                new Baten(new BigDecimal("80000.00"), new BigDecimal("75000"))));

        assertThat(DiffFigures.of(EvaluationDiff.between(earlier, later)).isEmpty()).isTrue();
        assertThat(diff(ReportFormat.text, EvaluationDiff.between(earlier, later))).contains("Geen wijzigingen");
    }

    private static JsonSchema schema(String name) {
        try (InputStream in = IncomeAndRevisionRenderingTest.class.getResourceAsStream("json/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
