package nl.koers.evaluator.ruleset.internal.scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.RuleSetException;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.evaluator.ruleset.ScenarioResult;
import nl.koers.evaluator.ruleset.internal.load.RuleFile;
import nl.koers.evaluator.ruleset.internal.load.RuleFiles;
import nl.koers.format.PortfolioException;
import nl.koers.format.PortfolioReader;
import nl.koers.format.tree.Node;
import nl.koers.format.tree.Suggestions;
import nl.koers.model.Action;
import nl.koers.model.BudgetChange;
import nl.koers.model.Coded;
import nl.koers.model.ColourScore;
import nl.koers.model.Portfolio;
import nl.koers.model.Target;

/**
 * Runs the scenarios of one rule set: reads each scenario file, loads its portfolio, evaluates it at the
 * scenario's peildatum, and compares the outcome with what the scenario expects. A scenario that cannot be
 * read or run fails with the one problem that stopped it; the other scenarios still run.
 */
public final class ScenarioRun {

    private static final String DEFAULT = "default";

    /**
     * An evaluation together with the rules that decided something in it, from one firing of the rules.
     *
     * @param evaluation the outcome
     * @param rules      the rules that decided something, sorted
     */
    public record Traced(Evaluation evaluation, SortedSet<String> rules) {
    }

    /** Evaluates a portfolio at a peildatum and tells which rules decided something. */
    public interface Evaluate {
        Traced evaluate(Portfolio portfolio, LocalDate peildatum);
    }

    private final Evaluate evaluate;
    private final RuleFiles files;
    private final Path folder;
    private final Set<String> ruleNames;

    private ScenarioRun(Evaluate evaluate, List<String> ruleNames, RuleFiles files, Path folder) {
        this.evaluate = evaluate;
        this.files = files;
        this.folder = folder;
        this.ruleNames = new TreeSet<>(ruleNames);
    }

    /**
     * The results of every scenario in {@code files}, in file order.
     *
     * @param evaluate  evaluates a scenario's portfolio and tells which rules decided something
     * @param ruleNames the names of the rules of the rule set, for expectations that name a rule
     * @param folder   where {@code files} were read from, to resolve portfolio paths on disk; {@code null} for
     *                 the shipped set, whose scenarios may refer only to files of the set itself
     */
    public static List<ScenarioResult> run(Evaluate evaluate, List<String> ruleNames, RuleFiles files, Path folder) {
        Objects.requireNonNull(evaluate, "evaluate");
        ScenarioRun run = new ScenarioRun(evaluate, ruleNames, files, folder);
        List<ScenarioResult> results = new ArrayList<>();
        for (RuleFile file : files.scenarios()) {
            results.addAll(run.file(file));
        }
        return results;
    }

    private List<ScenarioResult> file(RuleFile file) {
        ScenarioFile reader = new ScenarioFile(file.name());
        List<ScenarioFile.Spec> specs;
        try {
            Node root = reader.tree(file.content());
            if (ScenarioFile.isPortfolio(root)) {
                return List.of();
            }
            specs = reader.scenarios(root);
        } catch (PortfolioException e) {
            return List.of(new ScenarioResult(file.name(), 0, "", List.of(e.getMessage()), List.of()));
        }
        return specs.stream().map(this::scenario).toList();
    }

    private ScenarioResult scenario(ScenarioFile.Spec spec) {
        try {
            Portfolio portfolio = portfolio(spec);
            LocalDate peildatum = spec.asOf() != null ? spec.asOf() : portfolio.performance().peildatum();
            requireKnown(spec, portfolio);
            Traced traced = evaluate.evaluate(portfolio, peildatum);
            return new ScenarioResult(spec.file(), spec.line(), spec.name(),
                    differences(spec.expect(), traced.evaluation(), traced.rules()), List.copyOf(traced.rules()));
        } catch (PortfolioException e) {
            return new ScenarioResult(spec.file(), spec.line(), spec.name(), List.of(e.getMessage()), List.of());
        } catch (RuleSetException e) {
            return new ScenarioResult(spec.file(), spec.line(), spec.name(),
                    List.of("the rule set cannot evaluate this portfolio: " + e.getMessage()), List.of());
        }
    }

