package nl.koers.report.html;

import java.io.PrintWriter;
import java.util.function.Consumer;
import nl.koers.evaluator.Language;
import nl.koers.model.Colour;
import nl.koers.model.Status;
import nl.koers.report.Messages;
import nl.koers.report.Tone;

/**
 * What every HTML page of Koers shares: the self-contained page around a body (inline CSS, no scripts, fonts, images or links outside the file) and the
 * status badges, told by text and symbol as well as colour.
 */
final class Html {

    private Html() {
    }

    /**
     * Writes the whole page, with {@code body} writing the content of {@code <main>} and the shared
     * stylesheet inline; then flushes.
     */
    static void page(PrintWriter out, Language language, String title, Consumer<HtmlElement> body) {
        HtmlElement html = HtmlElement.document(out).attr("lang", language.code());
        html.newline();
        HtmlElement head = html.element("head");
        head.newline();
        head.element("meta").attr("charset", "utf-8");
        head.newline();
        head.element("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.newline();
        head.element("title").text(title);
        head.newline();
        head.element("style").css("\n" + css());
        head.newline();
        head.close();
        html.newline();
        HtmlElement page = html.element("body").newline();
        HtmlElement main = page.element("main").newline();
        body.accept(main);
        main.close();
        page.newline();
        page.close();
        html.newline();
        html.close();
        out.print('\n');
        out.flush();
    }

    /** A term and its value in a {@code <dl>}; nothing when there is no value. */
    static void fact(HtmlElement dl, String term, String value) {
        if (value != null && !value.isEmpty()) {
            dl.element("dt").text(term);
            dl.element("dd").text(value);
            dl.newline();
        }
    }

    /** "✓ behaald" on the background of its tone. */
    static void badge(HtmlElement parent, Messages messages, Status status) {
        badge(parent, Tone.of(status), messages.label("status", status));
    }

    static void badge(HtmlElement parent, Messages messages, Colour colour) {
        badge(parent, Tone.of(colour), messages.label("colour", colour));
    }

    private static void badge(HtmlElement parent, Tone tone, String label) {
        parent.element("span").attr("class", "badge " + tone.cssClass()).text(tone.symbol() + " " + label).close();
    }

    private static String css() {
        StringBuilder css = new StringBuilder("""
                body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2328;\
                background:#fff;margin:0 auto;max-width:62rem;padding:1.5rem;line-height:1.45}
                h1{font-size:1.6rem;margin:.3rem 0}
                h2{font-size:1.3rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem;margin-top:1.8rem}
                h3{font-size:1.1rem;margin:1.2rem 0 .3rem}
                h4,h5{font-size:1rem;margin:.8rem 0 .2rem}
                .prestatie{margin-bottom:3rem}
                .meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0 1rem}
                .meta dt{color:#57606a}
                .meta dd{margin:0}
                .scores{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}
                .score,.target{border-left:4px solid #d0d7de;padding-left:.75rem}
                .target{margin:.8rem 0 .8rem 1rem}
                .badge{display:inline-block;padding:.05rem .55rem;border-radius:.8rem;color:#fff;font-weight:600;\
                font-size:.9rem;white-space:nowrap;vertical-align:middle}
                .reason,.figures,.text{margin:.2rem 0}
                .text{font-style:italic}
                .rule{margin:.1rem 0 .4rem;color:#57606a;font-size:.85rem}
                .proposal{font-weight:600}
                svg.bar{display:block;max-width:100%;height:auto;margin:.3rem 0}
                svg text{font-size:11px;fill:#1f2328}
                table{border-collapse:collapse;margin:.5rem 0}
                th,td{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left;vertical-align:top}
                td.num{text-align:right;font-variant-numeric:tabular-nums}
                figure{margin:.5rem 0}
                .key{margin-right:1rem;white-space:nowrap}
                .swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
                a{color:#0550ae}
                @media print{
                body{max-width:none;padding:0;font-size:10pt}
                .prestatie+.prestatie,.overview+.prestatie{break-before:page}
                .action,.target,.score,figure,tr{break-inside:avoid}
                .back{display:none}
                a{color:inherit;text-decoration:none}
                .badge,.swatch,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
                }
                """);
        for (Tone tone : Tone.values()) {
            css.append('.').append(tone.cssClass()).append("{background:").append(tone.background()).append("}\n");
        }
        return css.toString();
    }
}
