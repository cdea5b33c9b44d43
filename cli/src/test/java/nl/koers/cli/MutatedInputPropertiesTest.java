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
import nl.koers.format.PortfolioReader;

/**
 * Fuzzing: valid portfolios (the embedded default, the CLI's given/ files and the example whose measurements are
 * in a CSV file) with bytes flipped, lines cut, deleted or duplicated (duplicate keys), values swapped between
 * lines, numbers rewritten with huge or tiny exponents and long scales, control characters and bidi overrides
 * inserted (raw, and as YAML/JSON escapes), and quotes put where they break a CSV row, given to
 * {@code koers evaluate} and {@code koers check}. Whatever the damage, a run ends in a result (exit
 * 0, or 3 for check) or in exit 2 with one "koers: " line; never an uncaught exception, exit 1 or a stack trace.
 *
 * <p>The normal build tries {@value #TRIES} mutants of every seed and {@value #CSV_TRIES} of the measurements CSV
 * (some fifteen seconds). For a long run, set the number of tries:
 * {@code mvn -o -B -pl evaluator,cli test -Dtest=MutatedInputPropertiesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dkoers.fuzz.tries=100000}.
 */
class MutatedInputPropertiesTest {

    static final int TRIES = 400;
    static final int CSV_TRIES = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GIVEN = Path.of("src", "test", "resources", "given");
    private static final Path MEASUREMENTS = Path.of("..", "format", "src", "test", "resources", "measurements");

    /** A valid input: the portfolio and, for the measurements example, the CSV file next to it. */
    record Seed(String name, byte[] portfolio, String csvName, byte[] csv) {
        @Override
        public String toString() {
            return name;
        }
    }

    enum Kind { FLIP_BYTE, CUT, DELETE_LINE, DUPLICATE_LINE, SWAP_VALUES, NUMBER, CONTROL, QUOTE }

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
        endsInAResultOrOneInputMessage(mutant);
    }

    @Property(tries = CSV_TRIES)
    @AddLifecycleHook(TriesFromSystemProperty.class)
    void everyMangledMeasurementsCsvEndsInAResultOrOneInputMessage(@ForAll("csvMutants") Mutant mutant)
            throws IOException {
        endsInAResultOrOneInputMessage(mutant);
    }

    private static void endsInAResultOrOneInputMessage(Mutant mutant) throws IOException {
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

    /** The example with a measurements CSV, its CSV mangled by quotes, numbers and control characters. */
    @Provide
    Arbitrary<Mutant> csvMutants() {
        Seed csv = SEEDS.stream().filter(seed -> seed.csv() != null).findFirst().orElseThrow();
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.QUOTE, Kind.NUMBER, Kind.CONTROL),
                Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.just(true)).as(Mutation::new);
        return Combinators.combine(Arbitraries.just(csv), mutation.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(true, false)).as(Mutant::new);
    }

    // ---- mutations

    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:- )?\"?[\\w]+\"?\\s*:\\s*)(\\S.*?)(,?)$");
    /** A number as written in a portfolio or a CSV cell (with a decimal comma). */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");
    /** What a number becomes: exponents past any limit, scales of thousands of digits, zeros with huge scales. */
    private static final List<String> NUMBERS = List.of("1e-100000000", "1E+999999999", "0E-999999999", "0E+999999999",
            "1e-2147483648", "9.99e14", "1e15", "0." + "0".repeat(5000) + "1", "1" + "0".repeat(3000),
            "0.0000000000001", "123456789012345.000000000001", "1_000.5", "-0.0", "1e-12");
    /** Inserted into a line: control characters and bidi overrides, raw and as the escapes YAML and JSON read. */
    private static final List<String> CONTROLS = List.of("\u001b[2J", "\u202e", "\u2066", "\r", "\u0000", "\u0007",
            "\u0085", "\u2028", "\\u001b", "\\u202e", "\\u0000", "\\n", "\\x1b", "\\e", "\\U0001F600");
    /** Quotes put into a CSV row: in the middle of a cell, after a closing one, never closed, doubled. */
    private static final List<String> QUOTES = List.of("\"", "\"\"", "\" \"", "x\"y", "\"x\"y", "\"\n", "\n\"");

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
            case NUMBER -> {
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                List<int[]> numbers = new ArrayList<>();
                Matcher found = NUMBER.matcher(text);
                while (found.find()) {
                    numbers.add(new int[] {found.start(), found.end()});
                }
                if (numbers.isEmpty()) {
                    yield bytes;
                }
                int[] at = numbers.get(m.a() % numbers.size());
                String number = NUMBERS.get(m.b() % NUMBERS.size());
                yield (text.substring(0, at[0]) + number + text.substring(at[1])).getBytes(StandardCharsets.ISO_8859_1);
            }
            case CONTROL, QUOTE -> {
                // inserted as UTF-8 at a character boundary of the text read as ISO-8859-1, so a raw character is valid UTF-8
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                List<String> choices = m.kind() == Kind.CONTROL ? CONTROLS : QUOTES;
                String insert = new String(choices.get(m.b() % choices.size()).getBytes(StandardCharsets.UTF_8),
                        StandardCharsets.ISO_8859_1);
                int at = m.a() % (text.length() + 1);
                while (at > 0 && at < text.length() && (text.charAt(at) & 0xC0) == 0x80) {
                    at--;
                }
                yield (text.substring(0, at) + insert + text.substring(at)).getBytes(StandardCharsets.ISO_8859_1);
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