    // ---- the portfolio

    private Portfolio portfolio(ScenarioFile.Spec spec) {
        Node node = spec.portfolio();
        String field = spec.path().isEmpty() ? "portfolio" : spec.path() + ".portfolio";
        if (node instanceof Node.Mapping) {
            try {
                return PortfolioReader.bind(spec.file(), node);
            } catch (PortfolioException e) {
                throw new PortfolioException(e.file(), e.line(), e.column(),
                        e.field().isEmpty() ? field : field + "." + e.field(), e.problem());
            }
        }
        String reference = ((Node.Scalar) node).text().strip();
        if (reference.equals(DEFAULT)) {
            return PortfolioReader.readDefault();
        }
        try {
            return folder != null ? fromDisk(spec.file(), reference) : fromRuleSet(spec.file(), reference, node, field);
        } catch (PortfolioException e) {
            if (e.line() > 0) {
                throw e;
            }
            // the file as a whole: missing, unreadable, a folder; say so where the scenario names it
            throw new PortfolioException(spec.file(), node.line(), node.column(), field,
                    e.file() + ": " + e.problem() + " (a path is relative to the scenario file; 'default' is the embedded default)");
        }
    }

    private Portfolio fromDisk(String scenarioFile, String reference) {
        Path scenario = folder.resolve(scenarioFile);
        Path base = scenario.getParent() != null ? scenario.getParent() : folder;
        Path file = base.resolve(reference).normalize();
        requireInsideFolder(file, reference);
        return PortfolioReader.read(file);
    }

    /**
     * ScenarioFile refuses a path that climbs out of the folder as written; a link inside the folder may still
     * point out of it, and a scenario must not read (and echo in its messages) a file it was not given.
     */
    private void requireInsideFolder(Path file, String reference) {
        try {
            Path root = folder.toRealPath();
            Path real = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
            if (!real.startsWith(root)) {
                throw new PortfolioException(file.toString(), 0, 0, null, "'" + reference + "' leads outside the rule "
                        + "folder (through a link); a scenario's portfolio must lie inside the rule folder");
            }
        } catch (IOException e) {
            // what cannot be resolved cannot be read either; reading it says why
        }
    }

    private Portfolio fromRuleSet(String scenarioFile, String reference, Node node, String field) {
        int slash = scenarioFile.lastIndexOf('/');
        String name = Path.of(slash < 0 ? "" : scenarioFile.substring(0, slash)).resolve(reference).normalize()
                .toString().replace('\\', '/');
        RuleFile file = files.file(name).orElseThrow(() -> new PortfolioException(scenarioFile, node.line(), node.column(),
                field, "the rule set has no file " + name + " (a path is relative to the scenario file; "
                        + "'default' is the embedded default)"));
        return PortfolioReader.read(name, file.content());
    }

    // ---- expectations

    /** Every action, target and rule a scenario names must exist: a misspelt id is a mistake in the scenario. */
    private void requireKnown(ScenarioFile.Spec spec, Portfolio portfolio) {
        Set<String> actions = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        for (Action a : portfolio.actions()) {
            actions.add(a.id());
            a.targets().forEach(t -> targets.add(t.id()));
        }
        spec.expect().actions().forEach((id, e) -> {
            if (!actions.contains(id)) {
                throw unknown(spec, e, "the portfolio has no action '" + id + "'; its actions are", actions);
            }
        });
        spec.expect().targets().forEach((id, e) -> {
            if (!targets.contains(id)) {
                throw unknown(spec, e, "the portfolio has no target '" + id + "'; its targets are", targets);
            }
        });
        for (ScenarioFile.Expected<String> e : spec.expect().rules()) {
            if (!ruleNames.contains(e.value())) {
                throw new PortfolioException(spec.file(), e.line(), e.column(), e.field(),
                        "the rule set has no rule \"" + e.value() + "\""
                                + Suggestions.didYouMean(e.value(), ruleNames).replace('\'', '"'));
            }
        }
    }

