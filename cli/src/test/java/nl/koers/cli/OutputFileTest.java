package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.koers.cli.output.AtomicOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --output FILE}: the report is written whole or not at all. A failed run leaves the previous
 * report as it was and no temporary file behind; the input is never overwritten.
 */
class OutputFileTest {

    private static final String PREVIOUS = "the report of last month\n";

    @TempDir
    Path dir;

    @Test
    void theReportGoesToTheFileAndNothingToStandardOutput() throws IOException {
        Path report = Files.writeString(dir.resolve("5.4.2.html"), PREVIOUS);

        CliRun run = CliRun.of("evaluate", "--format", "html", "--lang", "nl", "--output", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("€ 109.000").endsWith("</html>\n");
        assertThat(files()).containsExactly("5.4.2.html");
    }

    /** "latest.html" pointing at this month's report, readable by the group only: both stay as they were set up. */
    @Test
    void aReportWrittenThroughALinkReplacesTheFileItNamesAndKeepsItsPermissions() throws IOException {
        Path report = Files.writeString(dir.resolve("2018-12.html"), PREVIOUS);
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        Path latest = Files.createSymbolicLink(dir.resolve("latest.html"), report.getFileName());

        CliRun run = CliRun.of("evaluate", "--format", "html", "--output", latest.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(latest).isSymbolicLink();
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r-----");
        assertThat(files()).containsExactlyInAnyOrder("2018-12.html", "latest.html");
    }

    @Test
    void aPortfolioThatCannotBeReadLeavesThePreviousReportIntact() throws IOException {
        Path report = Files.writeString(dir.resolve("rapport.md"), PREVIOUS);

        CliRun run = CliRun.of("evaluate", ReportFixtures.GIVEN.resolve("malformed.yaml").toString(), "--format",
                "markdown", "--output", report.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("koers: " + ReportFixtures.GIVEN.resolve("malformed.yaml"));
        assertThat(Files.readString(report)).isEqualTo(PREVIOUS);
        assertThat(files()).containsExactly("rapport.md");
    }

    @Test
    void aFailedRunCreatesNoFile() {
        CliRun run = CliRun.of("evaluate", ReportFixtures.GIVEN.resolve("unknown-field.yaml").toString(), "--format",
                "csv", "--output", dir.resolve("doelen.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(files()).isEmpty();
    }

    @Test
    void aBadRecordInAFolderLeavesThePreviousReportIntact() throws IOException {
        Path input = Files.createDirectory(dir.resolve("begroting"));
        Files.copy(ReportFixtures.GIVEN.resolve("all-green.yaml"), input.resolve("a.yaml"));
        Files.copy(ReportFixtures.GIVEN.resolve("unknown-field.yaml"), input.resolve("b.yaml"));
        Path report = Files.writeString(dir.resolve("status.html"), PREVIOUS);

        CliRun run = CliRun.of("evaluate", input.toString(), "--format", "html", "--output", report.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(input.resolve("b.yaml").toString(), report + " was not written");
        assertThat(Files.readString(report)).isEqualTo(PREVIOUS);
        assertThat(files()).containsExactly("begroting", "status.html");
    }

    @Test
    void theInputFileIsNeverOverwritten() throws IOException {
        Path portfolio = Files.copy(ReportFixtures.GIVEN.resolve("all-green.yaml"), dir.resolve("9.1.1.yaml"));
        String before = Files.readString(portfolio);

        CliRun run = CliRun.of("evaluate", portfolio.toString(), "--format", "json", "--output",
                dir.resolve(".").resolve("9.1.1.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("koers: --output ").contains("is the input file");
        assertThat(Files.readString(portfolio)).isEqualTo(before);
        assertThat(files()).containsExactly("9.1.1.yaml");
    }

    @Test
    void noReportIsWrittenIntoTheInputFolder() throws IOException {
        Path input = Files.createDirectory(dir.resolve("begroting"));
        Path portfolio = Files.copy(ReportFixtures.GIVEN.resolve("all-green.yaml"), input.resolve("a.yaml"));

        for (String name : new String[] {"a.yaml", "overzicht.html"}) {
            CliRun run = CliRun.of("evaluate", input.toString(), "--format", "html", "--output",
                    input.resolve(name).toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("lies in the input folder");
        }
        assertThat(Files.readString(portfolio)).isEqualTo(Files.readString(ReportFixtures.GIVEN.resolve("all-green.yaml")));
        try (Stream<Path> list = Files.list(input)) {
            assertThat(list).hasSize(1);
        }
    }

    @Test
    void theDiffGoesToTheFileWholeAndNothingToStandardOutput() throws IOException {
        Path report = Files.writeString(dir.resolve("wijzigingen.html"), PREVIOUS);

        CliRun run = CliRun.of("diff", "--format", "html", "--lang", "nl", "--output", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("Wijzigingen in prestatie 5.4.2")
                .endsWith("</html>\n");
        assertThat(files()).containsExactly("wijzigingen.html");
    }

    @Test
    void theDiffNeverOverwritesEitherInputFile() throws IOException {
        Path before = Files.copy(ReportFixtures.GIVEN.resolve("diff-before.yaml"), dir.resolve("voor.yaml"));
        Path after = Files.copy(ReportFixtures.GIVEN.resolve("diff-after.yaml"), dir.resolve("na.yaml"));
        String old = Files.readString(before);
        String now = Files.readString(after);

        for (Path input : List.of(before, after)) {
            CliRun run = CliRun.of("diff", before.toString(), after.toString(), "--format", "markdown", "--output",
                    dir.resolve(".").resolve(input.getFileName()).toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("koers: --output ").contains("is the input file " + input);
        }
        CliRun one = CliRun.of("diff", before.toString(), "--format", "csv", "--output", before.toString());
        assertThat(one.exitCode()).isEqualTo(2);
        assertThat(one.err()).contains("is the input file");
        assertThat(Files.readString(before)).isEqualTo(old);
        assertThat(Files.readString(after)).isEqualTo(now);
        assertThat(files()).containsExactly("na.yaml", "voor.yaml");
    }

    @Test
    void aDiffOfAFileThatCannotBeReadLeavesThePreviousReportIntact() throws IOException {
        Path report = Files.writeString(dir.resolve("wijzigingen.csv"), PREVIOUS);

        CliRun run = CliRun.of("diff", ReportFixtures.GIVEN.resolve("all-green.yaml").toString(),
                ReportFixtures.GIVEN.resolve("unknown-field.yaml").toString(), "--format", "csv", "--output",
                report.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown-field.yaml");
        assertThat(Files.readString(report)).isEqualTo(PREVIOUS);
        assertThat(files()).containsExactly("wijzigingen.csv");
    }

    /** Like a file made by an editor, not a private temporary file (rw-------): the umask decides. */
    @Test
    void aWrittenFileHasThePermissionsOfAnyNewFile() throws IOException {
        Path written = dir.resolve("portfolio.yaml");
        AtomicOutput.write(written, "format: koers/v1\n");
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));

        assertThat(Files.readString(written)).isEqualTo("format: koers/v1\n");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(ordinary));
        }
        assertThat(files()).containsExactly("ordinary.txt", "portfolio.yaml");
    }

    /** A character device is written to directly, as a shell's {@code >} would: never replaced by a file. */
    @Test
    void aReportToDevNullIsWrittenDirectlyAndTheDeviceStays() throws IOException {
        Path devNull = Path.of("/dev/null");
        Object before = Files.getAttribute(devNull, "unix:ino");

        CliRun run = CliRun.of("evaluate", "--format", "html", "--output", devNull.toString());
        CliRun diff = CliRun.of("diff", "--output", devNull.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(run.out() + run.err() + diff.out() + diff.err()).isEmpty();
        assertThat(((Integer) Files.getAttribute(devNull, "unix:mode")) & 0170000).isEqualTo(0020000);
        assertThat(Files.getAttribute(devNull, "unix:ino")).isEqualTo(before);
        try (Stream<Path> dev = Files.list(devNull.getParent())) {
            assertThat(dev.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".null."));
        }
    }

    @Test
    void outputDashIsStandardOutput() {
        CliRun run = CliRun.of("evaluate", "--format", "json", "--output", "-");
        CliRun diff = CliRun.of("diff", "--format", "csv", "-o", "-");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(CliRun.of("evaluate", "--format", "json").out()).startsWith("{");
        assertThat(diff.out()).isEqualTo(CliRun.of("diff", "--format", "csv").out());
        assertThat(Path.of("-")).doesNotExist();
    }

    /** "./-" is the way to name a file called "-", as with other tools. */
    @Test
    void aFileNamedDashIsWrittenWhenSpeltAsAPath() throws IOException {
        Path dash = dir.resolve("-");

        CliRun run = CliRun.of("evaluate", "--output", dash.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(dash)).startsWith("Prestatie 5.4.2");
    }

    @Test
    void anOutputInAFolderThatDoesNotExistIsRefused() {
        CliRun run = CliRun.of("evaluate", "--output", dir.resolve("nergens").resolve("r.txt").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("koers: the folder of --output").contains("does not exist");
    }

    @Test
    void abandoningLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("r.csv"), PREVIOUS);
        try (AtomicOutput output = new AtomicOutput(target)) {
            output.writer().print("half a rep");
            output.writer().flush();
            // the temporary file is hidden, beside the target, and named after it
            assertThat(files()).satisfiesExactly(
                    temporary -> assertThat(temporary).startsWith(".r.csv.").endsWith(".tmp"),
                    name -> assertThat(name).isEqualTo("r.csv"));
            output.abandon();
            assertThat(files()).containsExactly("r.csv");
        }
        assertThat(Files.readString(target)).isEqualTo(PREVIOUS);
        assertThat(files()).containsExactly("r.csv");
    }

    @Test
    void aCommitReplacesThePreviousReportWhole() throws IOException {
        Path target = Files.writeString(dir.resolve("r.csv"), PREVIOUS);
        try (AtomicOutput output = new AtomicOutput(target)) {
            output.writer().print("new report\n");
            assertThat(Files.readString(target)).isEqualTo(PREVIOUS);
            output.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("new report\n");
        assertThat(files()).containsExactly("r.csv");
    }

    /** SIGTERM in the middle of writing: the JVM's shutdown hook removes the temporary file. */
    @Test
    void aTerminatedRunLeavesNoHalfWrittenFile() throws Exception {
        Path target = Files.writeString(dir.resolve("r.html"), PREVIOUS);
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowWriter.class.getName(), target.toString())
                .redirectErrorStream(true).start();
        String ready = new String(writer.getInputStream().readNBytes(6), StandardCharsets.UTF_8);
        assertThat(ready).isEqualTo("ready\n");
        assertThat(files()).hasSize(2);

        writer.destroy();
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(files()).containsExactly("r.html");
        assertThat(Files.readString(target)).isEqualTo(PREVIOUS);
    }

    /** Writes half a report to the file named by its argument, says "ready" and waits to be terminated. */
    static final class SlowWriter {
        public static void main(String[] args) throws Exception {
            AtomicOutput output = new AtomicOutput(Path.of(args[0]));
            output.writer().print("<!DOCTYPE html>\n<html>half");
            output.writer().flush();
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    private List<String> files() {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
