package nl.koers.format;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import nl.koers.format.internal.PortfolioFiles;
import nl.koers.format.tree.Documents;
import nl.koers.model.Portfolio;

/**
 * Many portfolios read one at a time, so that a whole begroting never has to fit in memory: every
 * portfolio file of a folder (sorted by name), or every line of a JSON Lines file ({@code .jsonl}, one
 * portfolio per line). A record that cannot be read is handed out as its {@link PortfolioException}
 * (naming the file and, for JSON Lines, the line) and the stream goes on. Not thread-safe; close it.
 */
public final class PortfolioStream implements Iterator<PortfolioStream.Entry>, Closeable {

    /**
     * One record of the stream: a portfolio, or why it could not be read.
     *
     * @param source    the file, or the file and line ("begroting.jsonl:17")
     * @param portfolio the portfolio, or {@code null}
     * @param problem   the reason it could not be read, or {@code null}
     */
    public record Entry(String source, Portfolio portfolio, PortfolioException problem) {
    }

    private final Iterator<Entry> entries;
    private final Closeable resource;

    private PortfolioStream(Iterator<Entry> entries, Closeable resource) {
        this.entries = entries;
        this.resource = resource;
    }

    /** Whether {@code path} is read as a stream: a folder or a .jsonl file. */
    public static boolean isStream(Path path) {
        return Files.isDirectory(path) || path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    /**
     * The portfolios of a folder (entries ending in .yaml, .yml or .json) or of a .jsonl file. An entry of a folder
     * that is named like a portfolio but is no file (a folder, a FIFO, a device, a dangling link or a link loop) is
     * handed out as a problem, not skipped: it is almost always a portfolio that went missing.
     */
    public static PortfolioStream open(Path path) {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(path)) {
                files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(ya?ml|json)"))
                        .sorted().toList();
            } catch (IOException e) {
                throw new PortfolioException(path.toString(), 0, 0, "", "the folder cannot be read: "
                        + PortfolioFiles.reason(e));
            }
            Iterator<Path> each = files.iterator();
            return new PortfolioStream(new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return each.hasNext();
                }

                @Override
                public Entry next() {
                    Path file = each.next();
                    try {
                        return new Entry(file.toString(), PortfolioReader.read(file), null);
                    } catch (PortfolioException e) {
                        return new Entry(file.toString(), null, e);
                    }
                }
            }, () -> { });
        }
        // /dev/zero named begroting.jsonl would be one endless line, /dev/urandom endless records
        PortfolioFiles.requireRegularFile(path, path.toString());
        try {
            return jsonLines(path.toString(), Files.newInputStream(path));
        } catch (IOException e) {
            throw new PortfolioException(path.toString(), 0, 0, "", "cannot be read: " + PortfolioFiles.reason(e));
        }
    }

    /**
     * The portfolios of a JSON Lines stream named {@code name}, one per non-blank line; closes {@code in} when
     * closed. Lines are read as bytes and decoded one by one, so that a line that is not UTF-8 is refused at
     * its number and the lines after it are still read. A line longer than a portfolio may be is refused
     * without being held in memory: only its first 16 MiB are, and the rest is skipped.
     */
    public static PortfolioStream jsonLines(String name, InputStream in) {
        try {
            return new PortfolioStream(jsonLineEntries(name, in), in);
        } catch (RuntimeException e) {
            // the first line is read at once; if that fails, no stream exists that the caller could close
            try {
                in.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private static Iterator<Entry> jsonLineEntries(String name, InputStream in) {
        Lines input = new Lines(in);
        return new Iterator<>() {
            private int number;
            private byte[] line = advance();

            private byte[] advance() {
                try {
                    byte[] next;
                    do {
                        next = input.next(InputLimits.MAX_PORTFOLIO_BYTES + 1);
                        number++;
                        if (next != null && number == 1 && Documents.startsWithBom(next)) {
                            next = Arrays.copyOfRange(next, 3, next.length);
                        }
                    } while (next != null && isBlank(next));
                    return next;
                } catch (IOException e) {
                    // the medium failed (a disk, a network share): input that cannot be read, at the line reached
                    throw new PortfolioException(name, number, 0, "", "cannot be read: " + PortfolioFiles.reason(e));
                }
            }

            @Override
            public boolean hasNext() {
                return line != null;
            }

            @Override
            public Entry next() {
                if (line == null) {
                    throw new NoSuchElementException();
                }
                byte[] text = line;
                int at = number;
                line = advance();
                String source = name + ":" + at;
                try {
                    return new Entry(source, PortfolioFiles.parseLine(name, at, text), null);
                } catch (PortfolioException e) {
                    return new Entry(source, null, e);
                }
            }
        };
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Reads a stream line by line in blocks, keeping at most a given number of bytes of each line. */
    private static final class Lines {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int end;

        Lines(InputStream in) {
            this.in = in;
        }

        /**
         * The next line without its line feed (and a carriage return before it), cut after {@code keep} bytes, or
         * null at the end of the stream. The part beyond {@code keep} is read and dropped.
         */
        byte[] next(long keep) throws IOException {
            if (position == end && !fill()) {
                return null;
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
            while (true) {
                int feed = position;
                while (feed < end && buffer[feed] != '\n') {
                    feed++;
                }
                int room = (int) Math.max(0, Math.min(feed - position, keep - line.size()));
                line.write(buffer, position, room);
                if (feed < end) {
                    position = feed + 1;
                    break;
                }
                position = end;
                if (!fill()) {
                    break;
                }
            }
            byte[] bytes = line.toByteArray();
            return bytes.length > 0 && bytes.length <= keep - 1 && bytes[bytes.length - 1] == '\r'
                    ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer);
            position = 0;
            end = Math.max(n, 0);
            return n > 0;
        }
    }

    @Override
    public boolean hasNext() {
        return entries.hasNext();
    }

    @Override
    public Entry next() {
        return entries.next();
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
