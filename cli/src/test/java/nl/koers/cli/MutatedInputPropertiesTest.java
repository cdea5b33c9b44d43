package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import nl.koers.evaluator.PortfolioReader;

/**
 * Fuzzing: valid portfolios (the embedded default, the CLI's given/ files and the example whose measurements are
 * in a CSV file) with bytes flipped, lines cut, deleted or duplicated (duplicate keys) and values swapped between
 * lines, given to {@code koers evaluate} and {@code koers check}. Whatever the damage, a run ends in a result (exit
 * 0, or 3 for check) or in exit 2 with one "koers: " line; never an uncaught exception, exit 1 or a stack trace.
 *
 * <p>The normal build tries {@value #TRIES} mutants (some ten seconds). For a long run, set the number of tries:
 * {@code mvn -o -B -pl evaluator,cli test -Dtest=MutatedInputPropertiesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dkoers.fuzz.tries=100000}.
 */
class MutatedInputPropertiesTest {

    static final int TRIES = 400;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GIVEN = Path.of("src", "test", "resources", "given");
    private static final Path MEASUREMENTS = Path.of("..", "evaluator", "src", "test", "resources", "measurements");

    /** A valid input: the portfolio and, for the measurements example, the CSV file next to it. */
    record Seed(String name, byte[] portfolio, String csvName, byte[] csv) {
        @Override
        public String toString() {
            return name;
        }
    }

    enum Kind { FLIP_BYTE, CUT, DELETE_LINE, DUPLICATE_LINE, SWAP_VALUES }

    /** One change at a place chosen by {@code a} and {@code b}, taken modulo what there is to choose from. */
    record Mutation(Kind kind, int a, int b, boolean inCsv) {
    }

    record Mutant(Seed seed, List<Mutation> mutations, boolean check) {
        @Override
        public String toString() {
            return (check ? "check " : "evaluate ") + seed + " " + mutations;
        }
    }

    private static final List<Seed> SEEDS = seeds();
    private static Path work;

    @BeforeContainer
    static void makeTheFolder() throws IOException {
        work = Files.createTempDirectory("koers-fuzz");
    }

    @AfterContainer
    static void removeTheFolder() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = TRIES)
    @AddLifecycleHook(TriesFromSystemProperty.class)
    void everyMutantEndsInAResultOrOneInputMessage(@ForAll("mutants") Mutant mutant) throws IOException {
        Path portfolio = work.resolve(mutant.seed().name());
        byte[] yaml = mutant.seed().portfolio();
        byte[] csv = mutant.seed().csv();
        for (Mutation m : mutant.mutations()) {
            if (m.inCsv() && csv != null) {
                csv = apply(m, csv);
            } else {
                yaml = apply(m, yaml);
            }
        }
        Files.write(portfolio, yaml);
        if (csv != null) {
            Files.write(work.resolve(mutant.seed().csvName()), csv);
        }

        CliRun run = mutant.check() ? CliRun.of("check", portfolio.toString())
                : CliRun.of("evaluate", portfolio.toString(), "--format", "json");

        assertThat(run.err()).as(run.err()).doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
                .doesNotContain("internal error");
        if (run.exitCode() == 2) {
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).as(run.err()).singleElement().satisfies(line ->
                    assertThat(line).startsWith("koers: ").doesNotContain("Exception"));
        } else if (mutant.check()) {
            assertThat(run.exitCode()).as(run.err()).isIn(0, 3);
            assertThat(run.out()).isNotBlank();
        } else {
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode result = JSON.readTree(run.out());
            assertThat(result.path("schema").asText()).isEqualTo("koers-result/v1");
        }
    }

    @Provide
    Arbitrary<Mutant> mutants() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.of(true, false)).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(SEEDS), mutation.list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of(true, false)).as(Mutant::new);
    }

    // ---- mutations

    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:- )?\"?[\\w]+\"?\\s*:\\s*)(\\S.*?)(,?)$");

    static byte[] apply(Mutation m, byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        return switch (m.kind()) {
            case FLIP_BYTE -> {
                byte[] flipped = bytes.clone();
                flipped[m.a() % bytes.length] ^= (byte) (1 << (m.b() % 8));
                yield flipped;
            }
            case CUT -> java.util.Arrays.copyOf(bytes, m.a() % bytes.length);
            case DELETE_LINE, DUPLICATE_LINE -> {
                List<String> lines = lines(bytes);
                int i = m.a() % lines.size();
                if (m.kind() == Kind.DELETE_LINE) {
                    lines.remove(i);
                } else {
                    lines.add(i, lines.get(i));
                }
                yield join(lines);
            }
            case SWAP_VALUES -> {
                List<String> lines = lines(bytes);
                List<Integer> pairs = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (KEY_VALUE.matcher(lines.get(i)).matches()) {
                        pairs.add(i);
                    }
                }
                if (pairs.size() < 2) {
                    yield bytes;
                }
                int x = pairs.get(m.a() % pairs.size());
                int y = pairs.get(m.b() % pairs.size());
                Matcher mx = KEY_VALUE.matcher(lines.get(x));
                Matcher my = KEY_VALUE.matcher(lines.get(y));
                mx.matches();
                my.matches();
                lines.set(x, mx.group(1) + my.group(2) + mx.group(3));
                lines.set(y, my.group(1) + mx.group(2) + my.group(3));
                yield join(lines);
            }
        };
    }

    private static List<String> lines(byte[] bytes) {
        return new ArrayList<>(List.of(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)));
    }

    /** Lines are split and joined as ISO-8859-1, so that every byte, UTF-8 or not, survives unchanged. */
    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    // ---- seeds

    private static List<Seed> seeds() {
        try {
            List<Seed> seeds = new ArrayList<>();
            try (InputStream in = PortfolioReader.class.getClassLoader().getResourceAsStream(PortfolioReader.DEFAULT_RESOURCE)) {
                seeds.add(new Seed("default-portfolio.yaml", in.readAllBytes(), null, null));
            }
            try (Stream<Path> files = Files.list(GIVEN)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    seeds.add(new Seed(file.getFileName().toString(), Files.readAllBytes(file), null, null));
                }
            }
            seeds.add(new Seed("portfolio.yaml", Files.readAllBytes(MEASUREMENTS.resolve("portfolio.yaml")),
                    "metingen.csv", Files.readAllBytes(MEASUREMENTS.resolve("metingen.csv"))));
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code -Dkoers.fuzz.tries=N} overrides the number of tries, for a long run on demand. */
    static final class TriesFromSystemProperty implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            String tries = System.getProperty("koers.fuzz.tries");
            if (tries != null) {
                context.attributes().setTries(Integer.parseInt(tries));
            }
            return property.execute();
        }
    }
}
