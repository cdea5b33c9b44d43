package nl.koers.model;

import java.util.List;
import java.util.Optional;

/**
 * The budget of a prestatie: its jaarschijven, in euros.
 *
 * @param currency only "EUR" in format version 1
 * @param slices   at most one per (year, line)
 * @param reallocations intended budget-neutral shifts to or from other prestaties
 * @param changes  the budget changes the page itself records, to compare with the rules'
 */
public record Budget(String currency, List<Jaarschijf> slices, List<Reallocation> reallocations,
                     List<ReportedChange> changes) {

    /** A koers/v1 budget: slices only. */
    public Budget(String currency, List<Jaarschijf> slices) {
        this(currency, slices, null, null);
    }

    public static final String EUR = "EUR";

    public Budget {
        currency = currency == null ? EUR : currency;
        if (!EUR.equals(currency)) {
            throw new IllegalArgumentException("currency '" + currency + "' is not supported; only EUR in koers/v1");
        }
        slices = Checks.copy(slices);
        // the key stays the year for the exploitatie, so koers/v1 messages stay the same
        Checks.requireUnique(slices, s -> s.line().equals(Jaarschijf.EXPLOITATIE) ? String.valueOf(s.year())
                : s.year() + " " + s.line(), "Jaarschijf");
        reallocations = Checks.copy(reallocations);
        changes = Checks.copy(changes);
    }

    /** The exploitatie slice of {@code year}, or else the first line of that year. */
    public Optional<Jaarschijf> slice(int year) {
        List<Jaarschijf> lines = slices(year);
        return lines.stream().filter(s -> s.line().equals(Jaarschijf.EXPLOITATIE)).findFirst()
                .or(() -> lines.stream().findFirst());
    }

    /** Every line of {@code year}, in file order. */
    public List<Jaarschijf> slices(int year) {
        return slices.stream().filter(s -> s.year() == year).toList();
    }

    /**
     * The line of {@code year} the money colour is decided on: the exploitatie, or the only (or first) line. BBV:
     * investeringen are activated on the balance sheet, not lasten of the year, so an investment under-spend does
     * not colour the prestatie's money.
     */
    public Optional<String> colourLine(int year) {
        return slice(year).map(Jaarschijf::line);
    }
}
