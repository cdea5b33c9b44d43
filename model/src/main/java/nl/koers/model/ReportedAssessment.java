package nl.koers.model;

import java.time.LocalDate;

/**
 * The owner's own judgement as a page gives it ("Toelichting op voortgang: Geen afwijking", "Inhoud G,
 * Financiën O"). For an action only {@code status} is given, for a prestatie only the colours. The rules take it
 * as evidence where no measurement exists and report a {@link Disagreement} where they conclude otherwise.
 *
 * @param status  an action's reported status, or {@code null}
 * @param content a prestatie's reported content colour, or {@code null}
 * @param money   a prestatie's reported money colour, or {@code null}
 * @param date    when it was reported, optional
 * @param text    the words of the page, optional
 * @param source  the document, optional
 * @param by      who reported it, optional
 */
public record ReportedAssessment(Status status, Colour content, Colour money, LocalDate date, String text,
                                 String source, String by) {

    public ReportedAssessment {
        Checks.requireDate(date, "reported.date");
        if (status == null && content == null && money == null) {
            throw new IllegalArgumentException("a reported assessment needs a status, or a content or money colour");
        }
    }

    /**
     * Where the report comes from, for explanations: source, by and date as given, joined with ", "; {@code null}
     * when none is given (an explanation then says the source is unknown).
     */
    public String attribution() {
        String joined = java.util.stream.Stream.of(source, by, date == null ? null : date.toString())
                .filter(s -> s != null && !s.isBlank()).collect(java.util.stream.Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }
}
