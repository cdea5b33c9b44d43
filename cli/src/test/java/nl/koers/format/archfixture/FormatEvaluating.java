package nl.koers.format.archfixture;

import nl.koers.evaluator.Evaluator;

/** Breaks the layout on purpose, format using the evaluator: {@code LayoutRulesTest} shows the rule catches it. */
public final class FormatEvaluating {

    private FormatEvaluating() {
    }

    static void use(Evaluator target) {
    }
}
