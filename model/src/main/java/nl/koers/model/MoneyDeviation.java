package nl.koers.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The money colour's figures of the colour line on the chosen basis ({@link MoneyBasisChoice}): a fact the rules
 * derive from the {@link Saldo} and insert, since rules never change a fact; the money-colour table (geldkleur)
 * judges it. Its {@code saldo} is {@link Saldo#on(MoneyBasis) the saldo on that basis}.
 *
 * @param saldo the colour line's saldo, its deviation on the chosen basis
 */
public record MoneyDeviation(Saldo saldo) {

    public MoneyDeviation {
        Objects.requireNonNull(saldo, "saldo");
    }

    /** The figures of {@code saldo} on {@code basis}. */
    public static MoneyDeviation of(Saldo saldo, MoneyBasis basis) {
        return new MoneyDeviation(saldo.on(basis));
    }

    /** The basis compared: lasten, baten or saldo. */
    public MoneyBasis basis() {
        return saldo.basis();
    }

    /** The jaarschijf's year. */
    public int year() {
        return saldo.year();
    }

    /** What was budgeted on the basis; {@code null} when unknown. */
    public BigDecimal budgeted() {
        return saldo.colourBudgeted();
    }

    /** What was realised on the basis; {@code null} when unknown. */
    public BigDecimal realised() {
        return saldo.colourRealised();
    }

    /** What was budgeted on the basis, for the explanation (as {@link Saldo#colourBudgeted()}). */
    public BigDecimal colourBudgeted() {
        return saldo.colourBudgeted();
    }

    /** What was realised on the basis, for the explanation (as {@link Saldo#colourRealised()}). */
    public BigDecimal colourRealised() {
        return saldo.colourRealised();
    }

    /** {@code |budgeted - realised|} on the basis; {@code null} when it cannot be judged. */
    public BigDecimal deviation() {
        return saldo.deviation();
    }

    /** {@code deviation / budgeted} on the basis; {@code null} when nothing was budgeted. */
    public BigDecimal deviationShare() {
        return saldo.deviationShare();
    }

    /** The explanation key of a money colour band: see {@link Saldo#bandKey()}. */
    public String bandKey() {
        return saldo.bandKey();
    }

    /** The explanation key of a money colour that cannot be judged: see {@link Saldo#unknownKey()}. */
    public String unknownKey() {
        return saldo.unknownKey();
    }
}
