package nl.koers.evaluator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;

/**
 * How a figure is shown to a reader, in every format: with at most two decimals, as {@link Language#number}
 * writes it, unless that would show a figure that is not zero as 0. Such a tiny figure gets two significant
 * digits instead (0,0000001 and 0,00000025), so that "0,0000001 tegen minimaal 0,0000002" shows why a target was
 * missed where two decimals would print "0 tegen minimaal 0". Ordinary figures print exactly as before.
 */
public final class NumberText {

    /** Below this a figure rounds to 0 at two decimals. */
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_UP);
    /** Past this many decimals a figure is written with an exponent, which stays readable: 1,2E-25. */
    private static final int MAX_PLAIN_DECIMALS = 20;

    private NumberText() {
    }

    /**
     * The value as shown: rounded half up to two decimals, or to two significant digits when that would make a
     * figure that is not zero look like zero. For CSV and other plain numbers.
     */
    public static BigDecimal shown(BigDecimal value) {
        if (tiny(value)) {
            return value.round(TWO_DIGITS).stripTrailingZeros();
        }
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The value as {@code language} writes it: "109.000", "3,5", and "0,0000001" for a tiny one. */
    public static String text(Language language, BigDecimal value) {
        if (!tiny(value)) {
            return language.number(value);
        }
        BigDecimal shown = shown(value);
        char point = DecimalFormatSymbols.getInstance(language.locale()).getDecimalSeparator();
        if (shown.scale() > MAX_PLAIN_DECIMALS) {
            return shown.toString().replace('.', point);
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(shown.scale());
        return format.format(shown);
    }

    /** Not zero, but nearer to zero than two decimals can show. */
    private static boolean tiny(BigDecimal value) {
        return value.signum() != 0 && value.abs().compareTo(HALF_CENT) < 0;
    }
}
