package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.koers.cli.commands.DiffCommand;
import org.junit.jupiter.api.Test;

/** koers diff beyond the golden files: its defaults and its refusals. */
class DiffCommandTest {

    @Test
    void theEarlierPeildatumDefaultsToTheHalfYearBefore() {
        assertThat(DiffCommand.halfYearBefore(LocalDate.of(2018, 12, 31))).isEqualTo(LocalDate.of(2018, 6, 30));
        assertThat(DiffCommand.halfYearBefore(LocalDate.of(2018, 6, 30))).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(DiffCommand.halfYearBefore(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2023, 8, 31));
        assertThat(DiffCommand.halfYearBefore(LocalDate.of(2018, 8, 15))).isEqualTo(LocalDate.of(2018, 2, 15));
    }

    @Test
    void withoutDatesTheDefaultIsComparedAtMidYearAndAtTheEndOf2018() {
        CliRun run = CliRun.of("diff", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().skip(1).findFirst().orElseThrow())
                .startsWith("Compared: as of 30 June 2018 with 31 December 2018");
    }

    @Test
    void oneFileIsComparedAtAnEarlierAndALaterDateOnly() {
        CliRun run = CliRun.of("diff", "--from", "2018-12-31", "--to", "2018-06-30");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("koers: --from 2018-12-31 is not before --to 2018-06-30; "
                + "one file is compared at an earlier and a later peildatum" + System.lineSeparator());
    }

    @Test
    void standardInputIsReadForOneSideOnly() {
        CliRun run = CliRun.of("diff", "-", "-");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).startsWith("koers: standard input can be read once");
    }

    @Test
    void aBadFileIsInvalidInputWithItsNameAndNoStackTrace() {
        CliRun run = CliRun.of("diff", "src/test/resources/given/all-green.yaml", "src/test/resources/given/unknown-field.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).startsWith("koers: ").contains("unknown-field.yaml").doesNotContain("Exception");
    }

    @Test
    void threeFilesAreOneTooMany() {
        CliRun run = CliRun.of("diff", "a.yaml", "b.yaml", "c.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("c.yaml");
    }
}
