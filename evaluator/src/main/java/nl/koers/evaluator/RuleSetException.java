package nl.koers.evaluator;

import java.util.List;

/**
 * A rule set that cannot be used: it fails to build, holds forbidden code or no rules, loops, or leaves a
 * verdict undecided or decided twice. Each problem is one line of {@link #problems()}, and typed in
 * {@link #allProblems()}.
 */
public final class RuleSetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;
    private final transient List<RuleProblem> typed;
    /** Whether the problems were found in the rule set's files, each at its place, rather than while it ran. */
    private final boolean inFiles;

    /**
     * A rule set that cannot be loaded or run for a reason no one rule is to blame for, e.g. a jar without its rules:
     * each problem is of code {@link RuleProblem.Code#UNUSABLE}.
     */
    public RuleSetException(String ruleSet, List<String> problems) {
        this(ruleSet, problems, problems.stream()
                .map(p -> RuleProblem.whileRunning(RuleProblem.Code.UNUSABLE, List.of(), p)).toList(), false);
    }

    /** A rule set refused for problems found in its files, each at its file and line. */
    public static RuleSetException of(String ruleSet, List<RuleProblem> problems) {
        return new RuleSetException(ruleSet, problems.stream().map(RuleProblem::toString).toList(), problems, true);
    }

    /** A rule set that failed while it ran, for {@code problems} made by {@link RuleProblem#whileRunning}. */
    public static RuleSetException whileRunning(String ruleSet, List<RuleProblem> problems) {
        return new RuleSetException(ruleSet, problems.stream().map(RuleProblem::message).toList(), problems, false);
    }

    private RuleSetException(String ruleSet, List<String> lines, List<RuleProblem> problems, boolean inFiles) {
        super("rule set " + ruleSet + ": " + String.join("; ", lines));
        this.problems = List.copyOf(lines);
        this.typed = List.copyOf(problems);
        this.inFiles = inFiles;
    }

    /** One line per problem, e.g. "no rule decided the status of target 1a". */
    public List<String> problems() {
        return problems;
    }

    /** The problems found in the rule set's files, with file and line; empty for problems found while evaluating. */
    public List<RuleProblem> ruleProblems() {
        return inFiles ? typed : List.of();
    }

    /**
     * Every problem, typed: those found in the files at their place, those found while evaluating with their
     * code and rules at file {@value RuleProblem#RULE_SET}, line 0.
     */
    public List<RuleProblem> allProblems() {
        return typed;
    }
}