    private static PortfolioException unknown(ScenarioFile.Spec spec, ScenarioFile.Expected<?> e, String problem,
                                              Set<String> known) {
        return new PortfolioException(spec.file(), e.line(), e.column(), e.field(),
                problem + " " + (known.isEmpty() ? "none" : String.join(", ", known)));
    }

    private List<String> differences(ScenarioFile.Expectations expect, Evaluation evaluation, Set<String> rules) {
        List<String> differences = new ArrayList<>();
        Map<String, ActionOutcome> actions = new LinkedHashMap<>();
        Map<String, TargetOutcome> targets = new LinkedHashMap<>();
        Map<String, Action> withdrawnTargets = new LinkedHashMap<>();
        for (ActionOutcome a : evaluation.actions()) {
            actions.put(a.action().id(), a);
            a.targets().forEach(t -> targets.put(t.target().id(), t));
            for (Target t : a.action().targets()) {
                if (!targets.containsKey(t.id())) {
                    withdrawnTargets.put(t.id(), a.action());
                }
            }
        }
        expect.actions().forEach((id, e) -> {
            ActionOutcome actual = actions.get(id);
            compare(differences, "action " + id, e.value(), actual.statusValue(), actual.status());
        });
        expect.targets().forEach((id, e) -> {
            TargetOutcome actual = targets.get(id);
            if (actual == null) {
                Action action = withdrawnTargets.get(id);
                differences.add("target " + id + ": expected " + e.value().code() + ", got no verdict (action "
                        + action.id() + " is withdrawn, so its targets are not judged)");
            } else {
                compare(differences, "target " + id, e.value(), actual.assessment().finding().status(), actual.assessment());
            }
        });
        if (expect.contentColour() != null) {
            Decision<ColourScore> content = evaluation.content();
            compare(differences, "content colour", expect.contentColour().value(), content.finding().colour(), content);
        }
        if (expect.moneyColour() != null) {
            Decision<ColourScore> money = evaluation.money();
            compare(differences, "money colour", expect.moneyColour().value(), money.finding().colour(), money);
        }
        if (expect.budgetChange() != null) {
            budgetChange(differences, expect.budgetChange(), evaluation.budgetChange());
        }
        if (expect.disagreements() != null) {
            pairs(differences, "disagreements", expect.disagreements(), evaluation.disagreements().stream()
                    .map(d -> d.finding().subject() + " " + d.finding().computed() + "/" + d.finding().reported()
                            + by(d)).toList());
        }
        if (expect.overrides() != null) {
            pairs(differences, "overrides", expect.overrides(), evaluation.overrides().stream()
                    .map(o -> o.subject() + " " + o.computed().code() + "/" + o.decided().code()).toList());
        }
        if (expect.budgetChanges() != null) {
            List<ScenarioFile.ExpectedChange> wanted = expect.budgetChanges().value();
            List<Decision<BudgetChange>> got = evaluation.budgetChanges();
            if (wanted.size() != got.size()) {
                differences.add("budget changes: expected " + wanted.size() + ", got " + got.size() + " ("
                        + got.stream().map(d -> d.finding().type().code() + (d.finding().line() == null ? ""
                        : " " + d.finding().line())).collect(java.util.stream.Collectors.joining(", ")) + ")");
            } else {
                for (int i = 0; i < wanted.size(); i++) {
                    listedChange(differences, "budget change " + (i + 1), wanted.get(i), got.get(i));
                }
            }
        }
        for (ScenarioFile.Expected<String> rule : expect.rules()) {
            if (!rules.contains(rule.value())) {
                differences.add("rule \"" + rule.value() + "\": expected to decide something, but it decided nothing");
            }
        }
        return differences;
    }

