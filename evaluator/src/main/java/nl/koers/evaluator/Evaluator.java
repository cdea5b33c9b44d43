package nl.koers.evaluator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.koers.evaluator.internal.RuleBase;
import nl.koers.evaluator.internal.RuleRun;
import nl.koers.evaluator.ruleset.internal.load.RuleSets;
import nl.koers.model.Action;
import nl.koers.model.ActionAssessment;
import nl.koers.model.Aspect;
import nl.koers.model.BudgetChange;
import nl.koers.model.ColourScore;
import nl.koers.model.Disagreement;
import nl.koers.model.Facts;
import nl.koers.model.Finding;
import nl.koers.model.Portfolio;
import nl.koers.model.TargetAssessment;
import nl.koers.model.TargetProgress;

/**
 * Evaluates portfolios with one rule set. Build it once — that builds the rule base — and call
 * {@link #evaluate} as often as needed, from any number of threads.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.create(RuleSource.builtIn());
 * Evaluation result = evaluator.evaluate(PortfolioReader.read(Path.of("5.4.2.yaml")));
 * }</pre>
 */
public final class Evaluator {

    private static final String BUDGET = "budget";

    /** Swapped whole on reload; every evaluation reads it once, so no result mixes two rule sets. */
    private final AtomicReference<RuleBase> ruleBase;

    private Evaluator(RuleBase ruleBase) {
        this.ruleBase = new AtomicReference<>(ruleBase);
    }

    /**
     * An evaluator of the rules from {@code source}. A folder is guarded, compiled and its decision tables
     * analysed first.
     *
     * @throws RuleSetException when the rules may not run, cannot be built or hold no rules; for a folder,
     *                          {@link RuleSetException#ruleProblems()} names each file and line
     */
    public static Evaluator create(RuleSource source) {
        Objects.requireNonNull(source, "source");
        return new Evaluator(RuleSets.load(source));
    }

    /**
     * Replaces the rule set while evaluations go on. The new set is loaded and validated first; when it
     * fails, the current one keeps serving and the answer says why. Evaluations already running finish
     * with the rule set they started with.
     */
    public Reload reload(RuleSource source) {
        Objects.requireNonNull(source, "source");
        RuleBase current = ruleBase.get();
        List<RuleProblem> problems;
        try {
            RuleBase next = RuleSets.load(source);
            problems = RuleSets.runtimeProblems(next);
            if (problems.stream().noneMatch(RuleProblem::isError)) {
                ruleBase.set(next);
                return new Reload(true, next.id(), problems);
            }
        } catch (RuleSetException e) {
            problems = e.allProblems();
        }
        return new Reload(false, current.id(), problems);
    }

    /** The identity of the rule set serving now, e.g. "koers-rules 0.1.0". */
    public String ruleSet() {
        return ruleBase.get().id();
    }

    /** The names of the rules in the rule set, sorted. */
    public List<String> ruleNames() {
        return ruleBase.get().ruleNames();
    }

    /** The rule base serving now, for the scenario runner and the validator in this package. */
    public RuleBase ruleBase() {
        return ruleBase.get();
    }

    /** Evaluates {@code portfolio} at its own peildatum ({@code asOf}, else the end of its period). */
    public Evaluation evaluate(Portfolio portfolio) {
        return evaluate(portfolio, portfolio.performance().peildatum());
    }

    /**
     * Evaluates {@code portfolio} at {@code peildatum}.
     *
     * @throws RuleSetException when the rule set loops, or leaves a verdict undecided or decided twice
     */
    public Evaluation evaluate(Portfolio portfolio, LocalDate peildatum) {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(peildatum, "peildatum");
        RuleBase ruleBase = this.ruleBase.get();
        List<Object> facts = Facts.of(portfolio, peildatum);
        return assemble(portfolio, peildatum, ruleBase, facts, RuleRun.fire(ruleBase, facts));
    }

    /**
     * The evaluation of {@code portfolio} from a firing of {@code ruleBase} over {@code facts}; for callers in
     * this package that also need the firing itself (validation, scenarios), so the rules run once.
     *
     * @throws RuleSetException when the rule set leaves a verdict undecided or decided twice
     */
    public static Evaluation assemble(Portfolio portfolio, LocalDate peildatum, RuleBase ruleBase, List<Object> facts,
                               RuleRun.Result run) {
        Verdicts verdicts = new Verdicts(run.decisions());

        Map<String, TargetProgress> progress = facts.stream()
                .filter(TargetProgress.class::isInstance).map(TargetProgress.class::cast)
                .collect(Collectors.toMap(TargetProgress::targetId, Function.identity()));
        verdicts.requireExactlyOne(portfolio, progress.keySet(), ruleBase.id());

        List<ActionOutcome> actions = new ArrayList<>();
        for (Action action : portfolio.actions()) {
            List<TargetOutcome> targets = action.targets().stream()
                    .filter(t -> progress.containsKey(t.id()))
                    .map(t -> new TargetOutcome(t, progress.get(t.id()), verdicts.targets.get(t.id()).get(0)))
                    .toList();
            actions.add(new ActionOutcome(action, verdicts.actions.get(action.id()).get(0), targets));
        }
        Decision<ColourScore> content = verdicts.colours.get(Aspect.CONTENT.code()).get(0);
        Decision<ColourScore> money = verdicts.colours.get(Aspect.MONEY.code()).get(0);
        // in the order of the budget lines of the file, then the shifts (the exactly-one check made sure each is there)
        List<String> keys = new ArrayList<>(Verdicts.budgetKeys(portfolio));
        verdicts.budgetChanges.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        List<Decision<BudgetChange>> changes = keys.stream().map(k -> verdicts.budgetChanges.get(k).get(0)).toList();
        return new Evaluation(portfolio, peildatum, ruleBase, actions, content, money, changes, verdicts.disagreements);
    }

