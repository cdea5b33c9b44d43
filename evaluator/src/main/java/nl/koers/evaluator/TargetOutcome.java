package nl.koers.evaluator;

import java.util.Objects;
import nl.koers.model.Target;
import nl.koers.model.TargetAssessment;
import nl.koers.model.TargetProgress;

/**
 * The verdict on one target, with the progress figures it was based on.
 *
 * @param target     the target as read
 * @param progress   its latest measurement and expected value at the peildatum
 * @param assessment the verdict and the rule behind it
 */
public record TargetOutcome(Target target, TargetProgress progress, Decision<TargetAssessment> assessment) {

    public TargetOutcome {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(assessment, "assessment");
    }
}
