package nl.koers.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.koers.model.BudgetChange;
import nl.koers.model.ChangeType;
import nl.koers.model.Portfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Embed it" snippet, run against the seed in a temporary folder, so it cannot go stale. */
class EmbeddingExampleTest {

    @TempDir
    Path folder;

    @Test
    void theReadmeSnippetEvaluatesThePortfolioAndFindsTheGsChange() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PortfolioReader.DEFAULT_RESOURCE)) {
            Files.copy(in, folder.resolve("5.4.2.yaml"));
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        BudgetChange found;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            found = snippet(folder);
        } finally {
            System.setOut(original);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("1 achieved — Alle doelen van actie 1 zijn behaald. [Action with every target achieved is achieved]");
        assertThat(found.type()).isEqualTo(ChangeType.GS);
        assertThat(found.year()).isEqualTo(2019);
    }

    private static BudgetChange snippet(Path folder) {
        // --- snippet: README "Embed it" (paths relative to the folder the portfolio is in)
        Evaluator evaluator = Evaluator.create(RuleSource.builtIn());   // build once; thread-safe
        Portfolio portfolio = PortfolioReader.read(folder.resolve("5.4.2.yaml")); // PortfolioException: file:line:column: field: problem
        Evaluation result = evaluator.evaluate(portfolio, LocalDate.of(2018, 12, 31));

        for (ActionOutcome action : result.actions()) {
            System.out.println(action.action().id() + " " + action.statusValue().code()
                    + " — " + result.explain(action.status().finding(), Language.DUTCH)
                    + " [" + action.status().rule() + "]");
        }
        BudgetChange change = result.budgetChange().finding();   // type GS, amount 109000, source, year 2019
        // --- end of snippet
        return change;
    }
}
