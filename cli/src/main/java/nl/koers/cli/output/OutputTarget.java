package nl.koers.cli.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a report goes: standard output; a regular file, written whole or not at all (through {@link AtomicOutput});
 * or a character device such as {@code /dev/null} or a terminal, written to directly as a shell's {@code >} would,
 * since a rename would replace the device node itself. Anything else (a FIFO, a socket, a block device, a folder)
 * is refused: a FIFO without a reader would hang the run, and none of them can hold a report whole.
 */
public final class OutputTarget implements AutoCloseable {

    private final PrintWriter writer;
    private final AtomicOutput file;
    private final Path device;

    private OutputTarget(PrintWriter writer, AtomicOutput file, Path device) {
        this.writer = writer;
        this.file = file;
        this.device = device;
    }

    public static OutputTarget stdout(PrintWriter out) {
        return new OutputTarget(out, null, null);
    }

    /**
     * The file or device {@code path}; an {@link IOException} when it cannot be opened, a {@link Refusal} when it is
     * something a report cannot be written to.
     */
    public static OutputTarget file(Path path) throws IOException {
        FileKind kind = FileKind.of(path);
        if (kind == FileKind.CHARACTER_DEVICE) {
            // no CREATE, no TRUNCATE: the device is there, and only written to
            PrintWriter direct = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(path, StandardOpenOption.WRITE), StandardCharsets.UTF_8)));
            return new OutputTarget(direct, null, path);
        }
        if (kind != FileKind.ABSENT && kind != FileKind.REGULAR) {
            throw refusal(path, kind);
        }
        AtomicOutput file = new AtomicOutput(path);
        return new OutputTarget(file.writer(), file, null);
    }

    /** Why {@code path}, which is {@code kind}, cannot take a report. */
    public static Refusal refusal(Path path, FileKind kind) {
        return new Refusal(kind == FileKind.DIRECTORY ? "--output " + path + " is a folder; name a file"
                : "--output " + path + " is " + kind.noun() + "; a report is written to a regular file, a character "
                        + "device such as /dev/null, or with --output - to standard output");
    }

    public PrintWriter writer() {
        return writer;
    }

    /** Whether a person may be reading along: standard output on a terminal. */
    public boolean terminal() {
        return file == null && device == null && Terminal.isTerminal(Terminal.STDOUT);
    }

    /** The report is complete: flush it, or move the file into place. */
    public void commit() {
        if (file != null) {
            file.commit();
            return;
        }
        writer.flush();
        if (device != null && writer.checkError()) {
            throw new UncheckedIOException("cannot write " + device, new IOException(device.toString()));
        }
    }

    /** Without a commit, a file target leaves no trace and the previous report intact. */
    @Override
    public void close() {
        if (file != null) {
            file.close();
        } else if (device != null) {
            writer.close();
        }
    }
}
