package nl.koers.format.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.format.InputLimits;
import nl.koers.format.PortfolioException;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML or JSON text into {@link Node}s that keep their line and column, refusing duplicate keys,
 * YAML aliases and anything after the document. Jackson's own tree forgets positions, and every error
 * here must point at a line and, where one is being read, the field.
 */
public final class TreeParser {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(InputLimits.STREAM_CONSTRAINTS).build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(InputLimits.yamlOptions())
            .streamReadConstraints(InputLimits.STREAM_CONSTRAINTS).build();

    /** How SnakeYAML spells the tags of the YAML core schema, {@code !!str} and the like. */
    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

    private final String file;
    /** The explicit YAML tags of the text being read, by position; empty for JSON. */
    private Map<Long, String> tags = Map.of();
    /** The field being read, so that a parser error inside a value names it. */
    private String reading = "";

    public TreeParser(String file) {
        this.file = file;
    }

    public Node parse(String text, boolean json) {
        JsonParser parser = null;
        try {
            tags = json ? Map.of() : tags(text);
            parser = (json ? JSON : YAML).createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new PortfolioException(file, 0, 0, "", "the file is empty; expected a portfolio starting with 'format: koers/v1'");
            }
            Node root = value(parser, "");
            reading = "";
            JsonToken after;
            try {
                after = parser.nextToken();
            } catch (JsonProcessingException | YAMLException e) {
                throw error(e, parser, "unexpected text after the end of the portfolio");
            }
            if (after != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new PortfolioException(file, at.getLineNr(), at.getColumnNr(), "",
                        "unexpected content after the end of the portfolio; a file holds one portfolio");
            }
            return root;
        } catch (JsonProcessingException | YAMLException e) {
            // SnakeYAML's own limits (code points, nesting) surface as its unchecked exception
            throw error(e, parser, "the file is not valid " + (json ? "JSON" : "YAML"));
        } catch (IOException e) {
            throw new PortfolioException(file, 0, 0, "", "cannot be read: " + e.getMessage());
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // reading is over; nothing was written that could be lost
            }
        }
    }

    private Node value(JsonParser parser, String path) throws IOException {
        JsonToken token = parser.currentToken();
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        refuseTag(line, column, token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY, path,
                parser instanceof YAMLParser yaml ? yaml.getTypeId() : null);
        switch (token) {
            case START_OBJECT: {
                Map<String, Node> entries = new LinkedHashMap<>();
                Map<String, Node.Key> keys = new LinkedHashMap<>();
                reading = path;
                while (nextInMapping(parser, path, keys) == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String fieldPath = path.isEmpty() ? name : path + "." + name;
                    refuseTag(keyAt.getLineNr(), keyAt.getColumnNr(), false, fieldPath, null);
                    if (keys.containsKey(name)) {
                        throw new PortfolioException(file, keyAt.getLineNr(), keyAt.getColumnNr(), fieldPath,
                                "duplicate key; it is already given on line " + keys.get(name).line());
                    }
                    keys.put(name, new Node.Key(name, keyAt.getLineNr(), keyAt.getColumnNr()));
                    reading = fieldPath;
                    parser.nextToken();
                    entries.put(name, value(parser, fieldPath));
                    reading = path;
                }
                return new Node.Mapping(entries, keys, line, column);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                reading = path;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(parser, path + "[" + items.size() + "]"));
                    reading = path;
                }
                return new Node.Sequence(items, line, column);
            }
            case VALUE_STRING:
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    // Jackson hands an alias over as the anchor's name, which would silently be the value
                    throw new PortfolioException(file, line, column, path, "YAML aliases such as *" + parser.getText()
                            + " are not supported; write the value out");
                }
                if (parser.getTextLength() > InputLimits.MAX_STRING_LENGTH) {
                    // Jackson enforces this for JSON only
                    throw new PortfolioException(file, line, column, path, limit("string value length"));
                }
                return new Node.Scalar(Node.Scalar.Type.TEXT, parser.getText(), line, column);
            case VALUE_NUMBER_INT:
                return new Node.Scalar(Node.Scalar.Type.INTEGER, parser.getText(), line, column);
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(Node.Scalar.Type.DECIMAL, parser.getText(), line, column);
            case VALUE_TRUE:
            case VALUE_FALSE:
                // YAML 1.1 also writes booleans as yes/no/on/off; keep the meaning, not the spelling
                return new Node.Scalar(Node.Scalar.Type.BOOLEAN, String.valueOf(token == JsonToken.VALUE_TRUE), line, column);
            case VALUE_NULL:
                return new Node.Scalar(Node.Scalar.Type.NULL, "", line, column);
            default:
                throw new PortfolioException(file, line, column, path,
                        "expected a text, number, true/false, list or mapping; YAML tags such as !!binary are not supported");
        }
    }

    /**
     * Refuses an explicit YAML tag on the node that starts at {@code line}:{@code column} (a scalar or a key, or with
     * {@code collection} a list or a mapping): Koers reads data, and a tag names a type, from {@code !!binary} and {@code !!str} to
     * {@code !!java.io.File}, that Koers would otherwise silently ignore.
     */
    private void refuseTag(int line, int column, boolean collection, String path, String reported) {
        // Jackson's own report, for a value, in case a position were counted differently
        String tag = tags.getOrDefault(position(line, column, collection), reported == null || reported.startsWith(YAML_TAG_PREFIX)
                ? reported : "!" + reported);
        if (tag != null) {
            // SnakeYAML spells '!!x' out as tag:yaml.org,2002:x
            String written = tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length()) : tag;
            throw new PortfolioException(file, line, column, path, "YAML tags such as !!binary are not supported "
                    + "(here " + (written.length() > 40 ? written.substring(0, 40) + "…" : written)
                    + "); write the value without a tag");
        }
    }

    /**
     * Where {@code text} writes an explicit tag, by the position of the node it tags, as Jackson reports the node's
     * position too. Jackson tells the tag of a value, but not reliably that of a key, so SnakeYAML's events are read
     * once more; a syntax error ends this early, and Jackson then reports it.
     */
    private static Map<Long, String> tags(String text) {
        Map<Long, String> tags = new HashMap<>();
        if (text.indexOf('!') < 0) {
            return tags;
        }
        try {
            ParserImpl events = new ParserImpl(new StreamReader(text), InputLimits.yamlOptions());
            for (Event e = events.getEvent(); e != null && !e.is(Event.ID.StreamEnd); e = events.getEvent()) {
                String tag = e instanceof ScalarEvent scalar ? scalar.getTag()
                        : e instanceof CollectionStartEvent collection ? collection.getTag() : null;
                if (tag != null) {
                    tags.put(position(e.getStartMark().getLine() + 1, e.getStartMark().getColumn() + 1,
                            e instanceof CollectionStartEvent), tag);
                }
            }
        } catch (YAMLException e) {
            // not valid YAML: Jackson says where and why
        }
        return tags;
    }

    /** A mapping starts where its first key does: the two are told apart by {@code collection}. */
    private static long position(int line, int column, boolean collection) {
        return ((long) line << 32 | (long) column << 1) | (collection ? 1 : 0);
    }

    /**
     * The next token in a mapping. Jackson's JSON parser reads the value after a field name together with the name,
     * so a value it cannot read fails here, once the name is known; that name is the field to report.
     */
    private JsonToken nextInMapping(JsonParser parser, String path, Map<String, Node.Key> keys) throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            String name = parser.getParsingContext().getCurrentName();
            if (name != null && !keys.containsKey(name)) {
                reading = path.isEmpty() ? name : path + "." + name;
            }
            throw e;
        }
    }

    private PortfolioException error(Exception e, JsonParser parser, String what) {
        MarkedYAMLException marked = e instanceof MarkedYAMLException m ? m
                : e.getCause() instanceof MarkedYAMLException m ? m : null;
        if (marked != null && marked.getProblemMark() != null) {
            // SnakeYAML knows where the problem is; Jackson reports where the enclosing block began.
            return new PortfolioException(file, marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1,
                    shortened(reading), what + ": " + marked.getProblem() + " (is the indentation right?)");
        }
        JsonLocation at = e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation()
                : parser == null ? null : parser.currentLocation();
        String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        String limit = e instanceof StreamConstraintsException || e instanceof YAMLException ? limit(detail) : null;
        if (limit != null) {
            return new PortfolioException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    shortened(reading), limit);
        }
        if (detail != null && detail.contains("Non-standard token")) {
            detail = "NaN and infinities are refused; write a decimal number";
        }
        if (detail != null && detail.startsWith("Expected a field name")) {
            // "? [a, b]": Jackson's message quotes SnakeYAML's event classes
            detail = "a key must be a single text, such as 'title', found "
                    + (detail.contains("SequenceStartEvent") ? "a list" : detail.contains("MappingStartEvent")
                    ? "a mapping" : "something else") + " used as a key";
        }
        int cut = detail == null ? -1 : detail.indexOf('\n');
        detail = detail == null ? "" : (cut > 0 ? detail.substring(0, cut) : detail);
        return new PortfolioException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                shortened(reading), what + ": " + detail);
    }

    /** A field path as deep as a portfolio's, not the hundreds of levels of a nesting attack. */
    private static String shortened(String path) {
        int levels = 0;
        for (int i = 0; i < path.length(); i++) {
            if ((path.charAt(i) == '.' || path.charAt(i) == '[') && ++levels > 6) {
                return path.substring(0, i) + "…";
            }
        }
        return path;
    }

    /**
     * Which of {@link InputLimits} was reached, in words (the parsers' own messages name Java methods); null
     * for a problem that is no limit.
     */
    private static String limit(String message) {
        String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "the portfolio is nested more than " + InputLimits.MAX_NESTING_DEPTH
                    + " levels deep, the limit for portfolio files; a portfolio needs a handful";
        }
        if (m.contains("number value length")) {
            return "the number has more than " + InputLimits.MAX_NUMBER_LENGTH + " digits, the limit for portfolio files";
        }
        if (m.contains("string value length")) {
            return "the text is longer than " + InputLimits.MAX_STRING_LENGTH + " characters, the limit for portfolio files";
        }
        if (m.contains("name length")) {
            return "a field name is longer than " + InputLimits.MAX_NAME_LENGTH + " characters, the limit for portfolio files";
        }
        if (m.contains("document length") || m.contains("code points")) {
            return "the text is longer than " + InputLimits.mebibytes(InputLimits.MAX_PORTFOLIO_BYTES)
                    + ", the limit for a portfolio";
        }
        if (m.contains("aliases")) {
            return "more than " + InputLimits.MAX_YAML_ALIASES + " YAML aliases, the limit for portfolio files";
        }
        return null;
    }
}
