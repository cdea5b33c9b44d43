package nl.koers.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Whether a person watches standard output or standard error, and whether they want colour. */
public final class Terminal {

    public static final int STDOUT = 1;
    public static final int STDERR = 2;

    private Terminal() {
    }

    /**
     * Whether file descriptor {@code fd} is a terminal. On Linux it is when its link names a terminal device;
     * elsewhere {@link System#console()} answers, which needs standard input and output to be terminals.
     */
    public static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return fd == STDOUT && System.console() != null;
        }
    }

    /**
     * Whether to write ANSI colour: only to a terminal, never when NO_COLOR is set to anything but the
     * empty string (https://no-color.org) and never on a terminal that says it cannot (TERM=dumb).
     */
    public static boolean colour(Map<String, String> environment, boolean terminal) {
        String noColor = environment.get("NO_COLOR");
        return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(environment.get("TERM"));
    }
}
