package nl.koers.evaluator;

import java.util.List;

/**
 * A rule set that cannot be used: it fails to build, holds forbidden code or no rules, loops, or leaves a
 * verdict undecided or decided twice. Each problem is one line of {@link #problems()}.
 */
public final class RuleSetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;
    private final transient List<RuleProblem> ruleProblems;

    public RuleSetException(String ruleSet, List<String> problems) {
        super("rule set " + ruleSet + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
        this.ruleProblems = List.of();
    }

    /** A rule set refused for problems found in its files, each at its file and line. */
    public static RuleSetException of(String ruleSet, List<RuleProblem> problems) {
        return new RuleSetException(ruleSet, problems.stream().map(RuleProblem::toString).toList(), problems);
    }

    private RuleSetException(String ruleSet, List<String> lines, List<RuleProblem> problems) {
        super("rule set " + ruleSet + ": " + String.join("; ", lines));
        this.problems = List.copyOf(lines);
        this.ruleProblems = List.copyOf(problems);
    }

    /** One line per problem, e.g. "no rule decided the status of target 1a". */
    public List<String> problems() {
        return problems;
    }

    /** The problems found in the rule set's files, with file and line; empty for problems found while evaluating. */
    public List<RuleProblem> ruleProblems() {
        return ruleProblems;
    }
}
