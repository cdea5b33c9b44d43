package nl.koers.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The budget change (begrotingswijziging) the reporting year's jaarschijf needs.
 *
 * @param type   none, gs, ps or result-allocation
 * @param amount in euros, ≥ 0; zero for {@link ChangeType#NONE}
 * @param source the reserve the money comes from or goes back to, or {@code null} for general means (algemene middelen)
 * @param year   the jaarschijf the money moves to; {@code null} for {@link ChangeType#NONE}
 * @param reason why
 * @param decider who decides it, GS or PS; {@code null} for {@link ChangeType#NONE}
 * @param line    the budget line (exploitatie, investering, or a named line) it changes; {@code null} for the
 *                prestatie as a whole
 * @param parts   the amount per target year, summing to {@code amount}; one part for {@code year} when the change
 *                moves everything to one year, none for {@link ChangeType#NONE}
 */
public record BudgetChange(ChangeType type, BigDecimal amount, String source, Integer year, Reason reason,
                           Decider decider, String line, List<BudgetPart> parts)
        implements Finding {

    public BudgetChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("budget change amount " + amount.toPlainString() + " is negative");
        }
        if (type != ChangeType.NONE && year == null) {
            throw new IllegalArgumentException("a " + type.code() + " budget change needs the year the money moves to");
        }
        parts = parts == null || parts.isEmpty()
                ? (year == null ? List.of() : List.of(new BudgetPart(year, amount)))
                : List.copyOf(parts);
        if (decider == null && type != ChangeType.NONE) {
            decider = defaultDecider(type);
        }
    }

    /** A change of the whole prestatie to one year, decided by whom its type says. */
    public BudgetChange(ChangeType type, BigDecimal amount, String source, Integer year, Reason reason) {
        this(type, amount, source, year, reason, null, null, null);
    }

    /**
     * Who decides a change of {@code type} when the rules do not say: GS their own change, PS every other (a PS
     * change, and the result allocation PS adopt with the jaarrekening).
     */
    static Decider defaultDecider(ChangeType type) {
        return switch (type) {
            case GS -> Decider.GS;
            case PS, RESULT_ALLOCATION -> Decider.PS;
            case NONE -> null;
        };
    }

    /** No change needed, because of {@code reason}. */
    public static BudgetChange none(Reason reason) {
        return new BudgetChange(ChangeType.NONE, BigDecimal.ZERO, null, null, reason);
    }

    /**
     * The change of {@code type} that {@code saldo} needs, for the budget-change table. The amount is the
     * overspend for a PS change on an overspent jaarschijf, else the money left over; it moves to the
     * jaarschijf of the year after. The reason quotes, in order: the amount, the year, the reserve, the
     * next year, budgeted and realised.
     */
    public static BudgetChange proposed(ChangeType type, Saldo saldo, String reasonKey) {
        BigDecimal amount = type == ChangeType.PS && saldo.overspent() ? saldo.overspend() : saldo.unspent();
        int next = saldo.year() + 1;
        Reason reason = Reason.of(reasonKey, amount, saldo.year(), saldo.reserve(), next, saldo.budgeted(),
                saldo.realised());
        if (type == ChangeType.NONE) {
            return none(reason);
        }
        Objects.requireNonNull(amount, () -> "a " + type.code() + " budget change of jaarschijf " + saldo.year()
                + " needs a known balance");
        return new BudgetChange(type, amount, saldo.reserve(), next, reason);
    }
}
