package nl.koers.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many portfolios, one at a time: a folder in name order, or a JSON Lines file line by line; a bad record
 * becomes an entry naming its file and line, and the stream goes on.
 */
class PortfolioStreamTest {

    /** A valid portfolio on one line of JSON; {@code %s} is its performance code. */
    static final String LINE = "{\"format\":\"koers/v1\",\"performance\":{\"code\":\"%s\",\"title\":\"Proef\","
            + "\"period\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"}},\"actions\":[{\"id\":\"1\","
            + "\"targets\":[{\"id\":\"1a\",\"kind\":\"quantity\",\"direction\":\"at-least\",\"value\":10}],"
            + "\"measurements\":[{\"target\":\"1a\",\"date\":\"2024-06-30\",\"value\":4}]}]}";

    /** Line 3 of the JSON Lines file below: the key "titel" is a typo of "title". */
    private static final String BAD_LINE = "{\"format\":\"koers/v1\",\"performance\":{\"code\":\"3\",\"titel\":\"Tikfout\","
            + "\"period\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"}}}";

    private static final String YAML = """
            format: koers/v1
            performance:
              code: "%s"
              title: "Proef"
              period: { start: 2024-01-01, end: 2024-12-31 }
            """;

    @TempDir
    Path dir;

    @Test
    void aFolderGivesEveryPortfolioFileInNameOrderAndABadOneAsItsProblem() throws IOException {
        write("d.yml", YAML.formatted("D"));
        write("b.json", LINE.formatted("B"));
        write("c.yaml", """
                format: koers/v1
                performance:
                  code: "C"
                  titel: "Tikfout"
                  period: { start: 2024-01-01, end: 2024-12-31 }
                """);
        write("a.yaml", YAML.formatted("A"));
        write("README.md", "# not a portfolio\n");
        write("notes.txt", "not a portfolio either\n");
        write("begroting.jsonl", "not read inside a folder\n");
        Files.createDirectory(dir.resolve("e.yaml"));

        List<PortfolioStream.Entry> entries = all(PortfolioStream.open(dir));

        assertThat(entries).extracting(PortfolioStream.Entry::source).containsExactly(
                dir.resolve("a.yaml").toString(), dir.resolve("b.json").toString(), dir.resolve("c.yaml").toString(),
                dir.resolve("d.yml").toString(), dir.resolve("e.yaml").toString());
        assertThat(entries).extracting(e -> e.portfolio() == null ? null : e.portfolio().performance().code())
                .containsExactly("A", "B", null, "D", null);
        assertThat(entries.get(4).problem().getMessage()).isEqualTo(dir.resolve("e.yaml") + ": is a folder, not a file");
        PortfolioStream.Entry bad = entries.get(2);
        assertThat(bad.problem()).isNotNull();
        assertThat(bad.problem().file()).isEqualTo(dir.resolve("c.yaml").toString());
        assertThat(bad.problem().line()).isEqualTo(4);
        assertThat(bad.problem().column()).isEqualTo(3);
        assertThat(bad.problem().field()).isEqualTo("performance.titel");
        assertThat(bad.problem().getMessage()).startsWith(dir.resolve("c.yaml") + ":4:3: performance.titel: unknown field");
        assertThat(entries.subList(0, 4)).filteredOn(e -> e != bad).allSatisfy(e -> assertThat(e.problem()).isNull());
    }

    @Test
    void entriesNamedLikePortfoliosThatAreNoFilesAreReportedAndTheOthersRead() throws IOException, InterruptedException {
        write("a.yaml", YAML.formatted("A"));
        Files.createSymbolicLink(dir.resolve("b.yaml"), dir.resolve("weg.yaml"));
        Files.createSymbolicLink(dir.resolve("c.yaml"), dir.resolve("c.yaml"));
        Files.createSymbolicLink(dir.resolve("d.json"), Path.of("/dev/zero"));
        assertThat(new ProcessBuilder("mkfifo", dir.resolve("e.yml").toString()).start().waitFor()).isZero();
        write("f.yaml", YAML.formatted("F"));

        List<PortfolioStream.Entry> entries = all(PortfolioStream.open(dir));

        assertThat(entries).extracting(e -> e.portfolio() == null ? e.problem().getMessage()
                : e.portfolio().performance().code()).containsExactly("A",
                dir.resolve("b.yaml") + ": is a link to a file that does not exist",
                dir.resolve("c.yaml") + ": is a link that leads round in a loop",
                dir.resolve("d.json") + ": is not a regular file (it is a device, a FIFO or a socket); give a file saved on disk",
                dir.resolve("e.yml") + ": is not a regular file (it is a device, a FIFO or a socket); give a file saved on disk",
                "F");
    }

    @Test
    void aJsonLinesPathThatIsNoFileIsRefusedBeforeItIsOpened() throws IOException {
        Files.createSymbolicLink(dir.resolve("begroting.jsonl"), Path.of("/dev/urandom"));

        assertThatThrownBy(() -> PortfolioStream.open(dir.resolve("begroting.jsonl")))
                .isInstanceOf(PortfolioException.class)
                .hasMessage(dir.resolve("begroting.jsonl") + ": is not a regular file (it is a device, a FIFO or a "
                        + "socket); give a file saved on disk");
    }

    @Test
    void aLineOfBytesThatAreNoUtf8IsNamedForWhatItIsNotAsUtf16() {
        byte[] lines = ("{}\n\u00ff\u00fe{}\n").getBytes(StandardCharsets.ISO_8859_1);

        List<PortfolioStream.Entry> entries = all(PortfolioStream.jsonLines("b.jsonl", new ByteArrayInputStream(lines)));

        assertThat(entries.get(1).problem().getMessage()).isEqualTo("b.jsonl:2:1: the line is not UTF-8 text: the byte "
                + "FF is no UTF-8 character here; save the file as UTF-8");
    }

    @Test
    void anEmptyFolderGivesNoEntries() {
        assertThat(all(PortfolioStream.open(dir))).isEmpty();
    }

    @Test
    void aJsonLinesFileGivesTheGoodPortfoliosInOrderAndTheBadLineWithItsLineColumnAndField() throws IOException {
        Path file = write("begroting.jsonl", String.join("\n", LINE.formatted("1"), LINE.formatted("2"), BAD_LINE,
                "   ", LINE.formatted("5")) + "\n");

        List<PortfolioStream.Entry> entries = all(PortfolioStream.open(file));

        assertThat(entries).extracting(PortfolioStream.Entry::source).containsExactly(
                file + ":1", file + ":2", file + ":3", file + ":5");
        assertThat(entries).extracting(e -> e.portfolio() == null ? null : e.portfolio().performance().code())
                .containsExactly("1", "2", null, "5");
        PortfolioException problem = entries.get(2).problem();
        assertThat(problem).isNotNull();
        assertThat(problem.file()).isEqualTo(file.toString());
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(BAD_LINE.indexOf("\"titel\"") + 1);
        assertThat(problem.field()).isEqualTo("performance.titel");
        assertThat(problem.getMessage()).startsWith(file + ":3:" + (BAD_LINE.indexOf("\"titel\"") + 1)
                + ": performance.titel: unknown field");
    }

    @Test
    void aLineThatIsNotJsonIsABadRecordAtItsLineAndTheStreamGoesOn() {
        String input = LINE.formatted("1") + "\n" + "format: koers/v1\n" + "{\"format\": \n" + LINE.formatted("4") + "\n";

        List<PortfolioStream.Entry> entries = all(PortfolioStream.jsonLines("in.jsonl", utf8(input)));

        assertThat(entries).extracting(PortfolioStream.Entry::source)
                .containsExactly("in.jsonl:1", "in.jsonl:2", "in.jsonl:3", "in.jsonl:4");
        assertThat(entries.get(1).problem().line()).isEqualTo(2);
        assertThat(entries.get(2).problem().line()).isEqualTo(3);
        assertThat(entries.get(3).portfolio().performance().code()).isEqualTo("4");
    }

    @Test
    void aByteOrderMarkOnTheFirstLineIsAccepted() throws IOException {
        Path file = dir.resolve("bom.jsonl");
        Files.write(file, ("\uFEFF" + LINE.formatted("1") + "\n" + LINE.formatted("2") + "\n")
                .getBytes(StandardCharsets.UTF_8));

        List<PortfolioStream.Entry> entries = all(PortfolioStream.open(file));

        assertThat(entries).allSatisfy(e -> assertThat(e.problem()).isNull());
        assertThat(entries).extracting(e -> e.portfolio().performance().code()).containsExactly("1", "2");
    }

    @Test
    void windowsLineEndsAndNoFinalLineEndAreAccepted() {
        String input = LINE.formatted("1") + "\r\n\r\n" + LINE.formatted("3");

        List<PortfolioStream.Entry> entries = all(PortfolioStream.jsonLines("crlf.jsonl", utf8(input)));

        assertThat(entries).extracting(PortfolioStream.Entry::source).containsExactly("crlf.jsonl:1", "crlf.jsonl:3");
        assertThat(entries).allSatisfy(e -> assertThat(e.problem()).isNull());
    }

    @Test
    void aLineThatIsNotUtf8IsRefusedWithAMessageSayingSo() {
        String latin1 = LINE.formatted("1").replace("Proef", "Caf\u00e9") + "\n" + LINE.formatted("2") + "\n";

        List<PortfolioStream.Entry> entries = all(PortfolioStream.jsonLines("latin1.jsonl",
                new ByteArrayInputStream(latin1.getBytes(StandardCharsets.ISO_8859_1))));

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).portfolio()).isNull();
        assertThat(entries.get(0).problem()).isNotNull();
        assertThat(entries.get(0).problem().getMessage()).startsWith("latin1.jsonl:1").contains("not UTF-8");
        assertThat(entries.get(1).portfolio().performance().code()).isEqualTo("2");
    }

    @Test
    void aByteOrderMarkBeforeABlankFirstLineIsSkippedWithIt() {
        String input = "\uFEFF\n" + LINE.formatted("2") + "\n";

        List<PortfolioStream.Entry> entries = all(PortfolioStream.jsonLines("bom.jsonl", utf8(input)));

        assertThat(entries).extracting(PortfolioStream.Entry::source).containsExactly("bom.jsonl:2");
        assertThat(entries.get(0).problem()).isNull();
    }

    @Test
    void onlyFoldersAndJsonLinesFilesAreStreams() throws IOException {
        assertThat(PortfolioStream.isStream(dir)).isTrue();
        assertThat(PortfolioStream.isStream(dir.resolve("begroting.jsonl"))).isTrue();
        assertThat(PortfolioStream.isStream(dir.resolve("BEGROTING.JSONL"))).isTrue();
        assertThat(PortfolioStream.isStream(write("x.jsonl", LINE.formatted("1")))).isTrue();
        Files.createDirectory(dir.resolve("looks-like.yaml"));
        assertThat(PortfolioStream.isStream(dir.resolve("looks-like.yaml"))).isTrue();

        assertThat(PortfolioStream.isStream(write("p.yaml", YAML.formatted("1")))).isFalse();
        assertThat(PortfolioStream.isStream(write("p.json", LINE.formatted("1")))).isFalse();
        assertThat(PortfolioStream.isStream(dir.resolve("missing.yml"))).isFalse();
        assertThat(PortfolioStream.isStream(dir.resolve("jsonl"))).isFalse();
        assertThat(PortfolioStream.isStream(dir.resolve("p.jsonl.yaml"))).isFalse();
        assertThat(PortfolioStream.isStream(Path.of("-"))).isFalse();
    }

    @Test
    void aMissingJsonLinesFileIsAPortfolioExceptionNamingTheFile() {
        Path missing = dir.resolve("missing.jsonl");

        PortfolioException e = catchThrowableOfType(() -> PortfolioStream.open(missing), PortfolioException.class);

        assertThat(e).isNotNull();
        assertThat(e.file()).isEqualTo(missing.toString());
        assertThat(e.getMessage()).startsWith(missing + ": ");
    }

    @Test
    void closingTheStreamClosesItsInput() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream((LINE.formatted("1") + "\n").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        PortfolioStream stream = PortfolioStream.jsonLines("in.jsonl", in);
        stream.close();

        assertThat(closed[0]).isTrue();
    }

    /**
     * 20,000 portfolios, about 7 MB, generated line by line as the stream asks for bytes: the stream must hand
     * out each portfolio having read only a bounded stretch ahead of it, never the whole input.
     */
    @Test
    void aLongJsonLinesInputIsReadOnlyABoundedStretchAheadOfTheEntryHandedOut() {
        int count = 20_000;
        GeneratedLines input = new GeneratedLines(count);
        long maxAhead = 0;
        int seen = 0;
        try (PortfolioStream stream = PortfolioStream.jsonLines("generated.jsonl", input)) {
            while (stream.hasNext()) {
                PortfolioStream.Entry entry = stream.next();
                seen++;
                assertThat(entry.problem()).isNull();
                assertThat(entry.source()).isEqualTo("generated.jsonl:" + seen);
                assertThat(entry.portfolio().performance().code()).isEqualTo("7." + seen);
                maxAhead = Math.max(maxAhead, input.bytesProduced() - input.bytesUpTo(seen));
            }
        }

        assertThat(seen).isEqualTo(count);
        assertThat(input.bytesProduced()).isGreaterThan(4L << 20);
        // the readers' buffers (64 K chars and 8 K bytes) and a line or two, far below the 7 MB of input
        assertThat(maxAhead).isLessThan(256L << 10);
    }

    /** JSON Lines made on demand: line n is a portfolio with code "7.n"; no line is kept once it is read. */
    private static final class GeneratedLines extends InputStream {
        private final int lines;
        private final long[] endOfLine;
        private byte[] current = new byte[0];
        private int position;
        private int made;
        private long produced;

        GeneratedLines(int lines) {
            this.lines = lines;
            this.endOfLine = new long[lines + 1];
        }

        @Override
        public int read() {
            if (!ensure()) {
                return -1;
            }
            produced++;
            return current[position++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!ensure()) {
                return -1;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            produced += n;
            return n;
        }

        private boolean ensure() {
            if (position < current.length) {
                return true;
            }
            if (made == lines) {
                return false;
            }
            made++;
            // about 360 bytes, so that 20,000 lines are well over 4 MB
            current = (LINE.formatted("7." + made).replace("\"Proef\"", "\"Proef " + "x".repeat(20) + "\"") + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            position = 0;
            endOfLine[made] = endOfLine[made - 1] + current.length;
            return true;
        }

        long bytesProduced() {
            return produced;
        }

        /** How many bytes lines 1 to {@code line} take. */
        long bytesUpTo(int line) {
            return endOfLine[line];
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<PortfolioStream.Entry> all(PortfolioStream stream) {
        List<PortfolioStream.Entry> entries = new ArrayList<>();
        try (stream) {
            stream.forEachRemaining(entries::add);
        }
        return entries;
    }
}
