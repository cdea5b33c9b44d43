package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.evaluator.Language;
import nl.koers.format.PortfolioReader;
import nl.koers.report.ReportFormat;
import nl.koers.report.Tone;
import nl.koers.report.html.HtmlCharts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report is one self-contained, printable page: nothing is fetched from elsewhere, every verdict
 * is shown with its text, symbol and rule, and text from a portfolio can never become markup.
 */
class HtmlReportTest {

    private static final String SYMBOLS = "✓●▲✕?–";

    @TempDir
    Path dir;

    @Test
    void theSeedPageReferencesNothingOutsideItself() {
        assertSelfContained(Jsoup.parse(CliRun.of("evaluate", "--format", "html", "--lang", "nl").out()));
    }

    /** No script, nothing fetched from elsewhere (elements, attributes, CSS), links only within the page. */
    static void assertSelfContained(Document page) {
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("link, img, iframe, object, embed, base, [src], [srcset]")).isEmpty();
        assertThat(page.select("[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
        assertThat(page.getAllElements()).allSatisfy(e -> e.attributes().forEach(a ->
                assertThat(a.getValue()).as(e.tagName() + " " + a.getKey()).doesNotStartWith("http").doesNotStartWith("//")));
        String css = page.select("style").html();
        assertThat(css).doesNotContain("@import").doesNotContain("url(").doesNotContain("@font-face").contains("@media print");
        assertThat(page.select("[style]")).allSatisfy(e -> assertThat(e.attr("style")).doesNotContain("url("));
    }

    @Test
    void theSeedPageShowsTheFiveActionsWithTheirStatusAndAnSvgBarPerTarget() {
        Document page = Jsoup.parse(CliRun.of("evaluate", "--format", "html", "--lang", "nl").out());

        assertThat(page.select("html").attr("lang")).isEqualTo("nl");
        List<Element> actions = page.select("article.action");
        assertThat(actions).extracting(a -> a.selectFirst("h3").text()).containsExactly(
                "1 Handelsmissies ✓ behaald",
                "2 Exportbureau China ● op koers",
                "3 Internationale studenten ✓ behaald",
                "4 Internationale profilering HTSM Twente ? geen gegevens",
                "5 Alumni als ambassadeurs ✓ behaald");
        assertThat(page.select("div.target")).hasSize(6).allSatisfy(target -> {
            assertThat(target.select("svg.bar")).hasSize(1);
            assertThat(target.selectFirst("svg.bar").attr("role")).isEqualTo("img");
            assertThat(target.selectFirst("svg.bar").attr("aria-label")).isNotBlank();
        });
        assertThat(page.select("div.target svg.bar rect.realised")).as("the quantity targets 1a and 1b").hasSize(2);
        assertThat(page.select("div.target svg.bar .streefwaarde")).hasSize(2);
        assertThat(page.select(".badge")).isNotEmpty().allSatisfy(badge ->
                assertThat(SYMBOLS).contains(badge.text().substring(0, 1)));
    }

    @Test
    void theSeedPageProposesTheGsChangeOf109000AndExplainsEveryVerdictWithItsRule() {
        Document page = Jsoup.parse(CliRun.of("evaluate", "--format", "html", "--lang", "nl").out());

        assertThat(page.select("p.proposal").text()).isEqualTo("Voorgesteld wordt € 109.000 uit de Reserve uitvoering "
                + "Kwaliteit van Overijssel over te hevelen naar 2019 (GS-begrotingswijziging).");
        assertThat(page.select("svg.bar rect.series-2")).as("the saldo of jaarschijf 2018").hasSize(1);
        assertThat(page.select("table.jaarschijven td").eachText()).contains("2018", "€ 109.000");
        // five actions, six targets, two colours and the budget change
        assertThat(page.select("p.rule")).hasSize(14).allSatisfy(rule -> assertThat(rule.text()).startsWith("regel: "));
        assertThat(page.select("p.rule").eachText())
                .contains("regel: Unspent reserve money for continuing work moves to next year by GS-begrotingswijziging "
                        + "(begrotingswijziging.drl.xlsx row 18)");
        assertThat(page.select("dl.meta").text()).contains("Eddy van Hijum", "faciliteerder", "structureel");
    }

    @Test
    void theEnglishPageSaysSoAndWritesAmountsTheEnglishWay() {
        Document page = Jsoup.parse(CliRun.of("evaluate", "--format", "html", "--lang", "en").out());

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("p.proposal").text()).startsWith("It is proposed to move €109,000 from the Reserve");
        assertThat(page.select("article.action h3").eachText()).contains("2 Exportbureau China ● on track");
    }

    @Test
    void aFolderBeginsWithAnOverviewWhoseLinksLeadToEveryPrestatie() {
        Document page = Jsoup.parse(CliRun.of("evaluate", ReportFixtures.GIVEN.resolve("begroting").toString(),
                "--format", "html", "--lang", "nl").out());

        Element overview = page.selectFirst("section.overview");
        assertThat(page.selectFirst("main").child(0)).isEqualTo(overview);
        assertThat(overview.select("tbody tr")).extracting(Element::text).containsExactly(
                "3.2.1 Bereikbaarheid ✕ rood ✕ rood PS-begrotingswijziging € 150.000",
                "9.1.1 Fietspaden ✓ groen ✓ groen Onbepaald");
        assertThat(overview.select("a[href]")).hasSize(2).allSatisfy(link ->
                assertThat(page.getElementById(link.attr("href").substring(1)).hasClass("prestatie")).isTrue());
        assertThat(page.select("section.prestatie")).hasSize(2);
    }

    @Test
    void textFromThePortfolioCannotBecomeMarkup() throws IOException {
        Path file = ReportFixtures.write(dir, "kwaad.yaml", ReportFixtures.HOSTILE);
        String html = ReportFixtures.render(ReportFormat.html, Language.DUTCH,
                ReportFixtures.evaluate(PortfolioReader.read(file)));
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, img, b")).isEmpty();
        assertThat(page.select("[src], [href]")).isEmpty();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Prestatie 6.6.6 <script>alert('x')</script> | Pijp & co");
        assertThat(page.title()).isEqualTo("Prestatie 6.6.6 <script>alert('x')</script> | Pijp & co");
        assertThat(page.select("dl.meta dd").eachText()).contains("# <img src=http://evil.example/x.png>",
                "</dd><script src=//evil.example/x.js></script>");
        assertThat(page.select("svg.bar").attr("aria-label")).startsWith("Regels; \"aanhalingstekens\"");
    }

    /** White text on every status background, and every text colour of the page on white, reach WCAG AA (4.5:1). */
    @Test
    void everyTextColourHasAaContrast() {
        for (Tone tone : Tone.values()) {
            assertThat(contrast("#ffffff", tone.background())).as(tone.name()).isGreaterThanOrEqualTo(4.5);
        }
        for (String colour : HtmlCharts.SERIES) {
            assertThat(contrast("#ffffff", colour)).as("chart series " + colour).isGreaterThanOrEqualTo(3.0);
        }
        String css = Jsoup.parse(ReportFixtures.render(ReportFormat.html, Language.DUTCH, ReportFixtures.seed()))
                .select("style").html();
        Matcher textColour = Pattern.compile("(?<![-\\w])color:(#[0-9a-f]{6})").matcher(css);
        int found = 0;
        while (textColour.find()) {
            assertThat(contrast("#ffffff", textColour.group(1))).as(textColour.group()).isGreaterThanOrEqualTo(4.5);
            found++;
        }
        assertThat(found).isGreaterThanOrEqualTo(3);
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
