package nl.koers.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.EvaluationDiff.ActionChange;
import nl.koers.evaluator.EvaluationDiff.Change;
import nl.koers.evaluator.EvaluationDiff.MeasurementChange;
import nl.koers.evaluator.EvaluationDiff.TargetChange;
import nl.koers.evaluator.EvaluationDiff;
import nl.koers.model.BudgetChange;
import nl.koers.model.Coded;
import nl.koers.model.Colour;
import nl.koers.model.ColourScore;
import nl.koers.model.Measurement;
import nl.koers.model.Performance;
import nl.koers.report.DiffRenderer;
import nl.koers.report.DiffWords;
import nl.koers.report.Messages;

/**
 * The diff as JSON for other systems, schema {@value #SCHEMA}: fields always in the same order and present
 * (null when absent), codes as in the portfolio format, amounts as exact decimals, explanations in the
 * language asked for. The shape is described in {@code koers diff --help}.
 */
public final class DiffJsonRenderer implements DiffRenderer {

    /** Names the shape of the output; it changes only with a new version. */
    static final String SCHEMA = "koers-diff/v1";

    private final Messages messages;
    private final DiffWords words;
    private final PrintWriter out;

    public DiffJsonRenderer(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.words = new DiffWords(messages);
        this.out = out;
    }

    @Override
    public void render(EvaluationDiff diff) {
        try (JsonGenerator json = JsonOutput.open(out, true)) {
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            Performance p = diff.to().portfolio().performance();
            json.writeObjectFieldStart("performance");
            json.writeStringField("code", p.code());
            json.writeStringField("title", p.title());
            json.writeStringField("organisation", p.organisation());
            json.writeEndObject();
            side(json, "from", diff.from());
            side(json, "to", diff.to());
            json.writeStringField("ruleSet", diff.to().ruleSet());
            json.writeStringField("language", messages.language().code());
            json.writeBooleanField("changed", !diff.isEmpty());
            json.writeArrayFieldStart("actions");
            for (ActionChange action : diff.actions()) {
                action(json, diff, action);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unchangedActions");
            for (String id : diff.unchangedActions()) {
                json.writeString(id);
            }
            json.writeEndArray();
            colour(json, "contentColour", diff.content(), diff.to(), diff.to().content());
            colour(json, "moneyColour", diff.money(), diff.to(), diff.to().money());
            json.writeObjectFieldStart("budgetChange");
            json.writeBooleanField("changed", diff.budgetChange().changed());
            budgetChange(json, "from", diff.budgetChange().from());
            budgetChange(json, "to", diff.budgetChange().to());
            json.writeStringField("explanation", words.explain(diff.to(), diff.to().budgetChange()));
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private static void side(JsonGenerator json, String field, Evaluation evaluation) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("code", evaluation.portfolio().performance().code());
        json.writeStringField("peildatum", evaluation.peildatum().toString());
        json.writeEndObject();
    }

    private void action(JsonGenerator json, EvaluationDiff diff, ActionChange action) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", action.id());
        json.writeStringField("title", action.title());
        json.writeStringField("change", action.withdrawn() ? "withdrawn" : change(action.status()));
        moves(json, action.status());
        json.writeStringField("explanation", words.explanation(diff, action));
        json.writeArrayFieldStart("targets");
        for (TargetChange target : action.targets()) {
            json.writeStartObject();
            json.writeStringField("id", target.id());
            json.writeStringField("indicator", target.indicator());
            json.writeStringField("change", change(target.status()));
            moves(json, target.status());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("measurements");
        for (MeasurementChange m : action.measurements()) {
            json.writeStartObject();
            json.writeStringField("target", m.target());
            json.writeStringField("date", m.date().toString());
            json.writeStringField("change", DiffWords.kind(m));
            measurement(json, "from", m.from());
            measurement(json, "to", m.to());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String change(Change<?> change) {
        return change.added() ? "added" : change.removed() ? "removed" : "changed";
    }

    private static void moves(JsonGenerator json, Change<? extends Coded> change) throws IOException {
        json.writeStringField("from", change.from() == null ? null : change.from().code());
        json.writeStringField("to", change.to() == null ? null : change.to().code());
    }

    private static void measurement(JsonGenerator json, String field, Measurement m) throws IOException {
        if (m == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        JsonOutput.number(json, "value", m.value());
        json.writeStringField("bound", m.value() == null ? null : m.bound().code());
        JsonOutput.bool(json, "done", m.done());
        json.writeStringField("source", m.source());
        json.writeEndObject();
    }

    private void colour(JsonGenerator json, String field, Change<Colour> change, Evaluation to,
                        Decision<ColourScore> now) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeBooleanField("changed", change.changed());
        moves(json, change);
        json.writeStringField("explanation", words.explain(to, now));
        json.writeEndObject();
    }

    private static void budgetChange(JsonGenerator json, String field, BudgetChange change) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("type", change.type().code());
        JsonOutput.number(json, "amount", change.amount());
        json.writeStringField("source", change.source());
        JsonOutput.number(json, "year", change.year());
        json.writeEndObject();
    }
}
