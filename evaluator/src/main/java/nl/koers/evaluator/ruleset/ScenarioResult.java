package nl.koers.evaluator.ruleset;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one scenario of a rule set.
 *
 * @param file        the scenario file's name within the rule set, e.g. "scenarios/seed.yaml"
 * @param line        the line the scenario starts on when its file holds a list of scenarios; 0 when the file
 *                    holds one scenario (or could not be read)
 * @param name        the scenario's title, its {@code scenario:}; empty when the file could not be read
 * @param differences one line per expectation that was not met, e.g.
 *                    {@code action 4: expected on-track, got unknown (rule "...")}, or the one problem that kept
 *                    the scenario from running, as {@code file:line:column: field: problem}; empty when it passed
 * @param rules       the rules that decided something in this scenario, sorted: each made a verdict, a colour
 *                    or a budget change, or a fact (such as the GS mandate) that such a rule used; empty when
 *                    the scenario did not run
 */
public record ScenarioResult(String file, int line, String name, List<String> differences, List<String> rules) {

    public ScenarioResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        differences = List.copyOf(differences);
        rules = List.copyOf(rules);
    }

    /** Whether the outcome was the one expected. */
    public boolean passed() {
        return differences.isEmpty();
    }

    /** Where the scenario is written: the file, and for a file of several scenarios, {@code :line}. */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }
}
