package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code koers check} says when the rules and the owner's report disagree, and when a verdict is overruled. */
class CheckReportedTest {

    private static final String HEADER = """
            format: koers/v1
            performance: { code: "9.9.9", title: "Proef", period: { start: 2018-01-01, end: 2018-12-31 } }
            actions:
              - id: "1"
                targets: [ { id: "1a", kind: milestone } ]
                measurements: [ { target: "1a", date: 2018-12-31, done: true } ]
            """;

    @TempDir
    Path dir;

    private CliRun check(String yaml) throws IOException {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, yaml);
        return CliRun.of("check", file.toString(), "--lang", "en");
    }

    @Test
    void aDisagreementIsPrintedAndNeedsAttention() throws IOException {
        CliRun run = check(HEADER + "    reported: { status: at-risk, source: \"Monitor 2018-II\" }\n");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("The rules judge action 1 achieved, the owner reports at risk (Monitor 2018-II); "
                + "both are shown.");
    }

    @Test
    void anOverrideIsPrintedAndTheExitCodeFollowsTheRules() throws IOException {
        CliRun run = check(HEADER + "    override: { status: at-risk, reason: \"Nog niet afgerond.\", by: \"gedeputeerde\" }\n");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Override of action 1: the rules say achieved, the person responsible sets at risk, "
                + "by gedeputeerde on unknown: Nog niet afgerond.");
    }

    @Test
    void aReportThatAgreesPrintsNothingMore() throws IOException {
        CliRun plain = check(HEADER);
        CliRun agreeing = check(HEADER + "    reported: { status: achieved }\n");

        assertThat(agreeing.out()).isEqualTo(plain.out());
        assertThat(agreeing.exitCode()).isZero();
    }
}
