package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.koers.format.PortfolioReader;
import nl.koers.model.BudgetChange;
import nl.koers.model.ChangeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published artifacts work for a consumer: the seed proposes the GS change of € 109.000 to 2019, and its
 * HTML report shows every action, with the text of the portfolio escaped.
 */
class EmbeddingTest {

    @TempDir
    Path folder;

    @Test
    void theSeedProposesAGsChangeOf109000ToJaarschijf2019() throws IOException {
        Path file = folder.resolve("5.4.2.yaml");
        try (InputStream seed = PortfolioReader.class.getClassLoader().getResourceAsStream(PortfolioReader.DEFAULT_RESOURCE)) {
            Files.copy(seed, file);
        }

        BudgetChange change = Embedding.evaluate(file, folder.resolve("5.4.2.html"));

        assertEquals(ChangeType.GS, change.type());
        assertEquals(0, new BigDecimal("109000").compareTo(change.amount()));
        assertEquals(2019, change.year());
        assertEquals("Reserve uitvoering Kwaliteit van Overijssel", change.source());
    }

    @Test
    void theHtmlReportShowsEveryActionAndEscapesThePortfoliosText() throws IOException {
        String seed;
        try (InputStream in = PortfolioReader.class.getClassLoader().getResourceAsStream(PortfolioReader.DEFAULT_RESOURCE)) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = folder.resolve("5.4.2.yaml");
        Files.writeString(file, seed.replace("title: \"Handelsmissies\"", "title: '<b>Handel</b> & \"missies\"'"));
        Path html = folder.resolve("5.4.2.html");

        Embedding.evaluate(file, html);

        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"), page);
        for (String id : new String[] {"1", "2", "3", "4", "5"}) {
            assertTrue(page.contains("<h3>" + id + " "), "action " + id);
        }
        assertTrue(page.contains("<h3>1 &lt;b&gt;Handel&lt;/b&gt; &amp; &quot;missies&quot; "), page);
        assertFalse(page.contains("<b>Handel"), page);
    }
}
