package nl.koers.cli.output;

/**
 * Input that the command line itself refuses — an --output over an input, a folder that cannot be written, a
 * report that cannot be rendered — before anything is written: one message on standard error, exit code 2. The
 * message is printed after "koers: ", with its control characters escaped.
 */
public final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Refusal(String message) {
        super(message, null, false, false);
    }
}
