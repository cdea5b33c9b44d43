package nl.koers.evaluator.ruleset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSetException;
import nl.koers.evaluator.RuleSource;
import nl.koers.evaluator.internal.RuleBase;
import nl.koers.evaluator.ruleset.internal.load.RuleFiles;
import nl.koers.evaluator.ruleset.internal.load.RuleSets;

/**
 * Checks a rule set the way an analyst needs before using it: it may only use what rules may use, it
 * must compile, its decision tables must have no gaps, overlaps or dead rows, and on a fixed set of
 * valid portfolios every verdict must be decided exactly once. Rules that never fire on any of them are
 * warned about.
 */
public final class RuleSetValidator {

    private RuleSetValidator() {
    }

    /** Every problem of {@code source}, errors and warnings, ordered by file and line. */
    public static List<RuleProblem> validate(RuleSource source) {
        List<RuleProblem> problems = new ArrayList<>();
        RuleFiles files;
        try {
            files = source instanceof RuleSource.Folder folder ? RuleFiles.folder(folder.path()) : RuleFiles.shipped();
        } catch (RuleSetException e) {
            return e.allProblems();
        }
        problems.addAll(RuleSets.staticProblems(files));
        if (problems.stream().noneMatch(RuleProblem::isError)) {
            try {
                RuleBase ruleBase = source instanceof RuleSource.Folder ? RuleSets.compile(files) : RuleSets.shipped();
                problems.addAll(RuleSets.runtimeProblems(ruleBase));
            } catch (RuleSetException e) {
                problems.addAll(e.allProblems());
            }
        }
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                .thenComparing(RuleProblem::message));
        return List.copyOf(problems);
    }
}
