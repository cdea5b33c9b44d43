package nl.koers.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.JsonText;
import nl.koers.evaluator.Language;
import nl.koers.evaluator.RuleSource;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Portfolio;
import org.junit.jupiter.api.Test;

/**
 * The JSON other systems read: schema first, fields always in the same order, amounts as plain decimal
 * numbers, and the same bytes for the same portfolio every time.
 */
class EvaluationJsonTest {

    private static final Evaluator EVALUATOR = Evaluator.create(RuleSource.builtIn());

    private static final List<String> TOP = List.of("schema", "performance", "peildatum", "ruleSet", "language",
            "actions", "contentColour", "moneyColour", "budgetChange", "needsAttention");
    private static final List<String> PERFORMANCE = List.of("code", "title", "organisation");
    private static final List<String> ACTION = List.of("id", "title", "status", "explanation", "rule", "ruleLocation", "facts",
            "targets");
    private static final List<String> TARGET = List.of("id", "kind", "indicator", "status", "measuredOn", "realised",
            "bound", "streefwaarde", "expected", "ratio", "due", "explanation", "rule", "ruleLocation", "facts");
    private static final List<String> MILESTONE = List.of("id", "kind", "indicator", "status", "measuredOn",
            "realised", "bound", "done", "streefwaarde", "expected", "ratio", "due", "explanation", "rule", "ruleLocation", "facts");
    private static final List<String> COLOUR = List.of("colour", "explanation", "rule", "ruleLocation", "facts");
    private static final List<String> BUDGET_CHANGE = List.of("type", "amount", "source", "year", "explanation",
            "rule", "ruleLocation", "facts");

    @Test
    void theSchemaComesFirstAndEveryObjectHasItsFieldsInAFixedOrder() throws IOException {
        String json = json(EVALUATOR.evaluate(PortfolioReader.readDefault()), Language.DUTCH);

        try (JsonParser parser = JsonText.parser(json)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            List<String> top = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                top.add(field);
                parser.nextToken();
                switch (field) {
                    case "performance" -> assertThat(JsonText.fieldNames(parser)).isEqualTo(PERFORMANCE);
                    case "actions" -> actions(parser);
                    case "contentColour", "moneyColour" -> assertThat(JsonText.fieldNames(parser)).isEqualTo(COLOUR);
                    case "budgetChange" -> assertThat(JsonText.fieldNames(parser)).isEqualTo(BUDGET_CHANGE);
                    default -> parser.skipChildren();
                }
            }
            assertThat(top).isEqualTo(TOP);
        }
        assertThat(json).startsWith("{\n  \"schema\" : \"koers-result/v1\",\n");
    }

    private static void actions(JsonParser parser) throws IOException {
        int actions = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            actions++;
            List<String> fields = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                fields.add(parser.currentName());
                if (parser.nextToken() == JsonToken.START_ARRAY && "targets".equals(parser.currentName())) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        List<String> target = JsonText.fieldNames(parser);
                        assertThat(target).isIn(TARGET, MILESTONE);
                    }
                } else {
                    parser.skipChildren();
                }
            }
            assertThat(fields).isEqualTo(ACTION);
        }
        assertThat(actions).isEqualTo(5);
    }

    @Test
    void amountsAndFiguresAreWrittenAsPlainNumbers() {
        String json = json(EVALUATOR.evaluate(PortfolioReader.readDefault()), Language.ENGLISH);

        assertThat(JsonText.literal(json, "budgetChange", "amount")).isEqualTo("109000");
        assertThat(json).contains("\"amount\" : 109000,", "\"streefwaarde\" : 30,", "\"realised\" : 40,");
        assertThat(JsonText.numbers(json)).isNotEmpty().allSatisfy(n -> assertThat(n).doesNotContainIgnoringCase("e"));
    }

    @Test
    void centsAndRoundHundredsKeepTheirExactValue() {
        Portfolio portfolio = PortfolioReader.read("cents.yaml", new ByteArrayInputStream("""
                format: koers/v1
                performance:
                  code: "9.9.9"
                  title: "Proef"
                  period: { start: 2018-01-01, end: 2018-12-31 }
                actions:
                  - id: "1"
                    targets:
                      - { id: "1a", kind: quantity, direction: at-least, value: 300, baseline: 0.10 }
                    measurements:
                      - { target: "1a", date: 2018-06-30, value: 100.50 }
                budget:
                  slices:
                    - { year: 2018, budgeted: 1000000.00, realised: 0.10, fromReserve: false, continues: true }
                """.getBytes(StandardCharsets.UTF_8)));

        String json = json(EVALUATOR.evaluate(portfolio), Language.DUTCH);

        assertThat(new BigDecimal(JsonText.literal(json, "budgetChange", "amount"))).isEqualByComparingTo("999999.90");
        // written like every other figure of the result (and of koers-diff): without trailing zeros
        assertThat(JsonText.literal(json, "budgetChange", "amount")).isEqualTo("999999.9");
        assertThat(JsonText.numbers(json)).allSatisfy(n -> assertThat(n).doesNotContainIgnoringCase("e"))
                .anySatisfy(n -> assertThat(new BigDecimal(n)).isEqualByComparingTo("100.50"))
                .anySatisfy(n -> assertThat(new BigDecimal(n)).isEqualByComparingTo("300"));
    }

    @Test
    void theSamePortfolioGivesTheSameBytesEveryTime() {
        Portfolio seed = PortfolioReader.readDefault();

        String first = json(EVALUATOR.evaluate(seed), Language.DUTCH);
        String second = json(EVALUATOR.evaluate(PortfolioReader.readDefault()), Language.DUTCH);
        String fresh = json(Evaluator.create(RuleSource.builtIn()).evaluate(seed), Language.DUTCH);

        assertThat(second.getBytes(StandardCharsets.UTF_8)).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
        assertThat(fresh).isEqualTo(first);
    }

    @Test
    void explanationsAreWrittenInTheLanguageAskedFor() {
        Evaluation seed = EVALUATOR.evaluate(PortfolioReader.readDefault());

        String dutch = json(seed, Language.DUTCH);
        String english = json(seed, Language.ENGLISH);

        assertThat(dutch).contains("\"language\" : \"nl\"", "€ 109.000");
        assertThat(english).contains("\"language\" : \"en\"", "€109,000");
        assertThat(english).isNotEqualTo(dutch);
    }

    private static String json(Evaluation evaluation, Language language) {
        StringWriter out = new StringWriter();
        EvaluationJson.write(evaluation, language, out);
        return out.toString();
    }
}
