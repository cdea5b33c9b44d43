package nl.koers.model;

import java.math.BigDecimal;

/**
 * One source that funds (part of) a budget line: a reserve, the result, or another beleidsdoel ("€ 309.000 uit de
 * reserve, € 108.000 van een ander beleidsdoel").
 *
 * @param source the reserve, beleidsdoel or other source, as the page names it
 * @param amount in euros, ≥ 0; {@code null} when the page names the source only
 */
public record Funding(String source, BigDecimal amount) {

    public Funding {
        Checks.requireText(source, "funding.source");
        Checks.requireNonNegative(amount, "the funding amount of " + source);
    }
}
