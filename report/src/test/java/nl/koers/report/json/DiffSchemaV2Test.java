package nl.koers.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.EvaluationDiff;
import nl.koers.evaluator.Language;
import nl.koers.format.PortfolioReader;
import nl.koers.report.JsonVersion;
import nl.koers.report.ReportFormat;
import nl.koers.report.ReportSettings;
import nl.koers.report.ReportedFixtures;
import nl.koers.report.Reports;
import org.junit.jupiter.api.Test;

/** koers-diff/v2 follows its schema and names the budget changes, disagreements and overrides that changed. */
class DiffSchemaV2Test {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema(String name) {
        try (InputStream in = DiffSchemaV2Test.class.getResourceAsStream(name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(EvaluationDiff diff, Language language, JsonVersion version) throws IOException {
        StringWriter out = new StringWriter();
        Reports.writeDiff(ReportFormat.json, diff, ReportSettings.defaults(language).withJson(version), out);
        return JSON.readTree(out.toString());
    }

    @Test
    void everyDiffFollowsItsSchemaInBothVersions() throws IOException {
        Evaluation seed = ReportedFixtures.EVALUATOR.evaluate(PortfolioReader.readDefault());
        Evaluation reported = ReportedFixtures.withFindings();
        JsonSchema v1 = schema("koers-diff-v1.schema.json");
        JsonSchema v2 = schema("koers-diff-v2.schema.json");
        for (EvaluationDiff diff : List.of(EvaluationDiff.between(seed, reported), EvaluationDiff.between(reported, seed),
                EvaluationDiff.between(seed, seed), EvaluationDiff.between(reported, reported))) {
            for (Language language : Language.values()) {
                JsonNode one = json(diff, language, JsonVersion.V1);
                assertThat(one.get("schema").asText()).isEqualTo("koers-diff/v1");
                assertThat(v1.validate(one)).isEmpty();
                JsonNode two = json(diff, language, JsonVersion.V2);
                assertThat(two.get("schema").asText()).isEqualTo("koers-diff/v2");
                assertThat(v2.validate(two)).as(two.toPrettyString()).isEmpty();
            }
        }
    }

    @Test
    void version2NamesWhatChanged() throws IOException {
        EvaluationDiff diff = EvaluationDiff.between(ReportedFixtures.EVALUATOR.evaluate(PortfolioReader.readDefault()),
                ReportedFixtures.withFindings());

        JsonNode json = json(diff, Language.DUTCH, JsonVersion.V2);

        assertThat(json.get("changed").asBoolean()).isTrue();
        assertThat(json.get("budgetChanges").get("changed").asBoolean()).isTrue();
        assertThat(json.get("budgetChanges").get("from")).hasSize(1);
        assertThat(json.get("budgetChanges").get("to")).hasSize(2);
        assertThat(json.get("budgetChanges").get("to").get(1).get("decider").asText()).isEqualTo("ps");
        assertThat(json.get("disagreements").get(0).get("change").asText()).isEqualTo("added");
        assertThat(json.get("disagreements").get(0).get("to").get("reported").asText()).isEqualTo("on-track");
        assertThat(json.get("override").get("to").get("content").asText()).isEqualTo("green");
        JsonNode two = json.get("actions").findValues("id").stream().anyMatch(id -> id.asText().equals("2"))
                ? json.get("actions").get(0) : null;
        assertThat(two).isNotNull();
        assertThat(two.get("override").get("to").get("status").asText()).isEqualTo("achieved");
        assertThat(json.has("budgetChange")).isFalse();
    }
}
