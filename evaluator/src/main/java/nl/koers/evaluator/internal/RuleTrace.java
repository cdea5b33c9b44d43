package nl.koers.evaluator.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.koers.model.Finding;

/**
 * Which rules decided something in one run over one set of facts. A rule decided something when it made a
 * finding (a verdict on a target or action, a colour, a budget change), or made a fact — such as the GS
 * mandate — that a rule making a finding matched. A rule whose fact no verdict used decided nothing.
 */
public final class RuleTrace {

    private final Map<Object, String> insertedBy = new IdentityHashMap<>();
    private final Map<Object, List<Object>> matchedBy = new IdentityHashMap<>();

    private RuleTrace(List<RuleRun.Insertion> insertions) {
        for (RuleRun.Insertion i : insertions) {
            insertedBy.put(i.object(), i.rule());
            matchedBy.put(i.object(), i.matched());
        }
    }

    /** The names of the rules that decided something in {@code run}, sorted. */
    public static SortedSet<String> decidingRules(RuleRun.Result run) {
        return new RuleTrace(run.insertions()).deciding();
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
