package nl.koers.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Set;

/**
 * Writes HTML (with inline SVG) element by element, so that text can never become markup: {@link #text}
 * always escapes, {@link #attr} always quotes and escapes, and element and attribute names are checked to be
 * plain names. After JaCoCo's {@code XMLElement}: a child is started with {@link #element}, which closes the
 * previous child; {@link #close} closes the open children and then this element. The element writes as it
 * goes, to any {@link Appendable}; a failing writer throws {@link UncheckedIOException}.
 */
final class HtmlElement {

    /** HTML elements without an end tag. */
    private static final Set<String> VOID = Set.of("meta");

    private final Appendable out;
    private final String name;
    /** SVG, where an element without content closes as {@code <rect/>}. */
    private final boolean foreign;
    private boolean startOpen;
    private boolean closed;
    private HtmlElement child;

    private HtmlElement(Appendable out, String name, boolean foreign) {
        this.out = out;
        this.name = name;
        this.foreign = foreign;
        this.startOpen = name != null;
        if (name != null) {
            write("<").write(checkedName(name));
        }
    }

    /** A root element {@code <name>} written to {@code out}. */
    static HtmlElement root(Appendable out, String name) {
        return new HtmlElement(Objects.requireNonNull(out, "out"), Objects.requireNonNull(name, "name"), "svg".equals(name));
    }

    /** A sequence of elements and text with no element around it, written to {@code out}. */
    static HtmlElement fragment(Appendable out) {
        return new HtmlElement(Objects.requireNonNull(out, "out"), null, false);
    }

    /** Writes {@code <!DOCTYPE html>} and a line break; the page's {@code <html>} element follows. */
    static HtmlElement document(Appendable out) {
        fragment(out).write("<!DOCTYPE html>\n");
        return root(out, "html");
    }

    /** Starts the child element {@code name}, closing the previous child. */
    HtmlElement element(String name) {
        checkedName(name);
        content();
        child = new HtmlElement(out, name, foreign || "svg".equals(name));
        return child;
    }

    /** An attribute with {@code value} quoted and escaped; only before any content. */
    HtmlElement attr(String name, String value) {
        checkedName(name);
        if (!startOpen) {
            throw new IllegalStateException("attribute " + name + " after the content of <" + this.name + ">");
        }
        return write(" ").write(name).write("=\"").write(escape(value)).write("\"");
    }

    /** A numeric attribute. */
    HtmlElement attr(String name, long value) {
        return attr(name, Long.toString(value));
    }

    /** {@code text} escaped, as content of this element; nothing for {@code null}. */
    HtmlElement text(String text) {
        content();
        return write(escape(text));
    }

    /** A line break between children, so that the page reads well as source. */
    HtmlElement newline() {
        return text("\n");
    }

    /**
     * A whole style sheet as the content of this {@code <style>} element. Style text is not escaped in HTML,
     * so a sheet that could end the element is refused.
     */
    HtmlElement css(String css) {
        if (!"style".equals(name) || css.contains("</")) {
            throw new IllegalArgumentException("not a style sheet for a <style> element");
        }
        content();
        return write(css);
    }

    /** Copies {@code markup}, which only an element writer can have written, as content of this element. */
    HtmlElement markup(Markup markup) {
        content();
        return write(markup.toString());
    }

    /** Closes the open children and this element. */
    void close() {
        if (closed) {
            return;
        }
        closeChild();
        if (name != null) {
            if (startOpen) {
                startOpen = false;
                write(VOID.contains(name) ? ">" : foreign ? "/>" : "></" + name + ">");
            } else {
                write("</").write(name).write(">");
            }
        }
        closed = true;
    }

    private void content() {
        if (closed) {
            throw new IllegalStateException("<" + name + "> is closed");
        }
        closeChild();
        if (startOpen) {
            startOpen = false;
            write(">");
        }
    }

    private void closeChild() {
        if (child != null) {
            child.close();
            child = null;
        }
    }

    private HtmlElement write(String text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static String checkedName(String name) {
        if (!name.matches("[a-z][a-zA-Z0-9-]*")) {
            throw new IllegalArgumentException("not an element or attribute name: " + name);
        }
        return name;
    }

    /** {@code text} with &amp;, &lt;, &gt;, " and ' escaped; empty for {@code null}. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Markup held back, e.g. the sections of a begroting until its overview is written. Only an element writer
     * writes into it, so copying it with {@link #markup} is as safe as the writer.
     */
    static final class Markup {
        private final StringBuilder html = new StringBuilder();

        /** A fragment writing into this markup. */
        HtmlElement writer() {
            return fragment(html);
        }

        @Override
        public String toString() {
            return html.toString();
        }
    }
}
