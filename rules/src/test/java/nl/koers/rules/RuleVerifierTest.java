package nl.koers.rules;

import static nl.koers.rules.ExpectedFinding.targetVerdict;
import static nl.koers.rules.Fixtures.HALFWAY;
import static nl.koers.rules.Fixtures.START;
import static nl.koers.rules.Fixtures.atLeast;
import static nl.koers.rules.Fixtures.figure;
import static nl.koers.rules.Fixtures.progress;
import static nl.koers.rules.RuleVerifier.verifyThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.koers.model.Status;
import nl.koers.model.TargetAssessment;
import nl.koers.model.TargetProgress;
import org.junit.jupiter.api.Test;

/** The helper must fail a rule test that is wrong; otherwise every green rule test proves nothing. */
class RuleVerifierTest {

    private static final TargetProgress QUANTITY_HALFWAY = progress(atLeast("1a", "100"), HALFWAY,
            figure("1a", HALFWAY, "50"));
    private static final TargetProgress QUANTITY_ON_ITS_START_DATE = progress(atLeast("1a", "100"), START,
            figure("1a", START, "0"));

    @Test
    void firingTellsWhichRuleInsertedEachFinding() {
        assertThat(RuleVerifier.fire(QUANTITY_HALFWAY).produced())
                .filteredOn(p -> p.finding() instanceof TargetAssessment)
                .singleElement()
                .satisfies(p -> assertThat(p.rule())
                        .isEqualTo("Quantity target at 90 % or more of the expected progress is on track"));
    }

    @Test
    void wrongVerdictFails() {
        assertThatThrownBy(() -> verifyThat("Quantity target met").given(QUANTITY_HALFWAY)
                .produces(targetVerdict("1a", Status.ACHIEVED)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("target 1a should be achieved");
    }

    @Test
    void rightVerdictFromAnotherRuleFails() {
        assertThatThrownBy(() -> verifyThat("Quantity target at 90 % or more of the expected progress is on track")
                .given(QUANTITY_ON_ITS_START_DATE)
                .produces(targetVerdict("1a", Status.ON_TRACK)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Quantity target with nothing expected yet is on track");
    }

    @Test
    void wrongExplanationFails() {
        assertThatThrownBy(() -> verifyThat("Quantity target at 90 % or more of the expected progress is on track")
                .given(QUANTITY_HALFWAY)
                .produces(targetVerdict("1a", Status.ON_TRACK).because("quantity.met")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void missingVerdictFails() {
        assertThatThrownBy(() -> verifyThat("Quantity target met").given(QUANTITY_HALFWAY)
                .produces(targetVerdict("1b", Status.ACHIEVED)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("findings about target 1b");
    }

    @Test
    void unknownRuleNameFails() {
        assertThatThrownBy(() -> verifyThat("Quantity target mett"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no shipped rule named \"Quantity target mett\"");
    }

    /** Calls {@code verifyThat} directly, not from a lambda, so that the helper sees this method's annotation. */
    @Test
    @Covers("Milestone done")
    void testThatVerifiesAnotherRuleThanItCoversFails() {
        AssertionError refused = null;
        try {
            verifyThat("Quantity target met");
        } catch (AssertionError e) {
            refused = e;
        }

        assertThat(refused).isNotNull().hasMessageContaining("covers \"Milestone done\"");
    }
}
