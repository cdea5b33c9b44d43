package nl.koers.model;

/**
 * Why an action was dropped on purpose (vervallen).
 *
 * @param date     when, optional
 * @param decision the decision that dropped it, optional
 * @param reason   the reason given, optional
 */
public record Withdrawal(java.time.LocalDate date, String decision, String reason) {

    public Withdrawal {
        Checks.requireDate(date, "withdrawn.date");
    }
}
