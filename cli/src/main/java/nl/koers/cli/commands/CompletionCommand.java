package nl.koers.cli.commands;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code koers completion}: a shell completion script for every command and option. */
@Command(name = "completion",
        mixinStandardHelpOptions = true,
        description = {
            "Prints a completion script for bash and zsh: Tab then completes koers' commands and options.",
            "It is a bash script; zsh runs it through its bash compatibility (bashcompinit), so in ~/.zshrc load "
                    + "that before it:",
            "  autoload -U +X compinit && compinit",
            "  autoload -U +X bashcompinit && bashcompinit"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  koers completion > ~/.koers-completion   then add to ~/.bashrc or ~/.zshrc:",
            "                                           source ~/.koers-completion",
            "  source <(koers completion)               in this shell only"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error"})
public final class CompletionCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash("koers", spec.root().commandLine()));
        out.flush();
    }
}
