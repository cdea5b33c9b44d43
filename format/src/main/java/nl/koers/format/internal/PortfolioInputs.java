package nl.koers.format.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import nl.koers.format.InputLimits;
import nl.koers.format.PortfolioException;
import nl.koers.format.tree.Documents;
import nl.koers.format.tree.Node;
import nl.koers.format.tree.TreeParser;

/**
 * The files that reading a portfolio file reads besides the file itself, so that a caller can keep from writing
 * over one of them: its measurementsFile, found exactly as {@link PortfolioBinder} finds it.
 */
public final class PortfolioInputs {

    private PortfolioInputs() {
    }

    /**
     * Where the measurementsFile that {@code portfolio} names lies; empty when it names none, or when it cannot be
     * read or is not a regular file (reading it then fails with its own message, before anything is written).
     */
    public static Optional<Path> measurementsFile(Path portfolio) {
        // not a FIFO or device: reading one here would consume or hang on what the real read needs
        if (!Files.isRegularFile(portfolio)) {
            return Optional.empty();
        }
        String name = portfolio.toString();
        try {
            String text = Documents.decode(name,
                    PortfolioFiles.readBounded(portfolio, name, InputLimits.MAX_PORTFOLIO_BYTES, "a portfolio"));
            boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
            if (new TreeParser(name).parse(text, json) instanceof Node.Mapping top
                    && top.entries().get("measurementsFile") instanceof Node.Scalar written) {
                Path folder = portfolio.getParent() != null ? portfolio.getParent() : Path.of("");
                return Optional.of(MeasurementTable.resolve(folder, written.text()));
            }
        } catch (PortfolioException | IllegalArgumentException e) {
            // the portfolio, or its measurementsFile, is refused when it is read
        }
        return Optional.empty();
    }
}
