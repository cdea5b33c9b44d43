package nl.koers.rules;

import static nl.koers.rules.ExpectedFinding.actionVerdict;
import static nl.koers.rules.Fixtures.achieved;
import static nl.koers.rules.Fixtures.action;
import static nl.koers.rules.Fixtures.atRisk;
import static nl.koers.rules.Fixtures.factsOf;
import static nl.koers.rules.Fixtures.offTrack;
import static nl.koers.rules.Fixtures.onTrack;
import static nl.koers.rules.Fixtures.unmeasured;
import static nl.koers.rules.Fixtures.withdrawn;
import static nl.koers.rules.RuleVerifier.verifyThat;

import nl.koers.model.Action;
import nl.koers.model.Status;
import org.junit.jupiter.api.Test;

/**
 * actions.drl: the status of each action from the verdicts on its targets. The facts go through
 * {@code Facts.of}, so the target rules decide the targets first, as they do in the evaluator.
 */
class ActionRulesTest {

    private static final Action ACTION_WITHDRAWN_WITH_A_TARGET_OFF_TRACK = withdrawn("1", offTrack("1a"));
    private static final Action ACTION_WITHOUT_TARGETS = action("1");
    private static final Action ACTION_WITH_EVERY_VERDICT =
            action("1", achieved("1a"), onTrack("1b"), atRisk("1c"), unmeasured("1d"), offTrack("1e"));
    private static final Action ACTION_AT_RISK_AND_UNKNOWN = action("1", achieved("1a"), unmeasured("1b"), atRisk("1c"));
    private static final Action ACTION_UNKNOWN_AND_ON_TRACK = action("1", onTrack("1a"), unmeasured("1b"));
    private static final Action ACTION_ALL_ACHIEVED = action("1", achieved("1a"), achieved("1b"));
    private static final Action ACTION_ON_TRACK_AND_ACHIEVED = action("1", achieved("1a"), onTrack("1b"));

    @Test
    @Covers("Withdrawn action is vervallen")
    void withdrawnActionIsWithdrawnWhateverItsTargets() {
        verifyThat("Withdrawn action is vervallen")
                .given(factsOf(ACTION_WITHDRAWN_WITH_A_TARGET_OFF_TRACK))
                .produces(actionVerdict("1", Status.WITHDRAWN).because("action.withdrawn"));
    }

    @Test
    @Covers("Action without targets is unknown")
    void actionWithoutTargetsIsUnknown() {
        verifyThat("Action without targets is unknown")
                .given(factsOf(ACTION_WITHOUT_TARGETS))
                .produces(actionVerdict("1", Status.UNKNOWN).because("action.no-targets"));
    }

    @Test
    @Covers("Action with a target off track is off track")
    void oneTargetOffTrackOutweighsEveryOtherVerdict() {
        verifyThat("Action with a target off track is off track")
                .given(factsOf(ACTION_WITH_EVERY_VERDICT))
                .produces(actionVerdict("1", Status.OFF_TRACK).because("action.off-track"));
    }

    @Test
    @Covers("Action with a target at risk and none off track is at risk")
    void targetAtRiskOutweighsATargetWithoutData() {
        verifyThat("Action with a target at risk and none off track is at risk")
                .given(factsOf(ACTION_AT_RISK_AND_UNKNOWN))
                .produces(actionVerdict("1", Status.AT_RISK).because("action.at-risk"));
    }

    @Test
    @Covers("Action with a target unknown and none off track or at risk is unknown")
    void targetWithoutDataKeepsAnOtherwiseOnTrackActionUnknown() {
        verifyThat("Action with a target unknown and none off track or at risk is unknown")
                .given(factsOf(ACTION_UNKNOWN_AND_ON_TRACK))
                .produces(actionVerdict("1", Status.UNKNOWN).because("action.unknown"));
    }

    @Test
    @Covers("Action with every target achieved is achieved")
    void actionWithEveryTargetAchievedIsAchieved() {
        verifyThat("Action with every target achieved is achieved")
                .given(factsOf(ACTION_ALL_ACHIEVED))
                .produces(actionVerdict("1", Status.ACHIEVED).because("action.achieved"));
    }

    @Test
    @Covers("Action with targets on track and none worse is on track")
    void actionWithATargetOnTrackAndTheRestAchievedIsOnTrack() {
        verifyThat("Action with targets on track and none worse is on track")
                .given(factsOf(ACTION_ON_TRACK_AND_ACHIEVED))
                .produces(actionVerdict("1", Status.ON_TRACK).because("action.on-track"));
    }

    @Test
    @Covers("Action with targets on track and none worse is on track")
    void actionsAreJudgedOnTheirOwnTargetsOnly() {
        verifyThat("Action with targets on track and none worse is on track")
                .given(factsOf(action("1", onTrack("1a")), action("2", offTrack("2a"))))
                .produces(actionVerdict("1", Status.ON_TRACK));
    }
}
