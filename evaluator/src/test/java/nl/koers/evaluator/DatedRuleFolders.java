package nl.koers.evaluator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Rule folders with validity dates: the shipped set whose GS mandate (gs-mandaat) changes over time, the way
 * Overijssel's spelregels did: before 2018 Provinciale Staten decided every reserve withdrawal (a mandate of 0), from
 * 2018 Gedeputeerde Staten decide up to € 1.000.000. The seed's € 109.000 is then a PS change at 2017-12-31 and a GS
 * change at 2018-06-30.
 */
final class DatedRuleFolders {

    static final String BEFORE_2018 = "PS decide every reserve withdrawal before 2018";
    static final String FROM_2018 = "GS decide alone on budget changes up to the mandate from 2018";

    /** One row of a dated GS-mandate table: its name, validity (null ends open) and mandate. */
    record MandateRow(String name, LocalDate from, LocalDate to, long mandate) {
    }

    private DatedRuleFolders() {
    }

    /** The GS-mandate table as CSV, with DATE-EFFECTIVE and DATE-EXPIRES columns written as ISO dates. */
    static String mandateCsv(List<MandateRow> rows, boolean dated) {
        StringBuilder csv = new StringBuilder("""
                RuleSet,nl.koers.rules
                Import,nl.koers.model.GsMandaat

                RuleTable GS-mandaat
                NAME,PRIORITY,ACTION%1$s
                ,,%2$s
                ,,"insert(new GsMandaat(new java.math.BigDecimal(""$param"")));"%2$s
                Regel,Volgorde,GS besluit tot en met%3$s
                """.formatted(dated ? ",DATE-EFFECTIVE,DATE-EXPIRES" : "", dated ? ",," : "",
                dated ? ",Geldig vanaf,Geldig tot" : ""));
        for (MandateRow row : rows) {
            csv.append(row.name()).append(",400,").append(row.mandate());
            if (dated) {
                csv.append(',').append(row.from() == null ? "" : row.from()).append(',')
                        .append(row.to() == null ? "" : row.to());
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** The two rows of the class comment. */
    static List<MandateRow> overijssel() {
        return List.of(new MandateRow(BEFORE_2018, null, LocalDate.of(2018, 1, 1), 0),
                new MandateRow(FROM_2018, LocalDate.of(2018, 1, 1), null, 1_000_000));
    }

    /** {@code folder}, new: the shipped set with gs-mandaat.drl.xlsx replaced by {@code csv} as gs-mandaat.drl.csv. */
    static Path withMandateCsv(Path folder, String csv) {
        RuleFolders.shippedCopy(folder);
        try {
            Files.delete(folder.resolve("gs-mandaat.drl.xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RuleFolders.write(folder.resolve("gs-mandaat.drl.csv"), csv);
        return folder;
    }

    /**
     * {@code folder}, new: the shipped set whose gs-mandaat.drl.xlsx has DATE-EFFECTIVE and DATE-EXPIRES columns (E
     * and F) and the two rows of the class comment (12 and 13); the row from 2018 takes effect on a real Excel date
     * cell, the row before 2018 expires on an ISO text cell.
     */
    static Path withMandateXlsx(Path folder) {
        RuleFolders.shippedCopy(folder);
        Path table = folder.resolve("gs-mandaat.drl.xlsx");
        try {
            byte[] bytes = Files.readAllBytes(table);
            try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
                 ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Sheet sheet = workbook.getSheetAt(0);
                text(sheet, 7, 4, "DATE-EFFECTIVE");
                text(sheet, 7, 5, "DATE-EXPIRES");
                text(sheet, 10, 4, "Geldig vanaf");
                text(sheet, 10, 5, "Geldig tot");
                Row before = sheet.getRow(11);
                before.getCell(1).setCellValue(BEFORE_2018);
                before.getCell(3).setCellValue(0);
                text(sheet, 11, 5, "2018-01-01");
                Row from = sheet.getRow(12) != null ? sheet.getRow(12) : sheet.createRow(12);
                copy(before, from);
                from.removeCell(from.getCell(5));
                from.getCell(1).setCellValue(FROM_2018);
                from.getCell(3).setCellValue(1_000_000);
                Cell effective = from.createCell(4);
                CellStyle date = workbook.createCellStyle();
                date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                effective.setCellValue(LocalDate.of(2018, 1, 1));
                effective.setCellStyle(date);
                workbook.write(out);
                Files.write(table, out.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static void text(Sheet sheet, int row, int column, String text) {
        Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        (r.getCell(column) != null ? r.getCell(column) : r.createCell(column)).setCellValue(text);
    }

    private static void copy(Row from, Row to) {
        for (Cell cell : from) {
            Cell copy = to.createCell(cell.getColumnIndex());
            copy.setCellStyle(cell.getCellStyle());
            switch (cell.getCellType()) {
                case NUMERIC -> copy.setCellValue(cell.getNumericCellValue());
                case STRING -> copy.setCellValue(cell.getStringCellValue());
                case BOOLEAN -> copy.setCellValue(cell.getBooleanCellValue());
                default -> {
                }
            }
        }
    }
}
