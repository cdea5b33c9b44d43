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
 * @param funding the sources the change is funded from ("€ 309.000 uit de reserve, € 108.000 van een ander
 *                beleidsdoel"); empty when the page names none
 * @param reallocations the shifts between prestaties this change decides; empty for a change of a line
 */
public record BudgetChange(ChangeType type, BigDecimal amount, String source, Integer year, Reason reason,
                           Decider decider, String line, List<BudgetPart> parts, List<Funding> funding,
                           List<Reallocation> reallocations)
        implements Finding {

    /** The code of a disagreement's subject and of the verdict key for a change of budget lines. */
    public static final String REALLOCATION = "reallocation";

    public BudgetChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("budget change amount " + amount.toPlainString() + " is negative");
        }
        if (year == null && parts != null && !parts.isEmpty()) {
            year = parts.get(0).year();
        }
        if (type.movesMoney() && year == null) {
            throw new IllegalArgumentException("a " + type.code() + " budget change needs the year the money moves to");
        }
        parts = parts == null || parts.isEmpty()
                ? (year == null ? List.of() : List.of(new BudgetPart(year, amount)))
                : List.copyOf(parts);
        if (decider == null && type.movesMoney()) {
            decider = defaultDecider(type);
        }
        funding = funding == null ? List.of() : List.copyOf(funding);
        reallocations = reallocations == null ? List.of() : List.copyOf(reallocations);
    }

    /** A change of one line, per target year (the issue-12 groundwork's constructor). */
    public BudgetChange(ChangeType type, BigDecimal amount, String source, Integer year, Reason reason,
                        Decider decider, String line, List<BudgetPart> parts) {
        this(type, amount, source, year, reason, decider, line, parts, null, null);
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
            case NONE, UNDETERMINED -> null;
        };
    }

    /** No change needed, because of {@code reason}. */
    public static BudgetChange none(Reason reason) {
        return new BudgetChange(ChangeType.NONE, BigDecimal.ZERO, null, null, reason);
    }

    /** The explanation keys that say "gerealiseerd" and have a ".forecast" variant that says "prognose". */
    static final java.util.Set<String> FORECAST_WORDED = java.util.Set.of("budget.ps", "budget.ps.in-year");

    /**
     * The change of {@code type} that {@code saldo} needs, for the budget-change table. The amount is the
     * overspend for a PS change on an overspent jaarschijf, else the money left over. An overspend found in a
     * document written during the year (voorjaarsnota, monitor, najaarsnota) raises the current year's budget;
     * anything else moves to the jaarschijf of the year after, or, for continuing work with a phasing
     * ({@code continuesInto}), to the years of the phasing. The reason quotes, in order: the amount, the year,
     * the reserve, the (first) target year, budgeted and realised, and the target years with their amounts.
     */
    public static BudgetChange proposed(ChangeType type, Saldo saldo, String reasonKey) {
        boolean overspend = type == ChangeType.PS && saldo.overspent();
        BigDecimal amount = overspend ? saldo.overspend() : saldo.unspent();
        boolean inYear = overspend && saldo.inYear();
        String key = inYear && reasonKey.equals("budget.ps") ? "budget.ps.in-year" : reasonKey;
        if (saldo.forecast() && FORECAST_WORDED.contains(key)) {
            key = key + ".forecast";
        }
        int target = inYear ? saldo.year() : saldo.year() + 1;
        List<BudgetPart> parts = !overspend && amount != null && type.movesMoney()
                ? phasing(saldo.continuesInto(), amount, target) : List.of();
        int first = parts.isEmpty() ? target : parts.get(0).year();
        if (parts.size() > 1) {
            key = key + ".phased";
        }
        // the years of a phasing are quoted only when there are several, so a koers/v1 reason stays as it was
        Reason reason = parts.size() > 1
                ? Reason.of(key, amount, saldo.year(), saldo.reserve(), first, saldo.budgeted(), saldo.realised(),
                        parts.stream().map(p -> p.year() + ": " + p.amount().toPlainString()).toList())
                : Reason.of(key, amount, saldo.year(), saldo.reserve(), first, saldo.budgeted(), saldo.realised());
        if (!type.movesMoney()) {
            return new BudgetChange(type, BigDecimal.ZERO, null, null, reason, null, saldo.line(), null,
                    saldo.funding(), null);
        }
        Objects.requireNonNull(amount, () -> "a " + type.code() + " budget change of jaarschijf " + saldo.year()
                + " needs a known balance");
        return new BudgetChange(type, amount, saldo.reserve(), first, reason, null, saldo.line(), parts,
                saldo.funding(), null);
    }

    /**
     * The parts per year of {@code amount} along a phasing: each year with an amount takes it, the years without
     * one share what is left equally (the last takes the rounding); without a phasing, everything to {@code year}.
     */
    static List<BudgetPart> phasing(List<BudgetPart> into, BigDecimal amount, int year) {
        if (into.isEmpty()) {
            return List.of(new BudgetPart(year, amount));
        }
        BigDecimal named = into.stream().map(BudgetPart::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long open = into.stream().filter(p -> p.amount() == null).count();
        BigDecimal left = amount.subtract(named).max(BigDecimal.ZERO);
        BigDecimal share = open == 0 ? BigDecimal.ZERO
                : left.divide(BigDecimal.valueOf(open), 2, java.math.RoundingMode.DOWN);
        List<BudgetPart> parts = new java.util.ArrayList<>();
        long seen = 0;
        for (BudgetPart p : into) {
            BigDecimal a = p.amount();
            if (a == null) {
                seen++;
                a = seen == open ? left.subtract(share.multiply(BigDecimal.valueOf(open - 1))) : share;
            }
            BigDecimal plain = a.stripTrailingZeros();
            parts.add(new BudgetPart(p.year(), plain.scale() < 0 ? plain.setScale(0) : plain));
        }
        return List.copyOf(parts);
    }

    /**
     * The budget-neutral PS change that the shifts between this prestatie and others need: Provinciale Staten
     * decide the budget per prestatie, so a shift changes it even when the total stays the same. Its amount is
     * what moves (the larger of what comes in and what goes out); during the year it changes the current year,
     * otherwise the next. The reason quotes the amount, the other prestaties, and the year.
     */
    public static BudgetChange reallocation(Peildatum peildatum, List<Reallocation> shifts) {
        BigDecimal in = shifts.stream().filter(Reallocation::incoming).map(Reallocation::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal out = shifts.stream().filter(r -> !r.incoming()).map(r -> r.amount().negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal amount = in.max(out);
        int year = peildatum.document() != null && peildatum.document().inYear()
                ? peildatum.reportingYear() : peildatum.reportingYear() + 1;
        List<String> others = shifts.stream().map(Reallocation::performance).toList();
        return new BudgetChange(ChangeType.PS, amount, null, year,
                Reason.of("budget.reallocation", amount, others, year, in, out), Decider.PS, null, null, null, shifts);
    }
}
