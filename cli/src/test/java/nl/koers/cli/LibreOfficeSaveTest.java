package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst edits the money colour in LibreOffice and saves it there: the spreadsheet LibreOffice writes
 * is read like the one Koers shipped. Runs where LibreOffice ({@code soffice}) is installed; skipped elsewhere.
 */
class LibreOfficeSaveTest {

    @TempDir
    Path work;

    @Test
    void aTableSavedByLibreOfficeGivesTheChangedOutcome() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        // CI installs LibreOffice (.ci/run), so there it must run; on a developer's machine without it, it is skipped
        if (System.getenv("CI") != null) {
            assertThat(soffice).as("LibreOffice, which .ci/run installs").isExecutable();
        }
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed");
        Path rules = work.resolve("mijn-regels");
        assertThat(CliRun.of("rules", "init", rules.toString()).exitCode()).isZero();
        Path table = rules.resolve("geldkleur.drl.xlsx");
        AnalystWorkflowTest.setCell(table, AnalystWorkflowTest.ORANGE_ROW, AnalystWorkflowTest.ORANGE_SHARE_AT_MOST, 0.10, 0.08);
        AnalystWorkflowTest.setCell(table, AnalystWorkflowTest.RED_ROW, AnalystWorkflowTest.RED_SHARE_ABOVE, 0.10, 0.08);

        Path saved = work.resolve("saved");
        Process office = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + work.resolve("profile"),
                "--headless", "--convert-to", "xlsx", "--outdir", saved.toString(), table.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
        assertThat(office.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        assertThat(saved.resolve("geldkleur.drl.xlsx")).as(Files.readString(work.resolve("soffice.log"))).exists();
        assertThat(Files.mismatch(saved.resolve("geldkleur.drl.xlsx"), table)).as("LibreOffice wrote its own file").isNotEqualTo(-1L);
        Files.copy(saved.resolve("geldkleur.drl.xlsx"), table, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CliRun validate = CliRun.of("rules", "validate", rules.toString());
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        Path portfolio = Files.writeString(work.resolve("9.yaml"), AnalystWorkflowTest.NINE_PERCENT);
        CliRun evaluate = CliRun.of("evaluate", "--lang", "nl", "--rules", rules.toString(), portfolio.toString());
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        assertThat(evaluate.out()).contains("Financiële kleur: rood", "geldkleur.drl.xlsx row 15");
    }
}
