package nl.koers.evaluator;

import java.util.List;

/**
 * A rule set that cannot be used: it fails to build, holds no rules, loops, or leaves a verdict
 * undecided or decided twice. Each problem is one line of {@link #problems()}.
 */
public final class RuleSetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public RuleSetException(String ruleSet, List<String> problems) {
        super("rule set " + ruleSet + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, e.g. "no rule decided the status of target 1a". */
    public List<String> problems() {
        return problems;
    }
}
