package nl.koers.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.koers.model.Action;
import nl.koers.model.BudgetPart;
import nl.koers.model.Funding;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Looptijd;
import nl.koers.model.Reallocation;
import nl.koers.model.ReportedChange;
import nl.koers.model.Measurement;
import nl.koers.model.MilestoneTarget;
import nl.koers.model.MonitoringTarget;
import nl.koers.model.PathPoint;
import nl.koers.model.Performance;
import nl.koers.model.Portfolio;
import nl.koers.model.QuantityTarget;
import nl.koers.model.ReportedAssessment;
import nl.koers.model.Revision;
import nl.koers.model.Role;
import nl.koers.model.StatusOverride;
import nl.koers.model.Target;
import nl.koers.model.TargetKind;

/**
 * Writes a portfolio in the file format koers/v1 as JSON or YAML, so that {@link PortfolioReader} reads back an
 * equal portfolio. Optional fields that are absent are left out: not stated stays not stated. Thread-safe.
 */
public final class PortfolioWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();

    private PortfolioWriter() {
    }

    /** Writes {@code portfolio} as JSON on one line (for JSON Lines) or pretty-printed; {@code out} is flushed, not closed. */
    public static void write(Portfolio portfolio, Writer out, boolean pretty) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                json.useDefaultPrettyPrinter();
            }
            portfolio(json, portfolio);
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code portfolio} as YAML, the form analysts edit; {@code out} is flushed, not closed. Every text is
     * double-quoted, so that none reads back as something else ("p.m.", "-", "true", "2020/2022" stay texts).
     */
    public static void writeYaml(Portfolio portfolio, Writer out) {
        try (JsonGenerator yaml = YAML.createGenerator(out)) {
            yaml.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            portfolio(yaml, portfolio);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The portfolio as one mapping, the same fields in the same order whichever the syntax. */
    private static void portfolio(JsonGenerator json, Portfolio portfolio) throws IOException {
        // amounts as the model holds them (1E+3 stays 1E+3), so that reading back gives an equal portfolio
        json.writeStartObject();
        json.writeStringField("format", Portfolio.FORMAT);
        performance(json, portfolio.performance());
        json.writeArrayFieldStart("actions");
        for (Action action : portfolio.actions()) {
            action(json, action);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("budget");
        json.writeStringField("currency", portfolio.budget().currency());
        json.writeArrayFieldStart("slices");
        for (Jaarschijf slice : portfolio.budget().slices()) {
            json.writeStartObject();
            json.writeNumberField("year", slice.year());
            number(json, "budgeted", slice.budgeted());
            number(json, "realised", slice.realised());
            number(json, "unspent", slice.unspent());
            // not stated stays not stated: written only when the page says it
            if (slice.fromReserve() != null) {
                json.writeBooleanField("fromReserve", slice.fromReserve());
            }
            if (slice.continues() != null) {
                json.writeBooleanField("continues", slice.continues());
            }
            json.writeBooleanField("forecast", slice.forecast());
            if (!slice.line().equals(Jaarschijf.EXPLOITATIE)) {
                json.writeStringField("line", slice.line());
            }
            number(json, "overspend", slice.overspend());
            if (slice.income() != null) {
                json.writeObjectFieldStart("income");
                number(json, "budgeted", slice.income().budgeted());
                number(json, "realised", slice.income().realised());
                json.writeEndObject();
            }
            parts(json, "continuesInto", slice.continuesInto());
            if (!slice.funding().isEmpty()) {
                json.writeArrayFieldStart("funding");
                for (Funding f : slice.funding()) {
                    json.writeStartObject();
                    json.writeStringField("source", f.source());
                    number(json, "amount", f.amount());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            for (String pm : slice.proMemorie().stream().sorted().toList()) {
                json.writeStringField(pm, "p.m.");
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        if (!portfolio.budget().reallocations().isEmpty()) {
            json.writeArrayFieldStart("reallocations");
            for (Reallocation r : portfolio.budget().reallocations()) {
                json.writeStartObject();
                json.writeStringField(r.incoming() ? "from" : "to", r.performance());
                number(json, "amount", r.amount().abs());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!portfolio.budget().changes().isEmpty()) {
            json.writeArrayFieldStart("changes");
            for (ReportedChange c : portfolio.budget().changes()) {
                json.writeStartObject();
                json.writeStringField("type", c.type().code());
                if (c.decider() != null) {
                    json.writeStringField("decider", c.decider().code());
                }
                number(json, "amount", c.amount());
                json.writeStringField("line", c.line());
                text(json, "source", c.source());
                parts(json, "parts", c.parts());
                text(json, "text", c.text());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void parts(JsonGenerator json, String name, List<BudgetPart> parts) throws IOException {
        if (parts.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(name);
        for (BudgetPart p : parts) {
            json.writeStartObject();
            json.writeNumberField("year", p.year());
            number(json, "amount", p.amount());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void performance(JsonGenerator json, Performance p) throws IOException {
        json.writeObjectFieldStart("performance");
        json.writeStringField("code", p.code());
        json.writeStringField("title", p.title());
        text(json, "organisation", p.organisation());
        text(json, "programme", p.programme());
        text(json, "goal", p.goal());
        // one value is written as a text, several as a list: what format version 1 wrote stays as it was
        textOrList(json, "portfolioHolder", p.portfolioHolders());
        textOrList(json, "role", p.roles().stream().map(Role::code).toList());
        if (p.duration() != null) {
            json.writeStringField("duration", duration(p.duration()));
        }
        textOrList(json, "reserve", p.reserves());
        textOrList(json, "decision", p.decisions());
        json.writeObjectFieldStart("period");
        json.writeStringField("start", p.period().start().toString());
        json.writeStringField("end", p.period().end().toString());
        json.writeEndObject();
        date(json, "asOf", p.asOf());
        text(json, "document", p.document() == null ? null : p.document().code());
        reported(json, p.reported());
        override(json, p.override());
        json.writeEndObject();
    }

    /** The looptijd as the binder reads it back: structural, an end date, a year, or start/end. */
    static String duration(Looptijd d) {
        if (d.start() == null) {
            return d.structural() ? "structural" : d.end().toString();
        }
        String from = d.start().getDayOfYear() == 1 ? String.valueOf(d.start().getYear()) : d.start().toString();
        boolean lastDay = d.end().getMonthValue() == 12 && d.end().getDayOfMonth() == 31;
        String to = lastDay ? String.valueOf(d.end().getYear()) : d.end().toString();
        if (d.start().getDayOfYear() == 1 && lastDay && d.start().getYear() == d.end().getYear()) {
            return from;
        }
        return from + "/" + to;
    }

    private static void reported(JsonGenerator json, ReportedAssessment r) throws IOException {
        if (r == null) {
            return;
        }
        json.writeObjectFieldStart("reported");
        text(json, "status", r.status() == null ? null : r.status().code());
        text(json, "content", r.content() == null ? null : r.content().code());
        text(json, "money", r.money() == null ? null : r.money().code());
        date(json, "date", r.date());
        text(json, "text", r.text());
        text(json, "source", r.source());
        text(json, "by", r.by());
        json.writeEndObject();
    }

    private static void override(JsonGenerator json, StatusOverride o) throws IOException {
        if (o == null) {
            return;
        }
        json.writeObjectFieldStart("override");
        text(json, "status", o.status() == null ? null : o.status().code());
        text(json, "content", o.content() == null ? null : o.content().code());
        text(json, "money", o.money() == null ? null : o.money().code());
        json.writeStringField("reason", o.reason());
        text(json, "by", o.by());
        date(json, "date", o.date());
        json.writeEndObject();
    }

    private static void textOrList(JsonGenerator json, String field, List<String> values) throws IOException {
        if (values.size() == 1) {
            json.writeStringField(field, values.get(0));
        } else {
            strings(json, field, values);
        }
    }

    private static void action(JsonGenerator json, Action a) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", a.id());
        text(json, "title", a.title());
        text(json, "text", a.text());
        strings(json, "partners", a.partners());
        if (a.withdrawn() != null) {
            json.writeObjectFieldStart("withdrawn");
            date(json, "date", a.withdrawn().date());
            text(json, "decision", a.withdrawn().decision());
            text(json, "reason", a.withdrawn().reason());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("targets");
        for (Target t : a.targets()) {
            target(json, t);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("measurements");
        for (Measurement m : a.measurements()) {
            json.writeStartObject();
            json.writeStringField("target", m.target());
            json.writeStringField("date", m.date().toString());
            number(json, "value", m.value());
            if (m.value() != null) {
                json.writeStringField("bound", m.bound().code());
            }
            if (m.done() != null) {
                json.writeBooleanField("done", m.done());
            }
            if (m.notReported()) {
                // "-" stands in the figure's place: done for a milestone, value for the others
                json.writeStringField(targetKind(a, m.target()) == TargetKind.MILESTONE ? "done" : "value", "-");
            }
            if (m.estimate()) {
                json.writeBooleanField("estimate", true);
            }
            number(json, "normValue", m.normValue());
            text(json, "source", m.source());
            text(json, "note", m.note());
            json.writeEndObject();
        }
        json.writeEndArray();
        reported(json, a.reported());
        override(json, a.override());
        json.writeEndObject();
    }

    private static void target(JsonGenerator json, Target t) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", t.id());
        json.writeStringField("kind", t.kind().code());
        text(json, "indicator", t.indicator());
        // A switch expression must name every kind, so a new kind does not compile until it is written.
        OwnFields own = switch (t.kind()) {
            case QUANTITY -> out -> quantity(out, (QuantityTarget) t);
            case MILESTONE -> out -> maxAge(out, ((MilestoneTarget) t).maxAge());
            case MONITORING -> out -> monitoring(out, (MonitoringTarget) t);
        };
        own.write(json);
        date(json, "start", t.start());
        date(json, "due", t.due());
        json.writeEndObject();
    }

    /** Writes the fields that only a target of one kind has. */
    @FunctionalInterface
    private interface OwnFields {
        void write(JsonGenerator json) throws IOException;
    }

    private static void quantity(JsonGenerator json, QuantityTarget q) throws IOException {
        text(json, "unit", q.unit());
        json.writeStringField("direction", q.direction().code());
        if (q.proMemorie()) {
            json.writeStringField("value", "p.m.");
        }
        number(json, "value", q.value());
        number(json, "upper", q.upper());
        text(json, "norm", q.norm());
        number(json, "baseline", q.baseline());
        if (!q.path().isEmpty()) {
            json.writeArrayFieldStart("path");
            for (PathPoint p : q.path()) {
                json.writeStartObject();
                json.writeStringField("date", p.date().toString());
                json.writeNumberField("value", p.value());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!q.revisions().isEmpty()) {
            json.writeArrayFieldStart("revisions");
            for (Revision r : q.revisions()) {
                json.writeStartObject();
                json.writeStringField("date", r.date().toString());
                json.writeNumberField("value", r.value());
                text(json, "decision", r.decision());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        maxAge(json, q.maxAge());
    }

    private static void maxAge(JsonGenerator json, java.time.Period maxAge) throws IOException {
        if (maxAge != null) {
            json.writeStringField("maxAge", maxAge.toString());
        }
    }

    private static TargetKind targetKind(Action a, String targetId) {
        return a.targets().stream().filter(t -> t.id().equals(targetId)).map(Target::kind).findFirst()
                .orElse(TargetKind.QUANTITY);
    }

    private static void monitoring(JsonGenerator json, MonitoringTarget m) throws IOException {
        text(json, "unit", m.unit());
        json.writeStringField("maxAge", m.maxAge().toString());
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            json.writeArrayFieldStart(field);
            for (String v : values) {
                json.writeString(v);
            }
            json.writeEndArray();
        }
    }

    private static void text(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private static void number(JsonGenerator json, String field, BigDecimal value) throws IOException {
        if (value != null) {
            json.writeNumberField(field, value);
        }
    }

    private static void date(JsonGenerator json, String field, LocalDate value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value.toString());
        }
    }
}
