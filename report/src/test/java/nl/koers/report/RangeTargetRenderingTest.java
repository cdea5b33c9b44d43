package nl.koers.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Language;
import nl.koers.format.PortfolioReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A range target ("500–3000 TJ", issue 12, phenomenon 11) renders in every format and both languages, with its range
 * as the streefwaarde. Until this test, the reports had no label for the direction {@code within}, and a range target
 * ended text, Markdown and HTML reports with an internal error.
 */
class RangeTargetRenderingTest {

    private static final String PORTFOLIO = """
            format: koers/v1
            performance:
              code: "3.1.1"
              title: "Energie uit wind"
              period: { start: 2020-01-01, end: 2020-12-31 }
            actions:
              - id: "1"
                title: "Windparken"
                targets:
                  - { id: "1a", kind: quantity, indicator: "Opgewekte energie", unit: "TJ", direction: within,
                      value: 500, upper: 3000 }
                measurements:
                  - { target: "1a", date: 2020-12-31, value: 1200 }
            """;

    private static Evaluation evaluated() {
        return ReportedFixtures.EVALUATOR.evaluate(
                PortfolioReader.read("bereik.yaml", PORTFOLIO.getBytes(StandardCharsets.UTF_8)));
    }

    private static String render(ReportFormat format, Language language) {
        StringWriter out = new StringWriter();
        Reports.write(format, evaluated(), ReportSettings.defaults(language), out);
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"text", "markdown", "html"})
    void theStreefwaardeOfARangeTargetIsItsRange(ReportFormat format) {
        assertThat(render(format, Language.DUTCH)).contains("tussen 500 en 3.000");
        assertThat(render(format, Language.ENGLISH)).contains("between 500 and 3,000");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aRangeTargetRendersInEveryFormat(ReportFormat format) {
        for (Language language : Language.values()) {
            assertThat(render(format, language)).contains("Opgewekte energie");
        }
    }
}
