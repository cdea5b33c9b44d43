package nl.koers.cli.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written whole or not at all: the text goes to a temporary file in the same folder, which
 * {@link #commit()} moves over the target in one step (atomically where the file system can). Until then
 * the target, and any previous version of it, is untouched; {@link #close()} without a commit, or the end
 * of the JVM (SIGTERM, Ctrl-C) before it, deletes the temporary file. A new file gets the permissions of any
 * new file (the umask), not the owner-only ones of {@link Files#createTempFile}: a report or portfolio is
 * meant to be shared; a file that is replaced keeps the permissions it had. Only a regular file is ever replaced:
 * a device node, FIFO or folder at the target is refused, since the rename would put a file in its place.
 */
public final class AtomicOutput implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final PrintWriter writer;
    private final Thread cleanup;
    private volatile boolean done;

    /**
     * Opens the temporary file for {@code target}; its folder must exist, and {@code target}, if it exists, must
     * be a regular file (else a {@link FileSystemException} saying what it is).
     */
    public AtomicOutput(Path target) throws IOException {
        // through a link to the file it names: replacing the link itself would leave the real file stale
        this.target = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        requireReplaceable(this.target);
        Path folder = this.target.getParent();
        // hidden and unique; created with the default permissions (a temp file would get 0600)
        this.temporary = folder.resolve("." + this.target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        this.writer = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                StandardCharsets.UTF_8)));
        this.cleanup = new Thread(this::abandon, "koers-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        keepPermissionsOf(this.target, temporary);
    }

    /** Nothing but a regular file (or nothing at all) may be renamed over. */
    private static void requireReplaceable(Path target) throws FileSystemException {
        FileKind kind = FileKind.of(target);
        if (kind != FileKind.ABSENT && kind != FileKind.REGULAR) {
            // no file in the exception: the caller's message names the path as the user gave it
            throw new FileSystemException(null, null, "is " + kind.noun() + ", not a regular file; "
                    + "Koers only replaces regular files");
        }
    }

    /** A report that replaces another keeps the permissions someone gave the old one. */
    private static void keepPermissionsOf(Path target, Path temporary) {
        try {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
        } catch (IOException | UnsupportedOperationException e) {
            // no earlier file, not a POSIX file system, or not ours to read: the default permissions will do
        }
    }

    /**
     * Writes {@code text} to {@code target} whole, replacing it if it exists. A missing folder is a
     * {@link java.nio.file.NoSuchFileException}; a failure while writing (a full disk) is an
     * {@link UncheckedIOException} naming the file, and leaves the target as it was.
     */
    public static void write(Path target, String text) throws IOException {
        try (AtomicOutput output = new AtomicOutput(target)) {
            output.writer().print(text);
            output.commit();
        }
    }

    public PrintWriter writer() {
        return writer;
    }

    /** Moves the complete text into place; an I/O failure (a full disk) leaves the target as it was. */
    public void commit() {
        // closing flushes; PrintWriter keeps any failure of writing, flushing or closing for checkError
        writer.close();
        if (writer.checkError()) {
            throw new UncheckedIOException("cannot write " + target + " (is the disk full?)", new IOException(target.toString()));
        }
        try {
            // on disk before the new name points at it, so that a crash cannot leave an empty report in place
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            // again just before the rename: a FIFO or device put there while the report was written stays
            requireReplaceable(target);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + IoReason.of(e), e);
        }
        done = true;
    }

    /** Deletes the temporary file unless committed. */
    @Override
    public void close() {
        abandon();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // the JVM is shutting down; the hook runs abandon() itself
        }
    }

    /** What the shutdown hook does: the temporary file goes, a committed target stays. */
    public void abandon() {
        if (!done) {
            writer.close();
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // nothing more can be done; the name starts with a dot and ends in .tmp
            }
        }
    }
}
