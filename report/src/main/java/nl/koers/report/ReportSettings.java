package nl.koers.report;

/**
 * How to write a report, apart from its format.
 *
 * @param messages     the language
 * @param many         a whole begroting (a folder or .jsonl) rather than one portfolio: Markdown and HTML
 *                     start with an overview of every prestatie
 * @param colour       ANSI colour in the text report: only for a person at a terminal
 * @param csvSeparator ',' or ';' (with ';' numbers get a decimal comma, as Dutch spreadsheets expect)
 * @param csvBom       start the CSV with a UTF-8 byte order mark, so that Excel reads it as UTF-8
 */
public record ReportSettings(Messages messages, boolean many, boolean colour, char csvSeparator, boolean csvBom) {
}
