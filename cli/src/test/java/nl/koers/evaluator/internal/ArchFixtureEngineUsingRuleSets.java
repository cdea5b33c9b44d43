package nl.koers.evaluator.internal;

import nl.koers.evaluator.ruleset.RuleSetValidator;

/** Breaks the layout on purpose, the engine using the rule-set tooling outside Evaluator: {@code LayoutRulesTest} shows the rule catches it. */
public final class ArchFixtureEngineUsingRuleSets {

    private ArchFixtureEngineUsingRuleSets() {
    }

    static void use(RuleSetValidator target) {
    }
}
