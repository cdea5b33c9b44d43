package nl.koers.evaluator;

import java.util.List;

/**
 * The answer to {@link Evaluator#reload}: whether the new rule set now serves, and if not, why not.
 *
 * @param accepted whether the new rule set replaced the old one
 * @param ruleSet  the identity of the rule set serving now (the new one when accepted, else the old one)
 * @param problems the errors that refused it, and any warnings
 */
public record Reload(boolean accepted, String ruleSet, List<RuleProblem> problems) {

    public Reload {
        problems = List.copyOf(problems);
    }
}
