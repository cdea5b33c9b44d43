package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import nl.koers.cli.options.LanguageOption;
import nl.koers.evaluator.Language;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What scripts and people rely on beyond the exact text of the reports. */
class CliBehaviourTest {

    @Test
    void helpListsTheExitCodes() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:", "0", "1", "2", "3", "evaluate", "check");
        assertThat(CliRun.of("check", "--help").out()).contains("Exit codes:", "something needs attention");
    }

    /** Main sets up only the evaluating command the arguments start with; nobody may notice the difference. */
    @Test
    void aCommandLineForOneEvaluatingCommandBehavesAsTheFullOne() {
        CommandLine full = KoersCommand.commandLine();
        assertThat(full.getSubcommands().keySet()).filteredOn(KoersCommand::evaluates)
                .containsExactly("evaluate", "check", "explain", "diff");
        for (String command : full.getSubcommands().keySet()) {
            CommandLine alone = KoersCommand.commandLine(command, "--help");
            if (KoersCommand.evaluates(command)) {
                assertThat(alone.getSubcommands()).containsOnlyKeys(command);
                assertThat(alone.getSubcommands().get(command).getUsageMessage())
                        .isEqualTo(full.getSubcommands().get(command).getUsageMessage());
            } else {
                assertThat(alone.getSubcommands()).as(command).containsOnlyKeys(full.getSubcommands().keySet());
            }
        }
        assertThat(KoersCommand.commandLine("--help").getSubcommands()).containsKeys("init", "rules", "completion", "help");
        assertThat(KoersCommand.commandLine("chekc").getSubcommands()).as("a typo still gets its suggestion")
                .containsKeys("check", "evaluate");
    }

    /** A command that fails the way a bug does; --debug, like every command's, is the root's. */
    @CommandLine.Command(name = "boom")
    static final class Boom implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void anInternalErrorExits1AndShowsItsStackTraceOnlyWithDebugBeforeOrAfterTheCommand() {
        for (String[] args : new String[][] {{"boom"}, {"boom", "--debug"}, {"--debug", "boom"}}) {
            boolean debug = args.length > 1;
            CommandLine cli = KoersCommand.commandLine().addSubcommand(new Boom());
            StringWriter err = new StringWriter();
            cli.setErr(new PrintWriter(err, true));

            int code = cli.execute(args);

            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).startsWith("koers: internal error: java.lang.IllegalStateException: a bug");
            if (debug) {
                assertThat(err.toString()).contains("\tat nl.koers.cli.CliBehaviourTest$Boom.run(")
                        .doesNotContain("run again with --debug");
            } else {
                assertThat(err.toString()).contains("run again with --debug").doesNotContain("\tat ");
            }
        }
    }

    @Test
    void versionNamesKoersAndJava() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("koers ").contains("Java ");
    }

    @Test
    void theLanguageFollowsTheLocaleAndIsDutchWhenUnknown() {
        assertThat(LanguageOption.languageOfEnvironment(Map.of())).isEqualTo(Language.DUTCH);
        assertThat(LanguageOption.languageOfEnvironment(Map.of("LANG", "C.UTF-8"))).isEqualTo(Language.DUTCH);
        assertThat(LanguageOption.languageOfEnvironment(Map.of("LANG", "en_GB.UTF-8"))).isEqualTo(Language.ENGLISH);
        assertThat(LanguageOption.languageOfEnvironment(Map.of("LANG", "en_GB.UTF-8", "LC_ALL", "nl_NL.UTF-8")))
                .isEqualTo(Language.DUTCH);
        assertThat(LanguageOption.languageOfEnvironment(Map.of("LANG", "fr_FR.UTF-8"))).isEqualTo(Language.DUTCH);
    }

    @Test
    void theDefaultProposesTheGsChangeOf109000FromTheReserveTo2019() {
        CliRun run = CliRun.of("evaluate", "--lang", "nl");
        assertThat(run.out()).contains(
                "Begrotingswijziging: GS-begrotingswijziging van € 109.000 uit Reserve uitvoering Kwaliteit van Overijssel naar jaarschijf 2019",
                "regel: Unspent reserve money for continuing work moves to next year by GS-begrotingswijziging");
    }

    @Test
    void aPortfolioOnStandardInputIsRead() {
        java.io.InputStream original = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(
                    "format: koers/v1\nperformance: {code: '1', title: t, period: {start: 2024-01-01, end: 2024-12-31}}\n"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("check", "-", "--lang", "en");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("1: on track");
        } finally {
            System.setIn(original);
        }
    }
}
