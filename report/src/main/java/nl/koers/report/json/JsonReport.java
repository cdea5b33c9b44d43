package nl.koers.report.json;

import java.io.PrintWriter;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Language;
import nl.koers.report.Report;

/** The result as JSON (schema koers-result/v1): one pretty object, or JSON Lines for a whole begroting. */
public final class JsonReport implements Report {

    private final Language language;
    private final PrintWriter out;
    private final boolean lines;

    public JsonReport(Language language, PrintWriter out, boolean lines) {
        this.language = language;
        this.out = out;
        this.lines = lines;
    }

    @Override
    public void add(Evaluation evaluation) {
        if (lines) {
            EvaluationJson.writeLine(evaluation, language, out);
        } else {
            EvaluationJson.write(evaluation, language, out);
        }
    }

    @Override
    public void finish() {
        out.flush();
    }
}
