package nl.koers.evaluator.internal;

import java.util.Optional;

/**
 * Where each rule of a rule base is written. The engine only asks; the rule-set tooling knows how to find out
 * (it reads the DRL files and decision tables), so evaluating needs none of that code until a place is asked for.
 */
@FunctionalInterface
public interface RuleLocations {

    /** Where {@code rule} is written; empty when the rule set does not say. */
    Optional<Location> locate(String rule);

    /**
     * The place of one rule.
     *
     * @param file the file within the rule set
     * @param line the DRL line, or the spreadsheet row of a table
     * @param row  whether {@code line} is a spreadsheet row
     */
    record Location(String file, int line, boolean row) {
        @Override
        public String toString() {
            return row ? file + " row " + line : file + ":" + line;
        }
    }
}
