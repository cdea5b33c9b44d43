package nl.koers.evaluator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.koers.evaluator.RuleSetException;
import nl.koers.evaluator.ruleset.internal.load.RuleSets;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.junit.jupiter.api.Test;

/** Drools hands back an empty rule base on many failures; Koers refuses one instead of deciding nothing. */
class RuleBaseTest {

    @Test
    void theShippedRuleBaseHoldsItsRulesAndAVersionedIdentity() {
        RuleBase shipped = RuleSets.shipped();
        assertThat(shipped.ruleNames()).contains("Quantity target met",
                "Unspent reserve money for continuing work moves to next year by GS-begrotingswijziging");
        assertThat(shipped.ruleNames().size()).isGreaterThan(20);
        assertThat(shipped.id()).startsWith("koers-rules ");
    }

    @Test
    void anEmptyRuleBaseIsAnError() {
        var empty = KieBaseBuilder.createKieBaseFromModel(List.<Model>of());
        assertThatThrownBy(() -> RuleBase.requireRules("empty", empty))
                .isInstanceOf(RuleSetException.class)
                .hasMessage("rule set empty: the rule base holds no rules");
    }
}
