package nl.koers.format.tree;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import nl.koers.format.PortfolioException;

/**
 * The bytes of a Koers document (a portfolio, a scenario file) as text, and the paths written in one. Shared by
 * every reader of such documents so that each refuses the same encodings and the same paths in the same words.
 */
public final class Documents {

    private Documents() {
    }

    /**
     * How a path written in a file is to stay inside a folder, for the messages refusing one that does not.
     *
     * @param relativeTo what the path is relative to: "the portfolio's folder"
     * @param example    a path that would do: "e.g. metingen.csv"
     * @param folder     the folder it may not leave
     * @param hint       where to keep the file instead
     */
    public record Within(String relativeTo, String example, String folder, String hint) {
    }

    /**
     * {@code written}, a path relative to {@code base} (a folder inside the one it may not leave, "" for that folder
     * itself), as a normalised path relative to that folder. Only the text is looked at; links are for the caller to
     * check where it reads.
     *
     * @throws IllegalArgumentException saying why the path is refused: not a path, absolute, or climbing out
     */
    public static Path inside(Path base, String written, Within within) {
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

    /** Whether {@code bytes} start with UTF-8's byte-order mark, which {@link #decode} drops. */
    public static boolean startsWithBom(byte[] bytes) {
        return startsWith(bytes, 0xEF, 0xBB, 0xBF);
    }

    /** UTF-8, with or without a byte-order mark; UTF-16 and UTF-32 are refused by name, anything else as not UTF-8. */
    public static String decode(String name, byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            throw new PortfolioException(name, 1, 1, "", "the file is UTF-32; save it as UTF-8");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new PortfolioException(name, 1, 1, "", "the file is UTF-16; save it as UTF-8");
        }
        int offset = startsWithBom(bytes) ? 3 : 0;
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
    public static String decodeLine(String name, byte[] bytes) {
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
    }}
