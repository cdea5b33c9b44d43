package nl.koers.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date a portfolio is assessed at, and the budget year reported on.
 *
 * @param date          the peildatum
 * @param reportingYear the year of the jaarschijf reported on
 * @param code          the prestatie's code, for explanations
 */
public record Peildatum(LocalDate date, int reportingYear, String code) {

    public Peildatum {
        Objects.requireNonNull(date, "date");
    }
}
