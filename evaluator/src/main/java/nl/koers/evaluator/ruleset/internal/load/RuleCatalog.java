package nl.koers.evaluator.ruleset.internal.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.evaluator.internal.RuleLocations;
import nl.koers.evaluator.ruleset.internal.compile.DecisionTables;
import nl.koers.evaluator.ruleset.internal.load.RuleFile;
import nl.koers.evaluator.ruleset.internal.load.RuleFiles;

/** Where each rule of a rule set is written: a DRL file and line, or a decision table and row. Immutable. */
public final class RuleCatalog implements RuleLocations {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** {@code declare Teller}, {@code declare enum Kleur}, {@code function int mark(}: what a class can be made of. */
    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s*(?:declare\\s+(?:enum\\s+|trait\\s+)?([\\p{L}_$][\\p{L}\\p{N}_$]*)|function\\s+[^(]*?([\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*\\()");

    private final Map<String, Location> locations;
    private final Map<String, Location> declarations;

    private RuleCatalog(Map<String, Location> locations, Map<String, Location> declarations) {
        this.locations = Map.copyOf(locations);
        this.declarations = Map.copyOf(declarations);
    }

    /** Reads the rule names of every DRL file and decision table; an unreadable table is left out. */
    public static RuleCatalog of(RuleFiles files) {
        Map<String, Location> locations = new HashMap<>();
        Map<String, Location> declarations = new HashMap<>();
        for (RuleFile file : files.rules()) {
            if (file.isTable()) {
                try {
                    DecisionTables.Compiled compiled = files.table(file);
                    scan(compiled.drl(), RULE, (name, line) -> locations.putIfAbsent(name,
                            new Location(file.name(), compiled.rowOf(line), true)));
                    scan(compiled.drl(), DECLARATION, (name, line) -> declarations.putIfAbsent(name,
                            new Location(file.name(), compiled.rowOf(line), true)));
                } catch (IllegalArgumentException e) {
                    // an unreadable table has no rules to locate; building the rule set reports it
                }
            } else {
                scan(file.text(), RULE, (name, line) -> locations.putIfAbsent(name, new Location(file.name(), line, false)));
                scan(file.text(), DECLARATION, (name, line) -> declarations.putIfAbsent(name, new Location(file.name(), line, false)));
            }
        }
        return new RuleCatalog(locations, declarations);
    }

    private interface Found {
        void rule(String name, int line);
    }

    /** Each line's first match of {@code pattern}, by the first group that matched. */
    private static void scan(String drl, Pattern pattern, Found found) {
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = pattern.matcher(lines[i]);
            if (m.find()) {
                found.rule(m.group(1) != null ? m.group(1) : m.group(2), i + 1);
            }
        }
    }

    @Override
    public Optional<Location> locate(String rule) {
        return Optional.ofNullable(locations.get(rule));
    }

    /** Where a type ({@code declare}) or function of this name is written; empty for null or an unknown name. */
    public Optional<Location> declaration(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(declarations.get(name));
    }
}
