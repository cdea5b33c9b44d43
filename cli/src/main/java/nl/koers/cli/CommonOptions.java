package nl.koers.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Language;
import nl.koers.evaluator.PortfolioReader;
import nl.koers.model.Portfolio;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The portfolio, peildatum and language options that evaluate and check share. */
final class CommonOptions {

    /** Set by each command's FILE parameter, whose position differs per command. */
    String file;

    static final String FILE_HELP = "Portfolio file (YAML or JSON, format koers/v1); '-' reads standard input. "
            + "Without FILE: the embedded default, prestatie 5.4.2 of Overijssel (jaarverslag 2018). "
            + "For evaluate also a folder of portfolio files or a .jsonl file (one portfolio per line).";

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "Peildatum (YYYY-MM-DD); default: the file's asOf, else the end of its period.")
    LocalDate asOf;

    @Option(names = "--lang", paramLabel = "nl|en", converter = LanguageConverter.class,
            description = "Language of the report; default from the locale, Dutch when unknown.")
    Language language;

    @Mixin
    RulesOption rules;

    @Option(names = "--debug", description = "Show the stack trace of an internal error.")
    boolean debug;

    Portfolio portfolio() {
        if (file == null) {
            return PortfolioReader.readDefault();
        }
        if ("-".equals(file)) {
            return PortfolioReader.read("-", System.in);
        }
        return PortfolioReader.read(Path.of(file));
    }

    /**
     * Reads the portfolio and evaluates it with the chosen rules at the chosen peildatum. The rule base is
     * built on another thread meanwhile.
     */
    Evaluation evaluate() {
        rules.start();
        Portfolio portfolio = portfolio();
        return rules.evaluator().evaluate(portfolio, peildatum(portfolio));
    }

    Language language() {
        return language != null ? language : languageOfEnvironment(System.getenv());
    }

    /**
     * The language the user's locale asks for: the first of LC_ALL, LC_MESSAGES and LANG that is set.
     * Only English is taken from it; C, POSIX, unset and every other language read as Dutch. The JVM's
     * default locale is no guide: it turns C into English.
     */
    static Language languageOfEnvironment(Map<String, String> environment) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return value.startsWith("en") ? Language.ENGLISH : Language.DUTCH;
            }
        }
        return Language.DUTCH;
    }

    LocalDate peildatum(Portfolio portfolio) {
        return asOf != null ? asOf : portfolio.performance().peildatum();
    }

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                LocalDate date = LocalDate.parse(value, DateTimeFormatter.ofPattern("uuuu-MM-dd")
                        .withResolverStyle(ResolverStyle.STRICT));
                if (date.getYear() < 1900 || date.getYear() > 2199) {
                    throw new TypeConversionException(
                            "'" + value + "' lies outside 1900-01-01 .. 2199-12-31");
                }
                return date;
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(
                        "'" + value + "' is not a date in the calendar; expected YYYY-MM-DD, e.g. 2018-12-31");
            }
        }
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
