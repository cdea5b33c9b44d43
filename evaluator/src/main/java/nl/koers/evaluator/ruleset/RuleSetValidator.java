package nl.koers.evaluator.ruleset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSetException;
import nl.koers.evaluator.RuleSource;
import nl.koers.evaluator.internal.RuleBase;
import nl.koers.evaluator.internal.RuleLocations;
import nl.koers.evaluator.internal.RuleRun;
import nl.koers.evaluator.ruleset.internal.load.RuleFiles;
import nl.koers.evaluator.ruleset.internal.load.RuleSets;
import nl.koers.evaluator.ruleset.internal.samples.RuleSampler;
import nl.koers.model.Facts;

/**
 * Checks a rule set the way an analyst needs before using it: it may only use what rules may use, it
 * must compile, its decision tables must have no gaps, overlaps or dead rows, and on a fixed set of
 * valid portfolios every verdict must be decided exactly once. Rules that never fire on any of them are
 * warned about.
 */
public final class RuleSetValidator {

    /** Enough examples to show the shape of a problem without flooding the analyst. */
    private static final int EXAMPLES_PER_PROBLEM = 3;

    private RuleSetValidator() {
    }

    /** Every problem of {@code source}, errors and warnings, ordered by file and line. */
    public static List<RuleProblem> validate(RuleSource source) {
        List<RuleProblem> problems = new ArrayList<>();
        RuleFiles files;
        try {
            files = source instanceof RuleSource.Folder folder ? RuleFiles.folder(folder.path()) : RuleFiles.shipped();
        } catch (RuleSetException e) {
            return asProblems(e);
        }
        problems.addAll(RuleSets.staticProblems(files));
        if (problems.stream().noneMatch(RuleProblem::isError)) {
            try {
                RuleBase ruleBase = source instanceof RuleSource.Folder ? RuleSets.compile(files) : RuleSets.shipped();
                problems.addAll(runtimeProblems(ruleBase));
            } catch (RuleSetException e) {
                problems.addAll(asProblems(e));
            }
        }
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                .thenComparing(RuleProblem::message));
        return List.copyOf(problems);
    }

    /**
     * Runs {@code ruleBase} over the sample portfolios: a verdict decided twice or not at all is an error,
     * a rule that never fires a warning.
     */
    public static List<RuleProblem> runtimeProblems(RuleBase ruleBase) {
        RuleLocations catalog = ruleBase.locations();
        Map<String, List<String>> failures = new LinkedHashMap<>();
        Set<String> fired = new HashSet<>();
        for (RuleSampler.Sample sample : RuleSampler.samples()) {
            try {
                List<Object> facts = Facts.of(sample.portfolio(), sample.peildatum());
                RuleRun.Result run = RuleRun.fire(ruleBase, facts);
                fired.addAll(run.fired());
                Evaluator.assemble(sample.portfolio(), sample.peildatum(), ruleBase, facts, run);
            } catch (RuleSetException e) {
                for (String problem : e.problems()) {
                    List<String> examples = failures.computeIfAbsent(generalise(problem), k -> new ArrayList<>());
                    if (examples.size() < EXAMPLES_PER_PROBLEM) {
                        examples.add(sample.description());
                    }
                }
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        failures.forEach((problem, examples) -> {
            List<String> rules = quotedRules(problem);
            RuleLocations.Location at = rules.isEmpty() ? null : catalog.locate(rules.get(0)).orElse(null);
            String where = rules.size() < 2 ? "" : " (" + String.join("; ", rules.stream()
                    .map(r -> "'" + r + "' at " + catalog.locate(r).map(Object::toString).orElse("?")).toList()) + ")";
            problems.add(RuleProblem.error(at == null ? "(rule set)" : at.file(), at == null ? 0 : at.line(), 0,
                    rules.isEmpty() ? null : rules.get(0), problem + where + ", e.g. for " + String.join("; ", examples)));
        });
        for (String rule : ruleBase.ruleNames()) {
            if (!fired.contains(rule)) {
                RuleLocations.Location at = catalog.locate(rule).orElse(null);
                problems.add(RuleProblem.warning(at == null ? "(rule set)" : at.file(), at == null ? 0 : at.line(), 0,
                        rule, "this rule never fired on any of the " + RuleSampler.samples().size()
                                + " sample portfolios; can it fire on a valid portfolio?"));
            }
        }
        return problems;
    }

    /** "the status of target q17t was decided by …" and the same for q18t are one problem. */
    private static String generalise(String problem) {
        return problem.replaceAll("of (target|action) [^ ]+", "of $1 …");
    }

    /** The rule names a problem quotes ('…'), in order. */
    private static List<String> quotedRules(String problem) {
        List<String> rules = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']+)'").matcher(problem);
        while (m.find()) {
            rules.add(m.group(1));
        }
        return rules;
    }

    /** The problems of a refused rule set, each at its file and line where known. */
    public static List<RuleProblem> asProblems(RuleSetException e) {
        if (!e.ruleProblems().isEmpty()) {
            return e.ruleProblems();
        }
        return e.problems().stream().map(p -> RuleProblem.error("(rule set)", 0, 0, null, p)).toList();
    }
}
