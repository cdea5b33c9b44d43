package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.koers.cli.commands.InitCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** --debug and --lang are declared once, on koers itself, and every command takes them before or after its name. */
class InheritedOptionsTest {

    @Test
    void everyCommandListsDebugAndLangInItsHelp() {
        List<CommandLine> commands = new ArrayList<>();
        collect(KoersCommand.commandLine(), commands);
        assertThat(commands).extracting(c -> c.getCommandSpec().qualifiedName()).contains("koers", "koers init",
                "koers rules", "koers rules init", "koers rules validate", "koers rules test", "koers help");
        for (CommandLine command : commands) {
            assertThat(command.getUsageMessage()).as(command.getCommandSpec().qualifiedName())
                    .contains("--debug ", "Show the stack trace of an internal error.", "--lang=nl|en",
                            "Language of the report;");
        }
        assertThat(new CommandLine(new InitCommand()).getUsageMessage())
                .as("a command outside koers inherits nothing").doesNotContain("--debug", "--lang");
    }

    /** Every command, picocli's help command included. */
    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }
}
