package nl.koers.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.koers.cli.ExitCode;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.RuleSource;
import nl.koers.evaluator.ruleset.ScenarioReport;
import nl.koers.evaluator.ruleset.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code koers rules test}: the analysts' scenarios, reported like a test runner. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs the scenarios (scenarios/*.yaml) of a rule set against it; the last line counts passes "
                + "and failures. Without DIR: the shipped rules and scenarios.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  koers rules test mijn-regels          run mijn-regels/scenarios/*.yaml",
            "  koers rules test                      run the shipped scenarios"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every scenario passed", "1:internal error", "2:the rule set or a scenario is invalid",
            "3:a scenario failed"})
final class RulesTestCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The rule set folder.")
    Path folder;

    @Override
    public Integer call() {
        Evaluator evaluator = Evaluator.create(folder == null ? RuleSource.builtIn() : RuleSource.folder(folder));
        ScenarioReport report = folder == null ? ScenarioRunner.runShipped(evaluator)
                : ScenarioRunner.run(evaluator, folder);
        // ScenarioReport escapes what it quotes (names, file names, portfolio text): one line per scenario
        PrintWriter out = spec.commandLine().getOut();
        report.print(out);
        out.flush();
        return report.allPassed() ? ExitCode.OK : ExitCode.ATTENTION;
    }
}
