package nl.koers.evaluator.ruleset;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.koers.format.PlainText;

/**
 * The outcome of running the scenarios of one rule set, printed like a test runner:
 *
 * <pre>
 * PASS scenarios/seed.yaml  Saldo uit de reserve gaat met een GS-wijziging naar 2019
 * FAIL scenarios/geldkleur.yaml:14  Precies 10 % afwijking is oranje
 *      money colour: expected red, got orange (rule "Money orange from 5 % to 10 % deviation")
 * 1 passed, 1 failed
 * </pre>
 *
 * The last line is always {@code N passed, N failed}; scripts and CI read it. Immutable.
 *
 * @param origin    where the scenarios came from: "shipped" or the rule folder as given
 * @param results   one per scenario, in file order (files by name; shipped files in the order of ruleset.txt)
 * @param ruleNames the names of the rules of the rule set the scenarios ran against, sorted
 */
public record ScenarioReport(String origin, List<ScenarioResult> results, List<String> ruleNames) {

    private static final String INDENT = "     ";

    public ScenarioReport {
        Objects.requireNonNull(origin, "origin");
        results = List.copyOf(results);
        ruleNames = List.copyOf(ruleNames);
    }

    /** How many scenarios passed. */
    public int passed() {
        return (int) results.stream().filter(ScenarioResult::passed).count();
    }

    /** How many scenarios failed, counting those that could not be read or run. */
    public int failed() {
        return results.size() - passed();
    }

    /** Whether every scenario passed; {@code true} when there are none. */
    public boolean allPassed() {
        return failed() == 0;
    }

    /** The rules that decided something in at least one scenario, sorted. */
    public SortedSet<String> rulesDecided() {
        return results.stream().flatMap(r -> r.rules().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The rules of the rule set that no scenario made decide anything, sorted: rules without a scenario. */
    public List<String> rulesNotDecided() {
        SortedSet<String> decided = rulesDecided();
        return ruleNames.stream().filter(r -> !decided.contains(r)).sorted().toList();
    }

    /** The last line: {@code N passed, N failed}. */
    public String summary() {
        return passed() + " passed, " + failed() + " failed";
    }

    /** The whole report as text, lines ending in a newline; see {@link #print}. */
    public String render() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        print(out);
        out.flush();
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    /**
     * Prints one line per scenario — {@code PASS} or {@code FAIL}, where it is written, its title — with each
     * difference on an indented line below a failure; then, when any scenario ran, the rules none of them
     * made decide anything; and as the very last line {@link #summary()}. Flushes {@code out}.
     */
    public void print(PrintWriter out) {
        if (results.isEmpty()) {
            out.println("no scenarios: a rule set keeps them in scenarios/*.yaml");
        }
        for (ScenarioResult result : results) {
            String title = result.name().isEmpty() ? "" : "  " + PlainText.escape(result.name());
            out.println((result.passed() ? "PASS " : "FAIL ") + PlainText.escape(result.location()) + title);
            for (String difference : result.differences()) {
                out.println(INDENT + PlainText.escape(difference));
            }
        }
        List<String> idle = rulesNotDecided();
        boolean anyRan = results.stream().anyMatch(r -> !r.rules().isEmpty());
        if (anyRan && !idle.isEmpty()) {
            out.println("no scenario makes " + (idle.size() == 1 ? "this rule" : "these " + idle.size() + " rules")
                    + " decide anything: " + idle.stream().map(r -> "\"" + PlainText.escape(r) + "\"").collect(Collectors.joining(", ")));
        }
        out.println(summary());
        out.flush();
    }
}
