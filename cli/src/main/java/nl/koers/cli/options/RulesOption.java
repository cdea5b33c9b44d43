package nl.koers.cli.options;

import java.nio.file.Path;
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
        if (args.length == 0 || !KoersCommand.EVALUATING.containsKey(args[0])) {
            return;
        }
        for (String arg : args) {
            if (arg.equals("--rules") || arg.startsWith("--rules=") || arg.equals("--help") || arg.equals("-h")) {
                return;
            }
        }
        shipped();
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
