package nl.koers.model;

import java.math.BigDecimal;

/**
 * The income (baten) of a jaarschijf: "de lasten en baten zijn met € 80.000 verhoogd (bijdragen van waterschappen
 * en gemeenten)". Either amount may be unknown ({@code null}).
 *
 * @param budgeted baten begroot, ≥ 0
 * @param realised baten gerealiseerd (or the prognose on a forecast slice), ≥ 0
 */
public record Baten(BigDecimal budgeted, BigDecimal realised) {

    public Baten {
        Checks.requireNonNegative(budgeted, "income.budgeted");
        Checks.requireNonNegative(realised, "income.realised");
    }
}
