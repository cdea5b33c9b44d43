package nl.koers.evaluator.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * One firing of a rule base over one set of facts, recording every object a rule inserted with that rule
 * and the facts it matched. Not shared: one instance per evaluation.
 */
public final class RuleRun {

    /**
     * An object a rule inserted: a finding, or a fact such as the GS mandate.
     *
     * @param object  what was inserted
     * @param rule    the rule that inserted it
     * @param matched the facts that rule matched, in pattern order
     */
    public record Insertion(Object object, String rule, List<Object> matched) {
    }

    /**
     * What one firing did.
     *
     * @param insertions every object a rule inserted, in order
     * @param fired      the names of the rules that fired, whatever they inserted
     */
    public record Result(List<Insertion> insertions, Set<String> fired) {

        /** The findings, each with the rule that made it and the facts it matched, in the order made. */
        public List<Decision<Finding>> decisions() {
            List<Decision<Finding>> decisions = new ArrayList<>();
            for (Insertion i : insertions) {
                if (i.object() instanceof Finding finding) {
                    decisions.add(new Decision<>(finding, i.rule(), i.matched()));
                }
            }
            return decisions;
        }
    }

    /** Generous for any rule set that decides each fact once; a looping rule set reaches it quickly. */
    private static final int FIRINGS_PER_FACT = 50;

    private final List<Insertion> insertions = new ArrayList<>();
    private final Map<String, Integer> firingsPerRule = new HashMap<>();
    private Match current;

    private RuleRun() {
    }

    /**
     * Fires {@code ruleBase} over {@code facts} in a pooled session.
     *
     * @throws RuleSetException when a rule fails while deciding, or the rules loop
     */
    public static Result fire(RuleBase ruleBase, List<Object> facts) {
        RuleRun run = run(ruleBase, facts);
        return new Result(List.copyOf(run.insertions), Set.copyOf(run.firingsPerRule.keySet()));
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
        if (event.getRule() == null) {
            return;
        }
        List<Object> matched = current != null && current.getRule().getName().equals(event.getRule().getName())
                ? factsOf(current) : List.of();
        insertions.add(new Insertion(event.getObject(), event.getRule().getName(), matched));
    }

    /**
     * The facts a match holds, without Drools' own: a rule whose conditions are all {@code not} or
     * {@code exists} matches the engine's initial fact, which means nothing to a reader and whose name
     * differs from run to run.
     */
    private static List<Object> factsOf(Match match) {
        return match.getObjects().stream()
                .filter(fact -> !fact.getClass().getName().startsWith("org.drools."))
                .toList();
    }

    private String busiestRule() {
        return firingsPerRule.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
    }
}
