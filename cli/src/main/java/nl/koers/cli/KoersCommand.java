package nl.koers.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import nl.koers.cli.commands.CheckCommand;
import nl.koers.cli.commands.CompletionCommand;
import nl.koers.cli.commands.DiffCommand;
import nl.koers.cli.commands.EvaluateCommand;
import nl.koers.cli.commands.ExplainCommand;
import nl.koers.cli.commands.InitCommand;
import nl.koers.cli.commands.RulesCommand;
import nl.koers.cli.output.Refusal;
import nl.koers.evaluator.RuleSetException;
import nl.koers.format.PlainText;
import nl.koers.format.PortfolioException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The root {@code koers} command. */
@Command(name = "koers",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Tells, for every action of a prestatie, whether it is on course, and whether its budget must change.",
            "Decisions are made by explicit rules; every verdict names the rule and the figures behind it."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  koers evaluate                         the embedded default, prestatie 5.4.2",
            "  koers init mijn-prestatie.yaml         an example portfolio to start from",
            "  koers check mijn-prestatie.yaml        one line per action, for scripts",
            "  koers diff 5.4.2.yaml --from 2018-06-30 --to 2018-12-31",
            "  koers help evaluate                    the options and examples of one command"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done; for check: every action achieved or on track and no budget change needed",
            "1:internal error (a bug or a broken installation; --debug shows the stack trace)",
            "2:invalid input: a portfolio file, option or argument; the message names file, line and field",
            "3:check only: something needs attention (an action at risk, off track or without data, or a budget change)"
        })
public final class KoersCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The commands that evaluate portfolios, by name: the ones a cold start is spent on. */
    public static final Map<String, Class<?>> EVALUATING = Map.of("evaluate", EvaluateCommand.class,
            "check", CheckCommand.class, "explain", ExplainCommand.class, "diff", DiffCommand.class);

    /** Every command, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(EvaluateCommand.class, CheckCommand.class,
            ExplainCommand.class, DiffCommand.class, InitCommand.class, RulesCommand.class, CompletionCommand.class,
            CommandLine.HelpCommand.class);

    /** The configured command line: input errors exit 2 with one message, internal errors exit 1. */
    public static CommandLine commandLine() {
        return configure(COMMANDS);
    }

    /**
     * The command line for {@code args}. When they start with an evaluating command, only that command is set
     * up: picocli reads the annotations of every command it is given, which for the others costs about 0.1 s of
     * a cold start, and arguments that start with one command cannot reach another.
     */
    static CommandLine commandLine(String... args) {
        Class<?> command = args.length > 0 ? EVALUATING.get(args[0]) : null;
        return configure(command != null ? List.of(command) : COMMANDS);
    }

    private static CommandLine configure(List<Class<?>> commands) {
        CommandLine cli = new CommandLine(new KoersCommand());
        for (Class<?> command : commands) {
            cli.addSubcommand(command);
        }
        cli.setExecutionExceptionHandler(KoersCommand::handle);
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println(PlainText.escape("koers: " + ex.getMessage()));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.INVALID_INPUT;
        });
        return cli;
    }

    private static int handle(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        // every message may quote a file name or the content of a file: each stays one line, without controls
        if (ex instanceof PortfolioException || ex instanceof Refusal) {
            err.println(PlainText.escape("koers: " + ex.getMessage()));
            return ExitCode.INVALID_INPUT;
        }
        if (ex instanceof RuleSetException rules && !rules.ruleProblems().isEmpty()) {
            // an analyst's rule set that cannot be used is invalid input, like a bad portfolio
            rules.ruleProblems().forEach(p -> err.println(PlainText.escape(p.toString())));
            err.println("koers: the rule set was refused; 'koers rules validate DIR' lists every problem");
            return ExitCode.INVALID_INPUT;
        }
        if (ex instanceof RuleSetException && usesOwnRules(parsed)) {
            // the analyst's rules failed while deciding: their defect, not Koers'
            err.println(PlainText.escape("koers: " + ex.getMessage()));
            err.println("koers: 'koers rules validate DIR' checks the rule set on sample portfolios");
            return ExitCode.INVALID_INPUT;
        }
        if (ex instanceof RuleSetException) {
            err.println(PlainText.escape("koers: " + ex.getMessage()));
        } else {
            err.println(PlainText.escape("koers: internal error: " + ex));
        }
        if (anyMatched(parsed, "--debug")) {
            ex.printStackTrace(err);
        } else {
            err.println("koers: run again with --debug to see where it happened");
        }
        return ExitCode.INTERNAL_ERROR;
    }

    private static boolean usesOwnRules(CommandLine.ParseResult parsed) {
        if (anyMatched(parsed, "--rules")) {
            return true;
        }
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.commandSpec().name().equals("test") && p.hasMatchedPositional(0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code option} was given to the command or any of its subcommands: picocli hands over the root's result. */
    private static boolean anyMatched(CommandLine.ParseResult parsed, String option) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(option)) {
                return true;
            }
        }
        return false;
    }
}
