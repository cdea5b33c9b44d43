package nl.koers.evaluator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON text token by token, so that tests see numbers exactly as they were written. */
public final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {
    }

    /** The text of the value of {@code field} inside the top-level object {@code object}, as written. */
    public static String literal(String json, String object, String field) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (!name.equals(object)) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String inner = parser.currentName();
                    parser.nextToken();
                    if (inner.equals(field)) {
                        return parser.getText();
                    }
                    parser.skipChildren();
                }
            }
            throw new AssertionError("no " + object + "." + field + " in " + json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the fields of the object that starts at the parser's current token, in order; skips values. */
    public static List<String> fieldNames(JsonParser parser) throws IOException {
        List<String> names = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            names.add(parser.currentName());
            parser.nextToken();
            parser.skipChildren();
        }
        return names;
    }

    /** Every number in {@code json}, as written. */
    public static List<String> numbers(String json) {
        List<String> numbers = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    numbers.add(parser.getText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return numbers;
    }

    public static JsonParser parser(String json) {
        try {
            return FACTORY.createParser(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
