package example;

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

/** How a provincial system embeds Koers; the README's "Embed it" section shows this code. */
public final class Embedding {

    private Embedding() {
    }

    /** Evaluates the portfolio in {@code file} at 31 December 2018 and prints each action's status. */
    public static BudgetChange evaluate(Path file) {
        Evaluator evaluator = Evaluator.create(RuleSource.builtIn());   // build once; thread-safe
        Portfolio portfolio = PortfolioReader.read(file);               // PortfolioException: file:line:column: field: problem
        Evaluation result = evaluator.evaluate(portfolio, LocalDate.of(2018, 12, 31));

        for (ActionOutcome action : result.actions()) {
            System.out.println(action.action().id() + " " + action.statusValue().code()
                    + " — " + result.explain(action.status().finding(), Language.DUTCH)
                    + " [" + action.status().rule() + "]");
        }
        return result.budgetChange().finding();                          // type GS, amount 109000, year 2019
    }

    public static void main(String[] args) {
        System.out.println(evaluate(Path.of(args[0])));
    }
}
