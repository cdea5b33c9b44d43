package nl.koers.evaluator.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.RuleProblem.Code;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSetException;
import nl.koers.model.Finding;
import nl.koers.model.Peildatum;
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

    /**
     * How long one evaluation of a folder's rules may take: far more than any rule set that decides (a few
     * milliseconds), far less than a person or a cron job waits. {@code -Dkoers.rules.deadline=PT2S} changes it.
     */
    static final Duration DEADLINE = Duration.ofSeconds(10);
    public static final String DEADLINE_PROPERTY = "koers.rules.deadline";

    /**
     * Runs the evaluations of folder rule sets, so that the caller can stop waiting at the deadline even when one
     * call inside a rule ({@code BigDecimal.pow}, {@code String.repeat}) does not return. Daemon threads: a
     * process that has given up on an evaluation can still exit.
     */
    private static final ExecutorService BUDGETED = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "koers-rules");
        thread.setDaemon(true);
        return thread;
    });

    /** Drools names the rule of a failing condition only in its message: "... in [Rule "X" in file]". */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"((?:[^\"\\\\]|\\\\.)*)\"");

    private final List<Insertion> insertions = new ArrayList<>();
    private final Map<String, Integer> firingsPerRule = new HashMap<>();
    private volatile Match current;
    private volatile KieSession session;
    /** The thread running a budgeted evaluation, and whether the caller gave up on it at the deadline. */
    private volatile Thread worker;
    private volatile boolean abandoned;

    private RuleRun() {
    }

    /**
     * Fires {@code ruleBase} over {@code facts} in a pooled session.
     *
     * @throws RuleSetException when a rule fails while deciding, or the rules loop
     */
    public static Result fire(RuleBase ruleBase, List<Object> facts) {
        RuleRun run = new RuleRun();
        if (ruleBase.budgeted()) {
            within(deadline(), ruleBase, run, facts);
        } else {
            run.run(ruleBase, facts);
        }
        return new Result(List.copyOf(run.insertions), Set.copyOf(run.firingsPerRule.keySet()));
    }

    /**
     * Runs {@code run} on a worker thread and waits at most {@code deadline}; past it the session is halted, the
     * worker interrupted, and the evaluation fails naming the rule that was firing.
     */
    private static void within(Duration deadline, RuleBase ruleBase, RuleRun run, List<Object> facts) {
        Future<?> task = BUDGETED.submit(() -> run.run(ruleBase, facts));
        try {
            task.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.abandon(task);
            Match match = run.current;
            List<String> rules = match == null ? List.of() : List.of(match.getRule().getName());
            throw failed(ruleBase, Code.TOO_SLOW, rules, (match == null ? "the rules" : quoted(rules.get(0)))
                    + " failed: the evaluation took longer than " + seconds(deadline) + ", the most one evaluation of "
                    + "a rule folder may take");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new RuleSetException(ruleBase.id(), List.of("the evaluation was interrupted"));
        }
    }

    /**
     * Stops an evaluation past its deadline: between firings the halt ends it; inside one long call into an
     * allowed method (BigDecimal.pow) only stopping the thread does. Thread.stop is safe here, where it is unsafe
     * elsewhere, because the thread holds nothing shared: its session is destroyed instead of pooled, and
     * the immutable values it was computing are garbage. On a Java where stop is gone, the thread runs on alone.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private void abandon(Future<?> task) {
        abandoned = true;
        KieSession s = session;
        if (s != null) {
            s.halt();
        }
        task.cancel(true);
        synchronized (this) {
            // under the lock the worker clears itself with: a pooled thread that has moved on is never stopped
            Thread t = worker;
            if (t != null) {
                try {
                    t.stop();
                } catch (UnsupportedOperationException e) {
                    // Java 20 and later: the thread finishes its call and then meets the halt
                }
            }
        }
    }

    /** The deadline in force: {@value #DEADLINE_PROPERTY} when it is a positive ISO-8601 duration, else {@link #DEADLINE}. */
    static Duration deadline() {
        String set = System.getProperty(DEADLINE_PROPERTY);
        if (set != null) {
            try {
                Duration d = Duration.parse(set);
                if (!d.isNegative() && !d.isZero()) {
                    return d;
                }
            } catch (java.time.format.DateTimeParseException e) {
                // a mistyped setting keeps the default rather than lifting the budget
            }
        }
        return DEADLINE;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private void run(RuleBase ruleBase, List<Object> facts) {
        RuleRun run = this;
        this.worker = ruleBase.budgeted() ? Thread.currentThread() : null;
        // the rules in force at the peildatum fire, not those in force today
        KieSession session = ruleBase.newSession(peildatum(facts));
        this.session = session;
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
            int limit = FIRINGS_PER_FACT * (facts.size() + 1);
            int fired;
            try {
                for (Object fact : facts) {
                    session.insert(fact);
                }
                fired = session.fireAllRules(limit);
            } catch (ConsequenceException e) {
                // a rule whose action cannot run (e.g. "een miljoen" where an amount belongs) is a rule-set defect
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                String rule = e.getMatch().getRule().getName();
                throw failed(ruleBase, Code.RULE_FAILED, List.of(rule),
                        quoted(rule) + " failed while deciding: " + cause);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // a condition that cannot be evaluated (a date compared with a text), or an action that recursed or
                // allocated without end: the rule set's defect, named by its rule, never a stack trace
                if (e instanceof RuleSetException r) {
                    throw r;
                }
                String rule = failingRule(e, current);
                throw failed(ruleBase, Code.RULE_FAILED, rule == null ? List.of() : List.of(rule),
                        (rule == null ? "a rule" : quoted(rule)) + " failed: " + describe(e));
            }
            if (fired >= limit) {
                String busiest = run.busiestRule();
                throw failed(ruleBase, Code.LOOPS, List.of(busiest), "the rules fired " + fired
                        + " times on " + facts.size() + " facts and were stopped; " + quoted(busiest)
                        + " fired most (" + run.firingsPerRule.get(busiest) + " times): does it keep changing a fact?");
            }
        } finally {
            // a pooled session keeps its listeners across uses; this run's must not hear the next one
            if (agenda != null) {
                session.removeEventListener(agenda);
            }
            if (runtime != null) {
                session.removeEventListener(runtime);
            }
            if (abandoned) {
                // stopped midway, its memory may be half changed: never give it back to the pool
                session.destroy();
            } else {
                session.dispose();
            }
            synchronized (this) {
                worker = null;
            }
        }
    }

    /** The date the facts are assessed at: that of their {@link Peildatum}, else today. */
    private static LocalDate peildatum(List<Object> facts) {
        return facts.stream().filter(Peildatum.class::isInstance).map(f -> ((Peildatum) f).date())
                .findFirst().orElseGet(LocalDate::now);
    }

    /**
     * The name of the rule a failure belongs to: the one Drools names for a failing condition, else the one firing;
     * {@code null} when neither is known.
     */
    private static String failingRule(Throwable e, Match firing) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return firing == null ? null : firing.getRule().getName();
    }

    /** A run that failed, for a problem concerning {@code rules}. */
    private static RuleSetException failed(RuleBase ruleBase, Code code, List<String> rules, String message) {
        return RuleSetException.whileRunning(ruleBase.id(), List.of(RuleProblem.whileRunning(code, rules, message)));
    }

    /** "rule 'name'", as the messages quote a rule. */
    private static String quoted(String rule) {
        return "rule '" + rule + "'";
    }

    /** What went wrong, in one line: the innermost cause, without Drools' wrapping. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().strip().replaceAll("\\s*\\n\\s*", " ");
        if (root instanceof StackOverflowError) {
            return "its code recursed too deeply (StackOverflowError)";
        }
        if (root instanceof OutOfMemoryError) {
            return "its code needed more memory than there is (OutOfMemoryError" + message + ")";
        }
        return root.getClass().getSimpleName() + message;
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
