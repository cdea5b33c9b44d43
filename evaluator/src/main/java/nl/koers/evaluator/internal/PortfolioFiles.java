package nl.koers.evaluator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import nl.koers.evaluator.PortfolioException;
import nl.koers.model.Portfolio;

/** Decodes, parses and binds the bytes of one portfolio file. */
public final class PortfolioFiles {

    private PortfolioFiles() {
    }

    /**
     * The portfolio file {@code file}, named by its path; its measurementsFile, if any, is read from the
     * file's folder. The size is checked before anything is read.
     */
    public static Portfolio read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new PortfolioException(name, 0, 0, "", "is a folder, not a portfolio file");
        }
        byte[] bytes = readBounded(file, name, InputLimits.MAX_PORTFOLIO_BYTES, "a portfolio");
        return parse(name, bytes, file.getParent() != null ? file.getParent() : Path.of(""));
    }

    /**
     * The bytes of {@code file}, refused before anything is read when it holds more than {@code limit}; every
     * failure is a {@link PortfolioException} naming the file.
     *
     * @param what what the file is, for the message: "a portfolio", "a measurements file"
     */
    static byte[] readBounded(Path file, String name, long limit, String what) {
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw tooLarge(name, String.valueOf(size), what, limit);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PortfolioException(name, 0, 0, "", "no such file");
        } catch (IOException e) {
            throw new PortfolioException(name, 0, 0, "", "cannot be read: " + e.getMessage());
        }
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
            throw new PortfolioException(name, 0, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    private static Portfolio parse(String name, byte[] bytes, Path folder) {
        if (bytes.length > InputLimits.MAX_PORTFOLIO_BYTES) {
            // read from a stream, which was cut after the limit
            throw tooLarge(name, "more than " + InputLimits.MAX_PORTFOLIO_BYTES, "a portfolio",
                    InputLimits.MAX_PORTFOLIO_BYTES);
        }
        String text = decode(name, bytes);
        boolean json = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
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
            Node root = new TreeParser(name).parse(decode(name, json), true);
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
