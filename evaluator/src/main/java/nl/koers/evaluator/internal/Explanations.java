package nl.koers.evaluator.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.koers.evaluator.Language;
import nl.koers.model.Coded;
import nl.koers.model.Reason;

/**
 * Renders a {@link Reason} as a sentence in Dutch or English from the rule set's explanation texts.
 * Placeholders are {@code {n}} or {@code {n,format}} with format money, percent, date or year; this is
 * deliberately simpler than {@link java.text.MessageFormat}, whose quoting rules trip over the
 * apostrophes of Dutch ("MKB'ers"). Thread-safe.
 */
public final class Explanations {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:,(\\w+))?}");

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
     * The texts of a rule set folder: explanations.properties (Dutch) and explanations_en.properties, each
     * falling back to {@code fallback}'s text of the same language for a key it lacks. A text an analyst
     * adds belongs in both files.
     */
    public static Explanations of(RuleFiles files, Explanations fallback) {
        return new Explanations(language -> {
            String name = language == Language.DUTCH ? "explanations.properties"
                    : "explanations_" + language.code() + ".properties";
            ResourceBundle shipped = fallback.bundle(language);
            return files.file(name).map(file -> Chained.of(file, shipped)).orElse(shipped);
        });
    }

    /** A properties bundle read from a rule file, with a parent for the keys it lacks. */
    private static final class Chained extends java.util.PropertyResourceBundle {
        private Chained(java.io.Reader reader, ResourceBundle parent) throws java.io.IOException {
            super(reader);
            setParent(parent);
        }

        static ResourceBundle of(RuleFile file, ResourceBundle parent) {
            try {
                return new Chained(new java.io.StringReader(file.text()), parent);
            } catch (java.io.IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(file.name() + ": cannot be read as explanation texts: " + e.getMessage(), e);
            }
        }
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
            int index = Integer.parseInt(m.group(1));
            Object figure = index < reason.figures().size() ? reason.figures().get(index) : null;
            m.appendReplacement(out, Matcher.quoteReplacement(format(figure, m.group(2), bundle, language)));
        }
        m.appendTail(out);
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    private String format(Object figure, String style, ResourceBundle bundle, Language language) {
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
            return language.number(number);
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

    ResourceBundle bundle(Language language) {
        return bundles.computeIfAbsent(language, source);
    }

    private static String text(ResourceBundle bundle, String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
