package nl.koers.report;

import static nl.koers.evaluator.RuleFolders.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.Language;
import nl.koers.evaluator.Reload;
import nl.koers.evaluator.RuleFolders;
import nl.koers.evaluator.RuleSource;
import nl.koers.evaluator.ruleset.internal.samples.RuleSampler;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Portfolio;
import nl.koers.report.json.EvaluationJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One evaluator serves many threads at once: each result is byte for byte the one computed alone, whatever the
 * number of threads or the order of the portfolios, also while the rule set is swapped under it.
 */
class ConcurrentEvaluationTest {

    private static final Evaluator SHIPPED = Evaluator.create(RuleSource.builtIn());

    /**
     * Evaluations per thread under load, each compared as JSON: the 8 × 10,000 of issue 6. On a quiet
     * two-core machine this takes under a minute; {@code -Dkoers.load.evaluations=N} changes it.
     */
    private static final int EVALUATIONS = Integer.getInteger("koers.load.evaluations", 10_000);
    private static final int THREADS = 8;
    /** Reloads while the threads evaluate: from the folder to the shipped set and back, at least. */
    private static final int MIN_RELOADS = 2;

    /** A portfolio and the date to evaluate it at. */
    private record Case(String name, Portfolio portfolio, LocalDate peildatum) {

        byte[] json(Evaluator evaluator) {
            return ConcurrentEvaluationTest.json(evaluator.evaluate(portfolio, peildatum));
        }
    }

    /** The result in both forms and languages, as bytes: pretty Dutch JSON, then one English JSON line. */
    private static byte[] json(Evaluation evaluation) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        EvaluationJson.write(evaluation, Language.DUTCH, out);
        EvaluationJson.writeLine(evaluation, Language.ENGLISH, out);
        return bytes.toByteArray();
    }

    /**
     * Portfolios of every kind: the seed at four peildata, the reader's complete examples, the money cases that
     * tell rule sets apart, and the validator's samples (progress from 0 to 130 % of expected, every milestone
     * and monitoring case, deviations from 0 to 200 %).
     */
    private static List<Case> varied() {
        List<Case> cases = new ArrayList<>();
        Portfolio seed = PortfolioReader.readDefault();
        for (LocalDate date : List.of(LocalDate.of(2018, 3, 31), LocalDate.of(2018, 6, 30), LocalDate.of(2018, 12, 31),
                LocalDate.of(2019, 12, 31))) {
            cases.add(new Case("seed at " + date, seed, date));
        }
        for (String file : List.of("complete.yaml", "complete.json")) {
            Portfolio p = PortfolioReader.read(Path.of("../format/src/test/resources/good", file));
            cases.add(new Case(file, p, p.performance().peildatum()));
        }
        for (Portfolio p : loadPortfolios()) {
            cases.add(new Case(p.performance().code() + " " + p.budget(), p, p.performance().peildatum()));
        }
        for (RuleSampler.Sample s : RuleSampler.samples()) {
            cases.add(new Case(s.description(), s.portfolio(), s.peildatum()));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 8})
    void theJsonOfEachPortfolioIsTheSameWhateverTheThreadsAndTheOrder(int threads) throws Exception {
        List<Case> cases = varied();
        List<byte[]> alone = cases.stream().map(c -> c.json(SHIPPED)).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(threads));

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<byte[]>> results = new ArrayList<>(Collections.nCopies(cases.size(), null));
            for (int i : order) {
                results.set(i, pool.submit(() -> cases.get(i).json(SHIPPED)));
            }
            List<String> differing = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                if (!Arrays.equals(results.get(i).get(60, TimeUnit.SECONDS), alone.get(i))) {
                    differing.add(cases.get(i).name());
                }
            }
            assertThat(differing).as("of %d portfolios", cases.size()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The portfolios evaluated under load: the seed, and money cases that the two rule sets colour differently. */
    private static List<Portfolio> loadPortfolios() {
        return List.of(PortfolioReader.readDefault(), money("2000000", "1820000"), money("2000000", "1860000"),
                money("2000000", "1760000"), money("500000", "470000"));
    }

    /**
     * {@value #THREADS} threads evaluate (at least {@link #EVALUATIONS} times each, and on until {@value #MIN_RELOADS}
     * reloads are done) while the rule set is swapped between the shipped one and a copy where money is red from
     * 8 % instead of 10 %, with its own explanation. Each result must be, byte for byte, the one that rule set gives
     * alone: a result that mixed the two sets (one's verdict, the other's rule name or explanation) differs from both.
     */
    @Test
    void underLoadEachResultIsTheOneOfTheRuleSetItReports(@TempDir Path dir) throws Exception {
        List<Portfolio> portfolios = loadPortfolios();
        Evaluator evaluator = Evaluator.create(RuleSource.builtIn());
        String shipped = evaluator.ruleSet();
        Map<String, List<byte[]>> expected = new ConcurrentHashMap<>();
        expected.put(shipped, portfolios.stream().map(p -> json(evaluator.evaluate(p))).toList());
        RuleSource redFrom8 = RuleSource.folder(RuleFolders.redFrom8(dir.resolve("rood-vanaf-8")));
        Reload first = evaluator.reload(redFrom8);
        assertThat(first.accepted()).as(first.problems().toString()).isTrue();
        String folder = first.ruleSet();
        expected.put(folder, portfolios.stream().map(p -> json(evaluator.evaluate(p))).toList());
        assertThat(folder).isNotEqualTo(shipped);
        assertThat(expected.get(folder).get(1)).as("9 %% deviation").isNotEqualTo(expected.get(shipped).get(1));

        AtomicInteger reloads = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(THREADS);
        Map<String, LongAdder> served = new ConcurrentHashMap<>();
        Queue<String> mismatches = new ConcurrentLinkedQueue<>();
        List<Reload> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int w = 0; w < THREADS; w++) {
                int worker = w;
                workers.add(pool.submit(() -> {
                    try {
                        int done = 0;
                        while (done < EVALUATIONS || reloads.get() < MIN_RELOADS) {
                            int which = (worker + done) % portfolios.size();
                            Evaluation e = evaluator.evaluate(portfolios.get(which));
                            List<byte[]> forSet = expected.get(e.ruleSet());
                            if (forSet == null || !Arrays.equals(json(e), forSet.get(which))) {
                                mismatches.add(e.ruleSet() + ", portfolio " + which);
                            }
                            served.computeIfAbsent(e.ruleSet(), k -> new LongAdder()).increment();
                            done++;
                        }
                        return done;
                    } finally {
                        running.countDown();
                    }
                }));
            }
            while (running.getCount() > 0) {
                answers.add(evaluator.reload(reloads.get() % 2 == 0 ? RuleSource.builtIn() : redFrom8));
                reloads.incrementAndGet();
            }
            for (Future<Integer> worker : workers) {
                assertThat(worker.get(10, TimeUnit.MINUTES)).isGreaterThanOrEqualTo(EVALUATIONS);   // a worker's exception fails here
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).hasSizeGreaterThanOrEqualTo(MIN_RELOADS).allMatch(Reload::accepted);
        assertThat(mismatches).as("results that differ from the ones of the rule set they report").isEmpty();
        assertThat(served.keySet()).as("rule sets the threads were served").containsExactlyInAnyOrder(shipped, folder);
    }
}
