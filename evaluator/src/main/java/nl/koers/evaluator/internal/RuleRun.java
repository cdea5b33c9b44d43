package nl.koers.evaluator.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.RuleSetException;
import nl.koers.model.Finding;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

/**
 * One firing of a rule base over one set of facts, recording each finding with the rule that inserted
 * it and the facts that rule matched. Not shared: one instance per evaluation.
 */
public final class RuleRun {

    /** Generous for any rule set that decides each fact once; a looping rule set reaches it quickly. */
    private static final int FIRINGS_PER_FACT = 50;

    private final List<Decision<Finding>> decisions = new ArrayList<>();
    private final Map<String, Integer> firingsPerRule = new HashMap<>();
    private Match current;

    private RuleRun() {
    }

    /** Fires {@code ruleBase} over {@code facts} and returns the findings in the order they were made. */
    public static List<Decision<Finding>> fire(RuleBase ruleBase, List<Object> facts) {
        return run(ruleBase, facts).decisions;
    }

    /** The names of the rules that fired on {@code facts}, whatever they inserted. */
    public static java.util.Set<String> firedRules(RuleBase ruleBase, List<Object> facts) {
        return run(ruleBase, facts).firingsPerRule.keySet();
    }

    private static RuleRun run(RuleBase ruleBase, List<Object> facts) {
        RuleRun run = new RuleRun();
        KieSession session = ruleBase.newSession();
        DefaultAgendaEventListener agenda = null;
        DefaultRuleRuntimeEventListener runtime = null;
        try {
            session.addEventListener(agenda = new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    run.current = event.getMatch();
                    run.firingsPerRule.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                }
            });
            session.addEventListener(runtime = new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    run.record(event);
                }
            });
            for (Object fact : facts) {
                session.insert(fact);
            }
            int limit = FIRINGS_PER_FACT * (facts.size() + 1);
            int fired;
            try {
                fired = session.fireAllRules(limit);
            } catch (ConsequenceException e) {
                // a rule whose action cannot run (e.g. "een miljoen" where an amount belongs) is a rule-set defect
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new RuleSetException(ruleBase.id(), List.of("rule '" + e.getMatch().getRule().getName()
                        + "' failed while deciding: " + cause));
            }
            if (fired >= limit) {
                throw new RuleSetException(ruleBase.id(), List.of("the rules fired " + fired
                        + " times on " + facts.size() + " facts and were stopped; rule '" + run.busiestRule()
                        + "' fired most (" + run.firingsPerRule.get(run.busiestRule()) + " times): does it keep changing a fact?"));
            }
        } finally {
            // a pooled session keeps its listeners across uses; this run's must not hear the next one
            if (agenda != null) {
                session.removeEventListener(agenda);
            }
            if (runtime != null) {
                session.removeEventListener(runtime);
            }
            session.dispose();
        }
        return run;
    }

    private void record(ObjectInsertedEvent event) {
        if (event.getRule() == null || !(event.getObject() instanceof Finding finding)) {
            return;
        }
        List<Object> matched = current != null && current.getRule().getName().equals(event.getRule().getName())
                ? current.getObjects() : List.of();
        decisions.add(new Decision<>(finding, event.getRule().getName(), matched));
    }

    private String busiestRule() {
        return firingsPerRule.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
    }
}
