package nl.koers.evaluator.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where each rule of a rule set is written: a DRL file and line, or a decision table and row. Immutable. */
public final class RuleCatalog {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * The place of one rule.
     *
     * @param file the file within the rule set
     * @param line the DRL line, or the spreadsheet row of a table
     * @param row  whether {@code line} is a spreadsheet row
     */
    public record Location(String file, int line, boolean row) {
        @Override
        public String toString() {
            return row ? file + " row " + line : file + ":" + line;
        }
    }

    private final Map<String, Location> locations;

    private RuleCatalog(Map<String, Location> locations) {
        this.locations = Map.copyOf(locations);
    }

    /** Reads the rule names of every DRL file and decision table; an unreadable table is left out. */
    public static RuleCatalog of(RuleFiles files) {
        Map<String, Location> locations = new HashMap<>();
        for (RuleFile file : files.rules()) {
            if (file.isTable()) {
                try {
                    DecisionTables.Compiled compiled = DecisionTables.compile(file);
                    scan(compiled.drl(), (name, line) -> locations.putIfAbsent(name,
                            new Location(file.name(), compiled.rowOf(line), true)));
                } catch (IllegalArgumentException e) {
                    // an unreadable table has no rules to locate; building the rule set reports it
                }
            } else {
                scan(file.text(), (name, line) -> locations.putIfAbsent(name, new Location(file.name(), line, false)));
            }
        }
        return new RuleCatalog(locations);
    }

    private interface Found {
        void rule(String name, int line);
    }

    private static void scan(String drl, Found found) {
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE.matcher(lines[i]);
            if (m.find()) {
                found.rule(m.group(1), i + 1);
            }
        }
    }

    public Optional<Location> locate(String rule) {
        return Optional.ofNullable(locations.get(rule));
    }
}
