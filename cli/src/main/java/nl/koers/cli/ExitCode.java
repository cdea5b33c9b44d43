package nl.koers.cli;

/** The exit codes of every koers command; scripts act on them, so they never change meaning. */
public final class ExitCode {

    /** Done; for check: every action achieved or on track and no budget change needed. */
    public static final int OK = 0;
    /** Koers itself failed (a bug or a broken installation); the message says what, --debug shows where. */
    static final int INTERNAL_ERROR = 1;
    /** The input is invalid: a portfolio file, an option or an argument; the message names file, line and field. */
    public static final int INVALID_INPUT = 2;
    /** check: something needs attention (an action not achieved or on track, or a budget change). */
    public static final int ATTENTION = 3;

    private ExitCode() {
    }
}
