package nl.koers.model;

import java.time.LocalDate;

/**
 * How long a prestatie runs (looptijd): structural, a year ("2020"), a span of years ("2020/2022"), or until an end
 * date. A year is kept as its first and last day, so that "2020/2022" runs from 2020-01-01 to 2022-12-31.
 *
 * @param start the first day, or {@code null} when the page gives only an end (or nothing: structural)
 * @param end   the last day, or {@code null} when the prestatie is structural
 */
public record Looptijd(LocalDate start, LocalDate end) {

    /** A prestatie without an end (structureel). */
    public static final Looptijd STRUCTURAL = new Looptijd(null, null);

    public Looptijd {
        Checks.requireDate(start, "duration");
        Checks.requireDate(end, "duration");
        Checks.requireOrdered(start, end, "duration");
        if (start != null && end == null) {
            throw new IllegalArgumentException("a looptijd from " + start + " needs an end; a structural one has neither");
        }
    }

    /** A looptijd until {@code end}, as format version 1 first wrote it ({@code null}: structural). */
    public Looptijd(LocalDate end) {
        this(null, end);
    }

    /** The looptijd of one calendar year, as a page writes "2020". */
    public static Looptijd year(int year) {
        return years(year, year);
    }

    /** The looptijd from the first day of {@code first} to the last day of {@code last}, as a page writes "2020/2022". */
    public static Looptijd years(int first, int last) {
        return new Looptijd(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    public boolean structural() {
        return end == null;
    }
}
