package nl.koers.cli.archfixture;

import nl.koers.evaluator.internal.RuleBase;

/** Breaks the layout on purpose, cli using the evaluator's internal package: {@code LayoutRulesTest} shows the rule catches it. */
public final class CliUsingEvaluatorInternals {

    private CliUsingEvaluatorInternals() {
    }

    static void use(RuleBase target) {
    }
}
