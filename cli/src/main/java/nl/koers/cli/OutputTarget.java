package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Where a report goes: standard output, or a file that is written whole or not at all. */
final class OutputTarget implements AutoCloseable {

    private final PrintWriter writer;
    private final AtomicOutput file;

    private OutputTarget(PrintWriter writer, AtomicOutput file) {
        this.writer = writer;
        this.file = file;
    }

    static OutputTarget stdout(PrintWriter out) {
        return new OutputTarget(out, null);
    }

    static OutputTarget file(Path path) throws IOException {
        AtomicOutput file = new AtomicOutput(path);
        return new OutputTarget(file.writer(), file);
    }

    PrintWriter writer() {
        return writer;
    }

    /** Whether a person may be reading along: standard output on a terminal. */
    boolean terminal() {
        return file == null && Terminal.isTerminal(Terminal.STDOUT);
    }

    /** The report is complete: flush it, or move the file into place. */
    void commit() {
        if (file == null) {
            writer.flush();
        } else {
            file.commit();
        }
    }

    /** Without a commit, a file target leaves no trace and the previous report intact. */
    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
