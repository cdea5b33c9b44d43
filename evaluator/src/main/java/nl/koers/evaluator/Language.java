package nl.koers.evaluator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The languages Koers explains itself in, with how each writes amounts, numbers and dates
 * (€ 109.000 and 31 december 2018 in Dutch; €109,000 and 31 December 2018 in English).
 */
public enum Language {
    /** Nederlands, the language of the rules and the default. */
    DUTCH(Locale.forLanguageTag("nl-NL")),
    ENGLISH(Locale.UK);

    private final Locale locale;
    private final DateTimeFormatter dates;
    // NumberFormat is not thread-safe and costly to look up: one per thread, made on first use
    private final ThreadLocal<NumberFormat> numbers;
    private final ThreadLocal<NumberFormat> cents;
    private final ThreadLocal<NumberFormat> percents;

    Language(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.numbers = ThreadLocal.withInitial(() -> numberFormat(locale, 0, 2));
        this.cents = ThreadLocal.withInitial(() -> numberFormat(locale, 2, 2));
        this.percents = ThreadLocal.withInitial(() -> {
            NumberFormat format = NumberFormat.getPercentInstance(locale);
            format.setMaximumFractionDigits(1);
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format;
        });
    }

    private static NumberFormat numberFormat(Locale locale, int minimumDecimals, int maximumDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(minimumDecimals);
        format.setMaximumFractionDigits(maximumDecimals);
        // a reader rounds half up (5,25 % is 5,3 %), not to even as NumberFormat does by default
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** English for an English locale, Dutch for every other: Dutch when unknown. */
    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    /** "nl" or "en" (case-insensitive), as given on the command line. */
    public static Language parse(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "nl" -> DUTCH;
            case "en" -> ENGLISH;
            default -> throw new IllegalArgumentException("unknown language '" + code + "'; expected nl or en");
        };
    }

    public Locale locale() {
        return locale;
    }

    /** "nl" or "en". */
    public String code() {
        return locale.getLanguage();
    }

    /** A number with at most two decimals, grouped: 109.000 / 109,000. */
    public String number(BigDecimal value) {
        return numbers.get().format(value);
    }

    /**
     * An amount in euros: € 109.000 / €109,000 for whole euros, and with cents when there are any:
     * € 1.990.000,50 / €1,990,000.50 (never the half-written €1,990,000.5).
     */
    public String money(BigDecimal value) {
        boolean wholeEuros = value.stripTrailingZeros().scale() <= 0;
        String amount = (wholeEuros ? numbers : cents).get().format(value);
        return this == DUTCH ? "€ " + amount : "€" + amount;
    }

    /** A share as a percentage with at most one decimal: 0.05 is 5%. */
    public String percent(BigDecimal share) {
        return percents.get().format(share);
    }

    /** A period such as P12M as words: 12 maanden / 12 months. */
    public String period(Period period) {
        StringBuilder words = new StringBuilder();
        append(words, period.getYears(), "jaar", "jaar", "year", "years");
        append(words, period.getMonths(), "maand", "maanden", "month", "months");
        append(words, period.getDays(), "dag", "dagen", "day", "days");
        return words.length() == 0 ? period.toString() : words.toString();
    }

    private void append(StringBuilder words, int count, String nlOne, String nlMany, String enOne, String enMany) {
        if (count == 0) {
            return;
        }
        if (words.length() > 0) {
            words.append(this == DUTCH ? " en " : " and ");
        }
        String unit = this == DUTCH ? (count == 1 ? nlOne : nlMany) : (count == 1 ? enOne : enMany);
        words.append(count).append(' ').append(unit);
    }

    /** 31 december 2018 / 31 December 2018. */
    public String date(LocalDate date) {
        return dates.format(date);
    }
}