    /** The findings of one run, grouped by what they decide, with every gap or double decision noted. */
    private static final class Verdicts {
        final Map<String, List<Decision<TargetAssessment>>> targets = new LinkedHashMap<>();
        final Map<String, List<Decision<ActionAssessment>>> actions = new LinkedHashMap<>();
        final Map<String, List<Decision<ColourScore>>> colours = new LinkedHashMap<>();
        final Map<String, List<Decision<BudgetChange>>> budgetChanges = new LinkedHashMap<>();
        final List<Decision<Disagreement>> disagreements = new ArrayList<>();

        @SuppressWarnings("unchecked")
        Verdicts(List<Decision<Finding>> decisions) {
            for (Decision<Finding> d : decisions) {
                Finding f = d.finding();
                if (f instanceof TargetAssessment t) {
                    add(targets, t.targetId(), (Decision<TargetAssessment>) (Decision<?>) d);
                } else if (f instanceof ActionAssessment a) {
                    add(actions, a.actionId(), (Decision<ActionAssessment>) (Decision<?>) d);
                } else if (f instanceof ColourScore c) {
                    add(colours, c.aspect().code(), (Decision<ColourScore>) (Decision<?>) d);
                } else if (f instanceof BudgetChange b) {
                    add(budgetChanges, key(b), (Decision<BudgetChange>) (Decision<?>) d);
                } else if (f instanceof Disagreement) {
                    // not a verdict: any number of them, none expected
                    disagreements.add((Decision<Disagreement>) (Decision<?>) d);
                }
            }
        }

        /**
         * What a budget change decides: the shifts between prestaties, one line of the reporting year's jaarschijf
         * ("budget exploitatie"), or, without a line, the budget as a whole (no jaarschijf, or a rule set of
         * koers/v1 that does not name lines).
         */
        static String key(BudgetChange b) {
            if (!b.reallocations().isEmpty()) {
                return BudgetChange.REALLOCATION;
            }
            return b.line() == null ? BUDGET : BUDGET + " " + b.line();
        }

        /** The budget decisions {@code portfolio} needs, each exactly once: per line of the year, per shift. */
        static List<String> budgetKeys(Portfolio portfolio) {
            int year = portfolio.performance().period().reportingYear();
            List<String> keys = new ArrayList<>(portfolio.budget().slices(year).stream()
                    .map(s -> BUDGET + " " + s.line()).toList());
            if (keys.isEmpty()) {
                keys.add(BUDGET);
            }
            if (!portfolio.budget().reallocations().isEmpty()) {
                keys.add(BudgetChange.REALLOCATION);
            }
            return keys;
        }

        private static <F extends Finding> void add(Map<String, List<Decision<F>>> map, String key, Decision<F> d) {
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }

        /**
         * Every target assessed and every action, colour and the budget decided exactly once; a gap or a
         * double decision is a defect of the rule set, reported with all others at once.
         */
        void requireExactlyOne(Portfolio portfolio, Iterable<String> assessedTargets, String ruleSet) {
            List<RuleProblem> problems = new ArrayList<>();
            for (String target : assessedTargets) {
                check(targets, target, "the status of target " + target, problems);
            }
            for (Action action : portfolio.actions()) {
                check(actions, action.id(), "the status of action " + action.id(), problems);
            }
            check(colours, Aspect.CONTENT.code(), "the content colour", problems);
            check(colours, Aspect.MONEY.code(), "the money colour", problems);
            List<String> keys = budgetKeys(portfolio);
            for (String key : keys) {
                check(budgetChanges, key, key.equals(BUDGET) ? "the budget change" : "the budget change of " + key,
                        problems);
            }
            for (String key : budgetChanges.keySet()) {
                if (!keys.contains(key)) {
                    // e.g. a rule set that names no lines beside one that does: decided, but not of this portfolio
                    check(budgetChanges, key, "the budget change of " + key, problems);
                }
            }
            if (!problems.isEmpty()) {
                throw RuleSetException.whileRunning(ruleSet, problems);
            }
        }

        private static void check(Map<String, ? extends List<? extends Decision<?>>> map, String key, String what,
                                  List<RuleProblem> problems) {
            List<? extends Decision<?>> found = map.containsKey(key) ? map.get(key) : List.of();
            if (found.isEmpty()) {
                problems.add(RuleProblem.whileRunning(RuleProblem.Code.UNDECIDED, List.of(),
                        "no rule decided " + what));
            } else if (found.size() > 1) {
                List<String> rules = found.stream().map(d -> d.rule()).toList();
                problems.add(RuleProblem.whileRunning(RuleProblem.Code.DECIDED_TWICE, rules,
                        what + " was decided by more than one rule: "
                                + rules.stream().map(r -> "'" + r + "'").collect(Collectors.joining(", "))));
            }
        }
    }
}
