package nl.koers.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The budget change (begrotingswijziging) the reporting year's jaarschijf needs.
 *
 * @param type   none, gs, ps or result-allocation
 * @param amount in euros, ≥ 0; zero for {@link ChangeType#NONE}
 * @param source the reserve the money comes from or goes back to, or {@code null} for general means (algemene middelen)
 * @param year   the jaarschijf the money moves to; {@code null} for {@link ChangeType#NONE}
 * @param reason why
 */
public record BudgetChange(ChangeType type, BigDecimal amount, String source, Integer year, Reason reason)
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
    }

    /** No change needed, because of {@code reason}. */
    public static BudgetChange none(Reason reason) {
        return new BudgetChange(ChangeType.NONE, BigDecimal.ZERO, null, null, reason);
    }
}
