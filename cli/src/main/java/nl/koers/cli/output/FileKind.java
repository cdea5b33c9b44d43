package nl.koers.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path names, following links, as far as writing a report to it matters: a report replaces a regular file
 * whole through a temporary file and a rename, which must never happen to a device node or a FIFO (as root,
 * renaming over {@code /dev/null} would replace the system's). A character device is written to directly.
 */
public enum FileKind {
    ABSENT("nothing"),
    REGULAR("a file"),
    DIRECTORY("a folder"),
    CHARACTER_DEVICE("a character device"),
    FIFO("a named pipe (FIFO)"),
    BLOCK_DEVICE("a block device"),
    SOCKET("a socket"),
    OTHER("not a regular file");

    /** The file-type bits of a Unix mode. */
    private static final int TYPE = 0170000;

    private final String noun;

    FileKind(String noun) {
        this.noun = noun;
    }

    /** "a named pipe (FIFO)", for messages. */
    String noun() {
        return noun;
    }

    public static FileKind of(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return ABSENT;
        }
        if (attributes.isRegularFile()) {
            return REGULAR;
        }
        if (attributes.isDirectory()) {
            return DIRECTORY;
        }
        return special(path);
    }

    /** A device, FIFO or socket, told apart by the file-type bits where the file system shows them. */
    private static FileKind special(Path path) {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & TYPE;
            return switch (type) {
                case 0020000 -> CHARACTER_DEVICE;
                case 0010000 -> FIFO;
                case 0060000 -> BLOCK_DEVICE;
                case 0140000 -> SOCKET;
                default -> OTHER;
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // no Unix view: unknown, and so never written to
            return OTHER;
        }
    }
}
