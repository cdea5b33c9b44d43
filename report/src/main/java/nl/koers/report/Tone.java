package nl.koers.report;

import nl.koers.model.Colour;
import nl.koers.model.Status;

/**
 * How a status or colour is signalled to a reader: a symbol (so that it is never told by colour alone), an
 * ANSI colour for terminals and a background for HTML that carries white text at WCAG AA contrast (≥ 4.5:1).
 */
public enum Tone {
    ACHIEVED("32", "#1a7f37"),
    ON_TRACK("36", "#0a6b5c"),
    ATTENTION("33", "#9a4d00"),
    OFF_TRACK("31", "#b42318"),
    UNKNOWN("2", "#57606a"),
    WITHDRAWN("2", "#59636e");

    private final String ansi;
    private final String background;

    Tone(String ansi, String background) {
        this.ansi = ansi;
        this.background = background;
    }

    public static Tone of(Status status) {
        return switch (status) {
            case ACHIEVED -> ACHIEVED;
            case ON_TRACK -> ON_TRACK;
            case AT_RISK -> ATTENTION;
            case OFF_TRACK -> OFF_TRACK;
            case UNKNOWN -> UNKNOWN;
            case WITHDRAWN -> WITHDRAWN;
        };
    }

    public static Tone of(Colour colour) {
        return switch (colour) {
            case GREEN -> ACHIEVED;
            case ORANGE -> ATTENTION;
            case RED -> OFF_TRACK;
            case UNDETERMINED -> UNKNOWN;
        };
    }

    /** ✓ achieved, ● on track, ▲ needs attention, ✕ off track, ? no data, – withdrawn. */
    public String symbol() {
        return switch (this) {
            case ACHIEVED -> "✓";
            case ON_TRACK -> "●";
            case ATTENTION -> "▲";
            case OFF_TRACK -> "✕";
            case UNKNOWN -> "?";
            case WITHDRAWN -> "–";
        };
    }

    /** The CSS class name, e.g. "tone-off-track". */
    public String cssClass() {
        return "tone-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String background() {
        return background;
    }

    /** {@code text} in this tone's terminal colour. */
    public String ansi(String text) {
        return "\u001b[" + ansi + "m" + text + "\u001b[0m";
    }
}
