package nl.koers.cli.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.koers.cli.KoersCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * {@link RulesOption#prestart} reads the arguments with a grammar of its own, before picocli is set up. This holds
 * its reading to picocli's parse of the same arguments, so that the two cannot drift apart.
 */
class RulesOptionPrestartTest {

    /** Argument lists picocli accepts; on each, the guess must be picocli's answer. */
    private static final List<List<String>> ACCEPTED = List.of(
            List.of("evaluate"),
            List.of("evaluate", "5.4.2.yaml", "--format", "json", "--lang", "en", "--debug"),
            List.of("evaluate", "--rules", "x"),
            List.of("evaluate", "--rules=x"),
            List.of("evaluate", "5.4.2.yaml", "--rules", "x", "--as-of", "2018-06-30"),
            List.of("check", "--rules", "x", "5.4.2.yaml"),
            List.of("explain", "1", "--rules=x"),
            List.of("diff", "old.yaml", "new.yaml", "--rules", "x"),
            List.of("diff", "--from", "2018-06-30", "--to", "2018-12-31"),
            List.of("evaluate", "--help"),
            List.of("check", "5.4.2.yaml", "-h"),
            List.of("explain", "1", "--version"),
            List.of("diff", "-V"),
            // after "--" every argument is a file: these evaluate with the shipped rules
            List.of("evaluate", "--", "--rules"),
            List.of("evaluate", "--", "--help"),
            List.of("diff", "--", "--rules=x", "-h"),
            // "--rules" inside the value of another option, where picocli does not take it for an option name
            List.of("evaluate", "--output=x--rules", "5.4.2.yaml"),
            List.of("evaluate", "-ox--rules=x"),
            // a FILE named like a command
            List.of("evaluate", "check"),
            // commands that do not evaluate portfolios, or pass on to one
            List.of("help", "evaluate"),
            List.of("init", "evaluate.yaml"),
            List.of("rules", "validate"),
            List.of("rules", "test", "x"),
            List.of("completion"));

    /**
     * Argument lists picocli refuses: the run exits 2 at once, so a guess either way costs nothing. Among them the
     * value of another option that is, or starts as, the rule set option: picocli never takes an option for a value.
     */
    private static final List<List<String>> REFUSED = List.of(
            List.of("evaluate", "-r", "x"),
            List.of("evaluate", "--rules"),
            List.of("evaluate", "--output=--rules", "5.4.2.yaml"),
            List.of("evaluate", "-o=--rules=x"),
            List.of("evaluate", "--output", "--rules", "x"),
            List.of("evaluate", "--output", "--rules=x"),
            List.of("rules", "test", "--rules", "x"),
            List.of("init", "--rules=x"));

    /** Accepted, and the shipped rules are used, but the guess does not skip an option of the root before the command. */
    private static final List<List<String>> HEAD_START_MISSED = List.of(
            List.of("--lang", "en", "evaluate"),
            List.of("--debug", "check", "5.4.2.yaml"),
            List.of("--lang=nl", "diff"));

    @Test
    void theGuessIsPicocliSAnswerOnEveryArgumentListItAccepts() {
        assertThat(disagreements(ACCEPTED, RulesOption::usesShippedRules)).isEmpty();
        assertThat(disagreements(everyRulesAndHelpOptionOfEveryEvaluatingCommand(), RulesOption::usesShippedRules))
                .isEmpty();
        assertThat(ACCEPTED).filteredOn(args -> usesShippedRules(args.toArray(String[]::new))).hasSizeBetween(5, 20);
    }

    /** The comparison would catch a guess that forgets picocli's "--", or its help and version options. */
    @Test
    void aGuessThatReadsLessThanPicocliDisagrees() {
        Predicate<String[]> everyRulesIsTheOption = args -> KoersCommand.evaluates(args)
                && Arrays.stream(args).noneMatch(arg -> arg.equals("--rules") || arg.startsWith("--rules="));
        assertThat(disagreements(ACCEPTED, everyRulesIsTheOption)).contains(List.of("evaluate", "--", "--rules"),
                List.of("evaluate", "--help"), List.of("diff", "-V"));
    }

    @Test
    void picocliRefusesTheArgumentListsTheGuessNeedNotGet() {
        for (List<String> args : REFUSED) {
            assertThatThrownBy(() -> KoersCommand.commandLine().parseArgs(args.toArray(String[]::new)))
                    .as(String.join(" ", args)).isInstanceOf(CommandLine.ParameterException.class);
        }
    }

    /** Only a head start is lost: those run with the shipped rules, built when the command asks for them. */
    @Test
    void anOptionOfTheRootBeforeTheCommandOnlyCostsTheHeadStart() {
        for (List<String> args : HEAD_START_MISSED) {
            String[] array = args.toArray(String[]::new);
            assertThat(usesShippedRules(array)).as(String.join(" ", args)).isTrue();
            assertThat(RulesOption.usesShippedRules(array)).as(String.join(" ", args)).isFalse();
        }
    }

    /** The argument lists on which {@code guess} says otherwise than picocli's parse. */
    private static List<List<String>> disagreements(List<List<String>> table, Predicate<String[]> guess) {
        return table.stream().filter(args -> {
            String[] array = args.toArray(String[]::new);
            return guess.test(array) != usesShippedRules(array);
        }).toList();
    }

    /**
     * picocli's answer: the arguments name a command that evaluates with a {@link RulesOption}, give it no folder and
     * ask no command for help or its version.
     */
    private static boolean usesShippedRules(String[] args) {
        List<CommandLine> parsed = KoersCommand.commandLine().parseArgs(args).asCommandLineList();
        if (parsed.stream().anyMatch(c -> c.isUsageHelpRequested() || c.isVersionHelpRequested())) {
            return false;
        }
        return rulesMixin(parsed.get(parsed.size() - 1).getCommandSpec())
                .map(mixin -> ((RulesOption) mixin.userObject()).folder == null).orElse(false);
    }

    /** The rule set option a command mixes in, directly or through another mixin. */
    private static Optional<CommandSpec> rulesMixin(CommandSpec command) {
        return command.mixins().values().stream().flatMap(mixin -> withNested(mixin).stream())
                .filter(mixin -> mixin.userObject() instanceof RulesOption).findFirst();
    }

    /**
     * For every evaluating command, as picocli's model has it: each name of the rule set option with a folder
     * (apart and attached), and each help and version option, so that a new alias cannot slip past the guess.
     */
    private static List<List<String>> everyRulesAndHelpOptionOfEveryEvaluatingCommand() {
        List<List<String>> table = new ArrayList<>();
        KoersCommand.commandLine().getSubcommands().forEach((name, command) -> {
            if (!KoersCommand.evaluates(name)) {
                return;
            }
            CommandSpec spec = command.getCommandSpec();
            // the command and a value for each parameter it requires (explain's ACTION)
            List<String> head = new ArrayList<>(List.of(name));
            spec.positionalParameters().stream().filter(p -> p.arity().min > 0).forEach(p -> head.add("1"));
            for (OptionSpec option : rulesMixin(spec).orElseThrow().options()) {
                for (String alias : option.names()) {
                    table.add(with(head, alias, "x"));
                    table.add(with(head, alias.startsWith("--") ? alias + "=x" : alias + "x"));
                }
            }
            for (OptionSpec option : spec.options()) {
                if (option.usageHelp() || option.versionHelp()) {
                    Arrays.stream(option.names()).forEach(alias -> table.add(with(head, alias)));
                }
            }
        });
        assertThat(table).hasSizeGreaterThanOrEqualTo(4 * 6);
        return table;
    }

    private static List<String> with(List<String> head, String... tail) {
        List<String> args = new ArrayList<>(head);
        args.addAll(List.of(tail));
        return args;
    }

    private static List<CommandSpec> withNested(CommandSpec mixin) {
        List<CommandSpec> all = new ArrayList<>(List.of(mixin));
        mixin.mixins().values().forEach(nested -> all.addAll(withNested(nested)));
        return all;
    }
}
