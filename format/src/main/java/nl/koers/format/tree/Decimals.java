package nl.koers.format.tree;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import nl.koers.format.InputLimits;

/**
 * A number as written in a portfolio, a measurements CSV or a scenario, bounded before any arithmetic sees it: at
 * most {@link InputLimits#MAX_NUMBER_LENGTH} digits, a magnitude below {@link InputLimits#MAX_MAGNITUDE} and at most
 * {@link InputLimits#MAX_DECIMALS} decimals. The parsers bound the length of what is written, not what it means:
 * {@code 1e-100000000} is 12 characters, and {@code 0E+999999999} a zero whose scale overflows a product.
 */
public final class Decimals {

    public static final String TOO_MANY_DIGITS = "the number has more than " + InputLimits.MAX_NUMBER_LENGTH
            + " digits, the limit for portfolio files";

    /** A number as YAML writes one, digits and all, whatever its length. */
    private static final Pattern WRITTEN_NUMBER = Pattern.compile("[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?");

    private Decimals() {
    }

    /**
     * Whether {@code text} is a number longer than any number may be. Jackson hands such a number in YAML over as a
     * text, and "expected a number, found the text" would not say what is wrong with it.
     */
    public static boolean isTooLongNumber(String text) {
        return text.length() > InputLimits.MAX_NUMBER_LENGTH && WRITTEN_NUMBER.matcher(text).matches()
                && text.chars().filter(c -> c >= '0' && c <= '9').count() > InputLimits.MAX_NUMBER_LENGTH;
    }

    /**
     * The number {@code written} ('_' between digits allowed, as YAML does), with a scale between -15 and
     * {@link InputLimits#MAX_DECIMALS}: a number written with more zeros after its last decimal is the same number
     * without them.
     *
     * @throws IllegalArgumentException saying why, for a message at the number; {@link NumberFormatException}
     *                                  when it is no decimal number at all
     */
    public static BigDecimal parse(String written) {
        String text = written.replace("_", "");
        if (text.chars().filter(c -> c >= '0' && c <= '9').count() > InputLimits.MAX_NUMBER_LENGTH) {
            throw new IllegalArgumentException(TOO_MANY_DIGITS);
        }
        BigDecimal value = new BigDecimal(text);
        if (value.abs().compareTo(InputLimits.MAX_MAGNITUDE) >= 0) {
            throw new IllegalArgumentException("the number " + shortened(written)
                    + " is too large; numbers must stay below 10^15");
        }
        if (value.signum() == 0) {
            // 0E+999999999 and 0E-999999999 are zero too, but their scale is not
            return value.scale() >= 0 && value.scale() <= InputLimits.MAX_DECIMALS ? value : BigDecimal.ZERO;
        }
        if (value.scale() <= InputLimits.MAX_DECIMALS) {
            return value;
        }
        BigDecimal same = value.stripTrailingZeros();
        if (same.scale() > InputLimits.MAX_DECIMALS) {
            throw new IllegalArgumentException("the number " + shortened(written) + " has more than "
                    + InputLimits.MAX_DECIMALS + " decimals (digits after the point), the limit for portfolio files");
        }
        return same;
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
