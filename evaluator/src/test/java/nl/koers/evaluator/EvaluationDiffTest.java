package nl.koers.evaluator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.koers.evaluator.EvaluationDiff.ActionChange;
import nl.koers.evaluator.EvaluationDiff.Change;
import nl.koers.evaluator.EvaluationDiff.MeasurementChange;
import nl.koers.evaluator.EvaluationDiff.TargetChange;
import nl.koers.format.PortfolioReader;
import nl.koers.model.ChangeType;
import nl.koers.model.Colour;
import nl.koers.model.Portfolio;
import nl.koers.model.Status;
import org.junit.jupiter.api.Test;

/** What changed between two reports: one portfolio at two peildata, and two versions of a file. */
class EvaluationDiffTest {

    private static final Evaluator EVALUATOR = Evaluator.create(RuleSource.builtIn());
    private static final Portfolio SEED = PortfolioReader.readDefault();

    private static final EvaluationDiff SEED_MID_TO_END_2018 = EvaluationDiff.between(
            EVALUATOR.evaluate(SEED, LocalDate.of(2018, 6, 30)), EVALUATOR.evaluate(SEED, LocalDate.of(2018, 12, 31)));

    private static final EvaluationDiff BEFORE_TO_AFTER = EvaluationDiff.between(
            EVALUATOR.evaluate(read("before.yaml")), EVALUATOR.evaluate(read("after.yaml")));

    private static Portfolio read(String name) {
        return PortfolioReader.read(Path.of("src/test/resources/diff", name));
    }

    private static ActionChange action(EvaluationDiff diff, String id) {
        return diff.actions().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theSeedMovesFromNoDataAtMidYearToItsVerdictsAtTheEndOf2018() {
        assertThat(SEED_MID_TO_END_2018.actions()).extracting(ActionChange::id).containsExactly("1", "2", "3", "5");
        assertThat(SEED_MID_TO_END_2018.actions()).extracting(ActionChange::status).containsExactly(
                new Change<>(Status.UNKNOWN, Status.ACHIEVED), new Change<>(Status.UNKNOWN, Status.ON_TRACK),
                new Change<>(Status.UNKNOWN, Status.ACHIEVED), new Change<>(Status.UNKNOWN, Status.ACHIEVED));
        assertThat(SEED_MID_TO_END_2018.unchangedActions()).containsExactly("4");
        assertThat(SEED_MID_TO_END_2018.isEmpty()).isFalse();
    }

    @Test
    void measurementsDatedAfterTheEarlierPeildatumAreNew() {
        ActionChange one = action(SEED_MID_TO_END_2018, "1");
        assertThat(one.measurements()).extracting(MeasurementChange::target).containsExactly("1a", "1b");
        assertThat(one.measurements()).allSatisfy(m -> {
            assertThat(m.from()).isNull();
            assertThat(m.date()).isEqualTo(LocalDate.of(2018, 12, 31));
        });
        assertThat(one.targets()).extracting(TargetChange::id, TargetChange::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1a", new Change<>(Status.UNKNOWN, Status.ACHIEVED)),
                org.assertj.core.groups.Tuple.tuple("1b", new Change<>(Status.UNKNOWN, Status.ACHIEVED)));
    }

    @Test
    void theSeedsBudgetChangeIsTheSameAtBothDates() {
        assertThat(SEED_MID_TO_END_2018.budgetChange().changed()).isFalse();
        assertThat(SEED_MID_TO_END_2018.budgetChange().to().type()).isEqualTo(ChangeType.GS);
        assertThat(SEED_MID_TO_END_2018.money()).isEqualTo(new Change<>(Colour.UNDETERMINED, Colour.UNDETERMINED));
    }

    @Test
    void anEvaluationComparedWithItselfHasNoChange() {
        Evaluation seed = EVALUATOR.evaluate(SEED);
        EvaluationDiff diff = EvaluationDiff.between(seed, seed);
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.actions()).isEmpty();
        assertThat(diff.unchangedActions()).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void addedRemovedAndWithdrawnActionsAreListedNewOnesInFileOrderThenRemovedOnes() {
        assertThat(BEFORE_TO_AFTER.actions()).extracting(ActionChange::id).containsExactly("1", "2", "4", "3");
        ActionChange withdrawn = action(BEFORE_TO_AFTER, "2");
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.status().to()).isEqualTo(Status.WITHDRAWN);
        assertThat(withdrawn.targets()).as("a withdrawn action's targets are not judged, not removed").isEmpty();
        ActionChange added = action(BEFORE_TO_AFTER, "4");
        assertThat(added.status().added()).isTrue();
        assertThat(added.status().to()).isEqualTo(Status.ACHIEVED);
        assertThat(added.withdrawn()).isFalse();
        ActionChange removed = action(BEFORE_TO_AFTER, "3");
        assertThat(removed.status().removed()).isTrue();
        assertThat(removed.status().from()).isEqualTo(Status.UNKNOWN);
        assertThat(BEFORE_TO_AFTER.unchangedActions()).isEmpty();
    }

    @Test
    void aCorrectedFigureOnTheSameDateIsOneChangeAndTheSourceAloneIsNone() {
        ActionChange one = action(BEFORE_TO_AFTER, "1");
        assertThat(one.measurements()).hasSize(2);
        MeasurementChange corrected = one.measurements().get(0);
        assertThat(corrected.from().value()).isEqualByComparingTo("4");
        assertThat(corrected.to().value()).isEqualByComparingTo("5");
        MeasurementChange added = one.measurements().get(1);
        assertThat(added.from()).isNull();
        assertThat(added.date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(one.status()).isEqualTo(new Change<>(Status.AT_RISK, Status.ACHIEVED));
    }

    @Test
    void aBudgetChangeThatIsNoLongerNeededIsAChange() {
        Change<nl.koers.model.BudgetChange> change = BEFORE_TO_AFTER.budgetChange();
        assertThat(change.changed()).isTrue();
        assertThat(change.from().type()).isEqualTo(ChangeType.GS);
        assertThat(change.from().amount()).isEqualByComparingTo(new BigDecimal("50000"));
        assertThat(change.to().type()).isEqualTo(ChangeType.NONE);
    }

    @Test
    void aChangeNeedsAValueOnAtLeastOneSide() {
        assertThatThrownBy(() -> new Change<>(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MeasurementChange(null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
