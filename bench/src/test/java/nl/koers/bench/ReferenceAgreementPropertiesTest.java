package nl.koers.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.RuleSource;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.model.Portfolio;
import nl.koers.model.Status;

/**
 * The Drools rules and the plain-Java reference decide the same on every generated portfolio: so the
 * reference is a fair speed limit, and a rule change that the reference does not share is noticed.
 */
class ReferenceAgreementPropertiesTest {

    private static final Evaluator DROOLS = Evaluator.create(RuleSource.builtIn());
    private static final int PORTFOLIOS_PER_TRY = 10;

    @Property(tries = 300)
    void droolsAndTheReferenceAgreeOnEveryVerdict(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int daysIntoTheYear) {
        LocalDate peildatum = LocalDate.of(2024, 1, 1).plusDays(daysIntoTheYear);
        SyntheticBegroting begroting = new SyntheticBegroting(seed);
        for (int i = 0; i < PORTFOLIOS_PER_TRY; i++) {
            Portfolio portfolio = begroting.next();
            Evaluation drools = DROOLS.evaluate(portfolio, peildatum);
            ReferenceEvaluator.Outcome reference = ReferenceEvaluator.evaluate(portfolio, peildatum);

            Map<String, Status> droolsTargets = new LinkedHashMap<>();
            Map<String, Status> droolsActions = new LinkedHashMap<>();
            for (ActionOutcome action : drools.actions()) {
                droolsActions.put(action.action().id(), action.statusValue());
                for (TargetOutcome target : action.targets()) {
                    droolsTargets.put(target.target().id(), target.assessment().finding().status());
                }
            }
            String where = portfolio.performance().code() + " at " + peildatum;
            assertThat(droolsTargets).as("targets of " + where).isEqualTo(reference.targets());
            assertThat(droolsActions).as("actions of " + where).isEqualTo(reference.actions());
            assertThat(drools.content().finding().colour()).as("content colour of " + where).isEqualTo(reference.content());
            assertThat(drools.money().finding().colour()).as("money colour of " + where).isEqualTo(reference.money());
            var change = drools.budgetChange().finding();
            assertThat(change.type()).as("budget change of " + where).isEqualTo(reference.change().type());
            assertThat(change.amount()).as("amount of " + where).isEqualByComparingTo(reference.change().amount());
            assertThat(change.year()).isEqualTo(reference.change().year());
            assertThat(change.source()).isEqualTo(reference.change().source());
            assertThat(change.reason().key()).isEqualTo(reference.change().reason().key());
        }
    }
}
