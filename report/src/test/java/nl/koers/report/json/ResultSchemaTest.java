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
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.Language;
import nl.koers.evaluator.RuleSource;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Portfolio;
import nl.koers.testkit.KoersDomain;
import org.junit.jupiter.api.Test;

/** What other systems are promised: every result, pretty or as a JSON Line, follows the shipped JSON Schema. */
class ResultSchemaTest {

    private static final Evaluator EVALUATOR = Evaluator.create(RuleSource.builtIn());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try (InputStream in = ResultSchemaTest.class.getResourceAsStream("koers-result-v1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<ValidationMessage> problems(Evaluation evaluation, Language language, boolean line) throws IOException {
        StringWriter out = new StringWriter();
        if (line) {
            EvaluationJson.writeLine(evaluation, language, out);
        } else {
            EvaluationJson.write(evaluation, language, out);
        }
        JsonNode result = JSON.readTree(out.toString());
        assertThat(result.get("schema").asText()).isEqualTo(EvaluationJson.SCHEMA);
        return SCHEMA.validate(result);
    }

    @Test
    void theSeedsResultFollowsTheSchemaInBothLanguagesAndBothForms() throws IOException {
        Portfolio seed = PortfolioReader.readDefault();
        for (LocalDate peildatum : new LocalDate[] {LocalDate.of(2018, 6, 30), LocalDate.of(2018, 12, 31)}) {
            Evaluation evaluation = EVALUATOR.evaluate(seed, peildatum);
            for (Language language : Language.values()) {
                assertThat(problems(evaluation, language, false)).as(peildatum + " " + language).isEmpty();
                assertThat(problems(evaluation, language, true)).as(peildatum + " " + language).isEmpty();
            }
        }
    }

    @Property(tries = 100)
    @Domain(KoersDomain.class)
    void everyGeneratedResultFollowsTheSchema(@ForAll KoersDomain.PortfolioCase given) throws IOException {
        Evaluation evaluation = EVALUATOR.evaluate(given.portfolio(), given.peildatum());
        assertThat(problems(evaluation, Language.DUTCH, true)).isEmpty();
        assertThat(problems(evaluation, Language.ENGLISH, false)).isEmpty();
    }
}
