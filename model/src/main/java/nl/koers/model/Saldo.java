package nl.koers.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The balance (saldo) of the reporting year's jaarschijf, with every figure that can be derived from
 * what the file gives; unknown figures are {@code null}.
 *
 * @param year           the jaarschijf's year
 * @param budgeted       begroot, given or derived as {@code realised + unspent}
 * @param realised       gerealiseerd, given or derived as {@code budgeted - unspent}
 * @param unspent        the money left over, given or derived as {@code budgeted - realised} (0 on an overspend)
 * @param overspend      {@code realised - budgeted} when positive, else 0
 * @param deviation      {@code |budgeted - realised|}
 * @param deviationShare {@code deviation / budgeted}, e.g. 0.05 for 5 %; {@code null} when nothing was budgeted
 * @param fromReserve    the jaarschijf is funded from {@code reserve}
 * @param continues      the work runs on into next year
 * @param forecast       the figures are a prognose
 * @param reserve        the prestatie's reserve, or {@code null}
 */
public record Saldo(int year, BigDecimal budgeted, BigDecimal realised, BigDecimal unspent, BigDecimal overspend,
                    BigDecimal deviation, BigDecimal deviationShare, boolean fromReserve, boolean continues,
                    boolean forecast, String reserve) {

    /** The saldo of {@code slice}, funded from {@code reserve} when the slice says so. */
    public static Saldo of(Jaarschijf slice, String reserve) {
        BigDecimal budgeted = slice.budgeted();
        BigDecimal realised = slice.realised();
        if (budgeted == null && realised != null && slice.unspent() != null) {
            budgeted = realised.add(slice.unspent());
        }
        if (realised == null && budgeted != null && slice.unspent() != null) {
            realised = budgeted.subtract(slice.unspent());
        }
        BigDecimal unspent = slice.unspent();
        BigDecimal overspend = null;
        BigDecimal deviation = null;
        BigDecimal share = null;
        if (budgeted != null && realised != null) {
            BigDecimal difference = budgeted.subtract(realised);
            unspent = unspent != null ? unspent : difference.max(BigDecimal.ZERO);
            overspend = difference.negate().max(BigDecimal.ZERO);
            deviation = difference.abs();
            share = budgeted.signum() == 0 ? null : deviation.divide(budgeted, MathContext.DECIMAL64);
        }
        return new Saldo(slice.year(), budgeted, realised, unspent, overspend, deviation, share,
                slice.fromReserve(), slice.continues(), slice.forecast(), slice.fromReserve() ? reserve : null);
    }

    /** More was realised than budgeted. */
    public boolean overspent() {
        return overspend != null && overspend.signum() > 0;
    }

    /** The money left over is known (given, or derived from budgeted and realised). */
    public boolean balanceKnown() {
        return unspent != null;
    }

    /** Money is left over. */
    public boolean leftOver() {
        return unspent != null && unspent.signum() > 0;
    }
}
