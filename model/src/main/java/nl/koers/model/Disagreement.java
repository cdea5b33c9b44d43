package nl.koers.model;

import java.util.Objects;

/**
 * Where the rules and the people responsible disagree: the verdict the rules reached and what the page reports,
 * both kept. A disagreement is a finding of its own, so that it carries the rule that found it.
 *
 * @param subject  what is disagreed on, e.g. "action 1", "content", "money" or "budget exploitatie"
 * @param computed the code of the rules' verdict, e.g. "off-track", "red" or "gs 109000"
 * @param reported the code of what the page reports
 * @param reason   why, quoting both
 */
public record Disagreement(String subject, String computed, String reported, Reason reason) implements Finding {

    public Disagreement {
        Checks.requireText(subject, "subject");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(reason, "reason");
    }
}
