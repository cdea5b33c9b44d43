package nl.koers.evaluator.ruleset.internal.compile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.decisiontable.parser.csv.CsvParser;
import org.drools.template.parser.DataListener;

/**
 * The cells of a CSV decision table as Drools reads them: the text {@link DecisionTables#commaSeparated} makes of
 * it, split by Drools' own {@link CsvParser} and {@link CsvLineParser}, the parser its compiler uses. The guard and
 * the table analysis read these cells, so that neither can see a table other than the one that is compiled.
 *
 * @param rows   the text of every cell (a merged cell's "..." taken off, as Drools does), row by row from row 1
 * @param merges the runs of cells Drools reads as one merged cell
 */
public record CsvTable(List<List<String>> rows, List<Merge> merges) {

    /** Cells {@code firstColumn} to {@code lastColumn} (0-based, inclusive) of 0-based row {@code row}. */
    public record Merge(int row, int firstColumn, int lastColumn) {
    }

    public CsvTable {
        rows = rows.stream().map(List::copyOf).toList();
        merges = List.copyOf(merges);
    }

    /** Reads {@code csv} (comma- or semicolon-separated, with or without a byte-order mark). */
    public static CsvTable read(String csv) {
        Cells cells = new Cells();
        byte[] text = DecisionTables.commaSeparated(csv).getBytes(StandardCharsets.UTF_8);
        new CsvParser(cells, new CsvLineParser()).parseFile(new ByteArrayInputStream(text));
        cells.endRow();
        return new CsvTable(cells.rows, cells.merges);
    }

    /** Collects what Drools' parser reports, cell by cell. */
    private static final class Cells implements DataListener {
        private final List<List<String>> rows = new ArrayList<>();
        private final List<Merge> merges = new ArrayList<>();
        private List<String> row;
        private int rowNumber = -1;
        private int mergeStart = NON_MERGED;
        private int mergeEnd;

        @Override
        public void startSheet(String name) {
        }

        @Override
        public void finishSheet() {
        }

        @Override
        public void newRow(int number, int columns) {
            endRow();
            row = new ArrayList<>(columns);
            rowNumber = number;
            while (rows.size() < number) {
                rows.add(List.of());
            }
        }

        @Override
        public void newCell(int rowIndex, int column, String value, int mergedColStart) {
            if (mergedColStart != mergeStart) {
                endMerge();
                mergeStart = mergedColStart;
            }
            mergeEnd = column;
            while (row.size() < column) {
                row.add("");
            }
            row.add(value == null ? "" : value);
        }

        private void endMerge() {
            if (mergeStart != NON_MERGED) {
                merges.add(new Merge(rowNumber, mergeStart, mergeEnd));
            }
            mergeStart = NON_MERGED;
        }

        void endRow() {
            if (row != null) {
                endMerge();
                rows.add(row);
                row = null;
            }
        }
    }
}
