package nl.koers.evaluator.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.koers.evaluator.ruleset.internal.load.RuleFile;
import nl.koers.evaluator.ruleset.internal.load.RuleFiles;

/** The shipped rule set as files an analyst can start from. */
public final class ShippedRules {

    private ShippedRules() {
    }

    /**
     * Writes the shipped rule set — DRL files, decision tables, explanation texts, scenarios and a README
     * for analysts — into {@code folder}, which must not exist yet or be empty.
     *
     * @return the paths written, in order
     * @throws IllegalArgumentException when {@code folder} holds files already (nothing is overwritten)
     */
    public static List<Path> copyTo(Path folder) {
        try {
            if (Files.exists(folder) && (!Files.isDirectory(folder) || hasEntries(folder))) {
                throw new IllegalArgumentException(folder + " exists and is not an empty folder; choose a new one, "
                        + "so that no analyst's work is overwritten");
            }
            List<Path> written = new ArrayList<>();
            for (RuleFile file : RuleFiles.shipped().all()) {
                Path target = folder.resolve(file.name());
                Files.createDirectories(target.getParent());
                Files.write(target, file.content());
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rule set to " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasEntries(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }
}
