package nl.koers.model;

import java.util.Objects;

/**
 * The content or money colour of the prestatie.
 *
 * @param aspect content or money
 * @param colour the colour
 * @param reason why
 */
public record ColourScore(Aspect aspect, Colour colour, Reason reason) implements Finding {

    public ColourScore {
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(reason, "reason");
    }
}
