package nl.koers.evaluator.ruleset.internal.compile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.util.DateUtils;

/**
 * The validity dates of rules (geldig vanaf / geldig tot): Drools' {@code date-effective} and {@code date-expires}
 * attributes, which a decision table writes for its DATE-EFFECTIVE and DATE-EXPIRES columns. Analysts write ISO
 * dates ({@code 2018-01-01}); the executable model reads the attribute with Drools' date mask
 * ({@code d-MMM-yyyy}, English month names) when the rule base is built. So before compiling, every attribute date
 * is read here (ISO, Drools' own mask, or what Drools made of a real Excel date cell) and written again in Drools'
 * mask; a value that is no date, or a rule that expires before it takes effect, is a problem at its line. The
 * mask is never set process-wide: an embedding application may have its own.
 */
public final class ValidityDates {

    /** An attribute and its quoted value, wherever it stands on a line (a rule may hold its attributes on one). */
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?<![\\w-])(date-effective|date-expires)(\\s+)(\"([^\"\\n]*)\"|'([^'\\n]*)')");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|\\S+)");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ValidityDates() {
    }

    /** A problem with a validity date: the 1-based line of the DRL it is on, and what is wrong. */
    public record Problem(int line, String rule, String message) {
    }

    /** DRL with its validity dates in Drools' mask, and what could not be read. */
    public record Rewritten(String drl, List<Problem> problems) {
    }

    /** {@code drl} with every validity date rewritten in the mask the executable model reads; line structure kept. */
    public static Rewritten rewrite(String drl) {
        if (!drl.contains("date-e")) {
            return new Rewritten(drl, List.of());
        }
        String[] lines = drl.split("\n", -1);
        List<Problem> problems = new ArrayList<>();
        Dated dated = new Dated(null);
        for (int i = 0; i < lines.length; i++) {
            Matcher r = RULE.matcher(lines[i]);
            if (r.find()) {
                dated.check(problems);
                dated = new Dated(unquote(r.group(1)));
            }
            Matcher m = ATTRIBUTE.matcher(lines[i]);
            StringBuilder line = new StringBuilder();
            while (m.find()) {
                String value = m.group(4) != null ? m.group(4) : m.group(5);
                Optional<LocalDate> date = parse(value);
                String replacement = m.group();
                if (date.isEmpty()) {
                    problems.add(new Problem(i + 1, dated.rule, "'" + value.strip() + "' after " + m.group(1)
                            + " is not a date; write it as 2018-01-01 (year-month-day)"));
                } else {
                    replacement = m.group(1) + m.group(2) + "\"" + droolsText(date.get()) + "\"";
                    if (m.group(1).equals("date-effective")) {
                        dated.effective = date.get();
                    } else {
                        dated.expires = date.get();
                        dated.expiresLine = i + 1;
                    }
                }
                m.appendReplacement(line, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(line);
            lines[i] = line.toString();
        }
        dated.check(problems);
        return new Rewritten(String.join("\n", lines), List.copyOf(problems));
    }

    /**
     * The day {@code text} names: an ISO date (2018-01-01), a date in Drools' mask in English (1-Jan-2018), or in
     * the mask and language Drools formats a real Excel date cell with; empty when it is none of these.
     */
    public static Optional<LocalDate> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (ISO.matcher(t).matches()) {
                return Optional.of(LocalDate.parse(t));
            }
            return Optional.of(LocalDate.parse(t, droolsMask()));
        } catch (DateTimeParseException e) {
            // not ISO, not English: perhaps an Excel date cell Drools formatted in the default language
        }
        try {
            java.util.Date date = DateUtils.parseDate(t);
            LocalDate day = date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
            // the lenient parser reads 32-Jan-2018 as 1 February; only a text that is the day it names is a date
            return DateUtils.format(date).equalsIgnoreCase(t) ? Optional.of(day) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code day} as the executable model reads a validity date: Drools' mask, English month names. */
    static String droolsText(LocalDate day) {
        return droolsMask().format(day);
    }

    /** The formatter the executable model builds its rules with (PackageModel's DATE_TIME_FORMATTER). */
    private static DateTimeFormatter droolsMask() {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(DateUtils.getDateFormatMask())
                .toFormatter(Locale.ENGLISH);
    }

    /** The validity dates of one rule as they are read. */
    private static final class Dated {
        final String rule;
        LocalDate effective;
        LocalDate expires;
        int expiresLine;

        Dated(String rule) {
            this.rule = rule;
        }

        /** A rule that expires on or before the day it takes effect is never in force: a mistake, at its date-expires. */
        void check(List<Problem> problems) {
            if (effective != null && expires != null && !expires.isAfter(effective)) {
                problems.add(new Problem(expiresLine, rule, (rule == null ? "the rule" : "rule '" + rule + "'")
                        + " expires on " + expires + (expires.isEqual(effective) ? ", the day" : ", before")
                        + " it takes effect (" + effective + "), so it is never in force; date-expires is the first"
                        + " day it no longer applies. Maybe the dates are swapped?"));
            }
        }
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && (name.startsWith("\"") || name.startsWith("'"))) {
            return name.substring(1, name.length() - 1).replace("\\\"", "\"");
        }
        return name;
    }
}
