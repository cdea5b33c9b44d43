package nl.koers.evaluator.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.koers.evaluator.PortfolioException;

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
            "done", "source", "note"));
    private static final List<String> REQUIRED = List.of("action", "target", "date");

    private static final Pattern POINT_DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[-+]?\\d+,\\d+");
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
        Path relative;
        try {
            relative = Path.of(written);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + written + "' is not a file name");
        }
        if (written.isBlank() || relative.isAbsolute() || written.startsWith("/") || written.startsWith("\\")
                || written.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("'" + written + "' must be a path relative to the portfolio's folder, "
                    + "e.g. metingen.csv");
        }
        Path normal = relative.normalize();
        if (normal.toString().isEmpty() || normal.startsWith("..")) {
            throw new IllegalArgumentException("'" + written + "' leads outside the portfolio's folder; keep the "
                    + "measurements next to the portfolio or below it");
        }
        return folder.resolve(normal);
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
        } catch (NoSuchFileException e) {
            throw new PortfolioException(name, 0, 0, "", "no such file");
        } catch (IOException e) {
            throw new PortfolioException(name, 0, 0, "", "cannot be read: " + e.getMessage());
        }
        if (!Files.isRegularFile(file)) {
            throw new PortfolioException(name, 0, 0, "", "is not a file");
        }
        byte[] bytes = PortfolioFiles.readBounded(file, name, InputLimits.MAX_MEASUREMENTS_BYTES, "a measurements file");
        return new MeasurementTable(name).rows(PortfolioFiles.decode(name, bytes));
    }

    private List<Row> rows(String text) {
        List<Record> records = new Records(text).all();
        if (records.isEmpty()) {
            throw new PortfolioException(name, 0, 0, "", "the file is empty; expected a header row such as "
                    + String.join(",", COLUMNS));
        }
        Record header = records.get(0);
        char separator = header.separator();
        List<String> columns = header(header.cells(separator), header.line());
        List<Row> rows = new ArrayList<>();
        for (Record r : records.subList(1, records.size())) {
            List<String> cells = r.cells(separator);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() != columns.size()) {
                throw new PortfolioException(name, r.line(), 0, "", "the row has " + cells.size()
                        + (cells.size() == 1 ? " field" : " fields") + " but the header has " + columns.size()
                        + " columns (" + String.join(String.valueOf(separator), columns) + ")"
                        + (separator == ',' && cells.size() > columns.size() ? "; a text holding a comma must be quoted" : ""));
            }
            rows.add(row(r.line(), columns, cells, separator));
        }
        return rows;
    }

    private List<String> header(List<String> cells, int line) {
        List<String> columns = new ArrayList<>();
        for (String cell : cells) {
            String column = cell.strip().toLowerCase(Locale.ROOT);
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
        if (column.equals("value")) {
            if (separator == ';' && DOTTED_THOUSANDS.matcher(cell).matches()) {
                throw new PortfolioException(name, line, 0, "column 'value'", "'" + cell + "' is ambiguous in a file "
                        + "separated by ';': write " + cell.replace(".", "") + " for thousands, or a decimal comma");
            }
            String number = separator == ';' && COMMA_DECIMAL.matcher(cell).matches() ? cell.replace(',', '.') : cell;
            if (POINT_DECIMAL.matcher(number).matches()) {
                return new Node.Scalar(number.contains(".") ? Node.Scalar.Type.DECIMAL : Node.Scalar.Type.INTEGER,
                        number, line, 0);
            }
        }
        if (column.equals("done")) {
            String word = cell.toLowerCase(Locale.ROOT);
            // a Dutch Excel writes WAAR and ONWAAR
            if (Set.of("true", "waar", "ja").contains(word) || Set.of("false", "onwaar", "nee").contains(word)) {
                return new Node.Scalar(Node.Scalar.Type.BOOLEAN, String.valueOf(Set.of("true", "waar", "ja").contains(word)),
                        line, 0);
            }
        }
        return new Node.Scalar(Node.Scalar.Type.TEXT, cell, line, 0);
    }

    /** One CSV record: its raw text (quotes kept) and the line it starts on. */
    private record Record(String text, int line) {

        /** ';' when the header holds more semicolons than commas (outside quotes), else ','. */
        char separator() {
            int commas = 0;
            int semicolons = 0;
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                quoted ^= c == '"';
                commas += !quoted && c == ',' ? 1 : 0;
                semicolons += !quoted && c == ';' ? 1 : 0;
            }
            return semicolons > commas ? ';' : ',';
        }

        List<String> cells(char separator) {
            return DecisionTables.splitQuoted(text, separator);
        }
    }

    /** Splits the text into records at line ends outside quotes, keeping each record's first line. */
    private final class Records {
        private final String text;

        Records(String text) {
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        List<Record> all() {
            List<Record> records = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            int line = 1;
            int start = 1;
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                }
                if (c == '\n' || (c == '\r' && !quoted)) {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    line++;
                    if (!quoted) {
                        records.add(new Record(current.toString(), start));
                        current.setLength(0);
                        start = line;
                        continue;
                    }
                }
                current.append(c);
            }
            if (quoted) {
                throw new PortfolioException(name, start, 0, "", "a quoted field that starts on this line is not closed; "
                        + "a quote inside a quoted field is written twice (\"\")");
            }
            if (current.length() > 0) {
                records.add(new Record(current.toString(), start));
            }
            // blank lines before the header are no header
            while (!records.isEmpty() && records.get(0).text().isBlank()) {
                records.remove(0);
            }
            return records;
        }
    }
}
