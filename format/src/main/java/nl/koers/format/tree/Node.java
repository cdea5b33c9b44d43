package nl.koers.format.tree;

import java.util.List;
import java.util.Map;

/** A parsed YAML or JSON value that remembers where it stood in the file. */
public sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {

    int line();

    int column();

    /** What kind of value this is, for messages ("a mapping", "a list", "the text \"drie\""). */
    String describe();

    /** A key with its own position, so that an unknown key is reported where it is written. */
    record Key(String name, int line, int column) {
    }

    record Mapping(Map<String, Node> entries, Map<String, Key> keys, int line, int column) implements Node {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(List<Node> items, int line, int column) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar: {@code type} tells how the parser read it; {@code text} is the text as written. */
    record Scalar(Type type, String text, int line, int column) implements Node {
        public enum Type { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (type) {
                case NULL -> "nothing (null)";
                case BOOLEAN -> text;
                case INTEGER, DECIMAL -> "the number " + text;
                case TEXT -> "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
            };
        }
    }
}
