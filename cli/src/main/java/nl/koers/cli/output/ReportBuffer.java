package nl.koers.cli.output;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import nl.koers.evaluator.RuleSetException;

/**
 * What a report writes for one portfolio (or one diff, check or explanation), held until it is complete: a
 * failure while rendering it — an explanation text of the rule set that cannot be filled in — then leaves nothing
 * of it in the output, instead of half a report that a script would take for a whole one.
 */
public final class ReportBuffer {

    private final StringWriter text = new StringWriter();
    private final PrintWriter writer = new PrintWriter(text);

    /** Where the renderer writes. */
    public PrintWriter writer() {
        return writer;
    }

    /**
     * Runs {@code rendering}, which writes to {@link #writer()}; when the rule set fails it, the buffer is emptied
     * and the failure becomes a {@link Refusal}, one message with exit code 2.
     */
    public void render(Runnable rendering) {
        try {
            rendering.run();
        } catch (RuleSetException e) {
            text.getBuffer().setLength(0);
            throw new Refusal(e.getMessage() + "; nothing of the report was written");
        }
    }

    /** Writes to {@code out} what {@code rendering} writes, once it is complete; see {@link #render}. */
    public static void whole(PrintWriter out, Consumer<PrintWriter> rendering) {
        ReportBuffer buffer = new ReportBuffer();
        buffer.render(() -> rendering.accept(buffer.writer()));
        buffer.moveTo(out);
        out.flush();
    }

    /** Writes what is held to {@code out}, and holds nothing again. */
    public void moveTo(PrintWriter out) {
        writer.flush();
        out.write(text.toString());
        text.getBuffer().setLength(0);
    }
}
