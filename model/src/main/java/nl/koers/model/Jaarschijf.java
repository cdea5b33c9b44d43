package nl.koers.model;

import java.math.BigDecimal;

/**
 * The budget slice of one year (jaarschijf). Any of the three amounts may be unknown ({@code null});
 * when all three are given, {@code unspent} must equal {@code budgeted - realised}.
 *
 * @param year        the budget year
 * @param budgeted    begroot, ≥ 0
 * @param realised    gerealiseerd (or the prognose when {@code forecast}); may be negative (refunds)
 * @param unspent     the balance (saldo), ≥ 0, when only that is known
 * @param fromReserve funded from the prestatie's reserve
 * @param continues   the work this money was for runs on into next year
 * @param forecast    {@code realised}/{@code unspent} are a prognose (monitor), not final
 */
public record Jaarschijf(int year, BigDecimal budgeted, BigDecimal realised, BigDecimal unspent,
                         boolean fromReserve, boolean continues, boolean forecast) {

    public Jaarschijf {
        if (year < 1900 || year > 2199) {
            throw new IllegalArgumentException("year " + year + " lies outside 1900 .. 2199");
        }
        Checks.requireNonNegative(budgeted, "budgeted of jaarschijf " + year);
        Checks.requireAmount(realised, "realised of jaarschijf " + year);
        Checks.requireNonNegative(unspent, "unspent of jaarschijf " + year);
        if (budgeted == null && realised != null && unspent != null && realised.add(unspent).signum() < 0) {
            throw new IllegalArgumentException("realised " + realised.toPlainString() + " and unspent "
                    + unspent.toPlainString() + " of jaarschijf " + year + " imply a negative budget of "
                    + realised.add(unspent).toPlainString());
        }
        if (budgeted != null && realised != null && unspent != null
                && budgeted.subtract(realised).compareTo(unspent) != 0) {
            throw new IllegalArgumentException("unspent of jaarschijf " + year + " is " + unspent.toPlainString()
                    + " but budgeted - realised is " + budgeted.subtract(realised).toPlainString()
                    + "; give two of the three, or make them agree");
        }
    }
}
