package nl.koers.model;

import java.math.BigDecimal;

/**
 * The part of a budget change, or of continuing work's money, that goes to one year ("€ 0,9 mln naar 2022").
 *
 * @param year   the jaarschijf the money goes to
 * @param amount in euros, ≥ 0; {@code null} in a portfolio's phasing when the page gives only the year
 */
public record BudgetPart(int year, BigDecimal amount) {

    public BudgetPart {
        if (year < Jaarschijf.FIRST_YEAR || year > Jaarschijf.LAST_YEAR + 1) {
            throw new IllegalArgumentException("year " + year + " lies outside " + Jaarschijf.FIRST_YEAR + " .. "
                    + (Jaarschijf.LAST_YEAR + 1));
        }
        Checks.requireNonNegative(amount, "the amount for " + year);
    }
}
