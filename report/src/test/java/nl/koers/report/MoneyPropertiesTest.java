package nl.koers.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.JsonText;
import nl.koers.evaluator.Language;
import nl.koers.evaluator.RuleSource;
import nl.koers.format.PortfolioReader;
import nl.koers.model.BudgetChange;
import nl.koers.model.ChangeType;
import nl.koers.model.Portfolio;
import nl.koers.report.json.EvaluationJson;
import nl.koers.testkit.KoersDomain.SliceCase;
import nl.koers.testkit.KoersDomain;

/**
 * A begrotingswijziging is copied into the begroting to the cent: from the file, through the rules, into
 * the explanation and the JSON, an amount is never rounded through {@code double}.
 */
@Domain(KoersDomain.class)
class MoneyPropertiesTest {

    private static final Evaluator EVALUATOR = Evaluator.create(RuleSource.builtIn());

    @Property(tries = 200)
    void moneyIsNeverRoundedThroughDouble(@ForAll SliceCase slice) {
        String name = slice.json() ? "slice.json" : "slice.yaml";
        Portfolio portfolio = PortfolioReader.read(name,
                new ByteArrayInputStream(file(slice).getBytes(StandardCharsets.UTF_8)));
        Evaluation evaluation = EVALUATOR.evaluate(portfolio);
        BudgetChange change = evaluation.budgetChange().finding();

        Expected expected = expected(slice);
        if (expected.type() == ChangeType.NONE) {
            assertThat(change.type()).isEqualTo(ChangeType.NONE);
        } else if (expected.type() == ChangeType.PS) {
            assertThat(change.type()).as("an overspend is for PS").isEqualTo(ChangeType.PS);
        } else {
            assertThat(change.type()).as("a balance for continuing work moves").isNotEqualTo(ChangeType.NONE);
        }
        assertThat(change.year()).as("money moves to the year after the jaarschijf")
                .isEqualTo(change.type() == ChangeType.NONE ? null : 2019);
        assertThat(change.amount()).isEqualByComparingTo(expected.amount());
        assertThat(plain(change.amount())).isEqualTo(plain(expected.amount()));

        StringWriter json = new StringWriter();
        EvaluationJson.write(evaluation, Language.ENGLISH, json);
        String literal = JsonText.literal(json.toString(), "budgetChange", "amount");
        assertThat(literal).doesNotContainIgnoringCase("e");
        assertThat(plain(new BigDecimal(literal))).isEqualTo(plain(expected.amount()));

        if (expected.type() != ChangeType.NONE) {
            for (Language language : Language.values()) {
                assertThat(evaluation.explain(change, language)).contains(language.money(expected.amount()));
            }
        }
    }

    private record Expected(ChangeType type, BigDecimal amount) {
    }

    /**
     * The format's arithmetic, done here in BigDecimal: an overspend goes to PS; a balance for continuing work
     * moves (by GS, by PS beyond the GS mandate, or as result allocation: the type is the rules' business).
     */
    private static Expected expected(SliceCase s) {
        BigDecimal realised = s.realised() != null ? s.realised()
                : s.budgeted() != null && s.unspent() != null ? s.budgeted().subtract(s.unspent()) : null;
        if (s.budgeted() != null && realised != null && realised.compareTo(s.budgeted()) > 0) {
            return new Expected(ChangeType.PS, realised.subtract(s.budgeted()));
        }
        BigDecimal unspent = s.unspent() != null ? s.unspent()
                : s.budgeted() != null && realised != null ? s.budgeted().subtract(realised) : null;
        if (unspent == null || unspent.signum() == 0 || !s.continues()) {
            return new Expected(ChangeType.NONE, BigDecimal.ZERO);
        }
        return new Expected(s.fromReserve() ? ChangeType.GS : ChangeType.RESULT_ALLOCATION, unspent);
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    /** The portfolio as an analyst would type it, amounts written out exactly as generated. */
    private static String file(SliceCase s) {
        StringBuilder out = new StringBuilder();
        if (s.json()) {
            out.append("{ \"format\": \"koers/v1\",\n")
                    .append("  \"performance\": { \"code\": \"9.9.9\", \"title\": \"Proef\", \"reserve\": \"Reserve uitvoering\",\n")
                    .append("    \"period\": { \"start\": \"2018-01-01\", \"end\": \"2018-12-31\" } },\n")
                    .append("  \"budget\": { \"currency\": \"EUR\", \"slices\": [ { \"year\": 2018");
            amount(out, ", \"budgeted\": ", s.budgeted());
            amount(out, ", \"realised\": ", s.realised());
            amount(out, ", \"unspent\": ", s.unspent());
            out.append(", \"fromReserve\": ").append(s.fromReserve())
                    .append(", \"continues\": ").append(s.continues()).append(" } ] } }\n");
        } else {
            out.append("format: koers/v1\nperformance:\n  code: \"9.9.9\"\n  title: \"Proef\"\n")
                    .append("  reserve: \"Reserve uitvoering\"\n  period: { start: 2018-01-01, end: 2018-12-31 }\n")
                    .append("budget:\n  currency: EUR\n  slices:\n    - year: 2018\n");
            amount(out, "      budgeted: ", s.budgeted());
            amount(out, "      realised: ", s.realised());
            amount(out, "      unspent: ", s.unspent());
            out.append("      fromReserve: ").append(s.fromReserve()).append('\n')
                    .append("      continues: ").append(s.continues()).append('\n');
        }
        return out.toString();
    }

    private static void amount(StringBuilder out, String field, BigDecimal value) {
        if (value != null) {
            out.append(field).append(value.toPlainString()).append(out.charAt(0) == '{' ? "" : "\n");
        }
    }
}
