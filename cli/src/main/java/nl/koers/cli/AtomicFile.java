package nl.koers.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that a reader sees the old content or the new, never half of it: the bytes go to a
 * temporary file in the same folder, which is then renamed over the target in one step.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /** Writes {@code content} to {@code target}, replacing it if it exists. */
    static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        // createFile, not createTempFile: a temporary file is private (rw-------), this one gets the usual rights
        Path temporary = Files.createFile(absolute.resolveSibling(
                "." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp"));
        try {
            Files.write(temporary, content);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
