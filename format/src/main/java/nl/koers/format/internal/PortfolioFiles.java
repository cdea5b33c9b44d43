package nl.koers.format.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import nl.koers.format.InputLimits;
import nl.koers.format.PortfolioException;
import nl.koers.format.tree.Documents;
import nl.koers.format.tree.Node;
import nl.koers.format.tree.TreeParser;
import nl.koers.model.Portfolio;

/** Decodes, parses and binds the bytes of one portfolio file. */
public final class PortfolioFiles {

    private PortfolioFiles() {
    }

    /**
     * The portfolio file {@code file}, named by its path; its measurementsFile, if any, is read from the
     * file's folder. What the path is is checked before anything is read.
     */
    public static Portfolio read(Path file) {
        String name = file.toString();
        byte[] bytes = readBounded(file, name, InputLimits.MAX_PORTFOLIO_BYTES, "a portfolio");
        return parse(name, bytes, file.getParent() != null ? file.getParent() : Path.of(""));
    }

    /**
     * The bytes of {@code file}, at most {@code limit} of them; every failure is a {@link PortfolioException} naming
     * the file. Only a regular file (a link is followed) is opened: a folder, a device such as /dev/zero, a FIFO
     * or a socket is refused before it is opened, since opening a FIFO blocks until someone writes to it and a
     * device reports a size of 0 however much it holds. The size is then counted while reading, not trusted.
     *
     * @param what what the file is, for the message: "a portfolio", "a measurements file"
     */
    static byte[] readBounded(Path file, String name, long limit, String what) {
        long size = requireRegularFile(file, name).size();
        if (size > limit) {
            throw tooLarge(name, String.valueOf(size), what, limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            // the file may have grown since it was looked at
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(name, "more than " + limit, what, limit);
            }
            return bytes;
        } catch (IOException e) {
            throw cannotRead(file, name, e);
        }
    }

    /**
     * Refuses, naming {@code name}, a path that is not a regular file once links are followed: missing, a dangling
     * link, a link loop, a folder, a device, a FIFO, a socket, or a path that cannot be looked at. Nothing is
     * opened.
     *
     * @return the attributes of the file a link leads to
     */
    public static BasicFileAttributes requireRegularFile(Path file, String name) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw cannotRead(file, name, e);
        }
        if (attributes.isDirectory()) {
            throw new PortfolioException(name, 0, 0, "", "is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new PortfolioException(name, 0, 0, "", "is not a regular file (it is a device, a FIFO or a socket); "
                    + "give a file saved on disk");
        }
        return attributes;
    }

    /** Why {@code file} cannot be opened or read, in words and without a stack trace. */
    static PortfolioException cannotRead(Path file, String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new PortfolioException(name, 0, 0, "", Files.isSymbolicLink(file)
                    ? "is a link to a file that does not exist" : "no such file");
        }
        if (e instanceof FileSystemException f && f.getReason() != null
                && f.getReason().toLowerCase(Locale.ROOT).contains("levels of symbolic links")) {
            return new PortfolioException(name, 0, 0, "", "is a link that leads round in a loop");
        }
        return new PortfolioException(name, 0, 0, "", "cannot be read: " + reason(e));
    }

    /**
     * What went wrong, as the system says it: "permission denied" rather than the bare path that Java's
     * {@link AccessDeniedException} carries as its message.
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * The portfolio in {@code bytes}, read as JSON when {@code name} ends in .json or the text starts
     * with '{', else as YAML. It was not read from a file, so it may not name a measurementsFile.
     */
    public static Portfolio parse(String name, byte[] bytes) {
        return parse(name, bytes, null);
    }

    /** The portfolio from {@code in}, at most {@link InputLimits#MAX_PORTFOLIO_BYTES} of it. */
    public static Portfolio read(String name, InputStream in) {
        try {
            return parse(name, in.readNBytes((int) InputLimits.MAX_PORTFOLIO_BYTES + 1));
        } catch (IOException e) {
            throw new PortfolioException(name, 0, 0, "", "cannot be read: " + reason(e));
        }
    }

    private static Portfolio parse(String name, byte[] bytes, Path folder) {
        if (bytes.length > InputLimits.MAX_PORTFOLIO_BYTES) {
            // read from a stream, which was cut after the limit
            throw tooLarge(name, "more than " + InputLimits.MAX_PORTFOLIO_BYTES, "a portfolio",
                    InputLimits.MAX_PORTFOLIO_BYTES);
        }
        String text = Documents.decode(name, bytes);
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
        Node root = new TreeParser(name).parse(text, json);
        return new PortfolioBinder(name, folder).portfolio(root);
    }

    private static PortfolioException tooLarge(String name, String size, String what, long limit) {
        return new PortfolioException(name, 0, 0, "", "the file is " + size + " bytes; " + what + " may be at most "
                + InputLimits.mebibytes(limit));
    }

    /**
     * The portfolio on line {@code line} of a JSON Lines file: JSON, every problem reported at that line
     * (the column within it kept).
     */
    public static Portfolio parseLine(String name, int line, byte[] json) {
        try {
            if (json.length > InputLimits.MAX_PORTFOLIO_BYTES) {
                throw new PortfolioException(name, line, 0, "", "the line is more than " + InputLimits.MAX_PORTFOLIO_BYTES
                        + " bytes long; a portfolio may be at most " + InputLimits.mebibytes(InputLimits.MAX_PORTFOLIO_BYTES));
            }
            Node root = new TreeParser(name).parse(Documents.decodeLine(name, json), true);
            return new PortfolioBinder(name, null).portfolio(root);
        } catch (PortfolioException e) {
            throw new PortfolioException(name, line, e.column(), e.field(), e.problem());
        }
    }


}
