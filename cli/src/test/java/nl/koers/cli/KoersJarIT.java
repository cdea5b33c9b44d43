package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar as users run it: {@code java -jar koers-cli-*-all.jar}. This catches what only packaging can
 * break, such as a jar that lost its compiled rules or its service files.
 */
class KoersJarIT {

    private static final Path GIVEN = Path.of("src/test/resources/given").toAbsolutePath();


    @Test
    void evaluatingTheEmbeddedDefaultPrintsTheFiveActionsAndTheGsProposal() throws Exception {
        assertThat(JarRun.JAR).exists();
        JarRun result = JarRun.of("evaluate");
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .contains("Prestatie 5.4.2 Internationaliseren")
                .containsPattern("(?m)^Actie +Omschrijving +Status +Gerealiseerd +Verwacht +Streefwaarde$")
                .containsPattern("(?m)^1 +Handelsmissies +✓ behaald$")
                .containsPattern("(?m)^4 +Internationale profilering HTSM Twente +\\? geen gegevens$")
                .doesNotContain("\u001b[")
                .contains("Gerealiseerd meer dan 40 (meting van 31 december 2018); dat voldoet aan de streefwaarde van minimaal 30.")
                .contains("Begrotingswijziging: GS-begrotingswijziging van € 109.000 uit Reserve uitvoering Kwaliteit van Overijssel naar jaarschijf 2019")
                .contains("regel: Unspent reserve money for continuing work moves to next year by GS-begrotingswijziging")
                .doesNotContain("koers-rules unknown");
    }

    @Test
    void checkOnTheDefaultExits3BecauseAction4LacksDataAndTheBudgetChanges() throws Exception {
        JarRun result = JarRun.of("check");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out().lines()).hasSize(7).first().asString().startsWith("1  behaald");
    }

    @Test
    void checkOnAFileWhereAllIsWellExits0() throws Exception {
        JarRun result = JarRun.of("check", GIVEN.resolve("all-green.yaml").toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).endsWith("9.1.1: op koers\n");
    }

    @Test
    void jsonOnAFileIsMachineReadable() throws Exception {
        JarRun result = JarRun.of("evaluate", "--format", "json", GIVEN.resolve("mixed.json").toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("{").contains("\"schema\" : \"koers-result/v1\"", "\"type\" : \"ps\"",
                "\"amount\" : 150000");
    }

    @Test
    void aBadFileIsOneLineOnStandardErrorAndExit2() throws Exception {
        JarRun result = JarRun.of("evaluate", GIVEN.resolve("unknown-target.yaml").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("unknown-target.yaml:12:19: actions[0].measurements[1].target: unknown target '1b'");
    }

    @Test
    void versionReportsTheBuild() throws Exception {
        JarRun result = JarRun.of("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("koers ").doesNotContain("unknown");
    }
}
