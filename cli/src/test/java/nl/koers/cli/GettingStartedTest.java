package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.koers.cli.commands.InitCommand;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.RuleSource;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Portfolio;
import nl.koers.model.Status;
import nl.koers.model.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** koers init, koers completion and the examples in every command's help (within 80 columns). */
class GettingStartedTest {

    @TempDir
    Path folder;

    @Test
    void theExamplePortfolioIsValidCompleteAndEvaluates() {
        Path file = folder.resolve("mijn-prestatie.yaml");
        CliRun run = CliRun.of("init", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(file.toString(), "koers evaluate");

        Portfolio portfolio = PortfolioReader.read(file);
        assertThat(portfolio.actions()).hasSize(2);
        assertThat(portfolio.targets().map(t -> t.kind()))
                .contains(TargetKind.QUANTITY, TargetKind.MILESTONE);
        assertThat(portfolio.actions()).allSatisfy(a -> assertThat(a.measurements()).isNotEmpty());
        assertThat(portfolio.budget().slices()).hasSize(1);
        assertThat(portfolio.performance().reserve()).isNotBlank();

        Evaluation evaluation = Evaluator.create(RuleSource.builtIn()).evaluate(portfolio);
        assertThat(evaluation.actions()).extracting(a -> a.statusValue()).doesNotContain(Status.UNKNOWN);
    }

    @Test
    void withoutFileTheExampleGoesToStandardOutputAsShipped() {
        CliRun run = CliRun.of("init");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(new String(InitCommand.example(), StandardCharsets.UTF_8))
                .startsWith("# An example Koers portfolio").contains("format: koers/v1");
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws IOException {
        Path file = Files.writeString(folder.resolve("bestaand.yaml"), "mijn werk\n");
        CliRun refused = CliRun.of("init", file.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.err()).contains(file.toString(), "exists", "--force");
        assertThat(Files.readString(file)).isEqualTo("mijn werk\n");

        CliRun forced = CliRun.of("init", file.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(InitCommand.example());
        try (var left = Files.list(folder)) {
            assertThat(left).as("no temporary file is left behind").containsExactly(file);
        }
    }

    @Test
    void aFolderThatDoesNotExistIsInvalidInput() {
        Path file = folder.resolve("bestaat-niet/prestatie.yaml");
        CliRun run = CliRun.of("init", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).startsWith("koers: cannot write").contains("does not exist");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void theCompletionScriptNamesEveryCommandAndIsValidBash() throws Exception {
        CliRun run = CliRun.of("completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete ");
        List<String> functions = new ArrayList<>();
        commandFunctions(KoersCommand.commandLine(), "_picocli_koers", functions);
        assertThat(functions).contains("_picocli_koers_diff", "_picocli_koers_init", "_picocli_koers_rules_validate");
        for (String function : functions) {
            assertThat(run.out()).as("completion function").contains("function " + function + "()");
        }
        Path bash = Path.of("/bin/bash");
        if (Files.isExecutable(bash)) {
            Path script = Files.writeString(folder.resolve("koers-completion.sh"), run.out());
            Process check = new ProcessBuilder(bash.toString(), "-n", script.toString()).redirectErrorStream(true).start();
            assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
            assertThat(check.exitValue()).isZero();
        }
    }

    @Test
    void everyCommandsHelpHasExamples() {
        List<CommandLine> commands = new ArrayList<>();
        collect(KoersCommand.commandLine(), commands);
        assertThat(commands).extracting(c -> c.getCommandSpec().qualifiedName()).contains(
                "koers", "koers evaluate", "koers check", "koers explain", "koers diff", "koers init",
                "koers completion", "koers rules", "koers rules init", "koers rules validate", "koers rules test");
        for (CommandLine command : commands) {
            assertThat(command.getUsageMessage()).as(command.getCommandSpec().qualifiedName())
                    .contains("Examples:%n  koers ".formatted());
            assertThat(command.getCommandSpec().usageMessage().footer()).as(command.getCommandSpec().qualifiedName())
                    .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
        }
    }

    /** Every command but picocli's own help command. */
    private static void collect(CommandLine command, List<CommandLine> into) {
        if (command.getCommand() instanceof CommandLine.HelpCommand) {
            return;
        }
        into.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    /** The completion function picocli writes for each command, e.g. _picocli_koers_rules_validate. */
    private static void commandFunctions(CommandLine command, String prefix, List<String> into) {
        command.getSubcommands().forEach((name, sub) -> {
            into.add(prefix + "_" + name);
            commandFunctions(sub, prefix + "_" + name, into);
        });
    }
}
