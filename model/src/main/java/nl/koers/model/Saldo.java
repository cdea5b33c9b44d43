package nl.koers.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;

/**
 * The balance (saldo) of one line of the reporting year's jaarschijf, with every figure that can be derived from
 * what the file gives; unknown figures are {@code null}. There is one per (reporting year, line).
 *
 * @param year           the jaarschijf's year
 * @param budgeted       lasten begroot, given or derived as {@code realised + unspent} (or {@code realised - overspend})
 * @param realised       lasten gerealiseerd, given or derived as {@code budgeted - unspent} (or {@code budgeted + overspend})
 * @param unspent        the money left over, given or derived as {@code budgeted - realised} (0 on an overspend)
 * @param overspend      {@code realised - budgeted} when positive, else 0; given on its own when only that is known
 * @param deviation      the money colour's deviation {@code |budgeted - realised|} on the {@code basis}; {@code null}
 *                       when unknown, and on every line but the colour line (one money colour per prestatie)
 * @param deviationShare {@code deviation / budgeted} on the basis, e.g. 0.05 for 5 %; {@code null} when nothing
 *                       was budgeted
 * @param fromReserve    the page states the line is funded from {@code reserve} (false when it does not say)
 * @param continues      the page states the work runs on into next year (false when it does not say)
 * @param forecast       the figures are a prognose
 * @param reserve        the prestatie's reserve, or {@code null}
 * @param line           the budget line (exploitatie, investering, or a named line)
 * @param colourLine     the line the money colour is decided on: the exploitatie, or the only line
 * @param basis          what {@code deviation} compares: lasten, baten or saldo; {@code null} when the rules have
 *                       not (yet) chosen, which compares the lasten, as koers/v1 did
 * @param income         the baten, or {@code null}
 * @param document       the kind of document assessed, or {@code null} when the portfolio does not say
 * @param fromReserveStated the page states whether the line is funded from the reserve
 * @param continuesStated   the page states whether the work continues
 * @param funding        the sources that fund this line
 * @param continuesInto  the phasing of continuing work (empty: the year after)
 * @param proMemorie     the amounts given as p.m.
 */
