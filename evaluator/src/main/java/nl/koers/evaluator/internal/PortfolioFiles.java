package nl.koers.evaluator.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import nl.koers.evaluator.PortfolioException;
import nl.koers.model.Portfolio;

/** Decodes, parses and binds the bytes of one portfolio file. */
public final class PortfolioFiles {

    /** A portfolio is a few kilobytes; a file this large is a mistake, not a portfolio. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private PortfolioFiles() {
    }

    /**
     * The portfolio in {@code bytes}, read as JSON when {@code name} ends in .json or the text starts
     * with '{', else as YAML.
     */
    public static Portfolio parse(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new PortfolioException(name, 0, 0, "", "the file is " + bytes.length + " bytes; portfolio files may be at most "
                    + MAX_BYTES + " bytes");
        }
        String text = decode(name, bytes);
        boolean json = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
        Node root = new TreeParser(name).parse(text, json);
        return new PortfolioBinder(name).portfolio(root);
    }

    /**
     * The portfolio on line {@code line} of a JSON Lines file: JSON, every problem reported at that line
     * (the column within it kept).
     */
    public static Portfolio parseLine(String name, int line, byte[] json) {
        try {
            Node root = new TreeParser(name).parse(decode(name, json), true);
            return new PortfolioBinder(name).portfolio(root);
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
