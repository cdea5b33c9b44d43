package nl.koers.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import nl.koers.format.internal.PortfolioBinder;
import nl.koers.format.internal.PortfolioFiles;
import nl.koers.format.internal.PortfolioInputs;
import nl.koers.format.tree.Node;
import nl.koers.model.Portfolio;

/**
 * Reads portfolio files (format koers/v1, YAML or JSON) into the model. Every problem is a
 * {@link PortfolioException} naming the file, line, column and field. Stateless and thread-safe.
 */
public final class PortfolioReader {

    /** Where the seed portfolio, prestatie 5.4.2 of Overijssel, is shipped inside the jar. */
    public static final String DEFAULT_RESOURCE = "nl/koers/format/default-portfolio.yaml";

    private PortfolioReader() {
    }

    /**
     * Reads {@code file}; a name ending in .json is read as JSON, anything else as YAML. A file larger than
     * 16 MiB is refused unread. Its measurementsFile, if it names one, is read from the file's folder.
     */
    public static Portfolio read(Path file) {
        return PortfolioFiles.read(file);
    }

    /**
     * Reads a portfolio from {@code in}, which is not closed; {@code name} is used in messages and, when
     * it ends in .json, selects JSON (text starting with '{' is read as JSON too). At most 16 MiB is read;
     * a portfolio read this way may not name a measurementsFile, having no folder to find it in.
     */
    public static Portfolio read(String name, InputStream in) {
        return PortfolioFiles.read(name, in);
    }

    /**
     * Reads a portfolio from {@code bytes}, named {@code name} as {@link #read(String, InputStream)} names it; for a
     * portfolio that is part of something else (a file of a rule set). It may not name a measurementsFile.
     */
    public static Portfolio read(String name, byte[] bytes) {
        return PortfolioFiles.parse(name, bytes);
    }

    /**
     * Binds the portfolio written as {@code root}, a mapping inside another document (a scenario's
     * {@code portfolio:}); every problem is reported at its node's place in {@code file}.
     */
    public static Portfolio bind(String file, Node root) {
        return new PortfolioBinder(file, null).portfolio(root);
    }

    /**
     * The measurements CSV that reading {@code file} would also read: its measurementsFile, resolved against the
     * file's folder as {@link #read(Path)} resolves it. Empty when it names none, or when the file cannot be read
     * (then {@link #read(Path)} says why). For a caller that must not write over any input of a run.
     */
    public static Optional<Path> measurementsFile(Path file) {
        return PortfolioInputs.measurementsFile(file);
    }

    /** The embedded default: prestatie 5.4.2 "Internationaliseren" of Overijssel, jaarverslag 2018. */
    public static Portfolio readDefault() {
        try (InputStream in = PortfolioReader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from koers-format");
            }
            return read(DEFAULT_RESOURCE, in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }
}
