package nl.koers.model;

import java.util.List;
import java.util.Optional;

/**
 * The budget of a prestatie: its jaarschijven, in euros.
 *
 * @param currency only "EUR" in format version 1
 * @param slices   at most one per year
 */
public record Budget(String currency, List<Jaarschijf> slices) {

    public static final String EUR = "EUR";

    public Budget {
        currency = currency == null ? EUR : currency;
        if (!EUR.equals(currency)) {
            throw new IllegalArgumentException("currency '" + currency + "' is not supported; only EUR in koers/v1");
        }
        slices = Checks.copy(slices);
        Checks.requireUnique(slices, Jaarschijf::year, "Jaarschijf");
    }

    public Optional<Jaarschijf> slice(int year) {
        return slices.stream().filter(s -> s.year() == year).findFirst();
    }
}
