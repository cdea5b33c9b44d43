package nl.koers.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.RuleSource;
import nl.koers.model.Portfolio;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * In-process evaluation throughput of a synthetic begroting with the shipped rules, in Drools and in the
 * plain-Java reference, on the same data. One operation evaluates every portfolio of the begroting; the
 * targets per second are the begroting's target count divided by the time per operation (BENCHMARKS.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class EvaluationBenchmark {

    @Param({"1000", "10000"})
    public int targets;

    private List<Portfolio> begroting;
    private Evaluator drools;

    @Setup(Level.Trial)
    public void setUp() {
        begroting = SyntheticBegroting.withTargets(targets, 42);
        drools = Evaluator.create(RuleSource.builtIn());
    }

    @Benchmark
    public void drools(Blackhole blackhole) {
        for (Portfolio portfolio : begroting) {
            blackhole.consume(drools.evaluate(portfolio, SyntheticBegroting.PEILDATUM));
        }
    }

    @Benchmark
    public void reference(Blackhole blackhole) {
        for (Portfolio portfolio : begroting) {
            blackhole.consume(ReferenceEvaluator.evaluate(portfolio, SyntheticBegroting.PEILDATUM));
        }
    }
}
