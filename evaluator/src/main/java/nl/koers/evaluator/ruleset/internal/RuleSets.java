package nl.koers.evaluator.ruleset.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSetException;
import nl.koers.evaluator.RuleSource;
import nl.koers.evaluator.internal.Explanations;
import nl.koers.evaluator.internal.RuleBase;

/** Loads a {@link RuleSource} into a {@link RuleBase}, refusing a folder whose rules may not or cannot run. */
public final class RuleSets {

    private RuleSets() {
    }

    /**
     * The rule base of {@code source}. A folder is checked by the guard before anything is compiled, then
     * compiled, and its decision tables analysed; any error refuses it.
     *
     * @throws RuleSetException with every error at its file and line
     */
    public static RuleBase load(RuleSource source) {
        if (source instanceof RuleSource.Folder folder) {
            RuleFiles files = RuleFiles.folder(folder.path());
            List<RuleProblem> refused = staticProblems(files).stream().filter(RuleProblem::isError).toList();
            if (!refused.isEmpty()) {
                throw RuleSetException.of(files.origin(), refused);
            }
            return RuleBase.compile(files);
        }
        return RuleBase.shipped();
    }

    /**
     * What can be found without running the rules: forbidden code (as the text guard reads it; the boundary is
     * the check of the compiled classes in {@link RuleCompiler}), decision-table gaps and overlaps, and
     * explanation texts that cannot be filled in. A table
     * that cannot be opened at all is one problem, not also one of the guard's, which cannot read it either.
     */
    public static List<RuleProblem> staticProblems(RuleFiles files) {
        List<RuleProblem> tables = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        for (RuleFile file : files.rules()) {
            if (file.isTable()) {
                List<RuleProblem> found = TableAnalysis.analyse(file);
                if (found.size() == 1 && found.get(0).line() == 0 && found.get(0).message().startsWith(TableAnalysis.UNREADABLE)) {
                    unreadable.add(file.name());
                }
                tables.addAll(found);
            }
        }
        List<RuleProblem> problems = new ArrayList<>(RuleGuard.check(files).stream()
                .filter(p -> !unreadable.contains(p.file())).toList());
        problems.addAll(tables);
        // texts with a bad placeholder would fail halfway through a report: found here, before anything runs
        for (RuleFile file : files.all()) {
            if (file.kind() == RuleFile.Kind.EXPLANATIONS) {
                problems.addAll(Explanations.check(file));
            }
        }
        return problems;
    }
}
