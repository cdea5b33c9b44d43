package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.koers.format.PortfolioReader;
import nl.koers.model.BudgetChange;
import nl.koers.model.ChangeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published artifacts work for a consumer: the seed proposes the GS change of € 109.000 to 2019. */
class EmbeddingTest {

    @TempDir
    Path folder;

    @Test
    void theSeedProposesAGsChangeOf109000ToJaarschijf2019() throws IOException {
        Path file = folder.resolve("5.4.2.yaml");
        try (InputStream seed = PortfolioReader.class.getClassLoader().getResourceAsStream(PortfolioReader.DEFAULT_RESOURCE)) {
            Files.copy(seed, file);
        }

        BudgetChange change = Embedding.evaluate(file);

        assertEquals(ChangeType.GS, change.type());
        assertEquals(0, new BigDecimal("109000").compareTo(change.amount()));
        assertEquals(2019, change.year());
        assertEquals("Reserve uitvoering Kwaliteit van Overijssel", change.source());
    }
}
