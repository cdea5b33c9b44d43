package nl.koers.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Language;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.model.BudgetChange;
import nl.koers.model.ColourScore;
import nl.koers.model.Finding;
import nl.koers.model.Performance;
import nl.koers.model.TargetKind;
import nl.koers.model.TargetProgress;

/**
 * Writes an {@link Evaluation} as JSON for other systems, schema {@value #SCHEMA}: fields always in the
 * same order, amounts as exact decimal numbers, dates as YYYY-MM-DD, codes as in the portfolio format,
 * explanations in the language asked for. Thread-safe.
 */
public final class EvaluationJson {

    /** Names the shape of the output; it changes only with a new version. */
    public static final String SCHEMA = "koers-result/v1";

    private EvaluationJson() {
    }

    /** Writes {@code evaluation} to {@code out}, pretty-printed, and flushes; {@code out} is not closed. */
    public static void write(Evaluation evaluation, Language language, Writer out) {
        write(evaluation, language, out, true);
    }

    /**
     * Writes {@code evaluation} as one line of JSON Lines (the same fields, no line breaks inside), for a
     * stream of results; {@code out} is flushed, not closed.
     */
    public static void writeLine(Evaluation evaluation, Language language, Writer out) {
        write(evaluation, language, out, false);
    }

    private static void write(Evaluation evaluation, Language language, Writer out, boolean pretty) {
        try (JsonGenerator json = JsonOutput.open(out, pretty)) {
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            Performance p = evaluation.portfolio().performance();
            json.writeObjectFieldStart("performance");
            json.writeStringField("code", p.code());
            json.writeStringField("title", p.title());
            JsonOutput.text(json, "organisation", p.organisation());
            json.writeEndObject();
            json.writeStringField("peildatum", evaluation.peildatum().toString());
            json.writeStringField("ruleSet", evaluation.ruleSet());
            json.writeStringField("language", language.code());
            json.writeArrayFieldStart("actions");
            for (ActionOutcome action : evaluation.actions()) {
                json.writeStartObject();
                json.writeStringField("id", action.action().id());
                JsonOutput.text(json, "title", action.action().title());
                json.writeStringField("status", action.statusValue().code());
                decision(json, evaluation, action.status(), language);
                json.writeArrayFieldStart("targets");
                for (TargetOutcome target : action.targets()) {
                    target(json, evaluation, target, language);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            colour(json, "contentColour", evaluation, evaluation.content(), language);
            colour(json, "moneyColour", evaluation, evaluation.money(), language);
            BudgetChange change = evaluation.budgetChange().finding();
            json.writeObjectFieldStart("budgetChange");
            json.writeStringField("type", change.type().code());
            JsonOutput.number(json, "amount", change.amount());
            JsonOutput.text(json, "source", change.source());
            JsonOutput.number(json, "year", change.year());
            decision(json, evaluation, evaluation.budgetChange(), language);
            json.writeEndObject();
            json.writeBooleanField("needsAttention", evaluation.needsAttention());
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void target(JsonGenerator json, Evaluation evaluation, TargetOutcome target, Language language)
            throws IOException {
        json.writeStartObject();
        targetFields(json, evaluation, target, language);
        json.writeEndObject();
    }

    /** The fields of a target as version 1 writes them; version 2 adds its own after them. */
    static void targetFields(JsonGenerator json, Evaluation evaluation, TargetOutcome target, Language language)
            throws IOException {
        TargetProgress p = target.progress();
        json.writeStringField("id", target.target().id());
        json.writeStringField("kind", target.target().kind().code());
        JsonOutput.text(json, "indicator", target.target().indicator());
        json.writeStringField("status", target.assessment().finding().status().code());
        JsonOutput.date(json, "measuredOn", p.measuredOn());
        JsonOutput.number(json, "realised", p.realised());
        JsonOutput.text(json, "bound", p.bound() == null ? null : p.bound().code());
        if (p.kind() == TargetKind.MILESTONE) {
            json.writeBooleanField("done", p.done());
        }
        JsonOutput.number(json, "streefwaarde", p.streefwaarde());
        JsonOutput.number(json, "expected", p.expected());
        JsonOutput.number(json, "ratio", p.ratio());
        JsonOutput.date(json, "due", p.due());
        decision(json, evaluation, target.assessment(), language);
    }

    private static void colour(JsonGenerator json, String field, Evaluation evaluation, Decision<ColourScore> colour,
                               Language language) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("colour", colour.finding().colour().code());
        decision(json, evaluation, colour, language);
        json.writeEndObject();
    }

    static void decision(JsonGenerator json, Evaluation evaluation, Decision<? extends Finding> decision,
                                 Language language) throws IOException {
        json.writeStringField("explanation", evaluation.explain(decision.finding(), language));
        json.writeStringField("rule", decision.rule());
        JsonOutput.text(json, "ruleLocation", evaluation.ruleLocation(decision).orElse(null));
        json.writeArrayFieldStart("facts");
        for (String fact : decision.factNames()) {
            json.writeString(fact);
        }
        json.writeEndArray();
    }
}
