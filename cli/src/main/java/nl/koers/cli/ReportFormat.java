package nl.koers.cli;

import java.io.PrintWriter;

/**
 * The formats a report can be written in. Text, JSON and CSV stream: each performance is written as it is
 * evaluated. Markdown and HTML of a whole begroting begin with an overview of every prestatie, so they hold
 * the rendered report in memory until the last one is evaluated (the evaluations themselves are not kept).
 */
enum ReportFormat {
    text, json, csv, markdown, html;

    Report open(PrintWriter out, ReportSettings settings) {
        return switch (this) {
            case text -> new TextReport(settings.messages(), out, settings.colour());
            case json -> new JsonReport(settings.messages().language(), out, settings.many());
            case csv -> new CsvReport(settings.messages(), out, settings.csvSeparator(), settings.csvBom());
            case markdown -> new MarkdownReport(settings.messages(), out, settings.many());
            case html -> new HtmlReport(settings.messages(), out, settings.many());
        };
    }

    /** The renderer of {@code koers diff} in this format. */
    DiffRenderer diff(PrintWriter out, ReportSettings settings) {
        return switch (this) {
            case text -> new DiffTextRenderer(settings.messages(), out);
            case json -> new DiffJsonRenderer(settings.messages(), out);
            case csv -> new DiffCsvRenderer(settings.messages(), out, settings.csvSeparator(), settings.csvBom());
            case markdown -> new DiffMarkdownRenderer(settings.messages(), out);
            case html -> new DiffHtmlRenderer(settings.messages(), out);
        };
    }
}
