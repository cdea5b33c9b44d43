package nl.koers.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The budget slice of one year (jaarschijf). Any of the three amounts may be unknown ({@code null});
 * when all three are given, {@code unspent} must equal {@code budgeted - realised}.
 *
 * @param year        the budget year
 * @param budgeted    begroot, ≥ 0
 * @param realised    gerealiseerd (or the prognose when {@code forecast}); may be negative (refunds)
 * @param unspent     the balance (saldo), ≥ 0, when only that is known
 * @param fromReserve funded from the prestatie's reserve; {@code null} when the page does not say (not stated is
 *                    not false)
 * @param continues   the work this money was for runs on into next year; {@code null} when the page does not say
 * @param forecast    {@code realised}/{@code unspent} are a prognose (monitor), not final
 * @param line        the budget line: {@link #EXPLOITATIE} (the default), {@link #INVESTERING} or a named line;
 *                    unique per (year, line)
 * @param overspend   realised - budgeted, ≥ 0, when only that difference is known ("tekort € 7,342 mln")
 * @param income      the baten begroot and gerealiseerd, or {@code null}
 * @param continuesInto the phasing of continuing work: the years (and amounts) the money left over runs into;
 *                    empty means the year after
 * @param funding     the sources that fund this line (reserve, result, another beleidsdoel)
 * @param proMemorie  the amounts the page gives as "p.m." (pro memorie: not yet quantified), by field name
 *                    ({@code budgeted}, {@code realised}); those amounts are {@code null}
 */
public record Jaarschijf(int year, BigDecimal budgeted, BigDecimal realised, BigDecimal unspent,
                         Boolean fromReserve, Boolean continues, boolean forecast, String line, BigDecimal overspend,
                         Baten income, List<BudgetPart> continuesInto, List<Funding> funding, Set<String> proMemorie) {

    /** The default line: the exploitatie (lasten and baten of the year). */
    public static final String EXPLOITATIE = "exploitatie";
    /** The investment line (kredieten); BBV: investeringen are activated, not lasten of the year. */
    public static final String INVESTERING = "investering";

    /** The first year of a jaarschijf: the first year a date may lie in. */
    public static final int FIRST_YEAR = 1900;
    /**
     * The last year of a jaarschijf: one before the last year a date may lie in, since a budget change moves the
     * money to the jaarschijf of the year after, and that year must be one the format holds too.
     */
    public static final int LAST_YEAR = 2198;

    /** A koers/v1 jaarschijf of the exploitatie, the flags stated. */
    public Jaarschijf(int year, BigDecimal budgeted, BigDecimal realised, BigDecimal unspent,
                      boolean fromReserve, boolean continues, boolean forecast) {
        this(year, budgeted, realised, unspent, Boolean.valueOf(fromReserve), Boolean.valueOf(continues), forecast,
                null, null, null, null, null, null);
    }

    public Jaarschijf {
        line = line == null || line.isBlank() ? EXPLOITATIE : line;
        continuesInto = continuesInto == null ? List.of() : List.copyOf(continuesInto);
        funding = funding == null ? List.of() : List.copyOf(funding);
        proMemorie = proMemorie == null ? Set.of() : Set.copyOf(proMemorie);
        Checks.requireNonNegative(overspend, "overspend of jaarschijf " + year);
        if (overspend != null && overspend.signum() > 0 && unspent != null && unspent.signum() > 0) {
            throw new IllegalArgumentException("jaarschijf " + year + " has both unspent " + unspent.toPlainString()
                    + " and overspend " + overspend.toPlainString() + "; give one of them");
        }
        if (overspend != null && budgeted != null && realised != null
                && realised.subtract(budgeted).max(BigDecimal.ZERO).compareTo(overspend) != 0) {
            throw new IllegalArgumentException("overspend of jaarschijf " + year + " is " + overspend.toPlainString()
                    + " but realised - budgeted is " + realised.subtract(budgeted).toPlainString()
                    + "; give two of the three, or make them agree");
        }
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

    /** The page states that the money comes from the reserve. */
    public boolean fromReserveStated() {
        return fromReserve != null;
    }

    /** The page states whether the work continues. */
    public boolean continuesStated() {
        return continues != null;
    }
}
