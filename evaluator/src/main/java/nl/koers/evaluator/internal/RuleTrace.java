package nl.koers.evaluator.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.koers.evaluator.RuleSetException;
import nl.koers.model.Finding;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * Which rules decided something in one run over one set of facts. A rule decided something when it made a
 * finding (a verdict on a target or action, a colour, a budget change), or made a fact — such as the GS
 * mandate — that a rule making a finding matched. A rule whose fact no verdict used decided nothing.
 */
public final class RuleTrace {

    private static final int FIRINGS_PER_FACT = 50;

    private final Map<Object, String> insertedBy = new IdentityHashMap<>();
    private final Map<Object, List<Object>> matchedBy = new IdentityHashMap<>();
    private Match current;

    private RuleTrace() {
    }

    /** The names of the rules that decided something when {@code ruleBase} fires over {@code facts}, sorted. */
    public static SortedSet<String> decidingRules(RuleBase ruleBase, List<Object> facts) {
        RuleTrace trace = new RuleTrace();
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    trace.current = event.getMatch();
                }
            });
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    trace.record(event);
                }
            });
            for (Object fact : facts) {
                session.insert(fact);
            }
            int limit = FIRINGS_PER_FACT * (facts.size() + 1);
            if (session.fireAllRules(limit) >= limit) {
                throw new RuleSetException(ruleBase.id(), List.of("the rules fired " + limit + " times on "
                        + facts.size() + " facts and were stopped: does a rule keep changing a fact?"));
            }
        } finally {
            session.dispose();
        }
        return trace.deciding();
    }

    private void record(ObjectInsertedEvent event) {
        if (event.getRule() == null) {
            return;
        }
        insertedBy.put(event.getObject(), event.getRule().getName());
        boolean sameRule = current != null && current.getRule().getName().equals(event.getRule().getName());
        matchedBy.put(event.getObject(), sameRule ? current.getObjects() : List.of());
    }

    /** The makers of findings, and, transitively, the makers of the facts their rules matched. */
    private SortedSet<String> deciding() {
        SortedSet<String> rules = new TreeSet<>();
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>();
        insertedBy.keySet().stream().filter(Finding.class::isInstance).forEach(todo::add);
        while (!todo.isEmpty()) {
            Object made = todo.pop();
            if (!seen.add(made)) {
                continue;
            }
            rules.add(insertedBy.get(made));
            for (Object used : matchedBy.getOrDefault(made, List.of())) {
                if (insertedBy.containsKey(used)) {
                    todo.push(used);
                }
            }
        }
        return rules;
    }
}
