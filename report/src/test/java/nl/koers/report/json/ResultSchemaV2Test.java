package nl.koers.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Language;
import nl.koers.format.PortfolioReader;
import nl.koers.report.JsonVersion;
import nl.koers.report.ReportFormat;
import nl.koers.report.ReportSettings;
import nl.koers.report.ReportedFixtures;
import nl.koers.report.Reports;
import nl.koers.testkit.KoersDomain;
import org.junit.jupiter.api.Test;

/**
 * What koers-result/v2 promises: every result follows its shipped schema, reports and overrides stand beside the
 * verdict of the rules, every budget change and disagreement is listed; and version 1 stays what it was, the default.
 */
class ResultSchemaV2Test {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema V1 = schema("koers-result-v1.schema.json");
    private static final JsonSchema V2 = schema("koers-result-v2.schema.json");
    private static final Path GOLDEN = Path.of("../cli/src/test/resources/expected");

    private static JsonSchema schema(String name) {
        try (InputStream in = ResultSchemaV2Test.class.getResourceAsStream(name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Evaluation evaluation, Language language, JsonVersion version, boolean many) {
        StringWriter out = new StringWriter();
        ReportSettings settings = new ReportSettings(new nl.koers.report.Messages(language), many, false, ',', false,
                version);
        var report = Reports.open(ReportFormat.json, settings, out);
        report.add(evaluation);
        report.finish();
        return out.toString();
    }

    private static Set<ValidationMessage> problems(JsonSchema schema, String json) throws IOException {
        return schema.validate(JSON.readTree(json));
    }

    @Test
    void everyFixtureFollowsTheV2SchemaInBothLanguagesAndBothForms() throws IOException {
        List<Evaluation> evaluations = List.of(ReportedFixtures.EVALUATOR.evaluate(PortfolioReader.readDefault()),
                ReportedFixtures.evaluated(), ReportedFixtures.withFindings());
        for (Evaluation evaluation : evaluations) {
            for (Language language : Language.values()) {
                for (boolean many : new boolean[] {false, true}) {
                    String json = write(evaluation, language, JsonVersion.V2, many);
                    assertThat(JSON.readTree(json).get("schema").asText()).isEqualTo("koers-result/v2");
                    assertThat(problems(V2, json)).as(language + " " + many + "\n" + json).isEmpty();
                    assertThat(json.strip().contains("\n")).isEqualTo(!many);
                }
            }
        }
    }

    @Property(tries = 50)
    @Domain(KoersDomain.class)
    void everyGeneratedResultFollowsTheV2Schema(@ForAll KoersDomain.PortfolioCase given) throws IOException {
        Evaluation evaluation = ReportedFixtures.EVALUATOR.evaluate(given.portfolio(), given.peildatum());
        assertThat(problems(V2, write(evaluation, Language.DUTCH, JsonVersion.V2, true))).isEmpty();
    }

    @Test
    void reportsAndOverridesStandBesideTheVerdictOfTheRules() throws IOException {
        JsonNode json = JSON.readTree(write(ReportedFixtures.withFindings(), Language.DUTCH, JsonVersion.V2, false));

        JsonNode performance = json.get("performance");
        assertThat(performance.get("document").asText()).isEqualTo("jaarverslag");
        assertThat(performance.get("reported").get("content").asText()).isEqualTo("green");
        assertThat(performance.get("reported").get("money").asText()).isEqualTo("orange");
        assertThat(performance.get("override").get("reason").asText()).contains("liaison-officers");
        assertThat(json.get("contentColour").get("colour").asText()).isEqualTo("orange");
        assertThat(json.get("contentColour").get("finalColour").asText()).isEqualTo("green");
        assertThat(json.get("moneyColour").get("finalColour").asText())
                .isEqualTo(json.get("moneyColour").get("colour").asText());

        JsonNode one = json.get("actions").get(0);
        assertThat(one.get("status").asText()).isEqualTo("achieved");
        assertThat(one.get("finalStatus").asText()).isEqualTo("achieved");
        assertThat(one.get("reported").get("status").asText()).isEqualTo("on-track");
        assertThat(one.get("reported").get("source").asText()).isEqualTo("Monitor 2018-II");
        assertThat(one.get("reported").get("date").asText()).isEqualTo("2018-12-31");
        assertThat(one.get("override").isNull()).isTrue();
        JsonNode two = json.get("actions").get(1);
        assertThat(two.get("status").asText()).isEqualTo("on-track");
        assertThat(two.get("finalStatus").asText()).isEqualTo("achieved");
        assertThat(two.get("override").get("by").asText()).isEqualTo("J. Jansen");
        assertThat(two.get("reported").isNull()).isTrue();

        JsonNode changes = json.get("budgetChanges");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).get("type").asText()).isEqualTo("gs");
        assertThat(changes.get(0).get("decider").asText()).isEqualTo("gs");
        assertThat(changes.get(0).get("parts").get(0).get("year").asInt()).isEqualTo(2019);
        assertThat(changes.get(1).get("type").asText()).isEqualTo("result-allocation");
        assertThat(changes.get(1).get("decider").asText()).isEqualTo("ps");
        assertThat(changes.get(1).get("line").asText()).isEqualTo("investering");
        assertThat(changes.get(1).get("parts")).hasSize(2);
        assertThat(changes.get(1).get("parts").get(1).get("amount").asText()).isEqualTo("430000");

        JsonNode disagreement = json.get("disagreements").get(0);
        assertThat(disagreement.get("subject").asText()).isEqualTo("action 1");
        assertThat(disagreement.get("computed").asText()).isEqualTo("achieved");
        assertThat(disagreement.get("reported").asText()).isEqualTo("on-track");
        assertThat(disagreement.get("rule").asText()).isEqualTo("Action reported otherwise than the rules decide");
    }

    @Test
    void version1IsTheDefaultAndTheSameBytesAsBeforeWithoutTheNewFields() throws IOException {
        Evaluation seed = ReportedFixtures.EVALUATOR.evaluate(PortfolioReader.readDefault());
        for (Language language : Language.values()) {
            StringWriter defaults = new StringWriter();
            Reports.write(ReportFormat.json, seed, ReportSettings.defaults(language), defaults);
            StringWriter direct = new StringWriter();
            EvaluationJson.write(seed, language, direct);
            assertThat(defaults.toString()).isEqualTo(direct.toString())
                    .isEqualTo(write(seed, language, JsonVersion.V1, false));
        }
        // the release before version 2 wrote this file; the version it writes names its build
        String golden = Files.readString(GOLDEN.resolve("evaluate-default.nl.json"), StandardCharsets.UTF_8);
        String now = write(seed, Language.DUTCH, JsonVersion.V1, false);
        assertThat(now.replaceAll("koers-rules [^\\s\"<]+", "koers-rules VERSION").replaceAll("\\.drl:\\d+", ".drl:N"))
                .isEqualTo(golden.replaceAll("\\.drl:\\d+", ".drl:N"));
    }

    @Test
    void version1OfAPortfolioWithTheNewFieldsKeepsItsShapeAndItsSingleBudgetChange() throws IOException {
        Evaluation evaluation = ReportedFixtures.withFindings();
        String json = write(evaluation, Language.ENGLISH, JsonVersion.V1, false);

        assertThat(problems(V1, json)).isEmpty();
        JsonNode node = JSON.readTree(json);
        assertThat(node.get("budgetChange").get("type").asText()).isEqualTo("gs");
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).doesNotContain("budgetChanges", "disagreements");
        assertThat(node.get("actions").get(1).get("status").asText()).isEqualTo("on-track");
    }
}
