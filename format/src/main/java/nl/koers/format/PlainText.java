package nl.koers.format;

/**
 * Text from a portfolio, a rule set or a file name made safe for a terminal and for scripts that read output line
 * by line. A portfolio may hold any character (YAML and JSON escapes such as {@code "\u001b[2J"} write them): a
 * control character could clear the screen or paint a fake verdict, a line break would forge an extra line, and a
 * bidi override would show text in another order than it is stored. Each such character is written as its escape
 * instead, as in a Java string literal: {@code \n}, {@code \r}, {@code \t}, else {@code \u001b}, {@code \u202e}.
 * The one function every plain-text output (text report, check, explain, diff, messages, the scenario report
 * and the one-line messages of {@link nl.koers.format.PortfolioException}) goes through.
 */
public final class PlainText {

    private PlainText() {
    }

    /** {@code text} with every control, line-separator and bidi-control character escaped; null stays null. */
    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(PlainText::unsafe)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                safe.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> safe.append("\\n");
                case '\r' -> safe.append("\\r");
                case '\t' -> safe.append("\\t");
                default -> safe.append("\\u").append(String.format("%04x", (int) c));
            }
        }
        return safe.toString();
    }

    /**
     * C0 (with tab and line feed), DEL and C1 controls; the line and paragraph separators U+2028 and U+2029; and
     * the characters that change the direction text is shown in: the marks U+200E, U+200F and U+061C, the
     * embeddings and overrides U+202A–U+202E and the isolates U+2066–U+2069.
     */
    public static boolean unsafe(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
                || c == 0x200e || c == 0x200f || c == 0x061c
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