    /**
     * Compares expected disagreements or overrides with the actual ones, as a set: each actual one is written
     * "subject computed/other", optionally followed by " (rule ...)".
     */
    private static void pairs(List<String> differences, String what, List<ScenarioFile.ExpectedPair> expected,
                              List<String> actual) {
        List<String> left = new ArrayList<>(actual);
        List<String> missing = new ArrayList<>();
        for (ScenarioFile.ExpectedPair e : expected) {
            String key = e.describe();
            var match = left.stream().filter(a -> a.equals(key) || a.startsWith(key + " (")).findFirst();
            if (match.isPresent()) {
                left.remove(match.get());
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty() || !left.isEmpty()) {
            differences.add(what + ": expected " + (expected.isEmpty() ? "none" : expected.stream()
                    .map(ScenarioFile.ExpectedPair::describe).collect(java.util.stream.Collectors.joining(", ")))
                    + ", got " + (actual.isEmpty() ? "none" : String.join(", ", actual)));
        }
    }

    private static void budgetChange(List<String> differences, ScenarioFile.ExpectedChange expected,
                                     Decision<BudgetChange> actual) {
        BudgetChange change = actual.finding();
        if (expected.type() != null) {
            compare(differences, "budget change type", expected.type().value(), change.type(), actual);
        }
        if (expected.amount() != null && expected.amount().value().compareTo(change.amount()) != 0) {
            differences.add("budget change amount: expected " + amount(expected.amount().value()) + ", got "
                    + amount(change.amount()) + by(actual));
        }
        if (expected.sourceGiven() && !Objects.equals(expected.source().value(), change.source())) {
            differences.add("budget change source: expected " + source(expected.source().value()) + ", got "
                    + source(change.source()) + by(actual));
        }
        if (expected.year() != null && !Objects.equals(expected.year().value(), change.year())) {
            differences.add("budget change year: expected " + expected.year().value() + ", got "
                    + (change.year() == null ? "none" : change.year()) + by(actual));
        }
    }

    /** One entry of {@code budgetChanges:} against the change at the same place in the evaluation's list. */
    private static void listedChange(List<String> differences, String subject, ScenarioFile.ExpectedChange expected,
                                     Decision<BudgetChange> actual) {
        List<String> found = new ArrayList<>();
        budgetChange(found, expected, actual);
        found.forEach(f -> differences.add(subject + ": " + f));
        BudgetChange change = actual.finding();
        if (expected.decider() != null && expected.decider().value() != change.decider()) {
            differences.add(subject + ": decider: expected " + expected.decider().value().code() + ", got "
                    + (change.decider() == null ? "none" : change.decider().code()) + by(actual));
        }
        if (expected.lineGiven() && !Objects.equals(expected.line().value(), change.line())) {
            differences.add(subject + ": line: expected " + expected.line().value() + ", got " + change.line()
                    + by(actual));
        }
        if (expected.parts() != null && !sameParts(expected.parts().value(), change.parts())) {
            differences.add(subject + ": parts: expected " + parts(expected.parts().value()) + ", got "
                    + parts(change.parts()) + by(actual));
        }
    }

    private static boolean sameParts(List<nl.koers.model.BudgetPart> a, List<nl.koers.model.BudgetPart> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).year() != b.get(i).year() || a.get(i).amount() == null || b.get(i).amount() == null
                    || a.get(i).amount().compareTo(b.get(i).amount()) != 0) {
                return false;
            }
        }
        return true;
    }

    private static String parts(List<nl.koers.model.BudgetPart> parts) {
        return parts.stream().map(p -> p.year() + ": " + (p.amount() == null ? "?" : amount(p.amount())))
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    private static void compare(List<String> differences, String subject, Coded expected, Coded actual, Decision<?> by) {
        if (expected != actual) {
            differences.add(subject + ": expected " + expected.code() + ", got " + actual.code() + by(by));
        }
    }

    private static String by(Decision<?> decision) {
        return " (rule \"" + decision.rule() + "\")";
    }

    private static String amount(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }

    private static String source(String source) {
        return source == null ? "none (general means)" : "\"" + source + "\"";
    }
}
