package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.koers.report.ReportFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line's output, compared with the files under {@code src/test/resources/expected/}.
 * After a deliberate change of output, run with {@code -Dkoers.golden.update=true} and review the diff.
 */
class CliGoldenTest {

    private static final Path GIVEN = Path.of("src/test/resources/given");
    private static final Path EXPECTED = Path.of("src/test/resources/expected");
    private static final boolean UPDATE = Boolean.getBoolean("koers.golden.update");

    static Stream<Arguments> runs() {
        return Stream.concat(Stream.of(
                Arguments.of("evaluate-default-mid-year.nl.txt", 0,
                        new String[] {"evaluate", "--as-of", "2018-06-30", "--lang", "nl"}),
                Arguments.of("check-default.nl.txt", 3, new String[] {"check", "--lang", "nl"}),
                Arguments.of("check-default.en.txt", 3, new String[] {"check", "--lang", "en"}),
                Arguments.of("check-all-green.nl.txt", 0, new String[] {"check", "--lang", "nl", given("all-green.yaml")}),
                Arguments.of("evaluate-all-green.en.txt", 0, new String[] {"evaluate", "--lang", "en", given("all-green.yaml")}),
                Arguments.of("evaluate-mixed.nl.txt", 0, new String[] {"evaluate", "--lang", "nl", given("mixed.json")}),
                Arguments.of("evaluate-mixed.json", 0,
                        new String[] {"evaluate", "--format", "json", "--lang", "en", given("mixed.json")}),
                Arguments.of("check-mixed.en.txt", 3, new String[] {"check", "--lang", "en", given("mixed.json")}),
                Arguments.of("diff-default.nl.txt", 0, new String[] {"diff", "--lang", "nl"}),
                Arguments.of("diff-default.en.txt", 0,
                        new String[] {"diff", "--from", "2018-06-30", "--to", "2018-12-31", "--lang", "en"}),
                Arguments.of("diff-default.nl.json", 0, new String[] {"diff", "--format", "json", "--lang", "nl"}),
                Arguments.of("diff-files.nl.txt", 0,
                        new String[] {"diff", "--lang", "nl", given("diff-before.yaml"), given("diff-after.yaml")}),
                Arguments.of("diff-files.en.txt", 0,
                        new String[] {"diff", "--lang", "en", given("diff-before.yaml"), given("diff-after.yaml")}),
                Arguments.of("diff-files.en.json", 0, new String[] {"diff", "--format", "json", "--lang", "en",
                    given("diff-before.yaml"), given("diff-after.yaml")}),
                Arguments.of("diff-unchanged.en.txt", 0, new String[] {"diff", "--lang", "en",
                    given("all-green.yaml"), given("all-green.yaml")})),
                everyFormat());
    }

    /**
     * Every report format in both languages, on the embedded default (evaluate-default.LANG.EXT) and on a
     * folder of portfolios (evaluate-begroting.LANG.EXT); the diff of the default (diff-default.LANG.EXT).
     */
    private static Stream<Arguments> everyFormat() {
        Stream.Builder<Arguments> runs = Stream.builder();
        for (ReportFormat format : ReportFormat.values()) {
            for (String lang : new String[] {"nl", "en"}) {
                runs.add(Arguments.of("evaluate-default." + lang + "." + extension(format, false), 0,
                        new String[] {"evaluate", "--format", format.name(), "--lang", lang}));
                runs.add(Arguments.of("evaluate-begroting." + lang + "." + extension(format, true), 0,
                        new String[] {"evaluate", given("begroting"), "--format", format.name(), "--lang", lang}));
            }
        }
        // koers diff in the formats beyond text and json (those are above): the default, mid-year against year end
        for (ReportFormat format : new ReportFormat[] {ReportFormat.csv, ReportFormat.markdown, ReportFormat.html}) {
            for (String lang : new String[] {"nl", "en"}) {
                runs.add(Arguments.of("diff-default." + lang + "." + extension(format, false), 0,
                        new String[] {"diff", "--format", format.name(), "--lang", lang}));
            }
        }
        return runs.build();
    }

    private static String extension(ReportFormat format, boolean many) {
        return switch (format) {
            case text -> "txt";
            case json -> many ? "jsonl" : "json";
            case csv -> "csv";
            case markdown -> "md";
            case html -> "html";
        };
    }

    private static String given(String name) {
        return GIVEN.resolve(name).toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void outputMatchesTheGoldenFile(String golden, int exitCode, String[] args) throws IOException {
        CliRun run = CliRun.of(args);
        assertThat(run.err()).as("standard error").isEmpty();
        assertThat(run.exitCode()).isEqualTo(exitCode);
        String actual = normalise(run.out());
        Path file = EXPECTED.resolve(golden);
        if (UPDATE) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The rule set's version differs between a reactor build (jar) and an IDE run (classes); its name does not. */
    static String normalise(String output) {
        return output.replaceAll("koers-rules [^\\s\"<]+", "koers-rules VERSION").replace("\r\n", "\n");
    }
}
