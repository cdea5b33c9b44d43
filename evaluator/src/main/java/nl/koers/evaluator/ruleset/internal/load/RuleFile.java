package nl.koers.evaluator.ruleset.internal.load;

import java.util.Locale;
import java.util.Objects;

/**
 * One file of a rule set: DRL, a decision table (.drl.xlsx, .drl.xls, .drl.csv), explanation texts or a
 * scenario. Drools skips a table whose name does not end in .drl.xlsx/.drl.xls/.drl.csv without a word,
 * so the kind is decided here, by name, once.
 *
 * @param name    the path within the rule set, with '/' separators, e.g. "geldkleur.drl.xlsx"
 * @param content the bytes as stored
 */
public record RuleFile(String name, byte[] content) {

    /** What a file is to the rule set. */
    public enum Kind {
        DRL, TABLE_XLSX, TABLE_XLS, TABLE_CSV, EXPLANATIONS, SCENARIO, DOCUMENT, OTHER
    }

    public RuleFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    public Kind kind() {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".drl")) {
            return Kind.DRL;
        }
        if (n.endsWith(".drl.xlsx")) {
            return Kind.TABLE_XLSX;
        }
        if (n.endsWith(".drl.xls")) {
            return Kind.TABLE_XLS;
        }
        if (n.endsWith(".drl.csv")) {
            return Kind.TABLE_CSV;
        }
        if (n.matches("(.*/)?explanations(_[a-z]{2})?\\.properties")) {
            return Kind.EXPLANATIONS;
        }
        if (n.startsWith("scenarios/") && (n.endsWith(".yaml") || n.endsWith(".yml"))) {
            return Kind.SCENARIO;
        }
        if (n.endsWith(".md") || n.endsWith(".txt")) {
            return Kind.DOCUMENT;
        }
        return Kind.OTHER;
    }

    /** Rules: DRL or a decision table. */
    public boolean holdsRules() {
        Kind k = kind();
        return k == Kind.DRL || k == Kind.TABLE_XLSX || k == Kind.TABLE_XLS || k == Kind.TABLE_CSV;
    }

    public boolean isTable() {
        Kind k = kind();
        return k == Kind.TABLE_XLSX || k == Kind.TABLE_XLS || k == Kind.TABLE_CSV;
    }

    /** Text files are UTF-8. */
    public String text() {
        return new String(content, java.nio.charset.StandardCharsets.UTF_8);
    }
}
