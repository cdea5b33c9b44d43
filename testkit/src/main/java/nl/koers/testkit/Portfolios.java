package nl.koers.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.koers.model.Bound;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Measurement;
import nl.koers.model.ReportingPeriod;

/**
 * Where test portfolios start: a prestatie, an action or one of its parts, built with the model's own
 * constructors so that every check of the model still applies.
 *
 * <pre>{@code
 * Portfolio portfolio = Portfolios.prestatie("5.4.2").peildatum(HALFWAY)
 *         .action("1", a -> a.target(atLeast("1a", "100")).measured("1a", HALFWAY, "50"))
 *         .jaarschijf(2018, "100000", "90000", null)
 *         .build();
 * }</pre>
 *
 * Amounts are written as strings ({@code "100000.00"}) so that a test says exactly which scale it means;
 * {@code null} is an unknown amount.
 */
public final class Portfolios {

    private Portfolios() {
    }

    /** A prestatie with {@code code}, titled "Internationaliseren", over the year 2018, with nothing in it yet. */
    public static PortfolioBuilder prestatie(String code) {
        return new PortfolioBuilder(code);
    }

    /** An action with {@code id}, titled "Actie {@code id}", with no targets yet. */
    public static ActionBuilder action(String id) {
        return new ActionBuilder(id);
    }

    /** The calendar year {@code year} as a reporting period. */
    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** An exact figure for a quantity or monitoring target, without a source. */
    public static Measurement measured(String target, LocalDate date, String value) {
        return measured(target, date, value, Bound.EXACT);
    }

    /** A figure for a quantity or monitoring target, without a source. */
    public static Measurement measured(String target, LocalDate date, String value, Bound bound) {
        return new Measurement(target, date, amount(value), bound, null, null, null);
    }

    /** Whether a milestone happened, reported on {@code date}. */
    public static Measurement done(String target, LocalDate date, boolean done) {
        return new Measurement(target, date, null, null, done, null, null);
    }

    /** A jaarschijf that is neither funded from the reserve, nor continued, nor a prognose. */
    public static Jaarschijf jaarschijf(int year, String budgeted, String realised, String unspent) {
        return jaarschijf(year, budgeted, realised, unspent, false, false);
    }

    /** A final jaarschijf (no prognose) with the two flags the budget rules read. */
    public static Jaarschijf jaarschijf(int year, String budgeted, String realised, String unspent,
                                        boolean fromReserve, boolean continues) {
        return new Jaarschijf(year, amount(budgeted), amount(realised), amount(unspent), fromReserve, continues, false);
    }

    /** {@code euros} as a decimal with the scale it is written with; {@code null} stays unknown. */
    public static BigDecimal amount(String euros) {
        return euros == null ? null : new BigDecimal(euros);
    }
}
