package nl.koers.evaluator;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an {@link Evaluator} takes its rules from: the shipped set, or an analyst's folder of DRL files and
 * decision tables (as written by {@code koers rules init}), compiled when loaded.
 */
public sealed interface RuleSource permits RuleSource.BuiltIn, RuleSource.Folder {

    /** The rule set shipped in {@code koers-rules}, compiled to the executable model at build time. */
    static RuleSource builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** The rule files in {@code folder} (*.drl, *.drl.xlsx, *.drl.xls, *.drl.csv), replacing the shipped set. */
    static RuleSource folder(Path folder) {
        return new Folder(folder);
    }

    /** The shipped rule set. */
    enum BuiltIn implements RuleSource {
        INSTANCE
    }

    /**
     * A folder of rules.
     *
     * @param path the folder
     */
    record Folder(Path path) implements RuleSource {
        public Folder {
            Objects.requireNonNull(path, "path");
        }
    }
}
