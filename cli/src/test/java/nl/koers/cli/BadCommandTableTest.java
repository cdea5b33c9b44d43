package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.koers.evaluator.ruleset.ShippedRules;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Commands that would write where they must not, one row per defect: an --output over any input of the run (the
 * portfolio, its measurementsFile, a file of the --rules folder or a path inside it, either file of a diff; also
 * through a link or a spelling with {@code ./} and {@code ..}), an --output that is a FIFO, socket or folder, a
 * device that cannot take the report, {@code rules init} and {@code init} into a place that cannot be written, and
 * a rule folder whose explanation texts cannot be filled in. Every row ends in exit code 2 with one message (plus
 * the summary line of a refused rule set) naming the file, no stack trace, and nothing written: every file of the
 * work folder — inputs and all — is byte-identical afterwards, and no output or temporary file is left.
 */
class BadCommandTableTest {

    private static final Path GIVEN = ReportFixtures.GIVEN;
    private static final String CSV = "action,target,date,value,bound,done,source,note\n1,1a,2024-09-30,8,,,Monitor,\n";

    @TempDir
    static Path work;

    /** A command set up in a fresh folder: its arguments and the start of the one message it must give. */
    record Prepared(List<String> arguments, String message) {
        static Prepared of(String message, Object... arguments) {
            return new Prepared(Stream.of(arguments).map(String::valueOf).toList(), message);
        }
    }

    interface Setup {
        Prepared in(Path dir) throws IOException;
    }

    /**
     * One row.
     *
     * @param name     the defect, as the test report shows it
     * @param setup    writes the inputs into a fresh folder and gives the command
     * @param errLines the lines on standard error: the message, plus for a refused rule set its summary line
     */
    record Case(String name, Setup setup, int errLines) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case row(String name, Setup setup) {
        return new Case(name, setup, 1);
    }

