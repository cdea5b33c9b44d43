package nl.koers.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A prestatie (policy performance) of a begroting, without its actions and budget.
 *
 * <p>Pages give several portefeuillehouders, roles, reserves or besluiten; the lists hold them all. The single
 * components of format version 1 stay, derived from the lists (the holders and decisions joined, the first role and
 * reserve), so that a caller that knows one of each keeps working. Give either or both; when both, they must agree.
 *
 * @param code             the prestatie number, e.g. "5.4.2"
 * @param title            e.g. "Internationaliseren"
 * @param organisation     the province, optional
 * @param programme        the programme the prestatie belongs to, optional
 * @param goal             the beleidsdoel, optional
 * @param portfolioHolder  the verantwoordelijk portefeuillehouder(s), joined with ", "; optional
 * @param role             the (first) role of the province, optional
 * @param duration         the looptijd, optional
 * @param reserve          the (first) funding reserve, optional
 * @param decision         the investeringsvoorstel(len) or besluit(en), joined with ", "; optional
 * @param period           the period reported on
 * @param asOf             the peildatum, optional: {@link #peildatum()} defaults it to the period's end
 * @param document         the kind of document the portfolio is written from, optional
 * @param reported         the owner's own judgement of the prestatie's colours, optional
 * @param override         the final colours set by the person responsible, optional
 * @param portfolioHolders every portefeuillehouder, in page order
 * @param roles            every role of the province, in page order
 * @param reserves         every funding reserve, in page order
 * @param decisions        every besluit, in page order
 */
public record Performance(String code, String title, String organisation, String programme, String goal,
                          String portfolioHolder, Role role, Looptijd duration, String reserve, String decision,
                          ReportingPeriod period, LocalDate asOf, DocumentKind document,
                          ReportedAssessment reported, StatusOverride override, List<String> portfolioHolders,
                          List<Role> roles, List<String> reserves, List<String> decisions) {

    /** How several holders or decisions read as one text. */
    public static final String JOIN = ", ";

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
        portfolioHolders = either(portfolioHolders, portfolioHolder, "portfolioHolder");
        roles = either(roles, role, "role");
        reserves = either(reserves, reserve, "reserve");
        decisions = either(decisions, decision, "decision");
        portfolioHolder = agreed(portfolioHolder, portfolioHolders.isEmpty() ? null : String.join(JOIN, portfolioHolders),
                "portfolioHolder");
        role = agreed(role, roles.isEmpty() ? null : roles.get(0), "role");
        reserve = agreed(reserve, reserves.isEmpty() ? null : reserves.get(0), "reserve");
        decision = agreed(decision, decisions.isEmpty() ? null : String.join(JOIN, decisions), "decision");
    }

    /** A prestatie as format version 1 first wrote it, without document, report or override. */
    public Performance(String code, String title, String organisation, String programme, String goal,
                       String portfolioHolder, Role role, Looptijd duration, String reserve, String decision,
                       ReportingPeriod period, LocalDate asOf) {
        this(code, title, organisation, programme, goal, portfolioHolder, role, duration, reserve, decision, period,
                asOf, null, null, null);
    }

    /** A prestatie with one of each holder, role, reserve and decision (document, report and override: issue 12). */
    public Performance(String code, String title, String organisation, String programme, String goal,
                       String portfolioHolder, Role role, Looptijd duration, String reserve, String decision,
                       ReportingPeriod period, LocalDate asOf, DocumentKind document,
                       ReportedAssessment reported, StatusOverride override) {
        this(code, title, organisation, programme, goal, portfolioHolder, role, duration, reserve, decision, period,
                asOf, document, reported, override, null, null, null, null);
    }

    /**
     * The content colour the owner reports, or {@code null}. For the rules: one constraint of its own, so that they
     * need not share {@code reported != null} across more rules than Drools tracks per constraint.
     */
    public Colour reportedContent() {
        return reported == null ? null : reported.content();
    }

    /** The money colour the owner reports, or {@code null}; see {@link #reportedContent()}. */
    public Colour reportedMoney() {
        return reported == null ? null : reported.money();
    }

    /** The peildatum: {@code asOf} when given, else the end of the period. */
    public LocalDate peildatum() {
        return asOf != null ? asOf : period.end();
    }

    /** The list, or the single value as a list of one; both given and not the same list is refused. */
    private static <T> List<T> either(List<T> list, T single, String field) {
        List<T> copy = Checks.copy(list);
        if (copy.isEmpty()) {
            return single == null ? List.of() : List.of(single);
        }
        if (copy.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("performance." + field + " lists an empty value: " + copy);
        }
        return copy;
    }

    /** The value derived from the list; a single value given as well must be that value. */
    private static <T> T agreed(T given, T derived, String field) {
        if (given != null && !given.equals(derived)) {
            throw new IllegalArgumentException("performance." + field + " is given as '" + given + "' and as a list "
                    + "that reads '" + derived + "'; give one of them");
        }
        return derived;
    }
}
