package example;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.Language;
import nl.koers.evaluator.RuleSource;
import nl.koers.format.PortfolioReader;
import nl.koers.model.BudgetChange;
import nl.koers.model.Portfolio;
import nl.koers.report.ReportFormat;
import nl.koers.report.ReportSettings;
import nl.koers.report.Reports;

/** How a provincial system embeds Koers; the README's "Embed it" section shows this code. */
public final class Embedding {

    private Embedding() {
    }

    /**
     * Evaluates the portfolio in {@code file} at 31 December 2018, prints each action's status and writes the
     * HTML report to {@code html}.
     */
    public static BudgetChange evaluate(Path file, Path html) throws IOException {
        Evaluator evaluator = Evaluator.create(RuleSource.builtIn());   // build once; thread-safe
        Portfolio portfolio = PortfolioReader.read(file);               // PortfolioException: file:line:column: field: problem
        Evaluation result = evaluator.evaluate(portfolio, LocalDate.of(2018, 12, 31));

        for (ActionOutcome action : result.actions()) {
            System.out.println(action.action().id() + " " + action.statusValue().code()
                    + " — " + result.explain(action.status().finding(), Language.DUTCH)
                    + " [" + action.status().rule() + "]");
        }
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {   // or text, json, csv, markdown
            Reports.write(ReportFormat.html, result, ReportSettings.defaults(Language.DUTCH), out);
        }
        return result.budgetChange().finding();                          // type GS, amount 109000, year 2019
    }

    /** {@code portfolio.yaml [report.html]}: prints the statuses and the budget change, writes the page. */
    public static void main(String[] args) throws IOException {
        System.out.println(evaluate(Path.of(args[0]), Path.of(args.length > 1 ? args[1] : "report.html")));
    }
}
