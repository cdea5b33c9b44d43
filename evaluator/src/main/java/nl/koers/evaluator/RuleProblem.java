package nl.koers.evaluator;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a rule set, at a place an analyst can open: {@code file:line:column}. For a
 * decision table the line is the spreadsheet row. What kind of problem it is and which rules it concerns
 * are fields, so that no one needs to read them back out of the message.
 *
 * @param severity an error refuses the rule set; a warning does not
 * @param code     what kind of problem it is
 * @param file     the file's name within the rule set, e.g. "geldkleur.drl.xlsx"; {@value #RULE_SET} when no
 *                 one file is to blame
 * @param line     1-based line (row for a table); 0 when unknown
 * @param column   1-based column; 0 when unknown
 * @param rules    the names of the rules it concerns, the one at its place first; empty when none is known
 * @param message  what is wrong, in one sentence
 */
public record RuleProblem(Severity severity, Code code, String file, int line, int column, List<String> rules,
                          String message) {

    /** The file of a problem that no one file of the rule set is to blame for. */
    public static final String RULE_SET = "(rule set)";

    /** How bad a problem is. */
    public enum Severity {
        ERROR,
        WARNING
    }

    /** What kind of problem it is: found in the files before anything runs, or while the rules ran. */
    public enum Code {
        /** The folder cannot be a rule set: unreadable, or without rule files. */
        FOLDER_REFUSED,
        /** A rule uses what rules may not use, in its text or its compiled code. */
        GUARD_REFUSED,
        /** A rule file or table does not compile. */
        COMPILE_ERROR,
        /** A decision table cannot be opened as a spreadsheet. */
        TABLE_UNREADABLE,
        /** A table cell holds text where a number or an amount belongs. */
        TABLE_NOT_A_NUMBER,
        /** A column, or a whole table, is too complex to check for gaps (a warning). */
        TABLE_UNCHECKED,
        /** Two rows of a table have the same rule name. */
        TABLE_DUPLICATE_NAME,
        /** A table row whose outcome cells are all blank. */
        TABLE_DECIDES_NOTHING,
        /** A table row whose conditions no value can meet. */
        TABLE_NEVER_FIRES,
        /**
         * A validity date (date-effective, date-expires, or their table columns) that is not a date, or a rule that
         * expires before it takes effect.
         */
        BAD_DATE,
        /** Two table rows decide the same case. */
        TABLE_OVERLAP,
        /** A case no table row decides. */
        TABLE_GAP,
        /** An explanation-texts file that cannot be read. */
        TEXT_UNREADABLE,
        /** An explanation text with a placeholder that cannot be filled in. */
        TEXT_PLACEHOLDER,
        /** No rule decided a verdict. */
        UNDECIDED,
        /** More than one rule decided a verdict. */
        DECIDED_TWICE,
        /** The rules kept firing and were stopped. */
        LOOPS,
        /** A rule's condition or action failed while deciding. */
        RULE_FAILED,
        /** The evaluation took longer than its deadline. */
        TOO_SLOW,
        /** A rule fired on none of the sample portfolios (a warning). */
        NEVER_FIRED,
        /** The rule set cannot be loaded or run for a reason no one rule is to blame for. */
        UNUSABLE
    }

    public RuleProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        rules = List.copyOf(rules);
        Objects.requireNonNull(message, "message");
    }

    /** An error concerning {@code rule}, or no rule when it is {@code null}. */
    public static RuleProblem error(Code code, String file, int line, int column, String rule, String message) {
        return new RuleProblem(Severity.ERROR, code, file, line, column, one(rule), message);
    }

    /** A warning concerning {@code rule}, or no rule when it is {@code null}. */
    public static RuleProblem warning(Code code, String file, int line, int column, String rule, String message) {
        return new RuleProblem(Severity.WARNING, code, file, line, column, one(rule), message);
    }

    private static List<String> one(String rule) {
        return rule == null ? List.of() : List.of(rule);
    }

    /** An error found while the rules ran, concerning {@code rules}; not yet at a place. */
    public static RuleProblem whileRunning(Code code, List<String> rules, String message) {
        return new RuleProblem(Severity.ERROR, code, RULE_SET, 0, 0, rules, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The rule at the problem's place: the first of {@link #rules()}, or {@code null} when it concerns none. */
    public String rule() {
        return rules.isEmpty() ? null : rules.get(0);
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
        if (!rules.isEmpty()) {
            s.append(" (rule '").append(rule()).append("')");
        }
        return s.toString();
    }
}
