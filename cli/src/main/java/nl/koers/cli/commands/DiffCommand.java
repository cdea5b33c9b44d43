package nl.koers.cli.commands;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.koers.cli.ExitCode;
import nl.koers.cli.options.CommonOptions;
import nl.koers.cli.options.LanguageOption;
import nl.koers.cli.options.ReportOptions;
import nl.koers.cli.options.RulesOption;
import nl.koers.cli.output.OutputTarget;
import nl.koers.cli.output.ReportBuffer;
import nl.koers.cli.output.RunInputs;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.EvaluationDiff;
import nl.koers.evaluator.Evaluator;
import nl.koers.format.PlainText;
import nl.koers.model.Portfolio;
import nl.koers.report.Messages;
import nl.koers.report.ReportSettings;
import nl.koers.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code koers diff}: what changed since the last report, for one file at two peildata or two files. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Shows what changed since the last report: per action the status move, the new or corrected "
                    + "measurements and the target verdicts that changed; actions added, removed or withdrawn; "
                    + "then the colours and the budget change.",
            "Two files (OLD NEW): OLD at --from and NEW at --to, each by default at its own peildatum.",
            "One file, or none for the embedded default: that file at --from and at --to. --to defaults to its "
                    + "peildatum, --from to six months before --to (the half-year report before)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  koers diff          the default portfolio: 30 June against 31 December 2018",
            "  koers diff 5.4.2.yaml --from 2018-06-30 --to 2018-12-31",
            "  koers diff jaarverslag-2017.yaml jaarverslag-2018.yaml",
            "  koers diff voorjaarsnota.yaml jaarverslag.yaml --format json --lang en",
            "  koers diff 5.4.2.yaml --format markdown >> monitor.md",
            "  koers diff 5.4.2.yaml --format html --output wijzigingen-5.4.2.html",
            "  koers diff 5.4.2.yaml --format csv --csv-separator ';' --csv-bom \\",
            "             --output wijzigingen.csv   one row per change, for Dutch Excel",
            "",
            "markdown is a table of the changed actions for the monitor text, then the",
            "colours and the budget change; html is one self-contained page.",
            "csv is one row per change: prestatie, action, target, change (action status,",
            "  new or removed action, target verdict, new, corrected or removed",
            "  measurement, a colour, the budget change), from, to, detail (the",
            "  explanation now; for a target its indicator, for a measurement its date).",
            "",
            "JSON (schema koers-diff/v1): fields always in this order, null when absent:",
            "  schema, performance {code, title, organisation} (of NEW),",
            "  from {code, peildatum}, to {code, peildatum}, ruleSet, language,",
            "  changed (true when anything changed),",
            "  actions: the changed ones, each {id, title,",
            "    change (changed | added | removed | withdrawn), from, to (status codes),",
            "    explanation (of the status now, or the last one of a removed action),",
            "    targets [{id, indicator, change, from, to}],",
            "    measurements [{target, date, change (new | corrected | removed),",
            "      from, to (each {value, bound, done, source} or null)}]},",
            "  unchangedActions [ids],",
            "  contentColour, moneyColour {changed, from, to, explanation},",
            "  budgetChange {changed, from, to (each {type, amount, source, year}),",
            "    explanation}.",
            "",
            "--json-version 2 writes koers-diff/v2 instead: budgetChange is replaced by",
            "  budgetChanges {changed, from [..], to [..] (each {type, amount, decider,",
            "  line, source, parts [{year, amount}], explanation})}; then disagreements",
            "  [{subject, change (added | removed | changed), from, to ({computed,",
            "  reported} or null), explanation}] and override (of the prestatie's colours:",
            "  {changed, from, to} or null); each action gets override too. Version 1",
            "  stays the default, so a consumer of it never misreads; schema names it."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done, whether or not anything changed (a change is information, not a failure)",
            "1:internal error",
            "2:invalid input (file, option or argument); with --output no file is written then"
        })
public final class DiffCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The portfolio file to compare at two peildata; with NEW, the older file (OLD). '-' reads "
                    + "standard input. Without FILE: the embedded default, prestatie 5.4.2 of Overijssel "
                    + "(jaarverslag 2018).")
    String file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NEW",
            description = "The newer portfolio file, to compare with OLD; '-' reads standard input.")
    String newer;

    @Option(names = "--from", paramLabel = "DATE", converter = CommonOptions.DateConverter.class,
            description = "Peildatum of the earlier report (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = CommonOptions.DateConverter.class,
            description = "Peildatum of the later report (YYYY-MM-DD).")
    LocalDate to;

    @Mixin
    ReportOptions report;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        if ("-".equals(file) && "-".equals(newer)) {
            return refuse("standard input can be read once; give '-' for one of OLD and NEW");
        }
        report.check(spec, new RunInputs().portfolio(file).portfolio(newer).rules(rules.folder));
        rules.start();
        Evaluator evaluator;
        Evaluation earlier;
        Evaluation later;
        if (newer != null) {
            Portfolio old = CommonOptions.read(file);
            Portfolio now = CommonOptions.read(newer);
            evaluator = rules.evaluator();
            earlier = evaluator.evaluate(old, from != null ? from : old.performance().peildatum());
            later = evaluator.evaluate(now, to != null ? to : now.performance().peildatum());
        } else {
            Portfolio portfolio = CommonOptions.read(file);
            LocalDate end = to != null ? to : portfolio.performance().peildatum();
            LocalDate start = from != null ? from : halfYearBefore(end);
            if (!start.isBefore(end)) {
                return refuse("--from " + start + " is not before --to " + end
                        + "; one file is compared at an earlier and a later peildatum");
            }
            evaluator = rules.evaluator();
            earlier = evaluator.evaluate(portfolio, start);
            later = evaluator.evaluate(portfolio, end);
        }
        EvaluationDiff diff = EvaluationDiff.between(earlier, later);
        // bad input has failed by now, before an --output file exists
        try (OutputTarget target = report.open(spec)) {
            ReportBuffer buffer = new ReportBuffer();
            ReportSettings settings = report.settings(new Messages(LanguageOption.of(spec)), target, false, System.getenv());
            buffer.render(() -> Reports.writeDiff(report.format, diff, settings, buffer.writer()));
            buffer.moveTo(target.writer());
            target.commit();
        } catch (UncheckedIOException e) {
            return refuse(e.getMessage());
        }
        return ExitCode.OK;
    }

    /** Six months before {@code date}; from the last day of a month to the last day of a month. */
    public static LocalDate halfYearBefore(LocalDate date) {
        LocalDate before = date.minusMonths(6);
        return date.getDayOfMonth() == date.lengthOfMonth() ? before.withDayOfMonth(before.lengthOfMonth()) : before;
    }

    private int refuse(String message) {
        spec.commandLine().getErr().println(PlainText.escape("koers: " + message));
        return ExitCode.INVALID_INPUT;
    }
}
