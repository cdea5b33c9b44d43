package nl.koers.report;

import nl.koers.evaluator.EvaluationDiff;

/**
 * Writes an {@link EvaluationDiff} in one output format. One class per format, so that a format is added by
 * writing a class and naming it in {@link ReportFormat#diff}. A renderer is made per run with the messages
 * of the language asked for and the output to write to.
 */
public interface DiffRenderer {

    /** Writes {@code diff} and flushes the output. */
    void render(EvaluationDiff diff);
}
