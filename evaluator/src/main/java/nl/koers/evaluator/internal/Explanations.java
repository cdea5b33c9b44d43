package nl.koers.evaluator.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.koers.model.Coded;
import nl.koers.model.Reason;

/**
 * Renders a {@link Reason} as a sentence in Dutch or English from the rule set's explanation texts.
 * Placeholders are {@code {n}} or {@code {n,format}} with format money, percent, date or year; this is
 * deliberately simpler than {@link java.text.MessageFormat}, whose quoting rules trip over the
 * apostrophes of Dutch ("MKB'ers"). Thread-safe.
 */
public final class Explanations {

    /** The language of a rule set's default texts. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:,(\\w+))?}");

    private final String baseName;
    private final ClassLoader loader;
    private final Map<Locale, ResourceBundle> bundles = new ConcurrentHashMap<>();

    private Explanations(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    public static Explanations load(String baseName, ClassLoader loader) {
        Explanations explanations = new Explanations(baseName, loader);
        explanations.bundle(DUTCH);
        return explanations;
    }

    /** The sentence for {@code reason} in {@code locale}; the key itself when the rule set has no text for it. */
    public String render(Reason reason, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String template = text(bundle, reason.key(), null);
        if (template == null) {
            return reason.key() + " " + reason.figures();
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            Object figure = index < reason.figures().size() ? reason.figures().get(index) : null;
            m.appendReplacement(out, Matcher.quoteReplacement(format(figure, m.group(2), bundle, locale)));
        }
        m.appendTail(out);
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** The label of a code in {@code locale}, e.g. "meer dan" for bound more-than. */
    public String label(String group, Coded code, Locale locale) {
        return text(bundle(locale), group + "." + code.code(), code.code());
    }

    private String format(Object figure, String style, ResourceBundle bundle, Locale locale) {
        if (figure == null) {
            return "reserve".equals(style) ? text(bundle, "reserve.unnamed", "") : text(bundle, "figure.unknown", "?");
        }
        if (style != null) {
            switch (style) {
                case "money":
                    return money(figure, locale);
                case "percent":
                    return percent(figure, locale);
                case "year", "reserve":
                    return figure.toString();
                default:
                    break;
            }
        }
        if (figure instanceof BigDecimal number) {
            return number(number, locale);
        }
        if (figure instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
        }
        if (figure instanceof Period period) {
            return period.toString();
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

    static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String money(Object figure, Locale locale) {
        String amount = figure instanceof BigDecimal value ? number(value, locale) : figure.toString();
        return "nl".equals(locale.getLanguage()) ? "€ " + amount : "€" + amount;
    }

    private static String percent(Object figure, Locale locale) {
        if (!(figure instanceof BigDecimal value)) {
            return figure.toString();
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private ResourceBundle bundle(Locale locale) {
        return bundles.computeIfAbsent(supported(locale), l -> {
            try {
                return ResourceBundle.getBundle(baseName, l, loader, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
            } catch (MissingResourceException e) {
                throw new IllegalStateException("the rule set has no explanation texts " + baseName, e);
            }
        });
    }

    /** English when asked for English; Dutch, the rule sets' own language, for everything else. */
    static Locale supported(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH;
    }

    private static String text(ResourceBundle bundle, String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
