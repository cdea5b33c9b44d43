package nl.koers.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why a rule decided what it did: a message key of the rule set's explanation texts and the
 * figures it quotes, rendered in Dutch or English by the evaluator.
 *
 * @param key     e.g. "quantity.band.at-risk"
 * @param figures the values the sentence quotes, in order (numbers, amounts, dates, texts); an
 *                unknown one is {@code null} and is rendered as such
 */
public record Reason(String key, List<Object> figures) {

    public Reason {
        Checks.requireText(key, "reason.key");
        figures = Collections.unmodifiableList(Arrays.asList(figures.toArray()));
    }

    public static Reason of(String key, Object... figures) {
        return new Reason(key, Arrays.asList(figures));
    }
}
