package nl.koers.evaluator.archfixture;

import nl.koers.report.DiffRenderer;

/** Breaks the layout on purpose, the evaluator using a report: {@code LayoutRulesTest} shows the rule catches it. */
public final class EvaluatorRendering {

    private EvaluatorRendering() {
    }

    static void use(DiffRenderer target) {
    }
}
