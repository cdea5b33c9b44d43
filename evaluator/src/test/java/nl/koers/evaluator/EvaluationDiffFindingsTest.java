package nl.koers.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.koers.evaluator.EvaluationDiff.ActionChange;
import nl.koers.evaluator.EvaluationDiff.DisagreementChange;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Action;
import nl.koers.model.Disagreement;
import nl.koers.model.Portfolio;
import nl.koers.model.Reason;
import nl.koers.model.Status;
import nl.koers.model.StatusOverride;
import org.junit.jupiter.api.Test;

/** A diff names an override set, changed or lifted, the budget changes, and the disagreements that changed. */
class EvaluationDiffFindingsTest {

    private static final Evaluator EVALUATOR = Evaluator.create(RuleSource.builtIn());
    private static final Portfolio SEED = PortfolioReader.readDefault();

    private static Portfolio overriding(String id, StatusOverride override) {
        List<Action> actions = new ArrayList<>();
        for (Action a : SEED.actions()) {
            actions.add(new Action(a.id(), a.title(), a.text(), a.partners(), a.withdrawn(), a.targets(), a.measurements(),
                    a.reported(), a.id().equals(id) ? override : a.override()));
        }
        return new Portfolio(SEED.performance(), actions, SEED.budget());
    }

    private static final StatusOverride ACHIEVED = new StatusOverride(Status.ACHIEVED, null, null, "klaar", "GS",
            LocalDate.of(2019, 1, 15));

    @Test
    void aPortfolioWithoutOverridesOrDisagreementsDiffsAsBefore() {
        EvaluationDiff diff = EvaluationDiff.between(EVALUATOR.evaluate(SEED), EVALUATOR.evaluate(SEED));

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.override()).isNull();
        assertThat(diff.disagreements()).isEmpty();
        assertThat(diff.budgetChanges().changed()).isFalse();
        assertThat(diff.unchangedActions()).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void anOverrideSetOnAnActionIsAChangeOfThatActionEvenWhenItsStatusStays() {
        EvaluationDiff diff = EvaluationDiff.between(EVALUATOR.evaluate(SEED),
                EVALUATOR.evaluate(overriding("2", ACHIEVED)));

        assertThat(diff.isEmpty()).isFalse();
        ActionChange two = diff.actions().get(0);
        assertThat(two.id()).isEqualTo("2");
        assertThat(two.status().changed()).isFalse();
        assertThat(two.overrideChanged()).isTrue();
        assertThat(two.override().added()).isTrue();
        assertThat(diff.unchangedActions()).containsExactly("1", "3", "4", "5");
    }

    @Test
    void anOverrideWithAnotherReasonIsAChangeAndTheSameOverrideIsNone() {
        StatusOverride otherReason = new StatusOverride(Status.ACHIEVED, null, null, "afgerond", "GS",
                LocalDate.of(2019, 1, 15));
        Evaluation overridden = EVALUATOR.evaluate(overriding("2", ACHIEVED));

        assertThat(EvaluationDiff.between(overridden, EVALUATOR.evaluate(overriding("2", ACHIEVED))).isEmpty()).isTrue();
        assertThat(EvaluationDiff.between(overridden, EVALUATOR.evaluate(overriding("2", otherReason))).actions())
                .singleElement().satisfies(a -> assertThat(a.overrideChanged()).isTrue());
    }

    @Test
    void disagreementsAreMatchedBySubject() {
        Decision<Disagreement> a = disagreement("action 1", "achieved", "on-track");
        Decision<Disagreement> changed = disagreement("action 1", "achieved", "at-risk");
        Decision<Disagreement> b = disagreement("content", "orange", "green");

        List<DisagreementChange> changes = DisagreementChange.between(List.of(a, b), List.of(changed));

        assertThat(changes).extracting(DisagreementChange::subject).containsExactly("action 1", "content");
        assertThat(changes.get(0).from().reported()).isEqualTo("on-track");
        assertThat(changes.get(0).to().reported()).isEqualTo("at-risk");
        assertThat(changes.get(1).to()).isNull();
        assertThat(DisagreementChange.between(List.of(a), List.of(a))).isEmpty();
    }

    private static Decision<Disagreement> disagreement(String subject, String computed, String reported) {
        return new Decision<>(new Disagreement(subject, computed, reported, Reason.of("x")), "rule", List.of());
    }
}
