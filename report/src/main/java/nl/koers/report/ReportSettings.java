package nl.koers.report;

import java.util.Objects;
import nl.koers.evaluator.Language;

/**
 * How to write a report, apart from its format. {@link #defaults(Language)} gives what an embedder usually
 * wants: one portfolio, no colour, CSV with commas and without a byte order mark,
 * JSON in version 1.
 *
 * @param messages     the language
 * @param many         a whole begroting (a folder or .jsonl) rather than one portfolio: Markdown and HTML
 *                     start with an overview of every prestatie
 * @param colour       ANSI colour in the text report: only for a person at a terminal
 * @param csvSeparator ',' or ';' (with ';' numbers get a decimal comma, as Dutch spreadsheets expect)
 * @param csvBom       start the CSV with a UTF-8 byte order mark, so that Excel reads it as UTF-8
 * @param json         the version of JSON output ({@link JsonVersion#V1} unless asked otherwise)
 */
public record ReportSettings(Messages messages, boolean many, boolean colour, char csvSeparator, boolean csvBom,
                             JsonVersion json) {

    /** Checks that there is a language and that the separator is one a spreadsheet reads. */
    public ReportSettings {
        Objects.requireNonNull(messages, "messages");
        if (csvSeparator != ',' && csvSeparator != ';') {
            throw new IllegalArgumentException("CSV separator '" + csvSeparator + "' is neither ',' nor ';'");
        }
        Objects.requireNonNull(json, "json");
    }

    /** Settings with JSON in version 1, as before there was a choice. */
    public ReportSettings(Messages messages, boolean many, boolean colour, char csvSeparator, boolean csvBom) {
        this(messages, many, colour, csvSeparator, csvBom, JsonVersion.V1);
    }

    /** These settings with JSON written in {@code version}. */
    public ReportSettings withJson(JsonVersion version) {
        return new ReportSettings(messages, many, colour, csvSeparator, csvBom, version);
    }

    /** One portfolio in {@code language}: no colour, CSV separated by commas, without a byte order mark. */
    public static ReportSettings defaults(Language language) {
        return new ReportSettings(new Messages(language), false, false, ',', false);
    }
}
