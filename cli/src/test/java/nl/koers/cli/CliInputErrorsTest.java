package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gives exit code 2 and one clear line naming the file, line and field; never a stack trace. */
class CliInputErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed.yaml      | malformed.yaml:5:4: performance: the file is not valid YAML
            unknown-field.yaml  | unknown-field.yaml:4:3: performance.titel: unknown field for performance (did you mean 'title'?)
            unknown-target.yaml | unknown-target.yaml:12:19: actions[0].measurements[1].target: unknown target '1b'; action 1 has targets 1a
            wrong-date.yaml     | wrong-date.yaml:5:37: performance.period.end: expected a date YYYY-MM-DD, found the text "2024-02-30", which is not a date in the calendar
            """)
    void aBadFileIsOneMessageWithFileLineAndFieldAndExitCode2(String file, String message) {
        for (String command : new String[] {"evaluate", "check"}) {
            CliRun run = CliRun.of(command, Path.of("src/test/resources/given", file).toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).startsWith("koers: src/test/resources/given/" + message);
            assertThat(run.err()).doesNotContain("Exception", "\tat ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --as-of 2018-02-30   | '2018-02-30' is not a date in the calendar
            --as-of yesterday    | 'yesterday' is not a date in the calendar
            --format pdf         | Invalid value for option '--format'
            --lang fr            | unknown language 'fr'; expected nl or en
            --no-such-option     | Unknown option: '--no-such-option'
            """)
    void aBadOptionExitsWith2AndSaysWhatWasExpected(String option, String message) {
        String[] parts = option.split(" ");
        String[] args = new String[parts.length + 1];
        args[0] = "evaluate";
        System.arraycopy(parts, 0, args, 1, parts.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(message).doesNotContain("\tat ");
    }

    @org.junit.jupiter.api.Test
    void aMissingFileIsInvalidInput() {
        CliRun run = CliRun.of("check", "no/such/portfolio.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("koers: no/such/portfolio.yaml: no such file" + System.lineSeparator());
    }
}
