package nl.koers.evaluator.ruleset.internal.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.evaluator.DatedRule;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.RuleProblem.Code;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSetException;
import nl.koers.evaluator.RuleSource;
import nl.koers.evaluator.internal.Explanations;
import nl.koers.evaluator.internal.RuleBase;
import nl.koers.evaluator.internal.RuleLocations;
import nl.koers.evaluator.internal.RuleRun;
import nl.koers.evaluator.ruleset.internal.compile.RuleCompiler;
import nl.koers.evaluator.ruleset.internal.guard.RuleGuard;
import nl.koers.evaluator.ruleset.internal.samples.RuleSampler;
import nl.koers.evaluator.ruleset.internal.tables.TableAnalysis;
import nl.koers.model.Facts;
import org.kie.api.KieBase;

/**
 * Loads a {@link RuleSource} into a {@link RuleBase}, refusing a folder whose rules may not or cannot run, and tries a
 * rule base on the sample portfolios; the one part of the rule-set tooling the engine uses.
 */
public final class RuleSets {

    /** Enough examples to show the shape of a problem without flooding the analyst. */
    private static final int EXAMPLES_PER_PROBLEM = 3;

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

    /**
     * Runs {@code ruleBase} over the sample portfolios: a verdict decided twice or not at all, a loop or a failing
     * rule is an error at the rule it concerns, a rule that never fires a warning.
     */
    public static List<RuleProblem> runtimeProblems(RuleBase ruleBase) {
        RuleLocations catalog = ruleBase.locations();
        Map<String, Failure> failures = new LinkedHashMap<>();
        Set<String> fired = new HashSet<>();
        for (RuleSampler.Sample sample : RuleSampler.samples()) {
            try {
                List<Object> facts = Facts.of(sample.portfolio(), sample.peildatum());
                RuleRun.Result run = RuleRun.fire(ruleBase, facts);
                fired.addAll(run.fired());
                Evaluator.assemble(sample.portfolio(), sample.peildatum(), ruleBase, facts, run);
            } catch (RuleSetException e) {
                for (RuleProblem problem : e.allProblems()) {
                    Failure failure = failures.computeIfAbsent(generalise(problem.message()),
                            message -> new Failure(problem, message, new ArrayList<>()));
                    if (failure.examples().size() < EXAMPLES_PER_PROBLEM) {
                        failure.examples().add(sample.description());
                    }
                }
            }
        }
        fired.addAll(firedWhileInForce(ruleBase, fired));
        List<RuleProblem> problems = new ArrayList<>();
        failures.values().forEach(failure -> problems.add(failure.at(catalog)));
        for (String rule : ruleBase.ruleNames()) {
            if (!fired.contains(rule)) {
                RuleLocations.Location at = catalog.locate(rule).orElse(null);
                problems.add(RuleProblem.warning(Code.NEVER_FIRED, at == null ? RuleProblem.RULE_SET : at.file(),
                        at == null ? 0 : at.line(), 0, rule, "this rule never fired on any of the "
                                + RuleSampler.samples().size() + " sample portfolios; can it fire on a valid portfolio?"));
            }
        }
        return problems;
    }

    /**
     * The dated rules that fire on the samples evaluated at a day they are in force (their first day, or the last
     * when they have no start): a rule that expired before the samples' dates, or takes effect after them, is tried
     * at its own time before it is said never to fire. Only what fires counts here; what the rules decide is judged
     * at the samples' own dates.
     */
    private static Set<String> firedWhileInForce(RuleBase ruleBase, Set<String> fired) {
        Set<java.time.LocalDate> days = new java.util.TreeSet<>();
        for (DatedRule rule : ruleBase.datedRules()) {
            if (!fired.contains(rule.rule())) {
                days.add(rule.from() != null ? rule.from() : rule.to().minusDays(1));
            }
        }
        Set<String> more = new HashSet<>();
        for (java.time.LocalDate day : days) {
            for (RuleSampler.Sample sample : RuleSampler.samples()) {
                try {
                    more.addAll(RuleRun.fire(ruleBase, Facts.of(sample.portfolio(), day)).fired());
                } catch (RuleSetException e) {
                    // a sample out of its own time may fail; it is judged at its own date above
                }
            }
        }
        return more;
    }

    /**
     * One problem of the rules on the samples: the first sample's problem, its message with the target or action
     * generalised, and the samples it came up for.
     */
    private record Failure(RuleProblem first, String message, List<String> examples) {

        /** The problem at its first rule's place, naming every rule's place when it concerns more than one. */
        RuleProblem at(RuleLocations catalog) {
            List<String> rules = first.rules();
            RuleLocations.Location at = rules.isEmpty() ? null : catalog.locate(rules.get(0)).orElse(null);
            String where = rules.size() < 2 ? "" : " (" + String.join("; ", rules.stream()
                    .map(r -> "'" + r + "' at " + catalog.locate(r).map(Object::toString).orElse("?")).toList()) + ")";
            return new RuleProblem(RuleProblem.Severity.ERROR, first.code(),
                    at == null ? RuleProblem.RULE_SET : at.file(), at == null ? 0 : at.line(), 0, rules,
                    message + where + ", e.g. for " + String.join("; ", examples));
        }
    }

    /**
     * "the status of target q17t was decided by …" and the same for q18t are one problem. Only the grouping reads the
     * message; the rules a problem concerns are its {@link RuleProblem#rules()}.
     */
    private static String generalise(String problem) {
        return problem.replaceAll("of (target|action) [^ ]+", "of $1 …");
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
                if (found.size() == 1 && found.get(0).code() == Code.TABLE_UNREADABLE) {
                    unreadable.add(file.name());
                }
                tables.addAll(found);
            }
        }
        List<RuleProblem> problems = new ArrayList<>(RuleGuard.check(files).stream()
                .filter(p -> !unreadable.contains(p.file())).toList());
        problems.addAll(tables);
        // texts with a bad placeholder would fail halfway through a report: found here, before anything runs
        texts(files).forEach(text -> problems.addAll(Explanations.check(text)));
        return problems;
    }
}
