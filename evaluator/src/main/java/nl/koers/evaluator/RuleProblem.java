package nl.koers.evaluator;

import java.util.Objects;

/**
 * One problem found in a rule set, at a place an analyst can open: {@code file:line:column}. For a
 * decision table the line is the spreadsheet row.
 *
 * @param severity an error refuses the rule set; a warning does not
 * @param file     the file's name within the rule set, e.g. "geldkleur.drl.xlsx"
 * @param line     1-based line (row for a table); 0 when unknown
 * @param column   1-based column; 0 when unknown
 * @param rule     the rule involved, or {@code null}
 * @param message  what is wrong, in one sentence
 */
public record RuleProblem(Severity severity, String file, int line, int column, String rule, String message) {

    /** How bad a problem is. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public RuleProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public static RuleProblem error(String file, int line, int column, String rule, String message) {
        return new RuleProblem(Severity.ERROR, file, line, column, rule, message);
    }

    public static RuleProblem warning(String file, int line, int column, String rule, String message) {
        return new RuleProblem(Severity.WARNING, file, line, column, rule, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: error: message (rule 'name')}, the form editors and CI logs link to. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        s.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ").append(message);
        if (rule != null) {
            s.append(" (rule '").append(rule).append("')");
        }
        return s.toString();
    }
}
