package nl.koers.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The one way a date is written in everything Koers reads: portfolios, scenarios and command-line options.
 * Strictly {@code uuuu-MM-dd}: 2018-02-30 is no date, and neither is 2018-2-3.
 */
public final class IsoDates {

    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IsoDates() {
    }

    /**
     * The date {@code text} writes.
     *
     * @throws DateTimeParseException when it is not a date written as {@code uuuu-MM-dd}
     */
    public static LocalDate parse(String text) {
        return LocalDate.parse(text, STRICT);
    }
}
