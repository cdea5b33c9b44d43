package nl.koers.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.model.Action;
import nl.koers.model.Bound;
import nl.koers.model.Measurement;
import nl.koers.model.Portfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A portfolio may keep its measurements in a CSV file next to it ({@code measurementsFile}): each row is a
 * measurement checked like one written in the portfolio, and every defect is named by the CSV file, its line and
 * the column.
 */
class MeasurementsFileTest {

    private static final Path EXAMPLE = Path.of("src", "test", "resources", "measurements", "portfolio.yaml");

    /** The example's portfolio with measurementsFile set to {@code %s}; action 1 has quantity target 1a. */
    private static final String PORTFOLIO = """
            format: koers/v1
            measurementsFile: %s
            performance:
              code: "9.1.1"
              title: "Fietspaden"
              period: { start: 2024-01-01, end: 2024-12-31 }
            actions:
              - id: "1"
                targets:
                  - { id: "1a", kind: quantity, direction: at-least, value: 20 }
                measurements:
                  - { target: "1a", date: 2024-06-30, value: 4 }
              - id: "2"
                targets:
                  - { id: "2a", kind: monitoring, maxAge: P1Y }
                  - { id: "2b", kind: milestone }
            """;
    private static final String HEADER = "action,target,date,value,bound,done,source,note\n";

    @TempDir
    Path dir;

