package nl.koers.cli.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be written, in words: Java names the file of an {@link AccessDeniedException} but not the
 * reason, so its message alone reads "cannot write /x: /x".
 */
public final class IoReason {

    private IoReason() {
    }

    /** "/srv/regels/README.md: permission denied", "/proc/x: no such file or folder". */
    public static String of(IOException e) {
        String file = e instanceof FileSystemException f ? f.getFile() : null;
        String reason = reason(e);
        return file == null || reason.contains(file) ? reason : file + ": " + reason;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String reason = f.getReason();
            return reason.isEmpty() ? reason : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
