package nl.koers.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.EvaluationDiff.ActionChange;
import nl.koers.evaluator.EvaluationDiff.Change;
import nl.koers.evaluator.EvaluationDiff.DisagreementChange;
import nl.koers.evaluator.EvaluationDiff.MeasurementChange;
import nl.koers.evaluator.EvaluationDiff.TargetChange;
import nl.koers.evaluator.EvaluationDiff;
import nl.koers.model.BudgetChange;
import nl.koers.model.BudgetPart;
import nl.koers.model.Coded;
import nl.koers.model.Colour;
import nl.koers.model.ColourScore;
import nl.koers.model.Disagreement;
import nl.koers.model.Measurement;
import nl.koers.model.Performance;
import nl.koers.model.Revision;
import nl.koers.model.StatusOverride;
import nl.koers.report.DiffFigures;
import nl.koers.report.DiffFigures.IncomeChange;
import nl.koers.report.DiffFigures.RevisionChange;
import nl.koers.report.DiffRenderer;
import nl.koers.report.DiffWords;
import nl.koers.report.JsonVersion;
import nl.koers.report.Messages;

/**
 * The diff as JSON for other systems, schema {@value #SCHEMA} (or koers-diff/v2 when asked for): fields always in
 * the same order and present (null when absent), codes as in the portfolio format, amounts as exact decimals,
 * explanations in the language asked for. Version 2 replaces the one budget change by every budget change and adds
 * the disagreements, the overrides, the revisions of a streefwaarde and the baten that changed. The shape is described in {@code koers diff --help}.
 */
public final class DiffJsonRenderer implements DiffRenderer {

    /** Names the shape of the output; it changes only with a new version. */
    static final String SCHEMA = "koers-diff/v1";

    private final Messages messages;
    private final DiffWords words;
    private final PrintWriter out;
    private final JsonVersion version;

    public DiffJsonRenderer(Messages messages, PrintWriter out) {
        this(messages, out, JsonVersion.V1);
    }

    public DiffJsonRenderer(Messages messages, PrintWriter out, JsonVersion version) {
        this.messages = messages;
        this.words = new DiffWords(messages);
        this.out = out;
        this.version = version;
    }

    @Override
    public void render(EvaluationDiff diff) {
        try (JsonGenerator json = JsonOutput.open(out, true)) {
            json.writeStartObject();
            json.writeStringField("schema", version.diffSchema());
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
            DiffFigures changed = DiffFigures.of(diff);
            // version 1 has no field for a revision or baten, so a change of only those is none to it
            json.writeBooleanField("changed", version == JsonVersion.V1 ? !diff.isEmpty() : !DiffWords.none(diff, changed));
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
            switch (version) {
                case V1 -> {
                    json.writeObjectFieldStart("budgetChange");
                    json.writeBooleanField("changed", diff.budgetChange().changed());
                    budgetChange(json, "from", diff.budgetChange().from());
                    budgetChange(json, "to", diff.budgetChange().to());
                    json.writeStringField("explanation", words.explain(diff.to(), diff.to().budgetChange()));
                    json.writeEndObject();
                }
                case V2 -> {
                    budgetChanges(json, diff);
                    disagreements(json, diff);
                    override(json, "override", diff.override());
                    revisions(json, changed);
                    income(json, changed);
                }
            }
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
        if (version == JsonVersion.V2) {
            override(json, "override", action.override());
        }
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

    /** Every budget change on each side, each with its explanation there. */
    private void budgetChanges(JsonGenerator json, EvaluationDiff diff) throws IOException {
        json.writeObjectFieldStart("budgetChanges");
        json.writeBooleanField("changed", diff.budgetChanges().changed());
        changes(json, "from", diff.from());
        changes(json, "to", diff.to());
        json.writeEndObject();
    }

    private void changes(JsonGenerator json, String field, Evaluation side) throws IOException {
        json.writeArrayFieldStart(field);
        for (Decision<BudgetChange> decision : side.budgetChanges()) {
            BudgetChange change = decision.finding();
            json.writeStartObject();
            json.writeStringField("type", change.type().code());
            JsonOutput.number(json, "amount", change.amount());
            json.writeStringField("decider", change.decider() == null ? null : change.decider().code());
            json.writeStringField("line", change.line());
            json.writeStringField("source", change.source());
            json.writeArrayFieldStart("parts");
            for (BudgetPart part : change.parts()) {
                json.writeStartObject();
                json.writeNumberField("year", part.year());
                JsonOutput.number(json, "amount", part.amount());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("explanation", words.explain(side, decision));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Every target whose revision of the streefwaarde in force appeared, changed or went away. */
    private static void revisions(JsonGenerator json, DiffFigures changed) throws IOException {
        json.writeArrayFieldStart("revisions");
        for (RevisionChange change : changed.revisions()) {
            json.writeStartObject();
            json.writeStringField("action", change.action());
            json.writeStringField("target", change.target().target().id());
            json.writeStringField("change", change(change.revision()));
            revision(json, "from", change.revision().from());
            revision(json, "to", change.revision().to());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void revision(JsonGenerator json, String field, Revision r) throws IOException {
        if (r == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        JsonOutput.revisionFields(json, r);
        json.writeEndObject();
    }

    /** Every jaarschijf whose baten appeared, changed or went away. */
    private static void income(JsonGenerator json, DiffFigures changed) throws IOException {
        json.writeArrayFieldStart("income");
        for (IncomeChange change : changed.income()) {
            json.writeStartObject();
            json.writeNumberField("year", change.slice().year());
            json.writeStringField("line", change.slice().line());
            json.writeStringField("change", change(change.income()));
            JsonOutput.baten(json, "from", change.income().from());
            JsonOutput.baten(json, "to", change.income().to());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void disagreements(JsonGenerator json, EvaluationDiff diff) throws IOException {
        json.writeArrayFieldStart("disagreements");
        for (DisagreementChange change : diff.disagreements()) {
            json.writeStartObject();
            json.writeStringField("subject", change.subject());
            json.writeStringField("change", change.from() == null ? "added" : change.to() == null ? "removed" : "changed");
            disagreement(json, "from", change.from());
            disagreement(json, "to", change.to());
            Evaluation side = change.to() == null ? diff.from() : diff.to();
            Disagreement now = change.to() == null ? change.from() : change.to();
            json.writeStringField("explanation", side.explain(now, messages.language()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void disagreement(JsonGenerator json, String field, Disagreement d) throws IOException {
        if (d == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("computed", d.computed());
        json.writeStringField("reported", d.reported());
        json.writeEndObject();
    }

    /** An override before and after; null when neither side has one. */
    private static void override(JsonGenerator json, String field, Change<StatusOverride> change) throws IOException {
        if (change == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeBooleanField("changed", change.changed());
        overrideSide(json, "from", change.from());
        overrideSide(json, "to", change.to());
        json.writeEndObject();
    }

    private static void overrideSide(JsonGenerator json, String field, StatusOverride o) throws IOException {
        if (o == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("status", o.status() == null ? null : o.status().code());
        json.writeStringField("content", o.content() == null ? null : o.content().code());
        json.writeStringField("money", o.money() == null ? null : o.money().code());
        json.writeStringField("reason", o.reason());
        json.writeStringField("by", o.by());
        JsonOutput.date(json, "date", o.date());
        json.writeEndObject();
    }
}
