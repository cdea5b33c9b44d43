package nl.koers.evaluator.internal;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.koers.evaluator.Language;
import nl.koers.evaluator.NumberText;
import nl.koers.evaluator.RuleProblem.Code;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSetException;
import nl.koers.model.Coded;
import nl.koers.model.Reason;

/**
 * Renders a {@link Reason} as a sentence in Dutch or English from the rule set's explanation texts.
 * Placeholders are {@code {n}} or {@code {n,format}} with format money, percent, date, year, reserve or note (a
 * figure that is itself a {@link Reason}, or a list of them, rendered as its own sentences; nothing when there is
 * none: what a target adds to a sentence, such as "naar verwachting" or a revised streefwaarde); this is
 * deliberately simpler than {@link java.text.MessageFormat}, whose quoting rules trip over the
 * apostrophes of Dutch ("MKB'ers"). Thread-safe.
 */
public final class Explanations {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:,(\\w+))?}");
    /** The styles {@link #format} knows; any other would silently be shown as a plain figure. */
    private static final Set<String> STYLES = Set.of("money", "percent", "date", "year", "reserve", "note");
    /** No reason carries more figures; a longer index is a typing error (and would overflow an int). */
    private static final int MAX_INDEX = 99;

    private final java.util.function.Function<Language, ResourceBundle> source;
    private final Map<Language, ResourceBundle> bundles = new ConcurrentHashMap<>();

    private Explanations(java.util.function.Function<Language, ResourceBundle> source) {
        this.source = source;
    }

    /** The texts of a rule set on the class path, e.g. the shipped "nl.koers.rules.explanations". */
    public static Explanations load(String baseName, ClassLoader loader) {
        Explanations explanations = new Explanations(language -> {
            try {
                // The base bundle is Dutch; a text missing in English falls back to it.
                return ResourceBundle.getBundle(baseName, language == Language.DUTCH ? Locale.ROOT : language.locale(),
                        loader, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            } catch (MissingResourceException e) {
                throw new IllegalStateException("the rule set has no explanation texts " + baseName, e);
            }
        });
        explanations.bundle(Language.DUTCH);
        return explanations;
    }

    /**
     * The texts of a rule set folder ({@code origin}): explanations.properties (Dutch) and explanations_en.properties, each
     * falling back to {@code fallback}'s text of the same language for a key it lacks. A text an analyst
     * adds belongs in both files.
     */
    public static Explanations of(String origin, List<Text> texts, Explanations fallback) {
        // checked now, while the rule set is loaded, so that a bad text refuses the set instead of failing
        // halfway through a report
        List<RuleProblem> problems = texts.stream().flatMap(t -> check(t).stream()).toList();
        if (!problems.isEmpty()) {
            throw RuleSetException.of(origin, problems);
        }
        List<Text> copy = List.copyOf(texts);
        return new Explanations(language -> {
            String name = language == Language.DUTCH ? "explanations.properties"
                    : "explanations_" + language.code() + ".properties";
            ResourceBundle shipped = fallback.bundle(language);
            return copy.stream().filter(t -> t.name().equals(name)).findFirst()
                    .map(text -> Chained.of(text, shipped)).orElse(shipped);
        });
    }

    /** One file of explanation texts: its name in the rule set (explanations_en.properties) and what it holds. */
    public record Text(String name, String text) {
        public Text {
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(text, "text");
        }
    }

    /** A properties bundle read from a rule file, with a parent for the keys it lacks. */
    private static final class Chained extends java.util.PropertyResourceBundle {
        private Chained(java.io.Reader reader, ResourceBundle parent) throws java.io.IOException {
            super(reader);
            setParent(parent);
        }

        static ResourceBundle of(Text file, ResourceBundle parent) {
            try {
                return new Chained(new StringReader(file.text()), parent);
            } catch (IOException | IllegalArgumentException e) {
                // check() refuses such a file when the rule set is loaded; this is the same problem, typed
                throw RuleSetException.of(file.name(), List.of(RuleProblem.error(Code.TEXT_UNREADABLE, file.name(),
                        0, 0, null, "cannot be read as explanation texts: " + e.getMessage())));
            }
        }
    }

    /**
     * The problems of an explanation-texts file ({@code explanations.properties}, {@code explanations_en.properties}),
     * each an error at its line and column: a malformed {@code \\uxxxx} escape, which makes the whole file
     * unreadable; and in a text, a placeholder that {@link #render} cannot fill: an index above
     * {@value #MAX_INDEX}, a style other than money, percent, date, year or reserve, or a brace that opens or
     * closes no placeholder. A file without problems gives an empty list.
     */
    public static List<RuleProblem> check(Text file) {
        List<RuleProblem> problems = new ArrayList<>();
        String[] lines = file.text().split("\r\n|\r|\n", -1);
        for (int first = 0; first < lines.length; ) {
            int last = first;
            String stripped = lines[first].stripLeading();
            boolean comment = stripped.startsWith("#") || stripped.startsWith("!");
            while (!comment && continues(lines[last]) && last + 1 < lines.length) {
                last++;
            }
            if (!comment && !stripped.isEmpty()) {
                problems.addAll(entry(file.name(), lines, first, last));
            }
            first = last + 1;
        }
        return problems;
    }

    /** A line ending in an odd number of backslashes continues on the next one, as {@link Properties} reads it. */
    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The problems of the entry on lines {@code first..last} (0-based) of the file. */
    private static List<RuleProblem> entry(String name, String[] lines, int first, int last) {
        for (int l = first; l <= last; l++) {
            int column = badEscape(lines[l]);
            if (column > 0) {
                return List.of(RuleProblem.error(Code.TEXT_UNREADABLE, name, l + 1, column, null,
                        "malformed \\u escape; expected "
                        + "\\u and four hexadecimal digits, e.g. \\u00eb for \u00eb"));
            }
        }
        Properties entry = new Properties();
        try {
            entry.load(new StringReader(String.join("\n", java.util.Arrays.asList(lines).subList(first, last + 1))));
        } catch (IOException | IllegalArgumentException e) {
            return List.of(RuleProblem.error(Code.TEXT_UNREADABLE, name, first + 1, 0, null,
                    "cannot be read: " + e.getMessage()));
        }
        List<RuleProblem> problems = new ArrayList<>();
        entry.forEach((key, text) -> template((String) text).forEach(problem ->
                problems.add(RuleProblem.error(Code.TEXT_PLACEHOLDER, name, first + 1, 0, null,
                        "text '" + key + "': " + problem))));
        return problems;
    }

    /** The 1-based column of the first backslash-u in {@code line} not followed by four hex digits; 0 for none. */
    private static int badEscape(String line) {
        for (int i = 0; i < line.length() - 1; i++) {
            if (line.charAt(i) != '\\') {
                continue;
            }
            if (line.charAt(i + 1) == 'u' && !line.substring(i + 2).matches("(?s)\\p{XDigit}{4}.*")) {
                return i + 1;
            }
            i++; // the escaped character, which may itself be a backslash
        }
        return 0;
    }

    /** What is wrong with the placeholders of {@code template}, one sentence each. */
    private static List<String> template(String template) {
        List<String> problems = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '}') {
                problems.add("'}' at position " + (i + 1) + " closes no placeholder; placeholders are {n} or {n,style}");
            } else if (c == '{' && !m.region(i, template.length()).lookingAt()) {
                // "{}" or "{-1}" is one mistake, not an opening and a closing brace that each match nothing
                int close = template.indexOf('}', i);
                int next = template.indexOf('{', i + 1);
                boolean closed = close >= 0 && (next < 0 || close < next);
                problems.add((closed ? "'" + template.substring(i, close + 1) + "' at position " + (i + 1)
                        + " is not a placeholder" : "'{' at position " + (i + 1) + " opens no placeholder")
                        + "; placeholders are {n} or {n,style}, e.g. {0} or {1,money}");
                i = closed ? close : i;
            } else if (c == '{') {
                if (index(m.group(1)) > MAX_INDEX) {
                    problems.add("placeholder " + m.group() + " names figure " + m.group(1) + "; a reason has at most "
                            + (MAX_INDEX + 1) + " figures, counted from {0}");
                }
                if (m.group(2) != null && !STYLES.contains(m.group(2))) {
                    problems.add("placeholder " + m.group() + " has the unknown style '" + m.group(2)
                            + "'; expected money, percent, date, year, reserve or note");
                }
                i = m.end() - 1;
            }
        }
        return problems;
    }

    /** The index of a placeholder; one too long for an int counts as too large. */
    private static int index(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    /** The sentence for {@code reason} in {@code language}; the key itself when the rule set has no text for it. */
    public String render(Reason reason, Language language) {
        ResourceBundle bundle = bundle(language);
        String template = text(bundle, reason.key(), null);
        if (template == null) {
            return reason.key() + " " + reason.figures();
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = index(m.group(1));
            Object figure = index < reason.figures().size() ? reason.figures().get(index) : null;
            m.appendReplacement(out, Matcher.quoteReplacement(format(figure, m.group(2), bundle, language)));
        }
        m.appendTail(out);
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    private String format(Object figure, String style, ResourceBundle bundle, Language language) {
        if ("note".equals(style)) {
            return note(figure, language);
        }
        if (figure == null) {
            return "reserve".equals(style) ? text(bundle, "reserve.unnamed", "") : text(bundle, "figure.unknown", "?");
        }
        if (style != null) {
            switch (style) {
                case "money":
                    return figure instanceof BigDecimal amount ? language.money(amount) : figure.toString();
                case "percent":
                    return figure instanceof BigDecimal share ? language.percent(share) : figure.toString();
                case "year", "reserve":
                    return figure.toString();
                default:
                    break;
            }
        }
        if (figure instanceof BigDecimal number) {
            return NumberText.text(language, number);
        }
        if (figure instanceof LocalDate date) {
            return language.date(date);
        }
        if (figure instanceof Period period) {
            return language.period(period);
        }
        if (figure instanceof Coded code) {
            String group = code.getClass().getSimpleName().toLowerCase(Locale.ROOT);
            return text(bundle, group + "." + code.code(), code.code());
        }
        if (figure instanceof Collection<?> items) {
            return items.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        }
        return figure.toString();
    }

    /** A note: the sentence of a reason, or of each reason of a list, after one another; nothing for no reason. */
    private String note(Object figure, Language language) {
        if (figure instanceof Reason reason) {
            return render(reason, language);
        }
        if (figure instanceof Collection<?> items) {
            return items.stream().map(item -> note(item, language)).filter(text -> !text.isEmpty())
                    .collect(Collectors.joining(" "));
        }
        return "";
    }

    ResourceBundle bundle(Language language) {
        return bundles.computeIfAbsent(language, source);
    }

    private static String text(ResourceBundle bundle, String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
