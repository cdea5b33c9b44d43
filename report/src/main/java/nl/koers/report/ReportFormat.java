package nl.koers.report;

import java.io.PrintWriter;
import nl.koers.report.csv.CsvReport;
import nl.koers.report.csv.DiffCsvRenderer;
import nl.koers.report.html.DiffHtmlRenderer;
import nl.koers.report.html.HtmlReport;
import nl.koers.report.json.DiffJsonRenderer;
import nl.koers.report.json.JsonReport;
import nl.koers.report.markdown.DiffMarkdownRenderer;
import nl.koers.report.markdown.MarkdownReport;
import nl.koers.report.text.DiffTextRenderer;
import nl.koers.report.text.TextReport;

/**
 * The formats a report can be written in. Text, JSON and CSV stream: each performance is written as it is
 * evaluated. Markdown and HTML of a whole begroting begin with an overview of every prestatie, so they hold
 * the rendered report in memory until the last one is evaluated (the evaluations themselves are not kept).
 */
public enum ReportFormat {
    /** Plain text for a person, optionally in ANSI colour. */
    text,
    /**
     * JSON (schema koers-result/v1, or koers-diff/v1 for a diff; version 2 when the settings ask for it); JSON Lines
     * for a whole begroting.
     */
    json,
    /** One row per target, for a spreadsheet. */
    csv,
    /** GitHub-flavoured Markdown. */
    markdown,
    /** One self-contained HTML page. */
    html;

    /** The report in this format; embedders go through {@link Reports#open}. */
    Report open(PrintWriter out, ReportSettings settings) {
        return switch (this) {
            case text -> new TextReport(settings.messages(), out, settings.colour());
            case json -> new JsonReport(settings.messages().language(), out, settings.many(), settings.json());
            case csv -> new CsvReport(settings.messages(), out, settings.csvSeparator(), settings.csvBom());
            case markdown -> new MarkdownReport(settings.messages(), out, settings.many());
            case html -> new HtmlReport(settings.messages(), out, settings.many());
        };
    }

    /** The renderer of a diff in this format; embedders go through {@link Reports#writeDiff}. */
    DiffRenderer diff(PrintWriter out, ReportSettings settings) {
        return switch (this) {
            case text -> new DiffTextRenderer(settings.messages(), out);
            case json -> new DiffJsonRenderer(settings.messages(), out, settings.json());
            case csv -> new DiffCsvRenderer(settings.messages(), out, settings.csvSeparator(), settings.csvBom());
            case markdown -> new DiffMarkdownRenderer(settings.messages(), out);
            case html -> new DiffHtmlRenderer(settings.messages(), out);
        };
    }
}
