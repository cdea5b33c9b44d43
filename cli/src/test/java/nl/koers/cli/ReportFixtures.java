package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.Language;
import nl.koers.evaluator.RuleSource;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Portfolio;
import nl.koers.report.Messages;
import nl.koers.report.Report;
import nl.koers.report.ReportFormat;
import nl.koers.report.ReportSettings;
import nl.koers.report.Reports;

/** Portfolios and evaluations the report tests share. */
final class ReportFixtures {

    static final Path GIVEN = Path.of("src/test/resources/given");

    /**
     * Text that tries to break out of every format: markup and a script for HTML and Markdown, pipes for
     * Markdown tables, separators, quotes and a line break for CSV, a formula for spreadsheets.
     */
    static final String HOSTILE = """
            format: koers/v1
            performance:
              code: "6.6.6"
              title: "<script>alert('x')</script> | Pijp & co"
              organisation: "# <img src=http://evil.example/x.png>"
              portfolioHolder: "</dd><script src=//evil.example/x.js></script>"
              period: { start: 2024-01-01, end: 2024-12-31 }
            actions:
              - id: "1"
                title: "=HYPERLINK(\\"http://evil.example\\") | <b>vet</b> *nadruk* [link](http://evil.example)"
                targets:
                  - id: "1a"
                    kind: quantity
                    indicator: "Regels; \\"aanhalingstekens\\", komma's\\nen een nieuwe regel"
                    unit: "km"
                    direction: at-least
                    value: 10
                measurements:
                  - { target: "1a", date: 2024-06-30, value: 4.25 }
            """;

    private static Evaluator evaluator;

    private ReportFixtures() {
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static synchronized Evaluation evaluate(Portfolio portfolio) {
        if (evaluator == null) {
            evaluator = Evaluator.create(RuleSource.builtIn());
        }
        return evaluator.evaluate(portfolio, portfolio.performance().peildatum());
    }

    static Evaluation seed() {
        return evaluate(PortfolioReader.readDefault());
    }

    /** {@code evaluations} written as one report in {@code format}. */
    static String render(ReportFormat format, Language language, boolean many, char separator, boolean bom,
                         Evaluation... evaluations) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Report report = Reports.open(format, new ReportSettings(new Messages(language), many, false, separator, bom), out);
        for (Evaluation evaluation : evaluations) {
            report.add(evaluation);
        }
        report.finish();
        return text.toString();
    }

    static String render(ReportFormat format, Language language, Evaluation evaluation) {
        return render(format, language, false, ',', false, evaluation);
    }
}
