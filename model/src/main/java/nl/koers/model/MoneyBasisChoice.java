package nl.koers.model;

import java.util.Objects;

/**
 * The analyst's choice of what the money colour compares (table "Geldkleur-grondslag"): inserted by the rules, one per
 * rule set, so that a folder can judge on the baten or the saldo without changing the colour bands.
 *
 * @param basis lasten, baten or saldo
 */
public record MoneyBasisChoice(MoneyBasis basis) {

    public MoneyBasisChoice {
        Objects.requireNonNull(basis, "basis");
    }
}
