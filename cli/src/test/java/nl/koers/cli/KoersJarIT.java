package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar as users run it: {@code java -jar koers-cli-*-all.jar}. This catches what only packaging can
 * break, such as a jar that lost its compiled rules or its service files.
 */
class KoersJarIT {

    private static final Path JAR = Path.of(System.getProperty("koers.jar", "target/missing.jar"));
    private static final Path GIVEN = Path.of("src/test/resources/given").toAbsolutePath();

    record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        builder.environment().put("LANG", "C.UTF-8");
        Path out = Files.createTempFile("koers-out", ".txt");
        Path err = Files.createTempFile("koers-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("koers finished within a minute").isTrue();
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void evaluatingTheEmbeddedDefaultPrintsTheFiveActionsAndTheGsProposal() throws Exception {
        assertThat(JAR).exists();
        Result result = run("evaluate");
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .contains("Prestatie 5.4.2 Internationaliseren")
                .contains("Actie 1 Handelsmissies: behaald", "Actie 2 ", "Actie 3 ", "Actie 4 ", "Actie 5 ")
                .contains("Gerealiseerd meer dan 40 (meting van 31 december 2018); dat voldoet aan de streefwaarde van minimaal 30.")
                .contains("Begrotingswijziging: GS-begrotingswijziging van € 109.000 uit Reserve uitvoering Kwaliteit van Overijssel naar jaarschijf 2019")
                .contains("regel: Unspent reserve money for continuing work moves to next year by GS-begrotingswijziging")
                .doesNotContain("koers-rules unknown");
    }

    @Test
    void checkOnTheDefaultExits3BecauseAction4LacksDataAndTheBudgetChanges() throws Exception {
        Result result = run("check");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out().lines()).hasSize(7).first().asString().startsWith("1  behaald");
    }

    @Test
    void checkOnAFileWhereAllIsWellExits0() throws Exception {
        Result result = run("check", GIVEN.resolve("all-green.yaml").toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).endsWith("9.1.1: op koers\n");
    }

    @Test
    void jsonOnAFileIsMachineReadable() throws Exception {
        Result result = run("evaluate", "--format", "json", GIVEN.resolve("mixed.json").toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("{").contains("\"schema\" : \"koers-result/v1\"", "\"type\" : \"ps\"",
                "\"amount\" : 150000");
    }

    @Test
    void aBadFileIsOneLineOnStandardErrorAndExit2() throws Exception {
        Result result = run("evaluate", GIVEN.resolve("unknown-target.yaml").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("unknown-target.yaml:12:19: actions[0].measurements[1].target: unknown target '1b'");
    }

    @Test
    void versionReportsTheBuild() throws Exception {
        Result result = run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("koers ").doesNotContain("unknown");
    }
}
