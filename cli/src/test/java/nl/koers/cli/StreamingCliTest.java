package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code koers evaluate DIR} and {@code koers evaluate FILE.jsonl}: a whole begroting, one result per
 * portfolio in input order; a bad record is reported with its file and line, skipped, and makes the exit
 * code 2 at the end.
 */
class StreamingCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A valid portfolio on one line of JSON; {@code %s} is its performance code. */
    private static final String LINE = "{\"format\":\"koers/v1\",\"performance\":{\"code\":\"%s\",\"title\":\"Proef\","
            + "\"period\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"}},\"actions\":[{\"id\":\"1\","
            + "\"targets\":[{\"id\":\"1a\",\"kind\":\"quantity\",\"direction\":\"at-least\",\"value\":10}],"
            + "\"measurements\":[{\"target\":\"1a\",\"date\":\"2024-06-30\",\"value\":4}]}]}";

    private static final String YAML = """
            format: koers/v1
            performance:
              code: "%s"
              title: "Proef"
              period: { start: 2024-01-01, end: 2024-12-31 }
            actions:
              - id: "1"
                targets:
                  - { id: "1a", kind: milestone }
                measurements:
                  - { target: "1a", date: 2024-03-01, done: true }
            """;

    private static final String UNKNOWN_FIELD = """
            format: koers/v1
            performance:
              code: "X"
              titel: "Tikfout"
              period: { start: 2024-01-01, end: 2024-12-31 }
            """;

    @TempDir
    Path dir;

    @Test
    void aFolderAsJsonIsOneCompleteResultPerLineInNameOrder() throws IOException {
        write("c.yml", YAML.formatted("3"));
        write("a.yaml", YAML.formatted("1"));
        write("b.json", LINE.formatted("2"));
        write("README.md", "# begroting 2024\n");

        CliRun run = CliRun.of("evaluate", dir.toString(), "--format", "json", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<JsonNode> results = jsonLines(run.out());
        assertThat(results).extracting(r -> r.path("performance").path("code").asText()).containsExactly("1", "2", "3");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.path("schema").asText()).isEqualTo("koers-result/v1");
            assertThat(r.path("language").asText()).isEqualTo("en");
            assertThat(r.path("actions")).hasSize(1);
            assertThat(r.has("budgetChange")).isTrue();
            assertThat(r.path("needsAttention").isBoolean()).isTrue();
        });
    }

    @Test
    void aBadFileInAFolderIsReportedWithItsLineAndTheOthersAreStillEvaluated() throws IOException {
        write("a.yaml", YAML.formatted("1"));
        Path bad = write("b.yaml", UNKNOWN_FIELD);
        write("c.json", LINE.formatted("3"));

        CliRun run = CliRun.of("evaluate", dir.toString(), "--format", "json", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(jsonLines(run.out())).extracting(r -> r.path("performance").path("code").asText())
                .containsExactly("1", "3");
        assertThat(run.err().lines()).first().asString()
                .startsWith("koers: " + bad + ":4:3: performance.titel: unknown field");
        assertThat(run.err()).contains("1 record of " + dir + " could not be read").doesNotContain("\tat ");
    }

    @Test
    void aJsonLinesFileAsTextIsOneReportPerPortfolio() throws IOException {
        Path file = write("begroting.jsonl", LINE.formatted("1") + "\n" + LINE.formatted("2") + "\n\n"
                + LINE.formatted("3") + "\n");

        CliRun run = CliRun.of("evaluate", file.toString(), "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().filter(l -> l.startsWith("Performance "))).containsExactly(
                "Performance 1 Proef", "Performance 2 Proef", "Performance 3 Proef");
        assertThat(run.out().lines().filter(l -> l.startsWith("Action  Description"))).as("one table each").hasSize(3);
    }

    @Test
    void aBadLineOfAJsonLinesFileIsReportedAsFileColonLineAndExits2() throws IOException {
        Path file = write("begroting.jsonl", LINE.formatted("1") + "\n" + LINE.formatted("2").replace("\"title\"", "\"titel\"")
                + "\n" + LINE.formatted("3") + "\n");

        CliRun run = CliRun.of("evaluate", file.toString(), "--format", "json", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(jsonLines(run.out())).extracting(r -> r.path("performance").path("code").asText())
                .containsExactly("1", "3");
        List<String> err = run.err().lines().toList();
        assertThat(err).hasSize(2);
        assertThat(err.get(0)).startsWith("koers: " + file + ":2:").contains("performance.titel");
        assertThat(err.get(1)).contains("1 record of " + file + " could not be read");
    }

    /** An empty export is a fault upstream: a script must not take an empty report for an evaluated begroting. */
    @Test
    void anEmptyFolderOrJsonLinesFileIsInvalidInputAndWritesNoReport() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("leeg"));
        Path blank = write("leeg.jsonl", "\n\n");
        Path report = dir.resolve("rapport.html");

        CliRun folder = CliRun.of("evaluate", empty.toString(), "--format", "html", "--output", report.toString());
        CliRun lines = CliRun.of("evaluate", blank.toString());

        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).isEqualTo("koers: " + empty + ": no portfolio files (*.yaml, *.yml, *.json) in this folder\n");
        assertThat(report).doesNotExist();
        assertThat(lines.exitCode()).isEqualTo(2);
        assertThat(lines.err()).isEqualTo("koers: " + blank + ": no portfolios; expected one JSON object per line\n");
        assertThat(lines.out()).isEmpty();
    }

    @Test
    void anAllGoodInputExits0WithNothingOnStandardErrorNotEvenProgress() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            lines.append(LINE.formatted("1." + i)).append('\n');
        }
        Path file = write("begroting.jsonl", lines.toString());

        CliRun run = CliRun.of("evaluate", file.toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(jsonLines(run.out())).hasSize(30);
    }

    @Test
    void aPortfolioOnStandardInputAsJsonIsOnePrettyObject() throws IOException {
        InputStream original = System.in;
        CliRun run;
        try {
            System.setIn(new ByteArrayInputStream(LINE.formatted("7").getBytes(StandardCharsets.UTF_8)));
            run = CliRun.of("evaluate", "-", "--format", "json");
        } finally {
            System.setIn(original);
        }

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("{\n  \"schema\" : \"koers-result/v1\",\n");
        try (var parser = JSON.createParser(run.out())) {
            JsonNode result = JSON.readTree(parser);
            assertThat(result.path("performance").path("code").asText()).isEqualTo("7");
            assertThat(parser.nextToken()).isNull();
        }
    }

    /** Every line of {@code out} parsed on its own: each must be one complete JSON object. */
    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> results = new ArrayList<>();
        for (String line : out.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            assertThat(line).startsWith("{").endsWith("}");
            JsonNode node = JSON.readTree(line);
            assertThat(node.isObject()).isTrue();
            results.add(node);
        }
        assertThat(out).endsWith("\n").doesNotContain("\n\n");
        return results;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
