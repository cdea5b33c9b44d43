package nl.koers.cli;

import java.io.PrintWriter;
import java.util.List;
import nl.koers.cli.commands.CheckCommand;
import nl.koers.cli.commands.CompletionCommand;
import nl.koers.cli.commands.DiffCommand;
import nl.koers.cli.commands.EvaluateCommand;
import nl.koers.cli.commands.ExplainCommand;
import nl.koers.cli.commands.InitCommand;
import nl.koers.cli.commands.RulesCommand;
import nl.koers.cli.options.LanguageOption;
import nl.koers.cli.output.Refusal;
import nl.koers.evaluator.RuleSetException;
import nl.koers.format.PlainText;
import nl.koers.format.PortfolioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
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

    /** Inherited, like {@code --lang}: every command takes it, before or after its name. */
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the stack trace of an internal error.")
    boolean debug;

    @Mixin
    LanguageOption language;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command, and whether it evaluates portfolios: those are the commands a cold start is spent on. */
    private record Subcommand(Class<?> type, boolean evaluating) {

        /** The name its annotation gives it, read without building picocli's model of the command. */
        String name() {
            return type.getAnnotation(Command.class).name();
        }
    }

    /** Every command, in the order the help lists them. */
    private static final List<Subcommand> COMMANDS = List.of(new Subcommand(EvaluateCommand.class, true),
            new Subcommand(CheckCommand.class, true), new Subcommand(ExplainCommand.class, true),
            new Subcommand(DiffCommand.class, true), new Subcommand(InitCommand.class, false),
            new Subcommand(RulesCommand.class, false), new Subcommand(CompletionCommand.class, false),
            new Subcommand(CommandLine.HelpCommand.class, false));

    /** Whether {@code args} start with the name of a command that evaluates portfolios. */
    public static boolean evaluates(String... args) {
        return evaluating(args) != null;
    }

    /** The command that evaluates portfolios whose name {@code args} start with; null if they start otherwise. */
    private static Class<?> evaluating(String... args) {
        for (Subcommand command : COMMANDS) {
            if (command.evaluating() && args.length > 0 && command.name().equals(args[0])) {
                return command.type();
            }
        }
        return null;
    }

    /** The configured command line: input errors exit 2 with one message, internal errors exit 1. */
    public static CommandLine commandLine() {
        return configure(COMMANDS.stream().<Class<?>>map(Subcommand::type).toList());
    }

    /**
     * The command line for {@code args}. When they start with an evaluating command, only that command is set
     * up: picocli reads the annotations of every command it is given, which for the others costs about 0.1 s of
     * a cold start, and arguments that start with one command cannot reach another. (Arguments that start with
     * an option of the root, such as {@code --lang en evaluate}, get every command: correct, if slower.)
     */
    static CommandLine commandLine(String... args) {
        Class<?> command = evaluating(args);
        return command != null ? configure(List.of(command)) : commandLine();
    }

    private static CommandLine configure(List<Class<?>> commands) {
        KoersCommand root = new KoersCommand();
        CommandLine cli = new CommandLine(root);
        for (Class<?> command : commands) {
            cli.addSubcommand(command);
        }
        cli.setExecutionExceptionHandler(root::handle);
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println(PlainText.escape("koers: " + ex.getMessage()));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.INVALID_INPUT;
        });
        return cli;
    }

    /** Reports an exception thrown by the command of {@code cli}, with the stack trace when --debug was given. */
    private int handle(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
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
        if (ex instanceof RuleSetException && usesOwnRules(cli.getParseResult())) {
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
        if (debug) {
            ex.printStackTrace(err);
        } else {
            err.println("koers: run again with --debug to see where it happened");
        }
        return ExitCode.INTERNAL_ERROR;
    }

    /** Whether the command that failed, whose own parse result is {@code failed}, ran an analyst's rule set. */
    private static boolean usesOwnRules(CommandLine.ParseResult failed) {
        return failed.hasMatchedOption("--rules")
                || failed.commandSpec().name().equals("test") && failed.hasMatchedPositional(0);
    }
}
