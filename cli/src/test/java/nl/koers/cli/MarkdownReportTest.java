package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.koers.evaluator.Language;
import nl.koers.format.PortfolioReader;
import nl.koers.report.ReportFormat;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown report renders as GitHub-flavoured Markdown: a table of the actions, text shown as written. */
class MarkdownReportTest {

    static final List<Extension> GFM = List.of(TablesExtension.create());
    static final Parser PARSER = Parser.builder().extensions(GFM).build();

    @TempDir
    Path dir;

    @Test
    void theSeedIsATableOfItsFiveActionsWithStatusAndToelichting() {
        Node document = PARSER.parse(CliRun.of("evaluate", "--format", "markdown", "--lang", "nl").out());

        List<TableBlock> tables = nodes(document, TableBlock.class);
        assertThat(tables).hasSize(1);
        List<List<String>> rows = bodyRows(tables.get(0));
        assertThat(rows).extracting(r -> r.get(0) + " | " + r.get(1)).containsExactly(
                "1 Handelsmissies | ✓ behaald",
                "2 Exportbureau China | ● op koers",
                "3 Internationale studenten | ✓ behaald",
                "4 Internationale profilering HTSM Twente | ? geen gegevens",
                "5 Alumni als ambassadeurs | ✓ behaald");
        assertThat(rows.get(0).get(2)).isEqualTo("Ondersteunde handelsmissies: per 31 december 2018 minimaal 3 missies "
                + "gerealiseerd (streefwaarde minimaal 3 missies); Deelnemende ondernemers: per 31 december 2018 meer dan "
                + "40 ondernemers gerealiseerd (streefwaarde minimaal 30 ondernemers).");
        assertThat(text(document)).contains("Voorgesteld wordt € 109.000 uit de Reserve uitvoering Kwaliteit van "
                + "Overijssel over te hevelen naar 2019 (GS-begrotingswijziging).");
    }

    @Test
    void pipesAndMarkupInTitlesStayText() throws IOException {
        Path file = ReportFixtures.write(dir, "kwaad.yaml", ReportFixtures.HOSTILE);
        String markdown = ReportFixtures.render(ReportFormat.markdown, Language.DUTCH,
                ReportFixtures.evaluate(PortfolioReader.read(file)));
        Node document = PARSER.parse(markdown);

        List<List<String>> rows = bodyRows(nodes(document, TableBlock.class).get(0));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).hasSize(3);
        assertThat(rows.get(0).get(0)).isEqualTo("1 =HYPERLINK(\"http://evil.example\") | <b>vet</b> *nadruk* [link](http://evil.example)");
        assertThat(nodes(document, HtmlInline.class)).isEmpty();
        assertThat(nodes(document, HtmlBlock.class)).isEmpty();
        assertThat(nodes(document, Link.class)).isEmpty();
        // the organisation, "# ...", opens a paragraph but must not become a heading: the prestatie and finance only
        assertThat(nodes(document, Heading.class)).hasSize(2);
        String html = HtmlRenderer.builder().extensions(GFM).build().render(document);
        assertThat(html).doesNotContain("<script").doesNotContain("<b>").doesNotContain("<img").doesNotContain("href=");
    }

    @Test
    void aFolderBeginsWithAnOverviewLinkingToEachSection() {
        String markdown = CliRun.of("evaluate", ReportFixtures.GIVEN.resolve("begroting").toString(), "--format",
                "markdown", "--lang", "en").out();
        Node document = PARSER.parse(markdown);

        List<TableBlock> tables = nodes(document, TableBlock.class);
        assertThat(tables).hasSize(3);
        assertThat(bodyRows(tables.get(0))).extracting(r -> String.join(" | ", r)).containsExactly(
                "3.2.1 Bereikbaarheid | ✕ red | ✕ red | PS budget amendment (PS-begrotingswijziging) €150,000",
                "9.1.1 Fietspaden | ✓ green | ✓ green | Undetermined");
        List<String> anchors = nodes(document, HtmlInline.class).stream().map(HtmlInline::getLiteral).toList();
        assertThat(nodes(document, Link.class)).hasSize(2).allSatisfy(link ->
                assertThat(anchors).contains("<a id=\"" + link.getDestination().substring(1) + "\">"));
    }

    static List<List<String>> bodyRows(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        for (Node body = table.getFirstChild(); body != null; body = body.getNext()) {
            if (body instanceof TableBody) {
                for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        assertThat(cell).isInstanceOf(TableCell.class);
                        cells.add(text(cell));
                    }
                    assertThat(row).isInstanceOf(TableRow.class);
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    /** The literal text under {@code node}, markup removed. */
    static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString();
    }

    static <T extends Node> List<T> nodes(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, type, found);
        }
    }
}
