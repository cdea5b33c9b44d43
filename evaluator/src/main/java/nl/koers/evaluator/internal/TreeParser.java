package nl.koers.evaluator.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.evaluator.PortfolioException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON text into {@link Node}s that keep their line and column, refusing duplicate keys
 * and anything after the document. Jackson's own tree forgets positions, and every error here must
 * point at a line.
 */
final class TreeParser {

    /** A portfolio is a handful of levels deep; anything deeper is not a portfolio. */
    static final int MAX_DEPTH = 64;
    private static final int MAX_ALIASES = 50;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(64)
            .maxStringLength(1_000_000)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    private static final YAMLFactory YAML;

    static {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        YAML = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(CONSTRAINTS).build();
    }

    private final String file;

    TreeParser(String file) {
        this.file = file;
    }

    Node parse(String text, boolean json) {
        JsonParser parser = null;
        try {
            parser = (json ? JSON : YAML).createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new PortfolioException(file, 0, 0, "", "the file is empty; expected a portfolio starting with 'format: koers/v1'");
            }
            Node root = value(parser, "");
            JsonToken after;
            try {
                after = parser.nextToken();
            } catch (JsonProcessingException e) {
                throw error(e, parser, "", "unexpected text after the end of the portfolio");
            }
            if (after != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new PortfolioException(file, at.getLineNr(), at.getColumnNr(), "",
                        "unexpected content after the end of the portfolio; a file holds one portfolio");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw error(e, parser, "", "the file is not valid " + (json ? "JSON" : "YAML"));
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
        switch (token) {
            case START_OBJECT: {
                Map<String, Node> entries = new LinkedHashMap<>();
                Map<String, Node.Key> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String fieldPath = path.isEmpty() ? name : path + "." + name;
                    if (keys.containsKey(name)) {
                        throw new PortfolioException(file, keyAt.getLineNr(), keyAt.getColumnNr(), fieldPath,
                                "duplicate key; it is already given on line " + keys.get(name).line());
                    }
                    keys.put(name, new Node.Key(name, keyAt.getLineNr(), keyAt.getColumnNr()));
                    parser.nextToken();
                    entries.put(name, value(parser, fieldPath));
                }
                return new Node.Mapping(entries, keys, line, column);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(parser, path + "[" + items.size() + "]"));
                }
                return new Node.Sequence(items, line, column);
            }
            case VALUE_STRING:
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

    private PortfolioException error(JsonProcessingException e, JsonParser parser, String field, String what) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            // SnakeYAML knows where the problem is; Jackson reports where the enclosing block began.
            return new PortfolioException(file, yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1,
                    field, what + ": " + yaml.getProblem() + " (is the indentation right?)");
        }
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
        String detail = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            detail = "a value exceeds the limits for portfolio files (numbers up to 64 digits, nesting up to "
                    + MAX_DEPTH + " levels)";
        } else if (detail != null && detail.contains("Non-standard token")) {
            detail = "NaN and infinities are refused; write a decimal number";
        }
        int cut = detail == null ? -1 : detail.indexOf('\n');
        detail = detail == null ? "" : (cut > 0 ? detail.substring(0, cut) : detail);
        return new PortfolioException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                field, what + ": " + detail);
    }
}
