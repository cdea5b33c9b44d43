package nl.koers.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Language;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.model.BudgetChange;
import nl.koers.model.BudgetPart;
import nl.koers.model.Coded;
import nl.koers.model.Colour;
import nl.koers.model.ColourScore;
import nl.koers.model.Disagreement;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Performance;
import nl.koers.model.QuantityTarget;
import nl.koers.model.ReportedAssessment;
import nl.koers.model.Revision;
import nl.koers.model.StatusOverride;
import nl.koers.report.JsonVersion;

/**
 * An {@link Evaluation} as JSON in schema koers-result/v2, for other systems: like version 1 (fields always present
 * and in the same order, null when absent), but with every budget change the rules decided (its decider, line and
 * parts per year), every disagreement between the rules and the owner's report, and per action and prestatie the
 * reported assessment and the override, each beside the verdict of the rules, per target the revision of its
 * streefwaarde in force, and every jaarschijf with its line and baten. Thread-safe.
 */
public final class ResultJsonV2 {

    /** Names the shape of the output; it changes only with a new version. */
    public static final String SCHEMA = JsonVersion.V2.resultSchema();

    private ResultJsonV2() {
    }

    /** Writes {@code evaluation} to {@code out}, pretty or as one JSON Line, and flushes; {@code out} stays open. */
    public static void write(Evaluation evaluation, Language language, Writer out, boolean pretty) {
        try (JsonGenerator json = JsonOutput.open(out, pretty)) {
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            Performance p = evaluation.portfolio().performance();
            json.writeObjectFieldStart("performance");
            json.writeStringField("code", p.code());
            json.writeStringField("title", p.title());
            JsonOutput.text(json, "organisation", p.organisation());
            code(json, "document", p.document());
            reported(json, p.reported());
            override(json, p.override());
            json.writeEndObject();
            json.writeStringField("peildatum", evaluation.peildatum().toString());
            json.writeStringField("ruleSet", evaluation.ruleSet());
            json.writeStringField("language", language.code());
            json.writeArrayFieldStart("actions");
            for (ActionOutcome action : evaluation.actions()) {
                action(json, evaluation, action, language);
            }
            json.writeEndArray();
            StatusOverride override = p.override();
            colour(json, "contentColour", evaluation, evaluation.content(), override == null ? null : override.content(),
                    language);
            colour(json, "moneyColour", evaluation, evaluation.money(), override == null ? null : override.money(),
                    language);
            jaarschijven(json, evaluation.portfolio().budget().slices());
            json.writeArrayFieldStart("budgetChanges");
            for (Decision<BudgetChange> change : evaluation.budgetChanges()) {
                budgetChange(json, evaluation, change, language);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("disagreements");
            for (Decision<Disagreement> disagreement : evaluation.disagreements()) {
                Disagreement d = disagreement.finding();
                json.writeStartObject();
                json.writeStringField("subject", d.subject());
                json.writeStringField("computed", d.computed());
                json.writeStringField("reported", d.reported());
                EvaluationJson.decision(json, evaluation, disagreement, language);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeBooleanField("needsAttention", evaluation.needsAttention());
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void action(JsonGenerator json, Evaluation evaluation, ActionOutcome action, Language language)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", action.action().id());
        JsonOutput.text(json, "title", action.action().title());
        json.writeStringField("status", action.statusValue().code());
        StatusOverride override = action.action().override();
        json.writeStringField("finalStatus", (override == null ? action.statusValue() : override.status()).code());
        EvaluationJson.decision(json, evaluation, action.status(), language);
        reported(json, action.action().reported());
        override(json, override);
        json.writeArrayFieldStart("targets");
        for (TargetOutcome target : action.targets()) {
            json.writeStartObject();
            EvaluationJson.targetFields(json, evaluation, target, language);
            revision(json, target);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void colour(JsonGenerator json, String field, Evaluation evaluation, Decision<ColourScore> colour,
                               Colour overridden, Language language) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("colour", colour.finding().colour().code());
        json.writeStringField("finalColour", (overridden == null ? colour.finding().colour() : overridden).code());
        EvaluationJson.decision(json, evaluation, colour, language);
        json.writeEndObject();
    }

    private static void budgetChange(JsonGenerator json, Evaluation evaluation, Decision<BudgetChange> decision,
                                     Language language) throws IOException {
        BudgetChange change = decision.finding();
        json.writeStartObject();
        json.writeStringField("type", change.type().code());
        JsonOutput.number(json, "amount", change.amount());
        code(json, "decider", change.decider());
        JsonOutput.text(json, "line", change.line());
        JsonOutput.text(json, "source", change.source());
        parts(json, change.parts());
        EvaluationJson.decision(json, evaluation, decision, language);
        json.writeEndObject();
    }

    /**
     * The revision of the streefwaarde in force at the peildatum (its value is the target's {@code streefwaarde}),
     * with the value it replaced; null when none is.
     */
    private static void revision(JsonGenerator json, TargetOutcome target) throws IOException {
        Revision revision = target.progress().revision();
        if (revision == null) {
            json.writeNullField("revision");
            return;
        }
        json.writeObjectFieldStart("revision");
        JsonOutput.revisionFields(json, revision);
        JsonOutput.number(json, "originalValue", target.target() instanceof QuantityTarget q ? q.value() : null);
        json.writeEndObject();
    }

    /** Every slice of the budget: its line, its lasten and its baten (null when the page gives none). */
    private static void jaarschijven(JsonGenerator json, List<Jaarschijf> slices) throws IOException {
        json.writeArrayFieldStart("jaarschijven");
        for (Jaarschijf slice : slices) {
            json.writeStartObject();
            json.writeNumberField("year", slice.year());
            json.writeStringField("line", slice.line());
            JsonOutput.number(json, "budgeted", slice.budgeted());
            JsonOutput.number(json, "realised", slice.realised());
            JsonOutput.number(json, "unspent", slice.unspent());
            json.writeBooleanField("forecast", slice.forecast());
            JsonOutput.baten(json, "income", slice.income());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void parts(JsonGenerator json, List<BudgetPart> parts) throws IOException {
        json.writeArrayFieldStart("parts");
        for (BudgetPart part : parts) {
            json.writeStartObject();
            json.writeNumberField("year", part.year());
            JsonOutput.number(json, "amount", part.amount());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The owner's own judgement: a status for an action, colours for a prestatie; null when none is reported. */
    private static void reported(JsonGenerator json, ReportedAssessment reported) throws IOException {
        if (reported == null) {
            json.writeNullField("reported");
            return;
        }
        json.writeObjectFieldStart("reported");
        code(json, "status", reported.status());
        code(json, "content", reported.content());
        code(json, "money", reported.money());
        JsonOutput.date(json, "date", reported.date());
        JsonOutput.text(json, "text", reported.text());
        JsonOutput.text(json, "source", reported.source());
        JsonOutput.text(json, "by", reported.by());
        json.writeEndObject();
    }

    /** The final status or colours set by the person responsible, with the reason; null when there is none. */
    private static void override(JsonGenerator json, StatusOverride override) throws IOException {
        if (override == null) {
            json.writeNullField("override");
            return;
        }
        json.writeObjectFieldStart("override");
        code(json, "status", override.status());
        code(json, "content", override.content());
        code(json, "money", override.money());
        json.writeStringField("reason", override.reason());
        JsonOutput.text(json, "by", override.by());
        JsonOutput.date(json, "date", override.date());
        json.writeEndObject();
    }

    private static void code(JsonGenerator json, String field, Coded value) throws IOException {
        JsonOutput.text(json, field, value == null ? null : value.code());
    }
}
