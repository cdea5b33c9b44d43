package nl.koers.format.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.koers.format.InputLimits;
import nl.koers.format.PortfolioException;
import nl.koers.format.table.Delimited;
import nl.koers.format.tree.Documents;
import nl.koers.format.tree.Node;
import nl.koers.format.tree.Suggestions;

/**
 * A measurements CSV file, as analysts keep them in a spreadsheet: a header row naming the columns
 * (action, target, date, value, bound, done, source, note, in any order), then one measurement per row.
 * Read into one {@link Node.Mapping} per row, with the row's line, so that the binder checks a row exactly
 * like a measurement written in the portfolio. Separator ',' or ';' (a Dutch Excel), taken from the header;
 * with ';' a value may have a decimal comma. Quoting as RFC 4180.
 */
final class MeasurementTable {

    /** The column names; action, target and date are required. */
    static final Set<String> COLUMNS = new LinkedHashSet<>(List.of("action", "target", "date", "value", "bound",
            "done", "source", "note", "estimate", "normValue"));
    private static final List<String> REQUIRED = List.of("action", "target", "date");

    private static final Pattern POINT_DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    /** "1.500" after a Dutch Excel: fifteen hundred, or one and a half? */
    private static final Pattern DOTTED_THOUSANDS = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})+");

    /**
     * One row: its cells as a mapping of the non-empty columns.
     *
     * @param line   the line the row starts on
     * @param action the action id, or null when the cell is empty
     * @param fields the other non-empty cells, typed as far as the text tells
     */
    record Row(int line, Node.Scalar action, Node.Mapping fields) {
    }

    private final String name;

    private MeasurementTable(String name) {
        this.name = name;
    }

    /**
     * Where {@code written} (the portfolio's measurementsFile) lies: inside {@code folder}, the portfolio's own.
     *
     * @throws IllegalArgumentException saying why the path is refused
     */
    static Path resolve(Path folder, String written) {
        return folder.resolve(Documents.inside(Path.of(""), written, new Documents.Within(
                "the portfolio's folder", "e.g. metingen.csv", "the portfolio's folder",
                "keep the measurements next to the portfolio or below it")));
    }

    /**
     * The rows of {@code file}, named {@code name} in messages; a link leading out of {@code folder} is refused.
     *
     * @throws PortfolioException naming the CSV file, the line and the column
     */
    static List<Row> read(Path folder, Path file, String name) {
        try {
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                throw new PortfolioException(name, 0, 0, "", "is a link leading outside the portfolio's folder");
            }
        } catch (IOException e) {
            throw PortfolioFiles.cannotRead(file, name, e);
        }
        byte[] bytes = PortfolioFiles.readBounded(file, name, InputLimits.MAX_MEASUREMENTS_BYTES, "a measurements file");
        return new MeasurementTable(name).rows(Documents.decode(name, bytes));
    }

    private List<Row> rows(String text) {
        String body = Delimited.withoutBom(text);
        Records read = new Records(body, Delimited.separator(body));
        List<Record> records = read.all();
        if (records.isEmpty() && read.problem == null) {
            throw new PortfolioException(name, 0, 0, "", "the file is empty; expected a header row such as "
                    + String.join(",", COLUMNS));
        }
        if (records.isEmpty()) {
            throw read.problem.at(name, List.of());
        }
        Record header = records.get(0);
        char separator = read.separator;
        List<String> columns = header(header.texts(), header.line());
        List<Row> rows = new ArrayList<>();
        for (Record r : records.subList(1, records.size())) {
            List<String> cells = r.texts();
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            refuseSwallowedRows(r, columns, separator);
            if (cells.size() != columns.size()) {
                throw new PortfolioException(name, r.line(), 0, "", "the row has " + cells.size()
                        + (cells.size() == 1 ? " field" : " fields") + " but the header has " + columns.size()
                        + " columns (" + String.join(String.valueOf(separator), columns) + ")"
                        + (separator == ',' && cells.size() > columns.size() ? "; a text holding a comma must be quoted" : ""));
            }
            rows.add(row(r.line(), columns, cells, separator));
        }
        if (read.problem != null) {
            throw read.problem.at(name, columns);
        }
        return rows;
    }

    /**
     * Refuses a quoted field that runs on over a line reading like the start of a row: as many separators as there
     * are cells before the field. RFC 4180 allows line breaks in a quoted field, but a quote left open by mistake
     * pairs with one on a later line and would swallow the rows between without a word.
     */
    private void refuseSwallowedRows(Record r, List<String> columns, char separator) {
        for (int i = 0; i < r.cells().size(); i++) {
            Cell cell = r.cells().get(i);
            String[] lines = cell.text().split("\r\n|\r|\n", -1);
            for (int k = 1; k < lines.length; k++) {
                if (lines[k].chars().filter(c -> c == separator).count() >= i) {
                    String field = i < columns.size() ? "column '" + columns.get(i) + "'" : "";
                    throw new PortfolioException(name, cell.line(), cell.column(), field, "the quoted field that starts "
                            + "here runs on over line " + (cell.line() + k) + ", which reads like a row of its own; close "
                            + "the quote on line " + cell.line() + " (a quote inside a quoted field is written twice: \"\")");
                }
            }
        }
    }

    private List<String> header(List<String> cells, int line) {
        List<String> columns = new ArrayList<>();
        for (String cell : cells) {
            String lower = cell.strip().toLowerCase(Locale.ROOT);
            // column names are read case-insensitively; normValue is the one with a capital, named as the format names it
            String column = COLUMNS.stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(lower)).findFirst().orElse(lower);
            if (!COLUMNS.contains(column)) {
                throw new PortfolioException(name, line, 0, "column '" + cell.strip() + "'", "unknown column"
                        + Suggestions.didYouMean(column, COLUMNS) + "; expected columns: " + String.join(", ", COLUMNS));
            }
            if (columns.contains(column)) {
                throw new PortfolioException(name, line, 0, "column '" + column + "'", "the column is given twice");
            }
            columns.add(column);
        }
        for (String required : REQUIRED) {
            if (!columns.contains(required)) {
                throw new PortfolioException(name, line, 0, "column '" + required + "'", "required column is missing; "
                        + "the header row names the columns, e.g. " + String.join(",", COLUMNS));
            }
        }
        return columns;
    }

    private Row row(int line, List<String> columns, List<String> cells, char separator) {
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Node.Key> keys = new LinkedHashMap<>();
        Node.Scalar action = null;
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            String cell = cells.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            Node.Scalar value = scalar(column, cell, line, separator);
            if (column.equals("action")) {
                action = value;
            } else {
                entries.put(column, value);
                keys.put(column, new Node.Key(column, line, 0));
            }
        }
        return new Row(line, action, new Node.Mapping(entries, keys, line, 0));
    }

    /** A cell typed as the binder expects it: numbers in value, true/false in done, text elsewhere. */
    private Node.Scalar scalar(String column, String cell, int line, char separator) {
        if (column.equals("value") || column.equals("normValue")) {
            if (separator == ';' && DOTTED_THOUSANDS.matcher(cell).matches()) {
                throw new PortfolioException(name, line, 0, "column '" + column + "'", "'" + cell + "' is ambiguous in a file "
                        + "separated by ';': write " + cell.replace(".", "") + " for thousands, or a decimal comma");
            }
            String number = separator == ';' ? Delimited.decimalPoint(cell) : cell;
            if (POINT_DECIMAL.matcher(number).matches()) {
                return new Node.Scalar(number.contains(".") ? Node.Scalar.Type.DECIMAL : Node.Scalar.Type.INTEGER,
                        number, line, 0);
            }
        }
        if (column.equals("done") || column.equals("estimate")) {
            String word = cell.toLowerCase(Locale.ROOT);
            // a Dutch Excel writes WAAR and ONWAAR
            if (Set.of("true", "waar", "ja").contains(word) || Set.of("false", "onwaar", "nee").contains(word)) {
                return new Node.Scalar(Node.Scalar.Type.BOOLEAN, String.valueOf(Set.of("true", "waar", "ja").contains(word)),
                        line, 0);
            }
        }
        return new Node.Scalar(Node.Scalar.Type.TEXT, cell, line, 0);
    }

    /** One cell as read (quotes taken off, "" read as one quote), and where it starts. */
    private record Cell(String text, int line, int column) {
    }

    /** One CSV record: its cells and the line it starts on. */
    private record Record(List<Cell> cells, int line) {

        List<String> texts() {
            return cells.stream().map(Cell::text).toList();
        }
    }

    /**
     * A quote where RFC 4180 has none, found while splitting: reported once the header has named the columns.
     *
     * @param cell the index of the cell in its record, to name its column
     */
    private record QuoteProblem(int line, int column, int cell, boolean inHeader, String problem) {

        PortfolioException at(String file, List<String> columns) {
            String field = !inHeader && cell < columns.size() ? "column '" + columns.get(cell) + "'" : "";
            return new PortfolioException(file, line, column, field, problem);
        }
    }

    /**
     * Splits the text into records and cells as RFC 4180 does. A quote opens a quoted field only at the start of a
     * field (after blanks), and in a quoted field only a doubled quote or the closing one may follow; a quote in the
     * middle of an unquoted field, text after a closing quote and a quote left open at the end are refused at their
     * line and column, never read as something else. Splitting stops at the first such quote; the records before
     * it are kept, so that their own problems are reported first, in file order.
     */
    private static final class Records {
        private static final String DOUBLE_IT = "; a field holding a quote is quoted as a whole, with the quote written "
                + "twice: \"5\"\" scherm\"";

        private final String text;
        private final char separator;
        private QuoteProblem problem;

        Records(String text, char separator) {
            this.text = text;
            this.separator = separator;
        }

        List<Record> all() {
            List<Record> records = new ArrayList<>();
            List<Cell> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            int line = 1;
            int column = 1;
            int recordLine = 1;
            int cellLine = 1;
            int cellColumn = 1;
            // START: nothing but blanks read of the cell; UNQUOTED, QUOTED; CLOSED: after the closing quote
            char state = 'S';
            for (int i = 0; i < text.length(); i++, column++) {
                char c = text.charAt(i);
                boolean lineEnd = c == '\n' || c == '\r';
                if (state == 'Q') {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                        column++;
                    } else if (c == '"') {
                        state = 'C';
                    } else {
                        cell.append(c);
                        if (lineEnd) {
                            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                                cell.append('\n');
                                i++;
                            }
                            line++;
                            column = 0;
                        }
                    }
                } else if (c == separator || lineEnd) {
                    cells.add(new Cell(cell.toString(), cellLine, cellColumn));
                    cell.setLength(0);
                    state = 'S';
                    cellLine = line;
                    cellColumn = column + 1;
                    if (lineEnd) {
                        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                            i++;
                        }
                        records.add(new Record(List.copyOf(cells), recordLine));
                        cells.clear();
                        line++;
                        column = 0;
                        recordLine = line;
                        cellLine = line;
                        cellColumn = 1;
                    }
                } else if (c == '"' && (state == 'S' || state == 'U' && cell.toString().isBlank())) {
                    cell.setLength(0);
                    state = 'Q';
                    cellLine = line;
                    cellColumn = column;
                } else if (c == '"' && state == 'U') {
                    return stop(records, line, column, cells.size(), "a quote in the middle of a field"
                            + DOUBLE_IT);
                } else if (state == 'C') {
                    if (!Character.isWhitespace(c)) {
                        return stop(records, line, column, cells.size(), "text after the closing quote of "
                                + "a quoted field" + DOUBLE_IT);
                    }
                } else {
                    cell.append(c);
                    state = 'U';
                }
            }
            if (state == 'Q') {
                return stop(records, cellLine, cellColumn, cells.size(), "a quoted field that starts here is "
                        + "not closed; a quote inside a quoted field is written twice (\"\")");
            }
            if (!cells.isEmpty() || cell.length() > 0 || state == 'C') {
                cells.add(new Cell(cell.toString(), cellLine, cellColumn));
                records.add(new Record(List.copyOf(cells), recordLine));
            }
            return withoutLeadingBlanks(records);
        }

        private List<Record> stop(List<Record> records, int line, int column, int cell, String what) {
            List<Record> kept = withoutLeadingBlanks(records);
            // no record complete yet: the quote is in the header, which names no column
            problem = new QuoteProblem(line, column, cell, kept.isEmpty(), what);
            return kept;
        }

        /** Blank lines before the header are no header. */
        private static List<Record> withoutLeadingBlanks(List<Record> records) {
            int first = 0;
            while (first < records.size() && records.get(first).cells().stream().allMatch(c -> c.text().isBlank())) {
                first++;
            }
            return records.subList(first, records.size());
        }
    }
}
