package nl.koers.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import nl.koers.model.Action;
import nl.koers.model.ActionAssessment;
import nl.koers.model.BudgetChange;
import nl.koers.model.ColourScore;
import nl.koers.model.Finding;
import nl.koers.model.Measurement;
import nl.koers.model.Portfolio;
import nl.koers.model.Target;
import nl.koers.model.TargetAssessment;
import nl.koers.testkit.KoersDomain.PortfolioCase;
import nl.koers.testkit.KoersDomain;
import nl.koers.testkit.Boundary;

/** Analysts list actions and measurements in any order they like; the verdicts must not care. */
@Domain(KoersDomain.class)
@Domain(DomainContext.Global.class)
class OrderPropertiesTest {

    private static final Evaluator EVALUATOR = Evaluator.create(RuleSource.builtIn());

    @Property(tries = 200)
    void theOutcomeDoesNotDependOnTheOrderOfActionsOrMeasurements(@ForAll PortfolioCase c,
                                                                  @ForAll("shuffles") Random random) {
        Boundary.collect(c.portfolio(), c.peildatum());
        Portfolio shuffled = shuffle(c.portfolio(), random);

        Map<String, String> original = verdicts(EVALUATOR.evaluate(c.portfolio(), c.peildatum()));
        Map<String, String> reordered = verdicts(EVALUATOR.evaluate(shuffled, c.peildatum()));

        assertThat(reordered).isEqualTo(original);
    }

    @Provide
    Arbitrary<Random> shuffles() {
        return Arbitraries.randoms();
    }

    private static Portfolio shuffle(Portfolio portfolio, Random random) {
        List<Action> actions = new ArrayList<>();
        for (Action a : portfolio.actions()) {
            List<Target> targets = new ArrayList<>(a.targets());
            List<Measurement> measurements = new ArrayList<>(a.measurements());
            Collections.shuffle(targets, random);
            Collections.shuffle(measurements, random);
            actions.add(new Action(a.id(), a.title(), a.text(), a.partners(), a.withdrawn(), targets, measurements));
        }
        Collections.shuffle(actions, random);
        return new Portfolio(portfolio.performance(), actions, portfolio.budget());
    }

    /** Every verdict by what it is about, with its rule and its explanation in both languages. */
    private static Map<String, String> verdicts(Evaluation e) {
        Map<String, String> verdicts = new TreeMap<>();
        for (ActionOutcome action : e.actions()) {
            verdicts.put("action " + action.action().id(), describe(e, action.status()));
            for (TargetOutcome target : action.targets()) {
                verdicts.put("target " + target.target().id(), describe(e, target.assessment()));
            }
        }
        verdicts.put("content colour", describe(e, e.content()));
        verdicts.put("money colour", describe(e, e.money()));
        BudgetChange change = e.budgetChange().finding();
        verdicts.put("budget change", change.type() + " " + change.amount().toPlainString() + " " + change.source()
                + " " + change.year() + " | " + describe(e, e.budgetChange()));
        return verdicts;
    }

    private static String describe(Evaluation e, Decision<? extends Finding> decision) {
        Finding f = decision.finding();
        String verdict = f instanceof ActionAssessment a ? a.status().code()
                : f instanceof TargetAssessment t ? t.status().code()
                : f instanceof ColourScore c ? c.colour().code()
                : ((BudgetChange) f).type().code();
        return verdict + " | " + decision.rule() + " | " + e.explain(decision.finding(), Language.DUTCH)
                + " | " + e.explain(decision.finding(), Language.ENGLISH);
    }
}
