package nl.koers.evaluator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rule with a validity date (geldig vanaf / geldig tot): Drools' {@code date-effective} and {@code date-expires},
 * in DRL or as the DATE-EFFECTIVE and DATE-EXPIRES columns of a decision table. A rule is in force on a day
 * when {@code from <= day < to}: {@code to} is the first day it no longer applies.
 *
 * @param rule the rule's name
 * @param from the first day the rule is in force, or {@code null} when it has no start
 * @param to   the first day the rule is no longer in force, or {@code null} when it does not end
 */
public record DatedRule(String rule, LocalDate from, LocalDate to) {

    public DatedRule {
        Objects.requireNonNull(rule, "rule");
    }

    /** Whether the rule is in force on {@code day}. */
    public boolean inForceAt(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
    }
}
