package nl.koers.cli.options;

import java.util.Map;
import nl.koers.evaluator.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang nl|en}: the language of the report, by default the one the user's locale asks for. */
public final class LanguageOption {

    @Option(names = "--lang", paramLabel = "nl|en", converter = LanguageConverter.class,
            description = "Language of the report; default from the locale, Dutch when unknown.")
    public Language language;

    public Language language() {
        return language != null ? language : languageOfEnvironment(System.getenv());
    }

    /**
     * The language the user's locale asks for: the first of LC_ALL, LC_MESSAGES and LANG that is set.
     * Only English is taken from it; C, POSIX, unset and every other language read as Dutch. The JVM's
     * default locale is no guide: it turns C into English.
     */
    public static Language languageOfEnvironment(Map<String, String> environment) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return value.startsWith("en") ? Language.ENGLISH : Language.DUTCH;
            }
        }
        return Language.DUTCH;
    }

    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
