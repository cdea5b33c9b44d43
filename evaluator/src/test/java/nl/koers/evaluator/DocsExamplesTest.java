package nl.koers.evaluator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.koers.evaluator.ruleset.ScenarioReport;
import nl.koers.evaluator.ruleset.ScenarioResult;
import nl.koers.evaluator.ruleset.ScenarioRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked examples in {@code docs/examples/NN-name/scenario.yaml}: each is a small portfolio written from a public
 * page of a Dutch province, with the outcome the province decided. Every example runs with the shipped rules
 * through the scenario runner, one test per example, and a failure names the example and lists what differed, so
 * that an example the rules stop reproducing is seen in the build rather than in a reader's hands.
 */
class DocsExamplesTest {

    /** The examples, from the module's base directory (Surefire runs with it as the working directory). */
    static final Path EXAMPLES = Path.of("..", "docs", "examples");

    private static final Evaluator SHIPPED = Evaluator.create(RuleSource.builtIn());

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyExamplePassesWithTheShippedRules() throws IOException {
        List<Path> examples = examples(EXAMPLES);
        assertThat(examples).as("examples in %s", EXAMPLES.toAbsolutePath().normalize()).isNotEmpty();
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.getFileName().toString(),
                () -> assertPasses(example, work.resolve(example.getFileName().toString()))));
    }

    @Test
    void everyPhenomenonAndTheDefectHasAnExampleWithAReadme() throws IOException {
        List<Path> examples = examples(EXAMPLES);
        // 17 phenomena of issue 12 plus the at-most defect, numbered 01..18.
        assertThat(examples.stream().map(e -> e.getFileName().toString().substring(0, 2)))
                .containsExactlyElementsOf(Stream.iterate(1, i -> i + 1).limit(18)
                        .map(i -> String.format("%02d", i)).toList());
        for (Path example : examples) {
            assertThat(example.resolve("README.md")).as("README of %s", example.getFileName()).isRegularFile();
        }
    }

    /** A deliberately wrong expected outcome is reported, naming the example and the difference. */
    @Test
    void aTamperedExampleFailsNamingTheExample() throws IOException {
        Path examples = work.resolve("examples");
        Path good = examples.resolve("98-goed");
        Path tampered = examples.resolve("99-gemanipuleerd");
        Files.createDirectories(good);
        Files.createDirectories(tampered);
        String scenario = """
                - scenario: "Utrecht 2017: 11 % tegen ten hoogste 5 % op de einddatum: uit koers"
                  portfolio:
                    format: koers/v1
                    performance: { code: "1", title: "Zienswijzen", period: { start: 2017-01-01, end: 2017-12-31 } }
                    actions:
                      - id: "1"
                        targets: [ { id: "1a", kind: quantity, direction: at-most, value: 5 } ]
                        measurements: [ { target: "1a", date: 2017-12-31, value: 11 } ]
                  expect:
                    targets: { "1a": off-track }
                """;
        Files.writeString(good.resolve("scenario.yaml"), scenario, StandardCharsets.UTF_8);
        Files.writeString(tampered.resolve("scenario.yaml"), scenario.replace("off-track }", "achieved }"),
                StandardCharsets.UTF_8);

        assertPasses(good, work.resolve("run-good"));
        assertThatThrownBy(() -> assertPasses(tampered, work.resolve("run-tampered")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("99-gemanipuleerd")
                .hasMessageContaining("target 1a: expected achieved, got off-track");
    }

    /** A real example with its expectation turned round fails too, so the test does look at the real files. */
    @Test
    void aRealExampleWithItsExpectationTurnedRoundFails() throws IOException {
        Path original = EXAMPLES.resolve("18-ten-hoogste-defect").resolve("scenario.yaml");
        Path copy = work.resolve("examples").resolve("18-ten-hoogste-defect-omgedraaid");
        Files.createDirectories(copy);
        String text = Files.readString(original, StandardCharsets.UTF_8);
        assertThat(text).contains("\"1a\": off-track");
        Files.writeString(copy.resolve("scenario.yaml"), text.replace("\"1a\": off-track", "\"1a\": on-track"),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> assertPasses(copy, work.resolve("run-copy")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("18-ten-hoogste-defect-omgedraaid")
                .hasMessageContaining("expected on-track");
    }

    // ---- running one example

    /**
     * Runs {@code example/scenario.yaml} against the shipped rules and fails, naming the example, when a scenario
     * in it does not pass. The scenario runner reads scenarios from a rule folder's {@code scenarios/}; the folder
     * made here holds a placeholder rule file only, as the rules evaluated are the shipped ones of {@link #SHIPPED}.
     */
    static void assertPasses(Path example, Path folder) throws IOException {
        String name = example.getFileName().toString();
        Path scenario = example.resolve("scenario.yaml");
        if (!Files.isRegularFile(scenario)) {
            throw new AssertionError("example " + name + ": no scenario.yaml in " + example);
        }
        Files.createDirectories(folder.resolve("scenarios"));
        Files.writeString(folder.resolve("placeholder.drl"), "package nl.koers.rules;\n", StandardCharsets.UTF_8);
        Files.copy(scenario, folder.resolve("scenarios").resolve(name + ".yaml"));
        ScenarioReport report = ScenarioRunner.run(SHIPPED, folder);
        if (report.results().isEmpty()) {
            throw new AssertionError("example " + name + ": scenario.yaml holds no scenario");
        }
        if (!report.allPassed()) {
            String failures = report.results().stream().filter(r -> !r.passed())
                    .map(DocsExamplesTest::describe).collect(Collectors.joining("\n"));
            throw new AssertionError("example " + name + " (docs/examples/" + name + "/scenario.yaml): "
                    + report.failed() + " of " + report.results().size() + " scenario(s) failed\n" + failures);
        }
    }

    private static String describe(ScenarioResult result) {
        return "  - " + result.name() + "\n" + result.differences().stream().map(d -> "      " + d)
                .collect(Collectors.joining("\n"));
    }

    static List<Path> examples(Path root) throws IOException {
        try (Stream<Path> paths = Files.list(root)) {
            return paths.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().matches("\\d{2}-.+"))
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
