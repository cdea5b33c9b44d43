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
 * @param document        the kind of document the portfolio is written from, optional
 * @param reported        the owner's own judgement of the prestatie's colours, optional
 * @param override        the final colours set by the person responsible, optional
 */
public record Performance(String code, String title, String organisation, String programme, String goal,
                          String portfolioHolder, Role role, Looptijd duration, String reserve, String decision,
                          ReportingPeriod period, LocalDate asOf, DocumentKind document,
                          ReportedAssessment reported, StatusOverride override) {

    public Performance {
        Checks.requireText(code, "performance.code");
        Checks.requireText(title, "performance.title");
        Objects.requireNonNull(period, "performance.period");
        Checks.requireDate(asOf, "performance.asOf");
        if (reported != null && reported.status() != null) {
            throw new IllegalArgumentException("a prestatie is reported with colours (content, money), not a status");
        }
        if (override != null && override.status() != null) {
            throw new IllegalArgumentException("a prestatie's override sets colours (content, money), not a status");
        }
    }

    /** A prestatie as format version 1 first wrote it, without document, report or override. */
    public Performance(String code, String title, String organisation, String programme, String goal,
                       String portfolioHolder, Role role, Looptijd duration, String reserve, String decision,
                       ReportingPeriod period, LocalDate asOf) {
        this(code, title, organisation, programme, goal, portfolioHolder, role, duration, reserve, decision, period,
                asOf, null, null, null);
    }

    /** The peildatum: {@code asOf} when given, else the end of the period. */
    public LocalDate peildatum() {
        return asOf != null ? asOf : period.end();
    }
}
