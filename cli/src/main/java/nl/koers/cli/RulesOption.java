package nl.koers.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.RuleSource;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: evaluate with an analyst's rule set instead of the shipped one. */
final class RulesOption {

    /** One evaluator per rule set per process: building a rule base is the expensive part. */
    private static final Map<Object, Evaluator> EVALUATORS = new ConcurrentHashMap<>();

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule set folder (DRL files and decision tables, as written by 'koers rules init'); "
                    + "default: the shipped rules.")
    Path folder;

    RuleSource source() {
        return folder == null ? RuleSource.builtIn() : RuleSource.folder(folder);
    }

    Evaluator evaluator() {
        Object key = folder == null ? RuleSource.builtIn() : folder.toAbsolutePath().normalize();
        return EVALUATORS.computeIfAbsent(key, k -> Evaluator.create(source()));
    }
}
