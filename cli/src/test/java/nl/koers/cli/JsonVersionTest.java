package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** --json-version chooses the schema of --format json; version 1 stays the default, so no consumer misreads. */
class JsonVersionTest {

    @Test
    void version1IsTheDefaultAndVersion2IsAskedForByName() {
        CliRun one = CliRun.of("evaluate", "--format", "json");
        CliRun explicit = CliRun.of("evaluate", "--format", "json", "--json-version", "1");
        CliRun two = CliRun.of("evaluate", "--format", "json", "--json-version", "2");

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).startsWith("{\n  \"schema\" : \"koers-result/v1\",").contains("\"budgetChange\" : {");
        assertThat(explicit.out()).isEqualTo(one.out());
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(two.out()).startsWith("{\n  \"schema\" : \"koers-result/v2\",")
                .contains("\"budgetChanges\" : [", "\"disagreements\" : [ ]", "\"finalStatus\"")
                .doesNotContain("\"budgetChange\" :");
    }

    @Test
    void theDiffHasAVersion2Too() {
        CliRun two = CliRun.of("diff", "--format", "json", "--json-version", "2");

        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(two.out()).startsWith("{\n  \"schema\" : \"koers-diff/v2\",").contains("\"budgetChanges\" : {");
        assertThat(CliRun.of("diff", "--format", "json").out()).startsWith("{\n  \"schema\" : \"koers-diff/v1\",");
    }

    @Test
    void anUnknownVersionOrAVersionWithoutJsonIsRefused() {
        CliRun three = CliRun.of("evaluate", "--format", "json", "--json-version", "3");
        assertThat(three.exitCode()).isEqualTo(2);
        assertThat(three.err()).startsWith("koers: --json-version must be 1 or 2, not 3");
        CliRun text = CliRun.of("evaluate", "--json-version", "2");
        assertThat(text.exitCode()).isEqualTo(2);
        assertThat(text.err()).startsWith("koers: --json-version applies to --format json only");
    }

    @Test
    void theHelpSaysWhichVersionIsWhich() {
        CliRun help = CliRun.of("evaluate", "--help");

        assertThat(help.out()).contains("--json-version=1|2", "koers-result/v2", "Version 1 stays the default");
    }
}
