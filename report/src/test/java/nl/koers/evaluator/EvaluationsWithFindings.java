package nl.koers.evaluator;

import java.util.List;
import nl.koers.model.BudgetChange;
import nl.koers.model.Disagreement;

/**
 * Evaluations with findings the shipped rules do not make yet (several budget changes, disagreements), so that the
 * reports can be tested on them before the rules that make them are merged. Everything else of the evaluation is
 * the real Evaluator's; explanations are rendered by the shipped texts (an unknown key renders as itself).
 */
public final class EvaluationsWithFindings {

    private EvaluationsWithFindings() {
    }

    /** {@code evaluation} with {@code budgetChanges} instead of its own, and {@code disagreements}. */
    public static Evaluation with(Evaluator evaluator, Evaluation evaluation, List<Decision<BudgetChange>> budgetChanges,
                                  List<Decision<Disagreement>> disagreements) {
        return new Evaluation(evaluation.portfolio(), evaluation.peildatum(), evaluator.ruleBase(), evaluation.actions(),
                evaluation.content(), evaluation.money(), budgetChanges, disagreements);
    }
}
