package nl.koers.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.koers.model.Baten;
import nl.koers.model.Revision;

/**
 * What koers-result/v1 and koers-diff/v1 write alike: one generator set up the same way (amounts as plain
 * decimals, the writer left open) and fields that are {@code null} when there is no value, so that both
 * schemas keep every field present.
 */
final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonOutput() {
    }

    /** A generator on {@code out} that neither closes it nor writes amounts in exponent notation. */
    static JsonGenerator open(Writer out, boolean pretty) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        if (pretty) {
            json.useDefaultPrettyPrinter();
        }
        return json;
    }

    static void text(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }

    /** An amount without trailing zeros: 109000, not 109000.00. */
    static void number(JsonGenerator json, String field, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value.stripTrailingZeros());
        }
    }

    static void number(JsonGenerator json, String field, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    static void bool(JsonGenerator json, String field, Boolean value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeBooleanField(field, value);
        }
    }

    static void date(JsonGenerator json, String field, LocalDate value) throws IOException {
        text(json, field, value == null ? null : value.toString());
    }

    /** Baten as {@code {budgeted, realised}}, or null: how a result and a diff both write a slice's income. */
    static void baten(JsonGenerator json, String field, Baten baten) throws IOException {
        if (baten == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        number(json, "budgeted", baten.budgeted());
        number(json, "realised", baten.realised());
        json.writeEndObject();
    }

    /** The fields a result and a diff share for a revision of a streefwaarde, into an object the caller opened. */
    static void revisionFields(JsonGenerator json, Revision revision) throws IOException {
        date(json, "date", revision.date());
        number(json, "value", revision.value());
        text(json, "decision", revision.decision());
    }
}
