package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code koers diff} in CSV, Markdown and HTML: the CSV reads back with every column, the Markdown is a GFM
 * table, the HTML page is self-contained, and text from a portfolio stays text in each.
 */
class DiffFormatsTest {

    private static final String BEFORE = ReportFixtures.GIVEN.resolve("diff-before.yaml").toString();
    private static final String AFTER = ReportFixtures.GIVEN.resolve("diff-after.yaml").toString();
    private static final int COLUMNS = 7;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "separator {0}, BOM {1}")
    @CsvSource({"',', false", "';', false", "',', true", "';', true"})
    void everyCsvRowParsesBackWithAllSevenColumns(char separator, boolean bom) {
        List<String> args = new java.util.ArrayList<>(List.of("diff", BEFORE, AFTER, "--format", "csv", "--lang", "nl",
                "--csv-separator", String.valueOf(separator)));
        if (bom) {
            args.add("--csv-bom");
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().startsWith("\uFEFF")).isEqualTo(bom);
        List<List<String>> rows = CsvReportTest.parse(bom ? run.out().substring(1) : run.out(), separator);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(COLUMNS));
        assertThat(rows.get(0)).containsExactly("Prestatie", "Actie", "Doel", "Wijziging", "Van", "Naar", "Detail");
        assertThat(rows.subList(1, rows.size())).extracting(r -> String.join(" | ", r.subList(1, 6))).containsExactly(
                "1 |  | status actie | aandacht | behaald",
                "1 | 1a | oordeel doel | aandacht | behaald",
                "1 | 1a | gecorrigeerde meting | 4 | 5",
                "1 | 1a | nieuwe meting |  | minimaal 10",
                "2 |  | status actie | op koers | vervallen",
                "4 |  | nieuwe actie |  | behaald",
                "3 |  | verwijderde actie | geen gegevens | ",
                " |  | Inhoudelijke kleur | oranje | groen",
                " |  | Financiële kleur | onbepaald | groen",
                " |  | Begrotingswijziging | GS-begrotingswijziging € 50.000 | Geen");
        assertThat(rows.get(3).get(6)).as("the date of a corrected measurement").isEqualTo("2024-06-30");
    }

    @Test
    void csvTextStaysTextAndNumbersGetTheDecimalCommaOfTheSeparator() throws IOException {
        String hostile = hostile().toString();
        for (char separator : new char[] {',', ';'}) {
            CliRun run = CliRun.of("diff", hostile, "--from", "2024-03-31", "--to", "2024-12-31", "--format", "csv",
                    "--csv-separator", String.valueOf(separator), "--lang", "en");
            assertThat(run.exitCode()).as(run.err()).isZero();
            List<List<String>> rows = CsvReportTest.parse(run.out(), separator);
            assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(COLUMNS));
            assertThat(rows).extracting(r -> r.get(6))
                    .contains("Regels; \"aanhalingstekens\", komma's\nen een nieuwe regel");
            assertThat(rows).filteredOn(r -> r.get(3).equals("new measurement")).singleElement()
                    .satisfies(r -> assertThat(r.get(5)).isEqualTo(separator == ';' ? "4,25" : "4.25"));
        }
    }

    @Test
    void theMarkdownIsATableOfTheChangedActionsThenTheColoursAndTheBudgetChange() {
        CliRun run = CliRun.of("diff", BEFORE, AFTER, "--format", "markdown", "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Node document = MarkdownReportTest.PARSER.parse(run.out());

        List<TableBlock> tables = MarkdownReportTest.nodes(document, TableBlock.class);
        assertThat(tables).hasSize(1);
        List<List<String>> rows = MarkdownReportTest.bodyRows(tables.get(0));
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(3));
        assertThat(rows).extracting(r -> r.get(0) + " | " + r.get(1)).containsExactly(
                "1 Fietspaden | ▲ at risk → ✓ achieved",
                "2 Stations | ● on track → – withdrawn",
                "4 Deelfietsen | new (✓ achieved)",
                "3 Pendelbus | removed (was ? unknown)");
        assertThat(rows.get(0).get(2)).contains("corrected measurement of target 1a on 30 June 2024: 4 → 5");
        assertThat(MarkdownReportTest.text(document)).contains("Content colour: ▲ orange → ✓ green",
                "Budget change: GS budget amendment (GS-begrotingswijziging) €50,000 → None");
    }

    @Test
    void markdownTextFromThePortfolioStaysText() throws IOException {
        CliRun run = CliRun.of("diff", hostile().toString(), "--from", "2024-03-31", "--to", "2024-12-31",
                "--format", "markdown", "--lang", "nl");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Node document = MarkdownReportTest.PARSER.parse(run.out());

        List<List<String>> rows = MarkdownReportTest.bodyRows(MarkdownReportTest.nodes(document, TableBlock.class).get(0));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row).hasSize(3);
            assertThat(row.get(0)).isEqualTo("1 =HYPERLINK(\"http://evil.example\") | <b>vet</b> *nadruk* [link](http://evil.example)");
        });
        assertThat(MarkdownReportTest.nodes(document, HtmlInline.class)).isEmpty();
        assertThat(MarkdownReportTest.nodes(document, HtmlBlock.class)).isEmpty();
        assertThat(MarkdownReportTest.nodes(document, Link.class)).isEmpty();
    }

    @Test
    void theHtmlPageIsSelfContainedAndShowsEachMoveAsBadges() {
        CliRun run = CliRun.of("diff", BEFORE, AFTER, "--format", "html", "--lang", "nl");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Document page = Jsoup.parse(run.out());

        HtmlReportTest.assertSelfContained(page);
        assertThat(page.select("html").attr("lang")).isEqualTo("nl");
        assertThat(page.select("article.action h3")).extracting(Element::text).containsExactly(
                "1 Fietspaden ▲ aandacht → ✓ behaald",
                "2 Stations ● op koers → – vervallen",
                "4 Deelfietsen nieuw (✓ behaald)",
                "3 Pendelbus verwijderd (was ? geen gegevens)");
        assertThat(page.select("article.action").first().select("h3 .badge")).extracting(e -> e.className())
                .containsExactly("badge tone-attention", "badge tone-achieved");
        assertThat(page.select("li.measurement").eachText()).containsExactly(
                "gecorrigeerde meting van doel 1a op 30 juni 2024: 4 → 5",
                "nieuwe meting van doel 1a op 31 december 2024: minimaal 10");
        assertThat(page.select("div.score p strong + .badge + .badge")).as("both colours moved").hasSize(2);
        assertThat(page.select("p.change").text()).isEqualTo("Begrotingswijziging: GS-begrotingswijziging € 50.000 → Geen");
    }

    @Test
    void htmlTextFromThePortfolioCannotBecomeMarkup() throws IOException {
        CliRun run = CliRun.of("diff", hostile().toString(), "--from", "2024-03-31", "--to", "2024-12-31",
                "--format", "html", "--lang", "nl");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Document page = Jsoup.parse(run.out());

        HtmlReportTest.assertSelfContained(page);
        assertThat(page.select("script, img, b")).isEmpty();
        assertThat(page.title()).isEqualTo("Wijzigingen in prestatie 6.6.6 <script>alert('x')</script> | Pijp & co");
        assertThat(page.select("dl.meta dd").eachText()).contains("# <img src=http://evil.example/x.png>");
        assertThat(page.selectFirst("article.action h3").text())
                .startsWith("1 =HYPERLINK(\"http://evil.example\") | <b>vet</b>");
    }

    private Path hostile() throws IOException {
        return ReportFixtures.write(dir, "kwaad.yaml", ReportFixtures.HOSTILE);
    }
}