    @Test
    void theExampleTakesItsMeasurementsFromTheDutchExcelCsvNextToIt() {
        Portfolio p = PortfolioReader.read(EXAMPLE);

        Action one = p.actions().get(0);
        assertThat(one.measurements()).extracting(Measurement::date, Measurement::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 6, 30), new BigDecimal("4")),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 12, 31), new BigDecimal("10.5")));
        List<Measurement> two = p.actions().get(1).measurements();
        assertThat(two).hasSize(2);
        assertThat(two.get(0).value()).isEqualByComparingTo("7.6");
        assertThat(two.get(0).bound()).isEqualTo(Bound.ESTIMATE);
        assertThat(two.get(0).source()).isEqualTo("Enquête; eerste ronde");
        assertThat(two.get(0).note()).startsWith("Twee regels:").endsWith("voorjaar en zomer");
        assertThat(two.get(1).done()).isTrue();
        assertThat(two.get(1).value()).isNull();
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
        Portfolio p = read("metingen.csv", "date,value,target,action\n2024-12-31,12.25,1a,1\n\n");

        assertThat(p.actions().get(0).measurements()).extracting(Measurement::value)
                .containsExactly(new BigDecimal("4"), new BigDecimal("12.25"));
    }

    @Test
    void aCsvInASubfolderIsFound() throws IOException {
        Files.createDirectories(dir.resolve("metingen"));
        Portfolio p = read("metingen/2024.csv", HEADER + "2,2b,2024-10-01,,,false,,\n");

        assertThat(p.actions().get(1).measurements()).singleElement().extracting(Measurement::done).isEqualTo(false);
    }

    @Test
    void aHeaderOnlyAddsNothing() {
        Portfolio p = read("metingen.csv", HEADER);

        assertThat(p.actions().get(0).measurements()).hasSize(1);
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                Arguments.of("not a number", HEADER + "1,1a,2024-12-31,twaalf,,,,\n",
                        "metingen.csv:2: column 'value': expected a number, found the text \"twaalf\""),
                Arguments.of("a decimal comma in a comma-separated file", HEADER + "1,1a,2024-12-31,10,5,,,,\n",
                        "metingen.csv:2: the row has 9 fields but the header has 8 columns"),
                Arguments.of("a row with too few fields", HEADER + "1,1a,2024-12-31\n",
                        "metingen.csv:2: the row has 3 fields but the header has 8 columns"),
                Arguments.of("thousands or a decimal?", "action;target;date;value\n1;1a;2024-12-31;1.500\n",
                        "metingen.csv:2: column 'value': '1.500' is ambiguous"),
                Arguments.of("a number too large", HEADER + "1,1a,2024-12-31,1000000000000000,,,,\n",
                        "metingen.csv:2: column 'value': the number 1000000000000000 is too large"),
                Arguments.of("an unknown action", HEADER + "1,1a,2024-09-30,4,,,,\n11,1a,2024-12-31,10,,,,\n",
                        "metingen.csv:3: column 'action': unknown action '11' (did you mean '1'?); the portfolio has actions 1, 2"),
                Arguments.of("an unknown target", HEADER + "1,1b,2024-12-31,10,,,,\n",
                        "metingen.csv:2: column 'target': unknown target '1b'; action 1 has targets 1a (did you mean '1a'?)"),
                Arguments.of("a target of another action", HEADER + "1,2a,2024-12-31,10,,,,\n",
                        "metingen.csv:2: column 'target': unknown target '2a'; action 1 has targets 1a"),
                Arguments.of("an empty action", HEADER + ",1a,2024-12-31,10,,,,\n",
                        "metingen.csv:2: column 'action': required field is empty"),
                Arguments.of("an empty date", HEADER + "1,1a,,10,,,,\n",
                        "metingen.csv:2: column 'date': required, but empty"),
                Arguments.of("a date not in the calendar", HEADER + "1,1a,2024-02-30,10,,,,\n",
                        "metingen.csv:2: column 'date': expected a date YYYY-MM-DD, found the text \"2024-02-30\", "
                                + "which is not a date in the calendar"),
                Arguments.of("an unknown bound", HEADER + "1,1a,2024-12-31,10,ongeveer,,,\n",
                        "metingen.csv:2: column 'bound': expected one of exact | at-least | more-than | estimate"),
                Arguments.of("done on a quantity", HEADER + "1,1a,2024-12-31,10,,true,,\n",
                        "metingen.csv:2: column 'done': must be empty: target '1a' is a quantity target, and only a "
                                + "milestone is done"),
                Arguments.of("a value on a milestone", HEADER + "2,2b,2024-12-31,1,,true,,\n",
                        "metingen.csv:2: column 'value': must be empty: target '2b' is a milestone target"),
                Arguments.of("done that is no yes or no", HEADER + "2,2b,2024-12-31,,,misschien,,\n",
                        "metingen.csv:2: column 'done': expected true or false, found the text \"misschien\""),
                Arguments.of("a date twice in the CSV", HEADER + "1,1a,2024-12-31,10,,,,\n1,1a,2024-12-31,11,,,,\n",
                        "metingen.csv:3: measurement of target '1a on 2024-12-31' is already used on line 2"),
                Arguments.of("a date also in the portfolio", HEADER + "1,1a,2024-06-30,4,,,,\n",
                        "metingen.csv:2: measurement of target '1a on 2024-06-30' is already given in "),
                Arguments.of("a misspelt column", "action,target,date,vaule\n1,1a,2024-12-31,10\n",
                        "metingen.csv:1: column 'vaule': unknown column (did you mean 'value'?)"),
                Arguments.of("a column twice", "action,target,date,value,value\n",
                        "metingen.csv:1: column 'value': the column is given twice"),
                Arguments.of("no header", "1,1a,2024-12-31,10,,,,\n",
                        "metingen.csv:1: column '1': unknown column"),
                Arguments.of("a required column missing", "action,date,value\n1,2024-12-31,10\n",
                        "metingen.csv:1: column 'target': required column is missing"),
                Arguments.of("a quote not closed", HEADER + "1,1a,2024-12-31,10,,,\"Monitor,\n",
                        "metingen.csv:2:22: column 'source': a quoted field that starts here is not closed"),
                Arguments.of("a quote in an unquoted cell", HEADER + "1,1a,2024-06-30,3,,,Scherm 5\" breed,\n"
                                + "1,1a,2024-12-31,10,,,Monitor,\"eind\"\n",
                        "metingen.csv:2:29: column 'source': a quote in the middle of a field"),
                Arguments.of("text after a closing quote", HEADER + "1,1a,2024-12-31,10,,,\"Monitor\" 2024,\n",
                        "metingen.csv:2:32: column 'source': text after the closing quote of a quoted field"),
                Arguments.of("a quote in the header", "action,target,date,va\"lue\n",
                        "metingen.csv:1:22: a quote in the middle of a field"),
                Arguments.of("a quote pairing with one a row later", HEADER + "1,1a,2024-06-30,3,,,\"Monitor,\n"
                                + "1,1a,2024-12-31,10,,,Jaarverslag\",\n",
                        "metingen.csv:2:21: column 'source': the quoted field that starts here runs on over line 3, which "
                                + "reads like a row of its own"),
                Arguments.of("a quote opening a row and closing the next", HEADER + "\"1,1a,2024-06-30,3,,,,\n"
                                + "1\",1a,2024-12-31,10,,,,\n",
                        "metingen.csv:2:1: column 'action': the quoted field that starts here runs on over line 3"),
                Arguments.of("a value with 19 decimals", HEADER + "1,1a,2024-12-31,0.0000000000000000001,,,,\n",
                        "metingen.csv:2: column 'value': the number 0.0000000000000000001 has more than 12 decimals"),
                Arguments.of("a value of 3000 digits", HEADER + "1,1a,2024-12-31,1" + "0".repeat(3000) + ",,,,\n",
                        "metingen.csv:2: column 'value': the number has more than 64 digits"),
                Arguments.of("an empty file", "",
                        "metingen.csv: the file is empty; expected a header row"),
                Arguments.of("UTF-16", new String(new char[] {'\uFEFF'}) + HEADER,
                        "metingen.csv:1:1: the file is UTF-16; save it as UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void aDefectIsNamedByTheCsvFileLineAndColumn(String what, String csv, String message) {
        // UTF-16LE writes the byte-order mark in front of the header as FF FE
        byte[] bytes = csv.getBytes(what.equals("UTF-16") ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
        write("metingen.csv", bytes);

        PortfolioException e = refusal("metingen.csv");

        assertThat(e.getMessage()).startsWith(dir + java.io.File.separator + message);
        assertThat(e.file()).isEqualTo(dir.resolve("metingen.csv").toString());
    }

    @Test
    void aDateInBothFilesNamesThePortfolioAndItsLine() {
        write("metingen.csv", (HEADER + "1,1a,2024-06-30,4,,,,\n").getBytes(StandardCharsets.UTF_8));

        assertThat(refusal("metingen.csv").problem()).endsWith("already given in " + dir.resolve("portfolio.yaml")
                + " on line 12");
    }

    static Stream<Arguments> refusedPaths() {
        return Stream.of(
                Arguments.of("/etc/passwd", "must be a path relative to the portfolio's folder"),
                Arguments.of("../metingen.csv", "leads outside the portfolio's folder"),
                Arguments.of("sub/../../metingen.csv", "leads outside the portfolio's folder"),
                Arguments.of("\"\"", "must be a path relative to the portfolio's folder"),
                Arguments.of("geen.csv", "no such file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedPaths")
    void aPathOutsideThePortfolioFolderOrMissingIsRefused(String path, String phrase) {
        PortfolioException e = refusal(path);

        assertThat(e.getMessage()).contains(phrase);
        if (!phrase.equals("no such file")) {
            assertThat(e.getMessage()).startsWith(dir.resolve("portfolio.yaml") + ":2:19: measurementsFile: ");
        }
    }

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws IOException, InterruptedException {
        // opening a FIFO blocks until someone writes to it: the test would hang if the reader opened it
        assertThat(new ProcessBuilder("mkfifo", dir.resolve("metingen.csv").toString()).start().waitFor()).isZero();

        assertThat(refusal("metingen.csv").getMessage()).isEqualTo(dir.resolve("metingen.csv")
                + ": is not a regular file (it is a device, a FIFO or a socket); give a file saved on disk");
    }

    @Test
    void aQuotedCellMayHoldLineBreaksSeparatorsAndQuotes() {
        Measurement m = read("metingen.csv", HEADER + "1,1a,2024-12-31,10,,, \"Monitor, \"\"eind\"\"\" ,\"twee\nregels\"\n  \n").actions().get(0).measurements().stream()
                .filter(x -> x.date().toString().equals("2024-12-31")).findFirst().orElseThrow();
        assertThat(m.source()).isEqualTo("Monitor, \"eind\"");
        assertThat(m.note()).isEqualTo("twee\nregels");
    }

    @Test
    void aLinkLeadingOutOfTheFolderIsRefused() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("elders")).resolve("metingen.csv");
        Files.writeString(outside, HEADER);
        Path inside = Files.createDirectories(dir.resolve("hier"));
        Files.createSymbolicLink(inside.resolve("metingen.csv"), outside);
        Files.writeString(inside.resolve("portfolio.yaml"), PORTFOLIO.formatted("metingen.csv"));

        PortfolioException e = catchThrowableOfType(PortfolioException.class,
                () -> PortfolioReader.read(inside.resolve("portfolio.yaml")));

        assertThat(e.getMessage()).isEqualTo(inside.resolve("metingen.csv") + ": is a link leading outside the "
                + "portfolio's folder");
    }

    @Test
    void aPortfolioFromStandardInputMayNotNameAMeasurementsFile() {
        byte[] yaml = PORTFOLIO.formatted("metingen.csv").getBytes(StandardCharsets.UTF_8);

        PortfolioException e = catchThrowableOfType(PortfolioException.class,
                () -> PortfolioReader.read("-", new ByteArrayInputStream(yaml)));

        assertThat(e.getMessage()).startsWith("-:2:19: measurementsFile: a portfolio that is not read from a file");
    }

    private Portfolio read(String csvName, String csv) {
        write(csvName, csv.getBytes(StandardCharsets.UTF_8));
        return PortfolioReader.read(portfolio(csvName));
    }

    private PortfolioException refusal(String csvName) {
        return catchThrowableOfType(PortfolioException.class, () -> PortfolioReader.read(portfolio(csvName)));
    }

    private Path portfolio(String csvName) {
        Path file = dir.resolve("portfolio.yaml");
        try {
            Files.writeString(file, PORTFOLIO.formatted(csvName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private void write(String name, byte[] bytes) {
        try {
            Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