    static Stream<Case> cases() {
        return Stream.of(
                // --output over an input of the run
                row("--output is the measurementsFile", d -> {
                    Path portfolio = withMeasurements(d);
                    Path csv = d.resolve("metingen.csv");
                    return Prepared.of("koers: --output " + csv + " is the input file " + csv
                            + ", the measurementsFile of " + portfolio, "evaluate", portfolio, "--output", csv);
                }),
                row("--output is the measurementsFile, spelt with ./ and ..", d -> {
                    Path portfolio = withMeasurements(d);
                    Files.createDirectory(d.resolve("sub"));
                    Path output = d.resolve(".").resolve("sub").resolve("..").resolve("metingen.csv");
                    return Prepared.of("koers: --output " + output + " is the input file ", "evaluate", portfolio,
                            "--format", "csv", "--output", output);
                }),
                row("--output is a link to the measurementsFile", d -> {
                    Path portfolio = withMeasurements(d);
                    Path link = Files.createSymbolicLink(Files.createDirectory(d.resolve("rapporten")).resolve("r.txt"),
                            d.resolve("metingen.csv"));
                    return Prepared.of("koers: --output " + link + " is the input file ", "evaluate", portfolio,
                            "--output", link);
                }),
                row("--output is a link to the portfolio", d -> {
                    Path portfolio = Files.copy(GIVEN.resolve("all-green.yaml"), d.resolve("9.1.1.yaml"));
                    Path link = Files.createSymbolicLink(d.resolve("laatste.html"), portfolio.getFileName());
                    return Prepared.of("koers: --output " + link + " is the input file " + portfolio, "evaluate",
                            portfolio, "--format", "html", "--output", link);
                }),
                row("--output is the portfolio through a linked folder and ..", d -> {
                    // link/.. is deep/, where the system resolves it; a textual normalize would say d/9.1.1.yaml
                    Path deep = Files.createDirectories(d.resolve("deep").resolve("er"));
                    Path portfolio = Files.copy(GIVEN.resolve("all-green.yaml"), deep.getParent().resolve("9.1.1.yaml"));
                    Path link = Files.createSymbolicLink(d.resolve("link"), deep);
                    Path output = link.resolve("..").resolve("9.1.1.yaml");
                    return Prepared.of("koers: --output " + output + " is the input file " + portfolio, "evaluate",
                            portfolio, "--output", output);
                }),
                row("--output is a portfolio that a link in the input folder leads to", d -> {
                    Path elsewhere = Files.copy(GIVEN.resolve("all-green.yaml"), d.resolve("9.1.1.yaml"));
                    Path folder = Files.createDirectory(d.resolve("begroting"));
                    Path link = Files.createSymbolicLink(folder.resolve("9.1.1.yaml"), elsewhere);
                    return Prepared.of("koers: --output " + elsewhere + " is the input file " + link, "evaluate",
                            folder, "--format", "csv", "--output", elsewhere);
                }),
                row("--output is a file of the --rules folder", d -> {
                    Path rules = rules(d);
                    Path table = rules.resolve("geldkleur.drl.xlsx");
                    return Prepared.of("koers: --output " + table + " lies in the rule set folder " + rules,
                            "evaluate", "--rules", rules, "--output", table);
                }),
                row("--output is a scenario of the --rules folder", d -> {
                    Path rules = rules(d);
                    Path scenario = rules.resolve("scenarios").resolve("seed.yaml");
                    return Prepared.of("koers: --output " + scenario + " lies in the rule set folder " + rules,
                            "evaluate", "--rules", rules, "--format", "json", "--output", scenario);
                }),
                row("--output is a new file inside the --rules folder", d -> {
                    Path rules = rules(d);
                    Path output = rules.resolve("rapport.md");
                    return Prepared.of("koers: --output " + output + " lies in the rule set folder " + rules,
                            "evaluate", "--rules", rules, "--format", "markdown", "--output", output);
                }),
                row("--output is a file of the --rules folder, through a link", d -> {
                    Path rules = rules(d);
                    Path link = Files.createSymbolicLink(d.resolve("uitkomst.txt"), rules.resolve("targets.drl"));
                    return Prepared.of("koers: --output " + link + " lies in the rule set folder " + rules,
                            "evaluate", "--rules", rules, "--output", link);
                }),
                row("--output of diff is OLD, spelt with ./", d -> {
                    Path[] files = diffFiles(d);
                    Path output = d.resolve(".").resolve("voor.yaml");
                    return Prepared.of("koers: --output " + output + " is the input file " + files[0], "diff",
                            files[0], files[1], "--output", output);
                }),
                row("--output of diff is NEW, spelt with ..", d -> {
                    Path[] files = diffFiles(d);
                    Path output = Files.createDirectory(d.resolve("sub")).resolve("..").resolve("na.yaml");
                    return Prepared.of("koers: --output " + output + " is the input file " + files[1], "diff",
                            files[0], files[1], "--format", "csv", "--output", output);
                }),
                row("--output of diff is the measurementsFile of NEW", d -> {
                    Path old = Files.copy(GIVEN.resolve("all-green.yaml"), d.resolve("oud.yaml"));
                    Path portfolio = withMeasurements(d);
                    Path csv = d.resolve("metingen.csv");
                    return Prepared.of("koers: --output " + csv + " is the input file " + csv, "diff", old, portfolio,
                            "--output", csv);
                }),
                row("--output of diff lies in the --rules folder", d -> {
                    Path rules = rules(d);
                    Path output = rules.resolve("explanations.properties");
                    return Prepared.of("koers: --output " + output + " lies in the rule set folder " + rules, "diff",
                            "--rules", rules, "--output", output);
                }),
                // --output that is not a regular file
                row("--output is a FIFO", d -> {
                    Path fifo = d.resolve("rapport.fifo");
                    mkfifo(fifo);
                    return Prepared.of("koers: --output " + fifo + " is a named pipe (FIFO)", "evaluate", "--output", fifo);
                }),
                row("--output of diff is a FIFO", d -> {
                    Path fifo = d.resolve("wijzigingen.fifo");
                    mkfifo(fifo);
                    return Prepared.of("koers: --output " + fifo + " is a named pipe (FIFO)", "diff", "--output", fifo);
                }),
                row("--output is a link to a FIFO", d -> {
                    Path fifo = d.resolve("rapport.fifo");
                    mkfifo(fifo);
                    Path link = Files.createSymbolicLink(d.resolve("rapport.txt"), fifo.getFileName());
                    return Prepared.of("koers: --output " + link + " is a named pipe (FIFO)", "evaluate", "--output", link);
                }),
                row("--output is a socket", d -> {
                    Path socket = d.resolve("rapport.sock");
                    try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                        channel.bind(UnixDomainSocketAddress.of(socket));
                    }
                    return Prepared.of("koers: --output " + socket + " is a socket", "evaluate", "--output", socket);
                }),
                row("--output is a folder", d -> Prepared.of("koers: --output " + d + " is a folder; name a file",
                        "evaluate", "--output", d)),
                row("--output is a character device that cannot take the report", d -> {
                    Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full");
                    return Prepared.of("koers: cannot write /dev/full", "evaluate", "--output", "/dev/full");
                }),
                // rules init and init where nothing can be written
                row("rules init under a file", d -> {
                    Path file = Files.writeString(d.resolve("notities.txt"), "niet een map\n");
                    Path folder = file.resolve("regels");
                    return Prepared.of("koers: cannot write the rule set to " + folder + ": ", "rules", "init", folder);
                }),
                row("rules init into /proc", d -> Prepared.of("koers: cannot write the rule set to /proc/koers-regels: ",
                        "rules", "init", "/proc/koers-regels")),
                row("rules init into /sys", d -> Prepared.of("koers: cannot write the rule set to /sys/koers-regels: ",
                        "rules", "init", "/sys/koers-regels")),
                row("rules init into a read-only folder", d -> {
                    Path folder = readOnly(d).resolve("regels");
                    return Prepared.of("koers: cannot write the rule set to " + folder + ": ", "rules", "init", folder);
                }),
                row("init FILE under a file", d -> {
                    Path file = Files.writeString(d.resolve("notities.txt"), "niet een map\n");
                    Path portfolio = file.resolve("p.yaml");
                    return Prepared.of("koers: cannot write " + portfolio + ": ", "init", portfolio);
                }),
                row("init FILE into /proc", d -> Prepared.of("koers: cannot write /proc/koers.yaml: ",
                        "init", "/proc/koers.yaml")),
                row("init FILE into a read-only folder", d -> {
                    Path portfolio = readOnly(d).resolve("p.yaml");
                    return Prepared.of("koers: cannot write " + portfolio + ": ", "init", portfolio);
                }),
                row("init FILE --force over a FIFO", d -> {
                    Path fifo = d.resolve("p.yaml");
                    mkfifo(fifo);
                    return Prepared.of("koers: cannot write " + fifo + ": is a named pipe (FIFO), not a regular file",
                            "init", fifo, "--force");
                }),
                // explanation texts that cannot be filled in: refused when the rule set is loaded
                explanations("a malformed \\u escape", "status.achieved = Behaald \\u00g1\n", ":2:27: error: malformed \\u escape"),
                explanations("a \\u escape cut short at the end", "status.achieved = Behaald \\u00", ":2:27: error: malformed \\u escape"),
                explanations("a placeholder index beyond any figure", "status.achieved = Behaald {99999999999}\n",
                        ":2: error: text 'status.achieved': placeholder {99999999999} names figure 99999999999"),
                explanations("a placeholder with an unknown style", "status.achieved = Behaald {0,foo}\n",
                        ":2: error: text 'status.achieved': placeholder {0,foo} has the unknown style 'foo'"),
                explanations("an unclosed placeholder", "status.achieved = Behaald {0\n",
                        ":2: error: text 'status.achieved': '{' at position 9 opens no placeholder"),
                explanations("a brace that closes nothing", "status.achieved = Behaald 0}\n",
                        ":2: error: text 'status.achieved': '}' at position 10 closes no placeholder"));
    }

    /** The shipped rules with one line added to explanations.properties (after its first line). */
    private static Case explanations(String name, String line, String message) {
        return new Case("explanations.properties with " + name, d -> {
            Path rules = rules(d);
            Path texts = rules.resolve("explanations.properties");
            List<String> lines = new ArrayList<>(Files.readAllLines(texts));
            lines.add(1, line.stripTrailing());
            Files.writeString(texts, String.join("\n", lines) + "\n");
            return Prepared.of("explanations.properties" + message, "evaluate", "--rules", rules);
        }, 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyBadCommandIsOneMessageAndWritesNothing(Case bad) throws IOException {
        Path dir = Files.createTempDirectory(work, "case");
        Prepared prepared = bad.setup().in(dir);
        Map<String, String> before = snapshot(dir);

        CliRun run = CliRun.of(prepared.arguments().toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).hasSize(bad.errLines())
                .filteredOn(line -> line.startsWith(prepared.message()))
                .as("one line starting with " + prepared.message() + " in\n" + run.err()).hasSize(1);
        assertThat(run.err()).doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(").doesNotContain("Exception")
                .doesNotContain("internal error");
        assertThat(run.out()).isEmpty();
        assertThat(snapshot(dir)).as("every file of the work folder, inputs and all, as it was").isEqualTo(before);
        assertThat(Path.of("/dev/null")).satisfies(BadCommandTableTest::isCharacterDevice);
    }

    // ---- set-ups

    /** all-green.yaml naming metingen.csv next to it, which adds a measurement of target 1a. */
    private static Path withMeasurements(Path dir) throws IOException {
        Files.writeString(dir.resolve("metingen.csv"), CSV);
        String portfolio = Files.readString(GIVEN.resolve("all-green.yaml"))
                .replace("format: koers/v1\n", "format: koers/v1\nmeasurementsFile: metingen.csv\n");
        return Files.writeString(dir.resolve("9.1.1.yaml"), portfolio);
    }

    private static Path rules(Path dir) {
        Path rules = dir.resolve("regels");
        ShippedRules.copyTo(rules);
        return rules;
    }

    private static Path[] diffFiles(Path dir) throws IOException {
        return new Path[] {Files.copy(GIVEN.resolve("diff-before.yaml"), dir.resolve("voor.yaml")),
            Files.copy(GIVEN.resolve("diff-after.yaml"), dir.resolve("na.yaml"))};
    }

    static void mkfifo(Path path) throws IOException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
            Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A folder nobody may write in; root may write anywhere, so the row is skipped for root. */
    private static Path readOnly(Path dir) throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may write in a read-only folder");
        Path folder = Files.createDirectory(dir.resolve("alleen-lezen"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        return folder;
    }

    private static void isCharacterDevice(Path device) {
        try {
            assertThat(((Integer) Files.getAttribute(device, "unix:mode")) & 0170000).isEqualTo(0020000);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Every entry below {@code dir}, not following links: a file by the SHA-256 of its bytes, a link by its target,
     * anything else (a folder, a FIFO, a socket) by its kind, so that a FIFO is never opened.
     */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.toList()) {
                String name = dir.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    entries.put(name, "link to " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    entries.put(name, sha256(Files.readAllBytes(path)));
                } else {
                    entries.put(name, Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "folder" : "special");
                }
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
