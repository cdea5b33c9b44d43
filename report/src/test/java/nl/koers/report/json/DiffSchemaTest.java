package nl.koers.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.EvaluationDiff;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.Language;
import nl.koers.evaluator.RuleSource;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Portfolio;
import nl.koers.report.ReportFormat;
import nl.koers.report.ReportSettings;
import nl.koers.report.Reports;
import org.junit.jupiter.api.Test;

/** What other systems are promised of {@code koers diff --format json}: it follows the shipped koers-diff/v1 schema. */
class DiffSchemaTest {

    private static final Evaluator EVALUATOR = Evaluator.create(RuleSource.builtIn());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema();
    private static final Path DIFF_PORTFOLIOS = Path.of("../evaluator/src/test/resources/diff");
    private static final Path GOLDEN = Path.of("../cli/src/test/resources/expected");

    private static JsonSchema schema() {
        try (InputStream in = DiffSchemaTest.class.getResourceAsStream("koers-diff-v1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(EvaluationDiff diff, Language language) throws IOException {
        StringWriter out = new StringWriter();
        Reports.writeDiff(ReportFormat.json, diff, ReportSettings.defaults(language), out);
        JsonNode json = JSON.readTree(out.toString());
        assertThat(json.get("schema").asText()).isEqualTo(DiffJsonRenderer.SCHEMA);
        return json;
    }

    private static List<EvaluationDiff> diffs() {
        Portfolio seed = PortfolioReader.readDefault();
        Evaluation mid = EVALUATOR.evaluate(seed, LocalDate.of(2018, 6, 30));
        Evaluation end = EVALUATOR.evaluate(seed, LocalDate.of(2018, 12, 31));
        Evaluation before = EVALUATOR.evaluate(PortfolioReader.read(DIFF_PORTFOLIOS.resolve("before.yaml")));
        Evaluation after = EVALUATOR.evaluate(PortfolioReader.read(DIFF_PORTFOLIOS.resolve("after.yaml")));
        // over time, between files (actions added, removed, withdrawn, measurements corrected), back again and none
        return List.of(EvaluationDiff.between(mid, end), EvaluationDiff.between(before, after),
                EvaluationDiff.between(after, before), EvaluationDiff.between(end, end));
    }

    @Test
    void everyKindOfDiffFollowsTheSchemaInBothLanguages() throws IOException {
        List<EvaluationDiff> diffs = diffs();
        assertThat(diffs.get(1).actions()).as("the file diff changes actions").isNotEmpty();
        assertThat(diffs.get(3).isEmpty()).as("a diff of an evaluation with itself").isTrue();
        for (EvaluationDiff diff : diffs) {
            for (Language language : Language.values()) {
                Set<ValidationMessage> problems = SCHEMA.validate(json(diff, language));
                assertThat(problems).as(diff.from().peildatum() + " → " + diff.to().peildatum() + " " + language).isEmpty();
            }
        }
    }

    @Test
    void theGoldenDiffFilesOfTheCommandLineFollowTheSchema() throws IOException {
        List<Path> golden;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            golden = files.filter(f -> f.getFileName().toString().matches("diff-.*\\.json")).sorted().toList();
        }
        assertThat(golden).hasSizeGreaterThanOrEqualTo(2);
        for (Path file : golden) {
            assertThat(SCHEMA.validate(JSON.readTree(file.toFile()))).as(file.toString()).isEmpty();
        }
    }

    @Test
    void theSchemaRefusesADiffWithAMissingFieldAnUnknownStatusOrAnExtraField() throws IOException {
        ObjectNode valid = (ObjectNode) json(diffs().get(1), Language.DUTCH);
        assertThat(SCHEMA.validate(valid)).isEmpty();

        ObjectNode missing = valid.deepCopy();
        missing.remove("changed");
        ObjectNode unknownStatus = valid.deepCopy();
        ((ObjectNode) ((ArrayNode) unknownStatus.get("actions")).get(0)).put("to", "bijna-klaar");
        ObjectNode extra = valid.deepCopy();
        extra.put("verdict", "good");
        ObjectNode textAmount = valid.deepCopy();
        ((ObjectNode) textAmount.get("budgetChange").get("to")).put("amount", "109000");

        for (ObjectNode broken : List.of(missing, unknownStatus, extra, textAmount)) {
            assertThat(SCHEMA.validate(broken)).as(broken.toString()).isNotEmpty();
        }
    }
}
