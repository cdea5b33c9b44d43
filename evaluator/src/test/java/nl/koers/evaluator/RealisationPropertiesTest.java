package nl.koers.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import nl.koers.model.Status;
import nl.koers.testkit.KoersDomain.RealisationCase;
import nl.koers.testkit.KoersDomain;
import nl.koers.testkit.Boundary;

/**
 * A higher realisation on an at-least target is never bad news: analysts rely on a better figure never
 * turning a prestatie more red.
 */
@Domain(KoersDomain.class)
class RealisationPropertiesTest {

    private static final Evaluator EVALUATOR = Evaluator.create(RuleSource.builtIn());

    /** Target verdicts from best to worst, as the format lists them. */
    private static final List<Status> TARGET_ORDER = List.of(Status.ACHIEVED, Status.ON_TRACK, Status.AT_RISK,
            Status.OFF_TRACK);

    /** Action verdicts from best to worst, as the action rules let the worst target win. */
    private static final List<Status> ACTION_ORDER = List.of(Status.ACHIEVED, Status.ON_TRACK, Status.UNKNOWN,
            Status.AT_RISK, Status.OFF_TRACK);

    @Property(tries = 200)
    void moreRealisationNeverWorsensTheStatus(@ForAll RealisationCase c) {
        // the straight line turns on the subject's start and due day; stale measurements are the other targets'
        Boundary.collect(c.lower(), c.peildatum(), EnumSet.of(Boundary.START_DAY, Boundary.DUE_DAY));
        Evaluation lower = EVALUATOR.evaluate(c.lower(), c.peildatum());
        Evaluation higher = EVALUATOR.evaluate(c.higher(), c.peildatum());

        Status targetBefore = targetStatus(lower, c.targetId());
        Status targetAfter = targetStatus(higher, c.targetId());
        String why = "lower: " + lower.explain(target(lower, c.targetId()).assessment().finding(), Language.ENGLISH)
                + " / higher: " + higher.explain(target(higher, c.targetId()).assessment().finding(), Language.ENGLISH);
        if (targetBefore == Status.UNKNOWN || targetAfter == Status.UNKNOWN) {
            assertThat(targetAfter).as("a measurement after the peildatum is ignored either way; " + why)
                    .isEqualTo(targetBefore);
        } else {
            assertThat(TARGET_ORDER.indexOf(targetAfter)).as(targetBefore + " became " + targetAfter + "; " + why)
                    .isLessThanOrEqualTo(TARGET_ORDER.indexOf(targetBefore));
        }

        Status actionBefore = lower.actions().get(0).statusValue();
        Status actionAfter = higher.actions().get(0).statusValue();
        assertThat(ACTION_ORDER.indexOf(actionAfter)).as(actionBefore + " became " + actionAfter + "; " + why)
                .isLessThanOrEqualTo(ACTION_ORDER.indexOf(actionBefore));
    }

    private static TargetOutcome target(Evaluation evaluation, String targetId) {
        return evaluation.actions().stream().flatMap(a -> a.targets().stream())
                .filter(t -> t.target().id().equals(targetId)).findFirst().orElseThrow();
    }

    private static Status targetStatus(Evaluation evaluation, String targetId) {
        return target(evaluation, targetId).assessment().finding().status();
    }
}
