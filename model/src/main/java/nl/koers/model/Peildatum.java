package nl.koers.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date a portfolio is assessed at, and the budget year reported on.
 *
 * @param date          the peildatum
 * @param reportingYear the year of the jaarschijf reported on
 * @param code          the prestatie's code, for explanations
 * @param document      the kind of document assessed, or {@code null} when the portfolio does not say
 */
public record Peildatum(LocalDate date, int reportingYear, String code, DocumentKind document) {

    public Peildatum {
        Objects.requireNonNull(date, "date");
    }

    /** A peildatum of a portfolio that does not say which document it is. */
    public Peildatum(LocalDate date, int reportingYear, String code) {
        this(date, reportingYear, code, null);
    }
}