public record Saldo(int year, BigDecimal budgeted, BigDecimal realised, BigDecimal unspent, BigDecimal overspend,
                    BigDecimal deviation, BigDecimal deviationShare, boolean fromReserve, boolean continues,
                    boolean forecast, String reserve, String line, boolean colourLine, MoneyBasis basis,
                    Baten income, DocumentKind document, boolean fromReserveStated, boolean continuesStated,
                    List<Funding> funding, List<BudgetPart> continuesInto, Set<String> proMemorie) {

    public Saldo {
        line = line == null ? Jaarschijf.EXPLOITATIE : line;
        funding = funding == null ? List.of() : List.copyOf(funding);
        continuesInto = continuesInto == null ? List.of() : List.copyOf(continuesInto);
        proMemorie = proMemorie == null ? Set.of() : Set.copyOf(proMemorie);
    }

    /** The koers/v1 saldo: the exploitatie, its flags stated, the colour on the lasten. */
    public Saldo(int year, BigDecimal budgeted, BigDecimal realised, BigDecimal unspent, BigDecimal overspend,
                 BigDecimal deviation, BigDecimal deviationShare, boolean fromReserve, boolean continues,
                 boolean forecast, String reserve) {
        this(year, budgeted, realised, unspent, overspend, deviation, deviationShare, fromReserve, continues,
                forecast, reserve, null, true, null, null, null, true, true, null, null, null);
    }

    /** The saldo of {@code slice}, funded from {@code reserve} when the slice says so; the money colour's line. */
    public static Saldo of(Jaarschijf slice, String reserve) {
        return of(slice, reserve, null, true);
    }

    /**
     * The saldo of {@code slice} in a {@code document} (or {@code null}); only the {@code colourLine} carries the
     * money colour's deviation, so a prestatie with several lines still gets one money colour.
     */
    public static Saldo of(Jaarschijf slice, String reserve, DocumentKind document, boolean colourLine) {
        BigDecimal budgeted = slice.budgeted();
        BigDecimal realised = slice.realised();
        BigDecimal unspent = slice.unspent();
        BigDecimal given = slice.overspend();
        if (budgeted == null && realised != null && unspent != null) {
            budgeted = realised.add(unspent);
        }
        if (realised == null && budgeted != null && unspent != null) {
            realised = budgeted.subtract(unspent);
        }
        if (given != null && budgeted == null && realised != null) {
            budgeted = realised.subtract(given).max(BigDecimal.ZERO);
        }
        if (given != null && realised == null && budgeted != null) {
            realised = budgeted.add(given);
        }
        BigDecimal overspend = given;
        if (budgeted != null && realised != null) {
            BigDecimal difference = budgeted.subtract(realised);
            unspent = unspent != null ? unspent : difference.max(BigDecimal.ZERO);
            overspend = difference.negate().max(BigDecimal.ZERO);
        } else if (given != null && given.signum() > 0) {
            // only the difference is known ("tekort € 7,342 mln"): nothing is left over
            unspent = BigDecimal.ZERO;
        }
        boolean fromReserve = Boolean.TRUE.equals(slice.fromReserve());
        Saldo lasten = new Saldo(slice.year(), budgeted, realised, unspent, overspend, null, null, fromReserve,
                Boolean.TRUE.equals(slice.continues()), slice.forecast(), fromReserve ? reserve : null, slice.line(),
                colourLine, MoneyBasis.LASTEN, slice.income(), document, slice.fromReserveStated(),
                slice.continuesStated(), slice.funding(), slice.continuesInto(), slice.proMemorie());
        return colourLine ? lasten.deviationOn(MoneyBasis.LASTEN, null) : lasten;
    }

    /**
     * This saldo with the money colour's deviation on {@code basis}: lasten, baten, or the saldo (lasten minus baten,
     * the net cost). The lasten figures, which decide the budget change, stay as they are. On baten or saldo with
     * nothing budgeted on that basis there is no share and no deviation to judge: the colour is undetermined.
     */
    public Saldo on(MoneyBasis basis) {
        return deviationOn(java.util.Objects.requireNonNull(basis, "basis"), basis);
    }

    private Saldo deviationOn(MoneyBasis figures, MoneyBasis basis) {
        BigDecimal b = basisBudgeted(figures);
        BigDecimal r = basisRealised(figures);
        BigDecimal deviation = null;
        BigDecimal share = null;
        if (colourLine && b != null && r != null && (figures == MoneyBasis.LASTEN || b.signum() != 0)) {
            deviation = b.subtract(r).abs();
            share = b.signum() == 0 ? null : deviation.divide(b.abs(), MathContext.DECIMAL64);
        }
        return new Saldo(year, budgeted, realised, unspent, overspend, deviation, share, fromReserve, continues,
                forecast, reserve, line, colourLine, basis, income, document, fromReserveStated, continuesStated,
                funding, continuesInto, proMemorie);
    }

    /** What was budgeted on {@code basis}; {@code null} when unknown. */
    public BigDecimal basisBudgeted(MoneyBasis basis) {
        return switch (basis == null ? MoneyBasis.LASTEN : basis) {
            case LASTEN -> budgeted;
            case BATEN -> income == null ? null : income.budgeted();
            case SALDO -> budgeted == null || income == null || income.budgeted() == null ? null
                    : budgeted.subtract(income.budgeted());
        };
    }

    /** What was realised on {@code basis}; {@code null} when unknown. */
    public BigDecimal basisRealised(MoneyBasis basis) {
        return switch (basis == null ? MoneyBasis.LASTEN : basis) {
            case LASTEN -> realised;
            case BATEN -> income == null ? null : income.realised();
            case SALDO -> realised == null || income == null || income.realised() == null ? null
                    : realised.subtract(income.realised());
        };
    }

    /** What was budgeted on this saldo's basis, for the money colour's explanation. */
    public BigDecimal colourBudgeted() {
        return basisBudgeted(basis);
    }

    /** What was realised on this saldo's basis, for the money colour's explanation. */
    public BigDecimal colourRealised() {
        return basisRealised(basis);
    }

    /**
     * The explanation key of a money colour band on this saldo: {@code money.band}, with the basis when it is not
     * the lasten ({@code money.band.baten}), and {@code .forecast} on a prognose, so a forecast is never called
     * "gerealiseerd".
     */
    public String bandKey() {
        return "money.band" + basisSuffix() + (forecast ? ".forecast" : "");
    }

    /** The explanation key of a money colour that cannot be judged: p.m. amounts, or unknown figures. */
    public String unknownKey() {
        if (!proMemorie.isEmpty()) {
            return "money.pro-memorie";
        }
        return "money.unknown" + basisSuffix() + (forecast ? ".forecast" : "");
    }

    private String basisSuffix() {
        return basis == null || basis == MoneyBasis.LASTEN ? "" : "." + basis.code();
    }

    /** Written during the year it reports on (voorjaarsnota, monitor, najaarsnota). */
    public boolean inYear() {
        return document != null && document.inYear();
    }

    /** Written after the year: the jaarverslag. */
    public boolean jaarverslag() {
        return document == DocumentKind.JAARVERSLAG;
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
