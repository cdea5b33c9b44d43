package nl.koers.format;

import java.util.Objects;

/**
 * A portfolio file that cannot be read: its message names the file, the line and column where the
 * parser knows them, the field, and what was expected, as {@code file:line:column: field: problem}.
 */
public final class PortfolioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String field;
    private final String problem;

    public PortfolioException(String file, int line, int column, String field, String problem) {
        super(format(oneLine(file), line, column, oneLine(field), oneLine(problem)));
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = oneLine(field);
        this.problem = oneLine(problem);
    }

    /**
     * The text with control and bidi characters escaped as in a Java string literal (a line feed as backslash-n): a
     * problem may quote the file's content, and the message must stay one line and show what it holds.
     */
    private static String oneLine(String text) {
        return PlainText.escape(text);
    }

    private static String format(String file, int line, int column, String field, String problem) {
        StringBuilder s = new StringBuilder(Objects.requireNonNull(file, "file"));
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        s.append(": ");
        if (field != null && !field.isEmpty()) {
            s.append(field).append(": ");
        }
        return s.append(problem).toString();
    }

    /** The file as named by the caller, e.g. a path or "-" for standard input. */
    public String file() {
        return file;
    }

    /** 1-based; 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based; 0 when unknown. */
    public int column() {
        return column;
    }

    /** The path of the field, e.g. "actions[0].targets[1].value"; empty for the file as a whole. */
    public String field() {
        return field;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
