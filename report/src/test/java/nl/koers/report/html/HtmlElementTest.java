package nl.koers.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.EvaluationDiff;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.Language;
import nl.koers.evaluator.RuleSource;
import nl.koers.format.PortfolioReader;
import nl.koers.report.ReportFormat;
import nl.koers.report.ReportSettings;
import nl.koers.report.Reports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Text and attribute values can only ever be text: the element writer escapes them whatever they hold. */
class HtmlElementTest {

    private static final String HOSTILE = "<script>alert(\"x\")</script> & 'Fiets'";
    private static final String ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Fiets&#39;";

    @Test
    void textEscapesMarkupAmpersandsAndBothQuotes() {
        StringBuilder out = new StringBuilder();
        HtmlElement.root(out, "p").text(HOSTILE).close();

        assertThat(out).hasToString("<p>" + ESCAPED + "</p>");
    }

    @Test
    void anAttributeValueIsQuotedAndCannotEndItsQuotes() {
        StringBuilder out = new StringBuilder();
        HtmlElement.root(out, "a").attr("href", "#x\" onclick=\"steal()").attr("title", "a<b & 'c'").text("link").close();

        assertThat(out).hasToString("<a href=\"#x&quot; onclick=&quot;steal()\" title=\"a&lt;b &amp; &#39;c&#39;\">link</a>");
        assertThat(Jsoup.parse(out.toString()).selectFirst("a").attributes().size()).isEqualTo(2);
    }

    @Test
    void childrenCloseInOrderVoidElementsHaveNoEndTagAndEmptySvgElementsCloseThemselves() {
        StringBuilder out = new StringBuilder();
        HtmlElement head = HtmlElement.root(out, "head");
        head.element("meta").attr("charset", "utf-8");
        head.element("title").text("T");
        HtmlElement svg = head.element("svg").attr("viewBox", "0 0 1 1");
        svg.element("rect").attr("width", 1);
        svg.element("rect").element("title").text("r");
        head.element("span");
        head.close();

        assertThat(out).hasToString("<head><meta charset=\"utf-8\"><title>T</title><svg viewBox=\"0 0 1 1\"><rect width=\"1\"/>"
                + "<rect><title>r</title></rect></svg><span></span></head>");
    }

    @Test
    void whatCouldBreakOutOfTheMarkupIsRefused() {
        HtmlElement p = HtmlElement.root(new StringBuilder(), "p");
        assertThatThrownBy(() -> p.element("img src=x onerror=alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.attr("on\"click", "x")).isInstanceOf(IllegalArgumentException.class);
        p.text("content");
        assertThatThrownBy(() -> p.attr("class", "late")).isInstanceOf(IllegalStateException.class);
        HtmlElement style = HtmlElement.root(new StringBuilder(), "style");
        assertThatThrownBy(() -> style.css("p{}</style><script>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.css("p{}")).as("a style sheet outside <style>").isInstanceOf(IllegalArgumentException.class);
        p.close();
        assertThatThrownBy(() -> p.text("after")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHostileActionTitleFromAPortfolioComesOutAsTextInTheReportAndTheDiff() throws IOException {
        String yaml = Files.readString(Path.of("../evaluator/src/test/resources/diff/after.yaml"), StandardCharsets.UTF_8);
        String hostileYaml = yaml.replace("title: \"Fietspaden\"", "title: '" + HOSTILE.replace("'", "''") + "'");
        assertThat(hostileYaml).isNotEqualTo(yaml);
        Evaluator evaluator = Evaluator.create(RuleSource.builtIn());
        Evaluation after = evaluator.evaluate(PortfolioReader.read("hostile.yaml", hostileYaml.getBytes(StandardCharsets.UTF_8)));
        Evaluation before = evaluator.evaluate(PortfolioReader.read(Path.of("../evaluator/src/test/resources/diff/before.yaml")));
        ReportSettings settings = ReportSettings.defaults(Language.DUTCH);

        StringWriter report = new StringWriter();
        Reports.write(ReportFormat.html, after, settings, report);
        StringWriter diff = new StringWriter();
        Reports.writeDiff(ReportFormat.html, EvaluationDiff.between(before, after), settings, diff);

        for (String html : new String[] {report.toString(), diff.toString()}) {
            assertThat(html).contains("1 " + ESCAPED).doesNotContain("<script");
            Document page = Jsoup.parse(html);
            assertThat(page.select("script")).isEmpty();
            assertThat(page.select("h3").eachText()).anySatisfy(heading -> assertThat(heading).startsWith("1 " + HOSTILE));
        }
    }
}
