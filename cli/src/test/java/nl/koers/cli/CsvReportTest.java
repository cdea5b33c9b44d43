package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Language;
import nl.koers.format.PortfolioReader;
import nl.koers.report.ReportFormat;
import nl.koers.report.csv.Csv;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV report reads back as written: one row per target, every row as wide as the header. */
class CsvReportTest {

    private static final int COLUMNS = 15;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "separator {0}, BOM {1}")
    @CsvSource({"',', false", "';', false", "',', true", "';', true"})
    void everyRowParsesBackWithAllColumns(char separator, boolean bom) throws IOException {
        String csv = ReportFixtures.render(ReportFormat.csv, Language.DUTCH, true, separator, bom,
                ReportFixtures.seed(), hostile(), mixed());

        assertThat(csv.startsWith("\uFEFF")).isEqualTo(bom);
        assertThat(csv).endsWith("\r\n");
        List<List<String>> rows = parse(bom ? csv.substring(1) : csv, separator);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(COLUMNS));
        assertThat(rows.get(0)).startsWith("Prestatie", "Actie", "Titel actie", "Status actie", "Doel");
        assertThat(rows.stream().filter(r -> r.get(0).equals("Prestatie"))).as("one header").hasSize(1);
        // 6 targets of the seed, 1 of the hostile portfolio, 2 targets and 1 withdrawn action of mixed.json
        assertThat(rows).hasSize(1 + 6 + 1 + 3);
        List<String> hostile = rows.get(7);
        assertThat(hostile.get(2)).isEqualTo("'=HYPERLINK(\"http://evil.example\") | <b>vet</b> *nadruk* [link](http://evil.example)");
        assertThat(hostile.get(5)).isEqualTo("Regels; \"aanhalingstekens\", komma's\nen een nieuwe regel");
        assertThat(hostile.get(9)).isEqualTo(separator == ';' ? "4,25" : "4.25");
        assertThat(rows.get(8).get(8)).as("expected value of 1a of mixed.json").isEqualTo(separator == ';' ? "49,59" : "49.59");
    }

    @Test
    void aWithdrawnActionIsOneRowWithEmptyTargetColumns() {
        List<List<String>> rows = parse(ReportFixtures.render(ReportFormat.csv, Language.ENGLISH, mixed()), ',');

        List<String> withdrawn = rows.get(rows.size() - 1);
        assertThat(withdrawn.subList(0, 4)).containsExactly("3.2.1", "3", "Vervallen actie", "withdrawn");
        assertThat(withdrawn.subList(4, 13)).allSatisfy(cell -> assertThat(cell).isEmpty());
        assertThat(withdrawn.get(13)).startsWith("Action withdrawn (decision PS/2024/12");
        assertThat(withdrawn.get(14)).startsWith("Withdrawn action is vervallen");
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(Csv.quote("plain", ',')).isEqualTo("plain");
        assertThat(Csv.quote("a;b", ',')).isEqualTo("a;b");
        assertThat(Csv.quote("a;b", ';')).isEqualTo("\"a;b\"");
        assertThat(Csv.quote("zeg \"ja\"", ',')).isEqualTo("\"zeg \"\"ja\"\"\"");
        assertThat(Csv.quote("twee\r\nregels", ',')).isEqualTo("\"twee\r\nregels\"");
        assertThat(Csv.text("-5 km")).isEqualTo("'-5 km");
        assertThat(Csv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.text("Busbanen")).isEqualTo("Busbanen");
    }

    @Test
    void aFolderStreamsTheHeaderOnceThenEveryTarget() {
        CliRun run = CliRun.of("evaluate", ReportFixtures.GIVEN.resolve("begroting").toString(), "--format", "csv",
                "--csv-separator", ";", "--csv-bom", "--lang", "nl");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("\uFEFFPrestatie;Actie;");
        assertThat(parse(run.out().substring(1), ';')).hasSize(1 + 3 + 2).allSatisfy(row -> assertThat(row).hasSize(COLUMNS));
    }

    @Test
    void csvOptionsWithAnotherFormatAreRefused() {
        CliRun run = CliRun.of("evaluate", "--csv-bom");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("koers: --csv-separator and --csv-bom apply to --format csv only");
        CliRun tab = CliRun.of("evaluate", "--format", "csv", "--csv-separator", "\t");
        assertThat(tab.exitCode()).isEqualTo(2);
        assertThat(tab.err()).startsWith("koers: --csv-separator must be ',' or ';'");
    }

    /**
     * LibreOffice reads the Dutch-Excel dialect (';', BOM) into a spreadsheet with the same rows and columns,
     * the awkward text intact. Runs where LibreOffice is installed; skipped elsewhere.
     */
    @Test
    void libreOfficeReadsTheSameColumns() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        // CI installs LibreOffice (.ci/run), so there it must run; on a developer's machine without it, it is skipped
        if (System.getenv("CI") != null) {
            assertThat(soffice).as("LibreOffice, which .ci/run installs").isExecutable();
        }
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed");
        String text = ReportFixtures.render(ReportFormat.csv, Language.DUTCH, true, ';', true, hostile(), mixed());
        Path csv = Files.writeString(dir.resolve("doelen.csv"), text, StandardCharsets.UTF_8);
        List<List<String>> written = parse(text.substring(1), ';');

        Process office = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless", "--infilter=CSV:59,34,76,1", "--convert-to", "xlsx", "--outdir", dir.toString(), csv.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(office.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path xlsx = dir.resolve("doelen.xlsx");
        assertThat(xlsx).as(Files.readString(dir.resolve("soffice.log"))).exists();

        try (InputStream in = Files.newInputStream(xlsx); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            assertThat(sheet.getLastRowNum() + 1).isEqualTo(written.size());
            for (int r = 0; r < written.size(); r++) {
                Row row = sheet.getRow(r);
                assertThat((int) row.getLastCellNum()).as("row " + r).isLessThanOrEqualTo(COLUMNS);
                // the text columns: prestatie to target status, explanation and rule
                for (int c : new int[] {0, 1, 2, 3, 4, 5, 6, 13, 14}) {
                    String cell = row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c));
                    assertThat(cell).as("row %d column %d", r, c).isEqualTo(written.get(r).get(c));
                }
            }
            assertThat(format.formatCellValue(sheet.getRow(0).getCell(COLUMNS - 1))).isEqualTo("Regel");
        }
    }

    private Evaluation hostile() {
        try {
            return ReportFixtures.evaluate(PortfolioReader.read(ReportFixtures.write(dir, "kwaad.yaml", ReportFixtures.HOSTILE)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Evaluation mixed() {
        return ReportFixtures.evaluate(PortfolioReader.read(ReportFixtures.GIVEN.resolve("mixed.json")));
    }

    /** RFC 4180: records end in CRLF; a quoted field may hold the separator, doubled quotes and line breaks. */
    static List<List<String>> parse(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertThat(field).as("a quote only opens a field").isEmpty();
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertThat(text.charAt(i + 1)).as("CR is followed by LF").isEqualTo('\n');
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("a bare line feed outside quotes").isNotEqualTo('\n');
                field.append(c);
            }
        }
        assertThat(quoted).as("every quote closed").isFalse();
        assertThat(row).as("the last record ends in CRLF").isEmpty();
        return rows;
    }
}
