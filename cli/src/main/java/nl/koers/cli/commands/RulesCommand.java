package nl.koers.cli.commands;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.koers.cli.ExitCode;
import nl.koers.cli.output.IoReason;
import nl.koers.cli.output.Refusal;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSource;
import nl.koers.evaluator.ruleset.RuleSetValidator;
import nl.koers.evaluator.ruleset.ShippedRules;
import nl.koers.format.PlainText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code koers rules}: start, check and test a rule set of one's own. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        description = "Work with a rule set of your own: write the shipped one to start from, validate it, test it.",
        subcommands = {RulesCommand.Init.class, RulesCommand.Validate.class, RulesTestCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  koers rules init mijn-regels          copy the shipped rules to start from",
            "  koers rules validate mijn-regels      check them",
            "  koers rules test mijn-regels          run their scenarios",
            "  koers evaluate --rules mijn-regels    evaluate with them"
        })
public final class RulesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Writes the shipped rule set into DIR (a new or empty folder) as the starting point, "
                    + "with a README for analysts.",
            footerHeading = "%nExamples:%n",
            footer = {
                "  koers rules init mijn-regels          then edit its .drl files and tables",
                "  koers rules init ~/koers/regels-2025"
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:written", "1:internal error", "2:DIR exists and is not empty, or cannot be written"})
    static final class Init implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create.")
        Path folder;

        @Override
        public Integer call() {
            List<Path> written;
            try {
                written = ShippedRules.copyTo(folder);
            } catch (IllegalArgumentException e) {
                throw new Refusal(e.getMessage());
            } catch (UncheckedIOException e) {
                // a read-only folder, a path under a file, /proc: the analyst's to choose again, not a defect
                throw new Refusal("cannot write the rule set to " + folder + ": " + IoReason.of(e.getCause()));
            }
            PrintWriter out = spec.commandLine().getOut();
            written.forEach(path -> out.println(PlainText.escape("  " + path)));
            out.println(PlainText.escape("Wrote the shipped rule set to " + folder + " (" + written.size()
                    + " files); start with " + folder.resolve("README.md") + "."));
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {
                "Checks a rule set and prints each problem as file:line:column: message.",
                "It finds syntax errors, code that rules may not use, decision-table rows that leave gaps,",
                "overlap or can never fire, verdicts decided twice or not at all on sample portfolios,",
                "and rules that never fire (warnings). Without DIR: the shipped rules."
            },
            footerHeading = "%nExamples:%n",
            footer = {
                "  koers rules validate mijn-regels      check an own rule set",
                "  koers rules validate                  check the shipped rules"
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:no errors (warnings may be listed)", "1:internal error", "2:errors found"})
    static final class Validate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The rule set folder.")
        Path folder;

        @Override
        public Integer call() {
            List<RuleProblem> problems = RuleSetValidator.validate(
                    folder == null ? RuleSource.builtIn() : RuleSource.folder(folder));
            PrintWriter out = spec.commandLine().getOut();
            // a file name or message holding a line break must not forge another problem line
            problems.forEach(p -> out.println(PlainText.escape(p.toString())));
            long errors = problems.stream().filter(RuleProblem::isError).count();
            out.println(errors + (errors == 1 ? " error, " : " errors, ") + (problems.size() - errors)
                    + (problems.size() - errors == 1 ? " warning" : " warnings"));
            out.flush();
            return errors > 0 ? ExitCode.INVALID_INPUT : ExitCode.OK;
        }
    }
}
