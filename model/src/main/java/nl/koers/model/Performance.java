package nl.koers.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A prestatie (policy performance) of a begroting, without its actions and budget.
 *
 * @param code            the prestatie number, e.g. "5.4.2"
 * @param title           e.g. "Internationaliseren"
 * @param organisation    the province, optional
 * @param programme       the programme the prestatie belongs to, optional
 * @param goal            the beleidsdoel, optional
 * @param portfolioHolder the verantwoordelijk portefeuillehouder, optional
 * @param role            the role of the province, optional
 * @param duration        the looptijd, optional
 * @param reserve         the name of the funding reserve, optional
 * @param decision        the investeringsvoorstel or besluit, optional
 * @param period          the period reported on
 * @param asOf            the peildatum, optional: {@link #peildatum()} defaults it to the period's end
 */
public record Performance(String code, String title, String organisation, String programme, String goal,
                          String portfolioHolder, Role role, Looptijd duration, String reserve, String decision,
                          ReportingPeriod period, LocalDate asOf) {

    public Performance {
        Checks.requireText(code, "performance.code");
        Checks.requireText(title, "performance.title");
        Objects.requireNonNull(period, "performance.period");
        Checks.requireDate(asOf, "performance.asOf");
    }

    /** The peildatum: {@code asOf} when given, else the end of the period. */
    public LocalDate peildatum() {
        return asOf != null ? asOf : period.end();
    }
}
