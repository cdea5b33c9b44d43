package nl.koers.cli.options;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.koers.cli.KoersCommand;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.RuleSource;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: evaluate with an analyst's rule set instead of the shipped one. */
public final class RulesOption {

    /**
     * The shipped rule base, built at most once per process: by {@link #prestart} or by the first command
     * that needs it. A folder is built for the command that names it, so a folder edited between two runs
     * in one process is read afresh.
     */
    private static CompletableFuture<Evaluator> shipped;

    /** The options of mixinStandardHelpOptions, which print and exit without evaluating. */
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule set folder (DRL files and decision tables, as written by 'koers rules init'); "
                    + "default: the shipped rules.")
    public Path folder;

    /** This command's rule base, once started. */
    private CompletableFuture<Evaluator> building;

    public Evaluator evaluator() {
        try {
            return start().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Starts building the rule base on another thread, so that it overlaps with reading the portfolio: on
     * two cores that takes a tenth of a second off every cold start.
     */
    public CompletableFuture<Evaluator> start() {
        if (building == null) {
            building = folder == null ? shipped() : inBackground(RuleSource.folder(folder));
        }
        return building;
    }

    /**
     * Starts building the shipped rule base before the command line is even parsed, when the arguments
     * show it will be needed: picocli's setup of the command then overlaps with the build instead of
     * preceding it. The guess is cheap to get wrong: an unneeded build runs on
     * a daemon thread and dies with the JVM.
     */
    public static void prestart(String[] args) {
        if (usesShippedRules(args)) {
            shipped();
        }
    }

    /**
     * Whether {@code args} evaluate with the shipped rules, read without picocli, whose setup this is to overlap:
     * they start with a command that evaluates portfolios and, before a {@code --} (after which every argument is a
     * parameter), give no --rules and ask for no help or version. An option of the root before the command
     * ({@code --lang en evaluate}) only costs the head start. {@code RulesOptionPrestartTest} holds this reading
     * to picocli's parse, so that the two grammars cannot drift apart.
     */
    static boolean usesShippedRules(String[] args) {
        if (!KoersCommand.evaluates(args)) {
            return false;
        }
        for (int i = 1; i < args.length && !args[i].equals("--"); i++) {
            String arg = args[i];
            if (arg.equals("--rules") || arg.startsWith("--rules=") || HELP.contains(arg)) {
                return false;
            }
        }
        return true;
    }

    private static synchronized CompletableFuture<Evaluator> shipped() {
        if (shipped == null) {
            shipped = inBackground(RuleSource.builtIn());
        }
        return shipped;
    }

    private static CompletableFuture<Evaluator> inBackground(RuleSource source) {
        return CompletableFuture.supplyAsync(() -> Evaluator.create(source), runnable -> {
            Thread builder = new Thread(runnable, "koers-rule-base");
            builder.setDaemon(true);
            builder.start();
        });
    }
}
