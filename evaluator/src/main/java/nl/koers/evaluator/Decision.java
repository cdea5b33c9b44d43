package nl.koers.evaluator;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import nl.koers.model.Action;
import nl.koers.model.Finding;
import nl.koers.model.GsMandaat;
import nl.koers.model.Peildatum;
import nl.koers.model.Performance;
import nl.koers.model.MoneyDeviation;
import nl.koers.model.Saldo;
import nl.koers.model.TargetProgress;

/**
 * A finding together with the rule that made it and the facts that rule matched.
 *
 * @param finding the verdict
 * @param rule    the name of the rule that inserted it
 * @param facts   the facts the rule matched, in pattern order (model records, or lists for accumulations)
 * @param <F>     the kind of finding
 */
public record Decision<F extends Finding>(F finding, String rule, List<Object> facts) {

    public Decision {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(rule, "rule");
        facts = List.copyOf(facts);
    }

    /** Short names of the facts matched, e.g. "target 1b" or "jaarschijf 2018", for reports. */
    public List<String> factNames() {
        return facts.stream().map(Decision::name).toList();
    }

    private static String name(Object fact) {
        if (fact instanceof TargetProgress p) {
            return "target " + p.targetId();
        }
        if (fact instanceof Action a) {
            return "action " + a.id();
        }
        if (fact instanceof Saldo s) {
            return "jaarschijf " + s.year();
        }
        if (fact instanceof MoneyDeviation d) {
            // the deviation is the jaarschijf read on the chosen basis: name it as the jaarschijf it comes from
            return "jaarschijf " + d.saldo().year();
        }
        if (fact instanceof GsMandaat m) {
            return "GS mandate " + m.limit().toPlainString();
        }
        if (fact instanceof Performance p) {
            return "prestatie " + p.code();
        }
        if (fact instanceof Peildatum p) {
            return "peildatum " + p.date();
        }
        if (fact instanceof Finding f) {
            return f.getClass().getSimpleName();
        }
        if (fact instanceof Collection<?> c) {
            return c.toString();
        }
        return String.valueOf(fact);
    }
}
