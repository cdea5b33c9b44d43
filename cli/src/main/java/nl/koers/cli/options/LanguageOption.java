package nl.koers.cli.options;

import java.util.Map;
import nl.koers.evaluator.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --lang nl|en}: the language of the report, by default the one the user's locale asks for. A mixin of the
 * root command only: the option is inherited, so every command takes it, before or after its name.
 */
public final class LanguageOption {

    private static final String NAME = "--lang";

    @Option(names = NAME, scope = ScopeType.INHERIT, paramLabel = "nl|en", converter = LanguageConverter.class,
            description = "Language of the report; default from the locale, Dutch when unknown.")
    Language language;

    /**
     * The language asked for on the command line of {@code command} (any command of it), else the locale's. Every
     * command's copy of the inherited option sets the one field of the root's mixin, so that is where it is read.
     */
    public static Language of(CommandSpec command) {
        Language given = command.root().findOption(NAME).getValue();
        return given != null ? given : languageOfEnvironment(System.getenv());
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
