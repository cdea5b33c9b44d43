package nl.koers.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A budget change the page itself records (the owner's report: "hebben wij besloten € 109.000 ..."), kept to be
 * compared with the change the rules reach on the same line; where they differ in type, decider or amount, the
 * rules find a {@link Disagreement}.
 *
 * @param type    the kind of change the page records
 * @param decider who the page says decides; {@code null} when it does not say (then not compared)
 * @param amount  in euros, ≥ 0; {@code null} when the page gives none (then not compared)
 * @param line    the budget line; default exploitatie
 * @param source  the reserve or source named, or {@code null}
 * @param parts   the amounts per target year, or empty
 * @param text    the page's own words, or {@code null}
 */
public record ReportedChange(ChangeType type, Decider decider, BigDecimal amount, String line, String source,
                             List<BudgetPart> parts, String text) {

    public ReportedChange {
        Objects.requireNonNull(type, "type");
        Checks.requireNonNegative(amount, "the amount of a recorded budget change");
        line = line == null || line.isBlank() ? Jaarschijf.EXPLOITATIE : line;
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** Whether {@code change} of the rules agrees with this record: same type, and decider and amount where given. */
    public boolean agrees(BudgetChange change) {
        return change.type() == type
                && (decider == null || decider == change.decider())
                && (amount == null || amount.compareTo(change.amount()) == 0);
    }

    /** The short code of a change, e.g. "gs gs 109000" (type, decider, amount), for a disagreement. */
    public static String code(ChangeType type, Decider decider, BigDecimal amount) {
        StringBuilder s = new StringBuilder(type.code());
        if (decider != null) {
            s.append(' ').append(decider.code());
        }
        if (amount != null && type.movesMoney()) {
            s.append(' ').append(amount.toPlainString());
        }
        return s.toString();
    }

    /** The disagreement between {@code change} of the rules and this record, subject "budget &lt;line&gt;". */
    public Disagreement disagreement(BudgetChange change) {
        String computed = code(change.type(), change.decider(), change.amount());
        String reported = code(type, decider, amount);
        return new Disagreement("budget " + line, computed, reported,
                Reason.of("budget.disagreement", line, computed, reported, text));
    }
}
