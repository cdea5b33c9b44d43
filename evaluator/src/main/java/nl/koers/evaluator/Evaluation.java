package nl.koers.evaluator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.koers.evaluator.internal.RuleBase;
import nl.koers.model.BudgetChange;
import nl.koers.model.ChangeType;
import nl.koers.model.Colour;
import nl.koers.model.ColourScore;
import nl.koers.model.Disagreement;
import nl.koers.model.Finding;
import nl.koers.model.Portfolio;
import nl.koers.model.StatusOverride;

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

    /** The final content colour set by the person responsible, if any; kept beside {@link #content()}. */
    public Optional<StatusOverride> contentOverride() {
        return Optional.ofNullable(portfolio.performance().override()).filter(o -> o.content() != null);
    }

    /** The final money colour set by the person responsible, if any; kept beside {@link #money()}. */
    public Optional<StatusOverride> moneyOverride() {
        return Optional.ofNullable(portfolio.performance().override()).filter(o -> o.money() != null);
    }

    /** The content colour that counts in the end: the override's when there is one, else the rules'. */
    public Colour finalContent() {
        return contentOverride().map(StatusOverride::content).orElse(content.finding().colour());
    }

    /** The money colour that counts in the end: the override's when there is one, else the rules'. */
    public Colour finalMoney() {
        return moneyOverride().map(StatusOverride::money).orElse(money.finding().colour());
    }

    /**
     * Every verdict the person responsible set by hand, beside the rules' verdict: the actions in file order, then
     * content, then money; empty when nothing is overruled.
     */
    public List<Overruling> overrides() {
        List<Overruling> all = new ArrayList<>();
        for (ActionOutcome a : actions) {
            a.override().ifPresent(o -> all.add(new Overruling("action " + a.action().id(), a.statusValue(), o.status(), o)));
        }
        contentOverride().ifPresent(o -> all.add(new Overruling("content", content.finding().colour(), o.content(), o)));
        moneyOverride().ifPresent(o -> all.add(new Overruling("money", money.finding().colour(), o.money(), o)));
        return List.copyOf(all);
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

    /**
     * The one-sentence explanation of an override in {@code language}: what the rules decided, the final verdict, the
     * reason, by whom and when (explanation keys override.action, override.content, override.money).
     */
    public String explain(Overruling overruling, Language language) {
        String kind = overruling.subject().startsWith("action ") ? "action" : overruling.subject();
        Object subject = kind.equals("action") ? overruling.subject().substring("action ".length()) : null;
        StatusOverride o = overruling.override();
        return ruleBase.explanations().render(nl.koers.model.Reason.of("override." + kind, subject, overruling.computed(),
                overruling.decided(), o.reason(), o.by(), o.date()), language);
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
