package nl.koers.report.csv;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.koers.evaluator.NumberText;
import nl.koers.report.Messages;

/**
 * The CSV dialect of every report (RFC 4180: quoted where needed, CRLF line ends) for a spreadsheet. Numbers
 * are plain (no grouping, at most two decimals or, for a tiny figure, two significant digits, a decimal comma with the ';' separator) and dates ISO
 * (2018-12-31), so that spreadsheets read them as numbers and dates; free text that a spreadsheet would run
 * as a formula is defused.
 */
public final class Csv {

    private final PrintWriter out;
    private final char separator;

    /** Starts the file, with a UTF-8 byte order mark if {@code bom}, then the header of {@code columns}. */
    Csv(PrintWriter out, char separator, boolean bom, Messages messages, String prefix, String... columns) {
        if (separator != ',' && separator != ';') {
            throw new IllegalArgumentException("separator " + separator);
        }
        this.out = out;
        this.separator = separator;
        if (bom) {
            out.write('\uFEFF');
        }
        row(Arrays.stream(columns).map(column -> messages.get(prefix + column)).toList());
    }

    void row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (line.length() > 0) {
                line.append(separator);
            }
            line.append(quote(cell, separator));
        }
        out.write(line.append("\r\n").toString());
    }

    void finish() {
        out.flush();
    }

    /** RFC 4180: a field with the separator, a quote or a line break is quoted, its quotes doubled. */
    public static String quote(String field, char separator) {
        if (field.indexOf(separator) < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /**
     * Free text from the portfolio. A spreadsheet would run a cell that starts with =, +, - or @ as a formula
     * (CSV injection); such text gets a leading apostrophe, which spreadsheets read as "this is text".
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = NumberText.shown(value).toPlainString();
        return separator == ';' ? plain.replace('.', ',') : plain;
    }

    static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
