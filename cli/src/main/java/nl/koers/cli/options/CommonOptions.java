package nl.koers.cli.options;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Language;
import nl.koers.format.IsoDates;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Portfolio;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The portfolio, peildatum and rule set options that evaluate, check and explain share; the language is the root's
 * inherited --lang.
 */
public final class CommonOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Set by each command's FILE parameter, whose position differs per command. */
    public String file;

    public static final String FILE_HELP = "Portfolio file (YAML or JSON, format koers/v1); '-' reads standard input. "
            + "Without FILE: the embedded default, prestatie 5.4.2 of Overijssel (jaarverslag 2018). "
            + "For evaluate also a folder of portfolio files or a .jsonl file (one portfolio per line).";

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "Peildatum (YYYY-MM-DD); default: the file's asOf, else the end of its period.")
    LocalDate asOf;

    @Mixin
    public RulesOption rules;

    Portfolio portfolio() {
        return read(file);
    }

    /** The portfolio in {@code file}: '-' is standard input, {@code null} the embedded default. */
    public static Portfolio read(String file) {
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
    public Evaluation evaluate() {
        rules.start();
        Portfolio portfolio = portfolio();
        return rules.evaluator().evaluate(portfolio, peildatum(portfolio));
    }

    public Language language() {
        return LanguageOption.of(command);
    }

    public LocalDate peildatum(Portfolio portfolio) {
        return asOf != null ? asOf : portfolio.performance().peildatum();
    }

    public static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                LocalDate date = IsoDates.parse(value);
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
}
