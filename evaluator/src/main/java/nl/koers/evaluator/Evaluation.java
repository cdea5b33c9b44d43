package nl.koers.evaluator;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.koers.evaluator.internal.RuleBase;
import nl.koers.model.BudgetChange;
import nl.koers.model.ChangeType;
import nl.koers.model.ColourScore;
import nl.koers.model.Disagreement;
import nl.koers.model.Finding;
import nl.koers.model.Portfolio;

/**
 * The outcome of evaluating one portfolio at one peildatum: a status per action, the content and money
 * colours and the budget change, each with the rule that decided it. Immutable.
 */
public final class Evaluation {

    private final Portfolio portfolio;
    private final LocalDate peildatum;
    private final RuleBase ruleBase;
    private final List<ActionOutcome> actions;
    private final Decision<ColourScore> content;
    private final Decision<ColourScore> money;
    private final List<Decision<BudgetChange>> budgetChanges;
    private final List<Decision<Disagreement>> disagreements;

    Evaluation(Portfolio portfolio, LocalDate peildatum, RuleBase ruleBase, List<ActionOutcome> actions,
               Decision<ColourScore> content, Decision<ColourScore> money, List<Decision<BudgetChange>> budgetChanges,
               List<Decision<Disagreement>> disagreements) {
        this.portfolio = Objects.requireNonNull(portfolio);
        this.peildatum = Objects.requireNonNull(peildatum);
        this.ruleBase = Objects.requireNonNull(ruleBase);
        this.actions = List.copyOf(actions);
        this.content = Objects.requireNonNull(content);
        this.money = Objects.requireNonNull(money);
        this.budgetChanges = List.copyOf(budgetChanges);
        if (this.budgetChanges.isEmpty()) {
            throw new IllegalArgumentException("an evaluation decides at least one budget change, if only 'none'");
        }
        this.disagreements = List.copyOf(disagreements);
    }

    /** The portfolio evaluated. */
    public Portfolio portfolio() {
        return portfolio;
    }

    /** The date evaluated at. */
    public LocalDate peildatum() {
        return peildatum;
    }

    /** The identity of the rule set used, e.g. "koers-rules 0.1.0". */
    public String ruleSet() {
        return ruleBase.id();
    }

    /** One outcome per action, in file order. */
    public List<ActionOutcome> actions() {
        return actions;
    }

    /** The inhoudelijke kleurscore. */
    public Decision<ColourScore> content() {
        return content;
    }

    /** The financiële kleurscore. */
    public Decision<ColourScore> money() {
        return money;
    }

    /**
     * The begrotingswijziging of the reporting year: the first of {@link #budgetChanges()} that changes anything,
     * else the first. Format version 1 knew one change per prestatie; this is that one.
     */
    public Decision<BudgetChange> budgetChange() {
        // an undetermined change moves no money: it does not hide one that does
        return budgetChanges.stream().filter(d -> d.finding().type().movesMoney()).findFirst()
                .or(() -> budgetChanges.stream().filter(d -> d.finding().type() != ChangeType.NONE).findFirst())
                .orElse(budgetChanges.get(0));
    }

    /**
     * Every begrotingswijziging the rules decided, in the order of the budget lines (one per line of the reporting
     * year, {@code none} included), then the shifts to or from other prestaties.
     */
    public List<Decision<BudgetChange>> budgetChanges() {
        return budgetChanges;
    }

    /** Where the rules and the owner's report disagree, each with the rule that found it; empty when they agree. */
    public List<Decision<Disagreement>> disagreements() {
        return disagreements;
    }

    /**
     * Whether anything needs someone's attention: an action that is not achieved, on track or withdrawn,
     * or a budget change to propose (one that moves money; an undetermined change proposes nothing, it says what the
     * page leaves out, shown with the change).
     */
    public boolean needsAttention() {
        return actions.stream().anyMatch(a -> !a.statusValue().fine())
                || budgetChanges.stream().anyMatch(d -> d.finding().type().movesMoney());
    }

    /** The one-sentence explanation of {@code finding} in {@code language}, quoting the figures used. */
    public String explain(Finding finding, Language language) {
        return ruleBase.explanations().render(finding.reason(), language);
    }

    /**
     * Where the rule that made {@code decision} is written, e.g. "targets.drl:24" or
     * "geldkleur.drl.xlsx row 13"; empty when the rule set does not say.
     */
    public Optional<String> ruleLocation(Decision<?> decision) {
        return ruleBase.locations().locate(decision.rule()).map(Object::toString);
    }

    /**
     * The rules with a validity date (geldig vanaf / geldig tot: date-effective, date-expires) that were in force at
     * the peildatum, sorted by name; the evaluation used these and none of the dated rules out of force then.
     */
    public List<DatedRule> datedRules() {
        return ruleBase.datedRules(peildatum);
    }
}
