package nl.koers.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.koers.evaluator.Language;
import nl.koers.model.Coded;

/** The command line's own texts (labels and headings) in one language. */
public final class Messages {

    private final ResourceBundle bundle;
    private final Language language;

    public Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("nl.koers.report.messages",
                language == Language.DUTCH ? Locale.ROOT : language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    public String get(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, language.locale()).format(arguments);
    }

    /** The label of a status, colour, change type or target kind, e.g. "op koers". */
    public String label(String group, Coded code) {
        return get(group + "." + code.code());
    }
}
