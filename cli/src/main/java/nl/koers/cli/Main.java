package nl.koers.cli;

import nl.koers.cli.options.RulesOption;

/** Entry point of the runnable jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        RulesOption.prestart(args);
        System.exit(KoersCommand.commandLine(args).execute(args));
    }
}
