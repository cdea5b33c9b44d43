package nl.koers.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.koers.model.Portfolio;
import org.junit.jupiter.api.Test;

/** One evaluator serves many threads at once, and each result equals the one computed alone. */
class ConcurrentEvaluationTest {

    private static final Evaluator EVALUATOR = Evaluator.create(RuleSource.builtIn());

    private static String json(Evaluation evaluation) {
        StringWriter out = new StringWriter();
        EvaluationJson.write(evaluation, Language.DUTCH, out);
        return out.toString();
    }

    @Test
    void evaluationsFromManyThreadsEqualTheSequentialOnes() throws Exception {
        Portfolio seed = PortfolioReader.readDefault();
        List<LocalDate> dates = List.of(LocalDate.of(2018, 3, 31), LocalDate.of(2018, 6, 30),
                LocalDate.of(2018, 12, 31), LocalDate.of(2019, 12, 31));
        List<String> expected = dates.stream().map(d -> json(EVALUATOR.evaluate(seed, d))).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int which = i % dates.size();
                runs.add(pool.submit(() -> json(EVALUATOR.evaluate(seed, dates.get(which))).equals(expected.get(which))));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
