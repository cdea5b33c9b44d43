package nl.koers.evaluator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import nl.koers.evaluator.internal.PortfolioFiles;
import nl.koers.model.Portfolio;

/**
 * Reads portfolio files (format koers/v1, YAML or JSON) into the model. Every problem is a
 * {@link PortfolioException} naming the file, line, column and field. Stateless and thread-safe.
 */
public final class PortfolioReader {

    /** Where the seed portfolio, prestatie 5.4.2 of Overijssel, is shipped inside the jar. */
    public static final String DEFAULT_RESOURCE = "nl/koers/evaluator/default-portfolio.yaml";

    private PortfolioReader() {
    }

    /** Reads {@code file}; a name ending in .json is read as JSON, anything else as YAML. */
    public static Portfolio read(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new PortfolioException(file.toString(), 0, 0, "", "is a folder, not a portfolio file");
            }
            if (Files.size(file) > PortfolioFiles.MAX_BYTES) {
                throw new PortfolioException(file.toString(), 0, 0, "", "the file is " + Files.size(file)
                        + " bytes; portfolio files may be at most " + PortfolioFiles.MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PortfolioException(file.toString(), 0, 0, "", "no such file");
        } catch (IOException e) {
            throw new PortfolioException(file.toString(), 0, 0, "", "cannot be read: " + e.getMessage());
        }
        return PortfolioFiles.parse(file.toString(), bytes);
    }

    /**
     * Reads a portfolio from {@code in}, which is not closed; {@code name} is used in messages and, when
     * it ends in .json, selects JSON (text starting with '{' is read as JSON too).
     */
    public static Portfolio read(String name, InputStream in) {
        try {
            return PortfolioFiles.parse(name, in.readNBytes((int) PortfolioFiles.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new PortfolioException(name, 0, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    /** The embedded default: prestatie 5.4.2 "Internationaliseren" of Overijssel, jaarverslag 2018. */
    public static Portfolio readDefault() {
        try (InputStream in = PortfolioReader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from koers-evaluator");
            }
            return read(DEFAULT_RESOURCE, in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }
}
