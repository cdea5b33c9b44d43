package nl.koers.report.json;

import java.io.PrintWriter;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Language;
import nl.koers.report.JsonVersion;
import nl.koers.report.Report;

/**
 * The result as JSON (schema koers-result/v1, or koers-result/v2 when asked for): one pretty object, or JSON Lines
 * for a whole begroting.
 */
public final class JsonReport implements Report {

    private final Language language;
    private final PrintWriter out;
    private final boolean lines;
    private final JsonVersion version;

    public JsonReport(Language language, PrintWriter out, boolean lines) {
        this(language, out, lines, JsonVersion.V1);
    }

    public JsonReport(Language language, PrintWriter out, boolean lines, JsonVersion version) {
        this.language = language;
        this.out = out;
        this.lines = lines;
        this.version = version;
    }

    @Override
    public void add(Evaluation evaluation) {
        switch (version) {
            case V1 -> {
                if (lines) {
                    EvaluationJson.writeLine(evaluation, language, out);
                } else {
                    EvaluationJson.write(evaluation, language, out);
                }
            }
            case V2 -> ResultJsonV2.write(evaluation, language, out, !lines);
        }
    }

    @Override
    public void finish() {
        out.flush();
    }
}
