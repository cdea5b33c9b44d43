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

    /** The first year of a jaarschijf: the first year a date may lie in. */
    public static final int FIRST_YEAR = 1900;
    /**
     * The last year of a jaarschijf: one before the last year a date may lie in, since a budget change moves the
     * money to the jaarschijf of the year after, and that year must be one the format holds too.
     */
    public static final int LAST_YEAR = 2198;

    public Jaarschijf {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year " + year + " lies outside " + FIRST_YEAR + " .. " + LAST_YEAR);
        }
        Checks.requireNonNegative(budgeted, "budgeted of jaarschijf " + year);
        Checks.requireAmount(realised, "realised of jaarschijf " + year);
        Checks.requireNonNegative(unspent, "unspent of jaarschijf " + year);
        if (budgeted == null && realised != null && unspent != null && realised.add(unspent).signum() < 0) {
            throw new IllegalArgumentException("realised " + realised.toPlainString() + " and unspent "
                    + unspent.toPlainString() + " of jaarschijf " + year + " imply a negative budget of "
                    + realised.add(unspent).toPlainString());
        }
        // the saldo derives budgeted as realised + unspent, and unspent as budgeted - realised: those stay amounts too
        if (budgeted == null && realised != null && unspent != null) {
            Checks.requireAmount(realised.add(unspent), "budgeted of jaarschijf " + year + ", realised "
                    + realised.toPlainString() + " + unspent " + unspent.toPlainString() + ",");
        }
        if (budgeted != null && realised != null) {
            Checks.requireAmount(budgeted.subtract(realised), "the balance of jaarschijf " + year + ", budgeted "
                    + budgeted.toPlainString() + " - realised " + realised.toPlainString() + ",");
        }
        if (budgeted != null && realised != null && unspent != null
                && budgeted.subtract(realised).compareTo(unspent) != 0) {
            throw new IllegalArgumentException("unspent of jaarschijf " + year + " is " + unspent.toPlainString()
                    + " but budgeted - realised is " + budgeted.subtract(realised).toPlainString()
                    + "; give two of the three, or make them agree");
        }
    }
}
