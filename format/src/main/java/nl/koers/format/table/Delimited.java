package nl.koers.format.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules every CSV that Koers reads shares: measurement tables and decision tables alike. A byte-order mark is
 * no text; a file is semicolon-separated (as a Dutch Excel saves "CSV") when its header holds more semicolons than
 * commas outside quotes; a quoted cell may hold the separator, and "" in it is one quote. One rule each, so that
 * no two readers can disagree on what a file says.
 */
public final class Delimited {

    private static final char BOM = '\uFEFF';
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d+,\\d+");

    private Delimited() {
    }

    /** {@code text} without the byte-order mark it may start with. */
    public static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** ';' when the first non-blank line (the header) holds more semicolons than commas outside quotes, else ','. */
    public static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean blank = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!quoted && (c == '\n' || c == '\r')) {
                if (!blank) {
                    break;
                }
                continue;
            }
            blank &= Character.isWhitespace(c);
            quoted ^= c == '"';
            commas += !quoted && c == ',' ? 1 : 0;
            semicolons += !quoted && c == ';' ? 1 : 0;
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * {@code cell} with its decimal comma as a point when it is a number written with one (0,05 is 0.05 in a
     * semicolon-separated file), else {@code cell} unchanged. Only for semicolon-separated files: in a
     * comma-separated one the comma separates.
     */
    public static String decimalPoint(String cell) {
        return DECIMAL_COMMA.matcher(cell).matches() ? cell.replace(',', '.') : cell;
    }

    /** The cells of one line separated by {@code separator}; a quoted cell may hold the separator, "" is a quote. */
    public static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
