package nl.koers.evaluator;

import java.util.List;
import java.util.Objects;
import nl.koers.model.Finding;

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
}
