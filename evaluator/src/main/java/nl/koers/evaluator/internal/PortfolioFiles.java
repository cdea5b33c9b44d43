package nl.koers.evaluator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import nl.koers.evaluator.PortfolioException;
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
     * How a path written in a file is to stay inside a folder, for the messages refusing one that does not.
     *
     * @param relativeTo what the path is relative to: "the portfolio's folder"
     * @param example    a path that would do: "e.g. metingen.csv"
     * @param folder     the folder it may not leave
     * @param hint       where to keep the file instead
     */
    record Within(String relativeTo, String example, String folder, String hint) {
    }

    /**
     * {@code written}, a path relative to {@code base} (a folder inside the one it may not leave, "" for that folder
     * itself), as a normalised path relative to that folder. Only the text is looked at; links are for the caller to
     * check where it reads.
     *
     * @throws IllegalArgumentException saying why the path is refused: not a path, absolute, or climbing out
     */
    static Path inside(Path base, String written, Within within) {
        Path relative;
        try {
            relative = Path.of(written);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + written + "' is not a file name");
        }
        if (written.isBlank() || relative.isAbsolute() || written.startsWith("/") || written.startsWith("\\")
                || written.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("'" + written + "' must be a path relative to " + within.relativeTo()
                    + ", " + within.example());
        }
        Path normal = base.resolve(relative).normalize();
        if (normal.toString().isEmpty() || normal.startsWith("..")) {
            throw new IllegalArgumentException("'" + written + "' leads outside " + within.folder() + "; "
                    + within.hint());
        }
        return normal;
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
        String text = decode(name, bytes);
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
            Node root = new TreeParser(name).parse(decodeLine(name, json), true);
            return new PortfolioBinder(name, null).portfolio(root);
        } catch (PortfolioException e) {
            throw new PortfolioException(name, line, e.column(), e.field(), e.problem());
        }
    }

    /** UTF-8, with or without a byte-order mark; UTF-16 and UTF-32 are refused by name, anything else as not UTF-8. */
    static String decode(String name, byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            throw new PortfolioException(name, 1, 1, "", "the file is UTF-32; save it as UTF-8");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new PortfolioException(name, 1, 1, "", "the file is UTF-16; save it as UTF-8");
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                // Text never holds NUL; UTF-16 without a byte-order mark, or a binary file, does.
                int line = 1;
                for (int j = offset; j < i; j++) {
                    line += bytes[j] == '\n' ? 1 : 0;
                }
                throw new PortfolioException(name, line, 0, "", "the file is not UTF-8 text (it holds NUL bytes: "
                        + "UTF-16, or not text at all); save it as UTF-8");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            int line = 1 + lineOfFirstBadByte(bytes, offset);
            throw new PortfolioException(name, line, 0, "", "the file is not UTF-8 text; save it as UTF-8");
        }
    }

    /**
     * One line of a JSON Lines file as UTF-8 (its file's byte-order mark already dropped). Bytes that are not UTF-8
     * are reported at their column as what they are: a byte FF or FE in a line is no UTF-16 file, and a NUL byte
     * in one line says nothing about the others.
     */
    static String decodeLine(String name, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new PortfolioException(name, 1, column(bytes, i), "", "the line holds a NUL byte, which no text "
                        + "holds; a JSON Lines record is one line of UTF-8 text");
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new PortfolioException(name, 1, column(bytes, in.position()), "", String.format("the line is not UTF-8 "
                    + "text: the byte %02X is no UTF-8 character here; save the file as UTF-8", bytes[in.position()] & 0xFF));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The column of the byte at {@code index} of a line, counted in characters as an editor shows them. */
    private static int column(byte[] line, int index) {
        String before = new String(line, 0, index, StandardCharsets.UTF_8);
        return before.codePointCount(0, before.length()) + 1;
    }

    private static int lineOfFirstBadByte(byte[] bytes, int offset) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int lines = 0;
        int lineStart = offset;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    decoder.decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return lines;
                }
                lines++;
                lineStart = i + 1;
            }
        }
        return lines;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
