package nl.koers.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Objects;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.EvaluationDiff;

/**
 * The one way in for embedders, and for the command line: writes an evaluation, a stream of them, or a diff
 * in any {@link ReportFormat}. For example
 * {@code Reports.write(ReportFormat.html, evaluation, ReportSettings.defaults(Language.DUTCH), writer)}.
 * Every call makes its own renderer, so one thread per call is safe; {@code out} is flushed, never closed.
 */
public final class Reports {

    private Reports() {
    }

    /** Writes the report of one evaluation to {@code out} and flushes it. */
    public static void write(ReportFormat format, Evaluation evaluation, ReportSettings settings, Writer out) {
        Objects.requireNonNull(evaluation, "evaluation");
        Report report = open(format, settings, out);
        report.add(evaluation);
        report.finish();
    }

    /**
     * A report to which evaluations are added one at a time, for a whole begroting (then construct the
     * settings with {@code many}); call {@link Report#finish()} after the last one.
     */
    public static Report open(ReportFormat format, ReportSettings settings, Writer out) {
        return Objects.requireNonNull(format, "format").open(printing(out), Objects.requireNonNull(settings, "settings"));
    }

    /** Writes {@code diff} (see {@link EvaluationDiff#between}) to {@code out} and flushes it. */
    public static void writeDiff(ReportFormat format, EvaluationDiff diff, ReportSettings settings, Writer out) {
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(format, "format").diff(printing(out), Objects.requireNonNull(settings, "settings"))
                .render(diff);
    }

    private static PrintWriter printing(Writer out) {
        Objects.requireNonNull(out, "out");
        return out instanceof PrintWriter print ? print : new PrintWriter(out);
    }
}
