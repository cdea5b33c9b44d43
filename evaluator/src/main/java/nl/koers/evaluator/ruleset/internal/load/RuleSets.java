package nl.koers.evaluator.ruleset.internal.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSetException;
import nl.koers.evaluator.RuleSource;
import nl.koers.evaluator.internal.Explanations;
import nl.koers.evaluator.internal.RuleBase;
import nl.koers.evaluator.ruleset.internal.compile.RuleCompiler;
import nl.koers.evaluator.ruleset.internal.guard.RuleGuard;
import nl.koers.evaluator.ruleset.internal.tables.TableAnalysis;
import org.kie.api.KieBase;

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
            return compile(files);
        }
        return shipped();
    }

    /** The shipped rules, whose places are read from the shipped files when first asked for. */
    public static RuleBase shipped() {
        return RuleBase.shipped(() -> RuleCatalog.of(RuleFiles.shipped()));
    }

    /** Compiles an analyst's rule set with the executable model, after the guard has passed its text. */
    public static RuleBase compile(RuleFiles files) {
        String id = "folder " + files.origin() + " (" + files.fingerprint() + ")";
        KieBase kieBase = RuleCompiler.compile(id, files);
        Explanations texts = Explanations.of(files.origin(), texts(files), RuleBase.shippedTexts());
        return RuleBase.ofFolder(id, kieBase, texts, () -> RuleCatalog.of(files));
    }

    private static List<Explanations.Text> texts(RuleFiles files) {
        return files.all().stream().filter(f -> f.kind() == RuleFile.Kind.EXPLANATIONS).map(RuleSets::text).toList();
    }

    /** {@code file} as explanation texts. */
    public static Explanations.Text text(RuleFile file) {
        return new Explanations.Text(file.name(), file.text());
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
                problems.addAll(Explanations.check(text(file)));
            }
        }
        return problems;
    }
}
