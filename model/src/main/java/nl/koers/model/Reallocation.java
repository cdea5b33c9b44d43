package nl.koers.model;

import java.math.BigDecimal;

/**
 * An intended, budget-neutral shift of budget between this prestatie and another ("verhogen van de lasten van 4.3.1
 * met € 3,05 mln ten laste van 4.6.10 (€ 2,4 mln) ..."). The format writes {@code from: "4.6.10"} (money comes to
 * this prestatie) or {@code to: "4.5.1"} (money leaves it); the model keeps one signed amount so a sum over the
 * list is the net change of this prestatie.
 *
 * @param performance the other prestatie's code
 * @param amount      in euros, not zero: &gt; 0 comes to this prestatie from {@code performance}, &lt; 0 goes from
 *                    this prestatie to {@code performance}
 */
public record Reallocation(String performance, BigDecimal amount) {

    public Reallocation {
        Checks.requireText(performance, "reallocation prestatie");
        Checks.requireAmount(amount, "the reallocation amount of " + performance);
        if (amount == null || amount.signum() == 0) {
            throw new IllegalArgumentException("a reallocation with " + performance + " needs an amount other than 0");
        }
    }

    /** Money comes to this prestatie. */
    public boolean incoming() {
        return amount.signum() > 0;
    }
}
