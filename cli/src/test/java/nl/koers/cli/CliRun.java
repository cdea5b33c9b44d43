package nl.koers.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The outcome of one in-process run of the koers command line. */
record CliRun(int exitCode, String out, String err) {

    /** A run of the command line with every command. */
    static CliRun of(String... args) {
        return run(KoersCommand.commandLine(), args);
    }

    /** A run of the command line as {@link Main} sets it up for {@code args}: for an evaluating command, it alone. */
    static CliRun asMain(String... args) {
        return run(KoersCommand.commandLine(args), args);
    }

    private static CliRun run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
