package nl.koers.evaluator.ruleset.internal.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nl.koers.evaluator.RuleProblem.Code;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSetException;
import nl.koers.evaluator.ruleset.internal.compile.DecisionTables;
import nl.koers.format.InputLimits;

/**
 * The files of one rule set, read once: the shipped set from the class path, or an analyst's folder.
 * Immutable.
 */
public final class RuleFiles {

    /** Lists the shipped rule set's files, one name a line, relative to {@link #SHIPPED_FOLDER}. */
    public static final String SHIPPED_INDEX = "nl/koers/rules/ruleset.txt";
    static final String SHIPPED_FOLDER = "nl/koers/rules/";

    private final String origin;
    private final List<RuleFile> files;
    /**
     * The DRL of each decision table, made once: a table may hold formula cells (RAND(), NOW()) that give
     * another value each time it is read, so the text guard, the catalogue and the compiler must all see the
     * one DRL that is compiled, checked and run.
     */
    private final Map<String, TableDrl> tables = new ConcurrentHashMap<>();

    private RuleFiles(String origin, List<RuleFile> files) {
        this.origin = origin;
        this.files = List.copyOf(files);
    }

    /** A decision table's DRL, or why it could not be made. */
    private record TableDrl(DecisionTables.Compiled compiled, IllegalArgumentException failure) {
    }

    /**
     * The DRL {@code table} compiles to, made on first use and the same on every later call.
     *
     * @throws IllegalArgumentException with a message naming what Drools could not read (the same each call)
     */
    public DecisionTables.Compiled table(RuleFile table) {
        TableDrl drl = tables.computeIfAbsent(table.name(), name -> {
            try {
                return new TableDrl(DecisionTables.compile(table), null);
            } catch (IllegalArgumentException e) {
                return new TableDrl(null, e);
            }
        });
        if (drl.failure() != null) {
            throw new IllegalArgumentException(drl.failure().getMessage(), drl.failure());
        }
        return drl.compiled();
    }

    /** The rule set shipped in koers-rules. */
    public static RuleFiles shipped() {
        ClassLoader loader = RuleFiles.class.getClassLoader();
        List<RuleFile> files = new ArrayList<>();
        for (String name : shippedNames(loader)) {
            try (InputStream in = loader.getResourceAsStream(SHIPPED_FOLDER + name)) {
                if (in == null) {
                    throw new RuleSetException("shipped", List.of(SHIPPED_INDEX + " lists " + name
                            + ", which koers-rules does not hold"));
                }
                files.add(new RuleFile(name, in.readAllBytes()));
            } catch (IOException e) {
                throw new RuleSetException("shipped", List.of("cannot read " + name + ": " + e.getMessage()));
            }
        }
        return new RuleFiles("shipped", files);
    }

    private static List<String> shippedNames(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(SHIPPED_INDEX)) {
            if (in == null) {
                throw new RuleSetException("shipped", List.of(SHIPPED_INDEX + " is not on the class path"));
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new RuleSetException("shipped", List.of("cannot read " + SHIPPED_INDEX + ": " + e.getMessage()));
        }
    }

    /**
     * The files of {@code folder} and its {@code scenarios/} subfolder; hidden files and links are left out.
     *
     * @throws RuleSetException when the folder cannot be read or holds no rules
     */
    public static RuleFiles folder(Path folder) {
        String origin = folder.toString();
        if (!Files.isDirectory(folder)) {
            throw refused(origin, origin, Files.exists(folder) ? "is not a folder" : "no such folder");
        }
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder, 2)) {
            for (Path path : paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                if (name.startsWith(".") || name.contains("/.") || (name.contains("/") && !name.startsWith("scenarios/"))) {
                    continue;
                }
                if (Files.size(path) > InputLimits.MAX_RULE_FILE_BYTES) {
                    throw refused(origin, name, "is " + Files.size(path) + " bytes; a rule file may be at most "
                            + InputLimits.mebibytes(InputLimits.MAX_RULE_FILE_BYTES));
                }
                files.add(new RuleFile(name, Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw refused(origin, origin, "cannot be read: " + e.getMessage());
        }
        if (files.stream().noneMatch(RuleFile::holdsRules)) {
            throw refused(origin, origin, "holds no rule files (*.drl, *.drl.xlsx, *.drl.xls, *.drl.csv); "
                    + "'koers rules init' writes the shipped set into a new folder to start from");
        }
        return new RuleFiles(origin, files);
    }

    /** A folder that cannot be a rule set is the analyst's to fix: an input error, at the file. */
    private static RuleSetException refused(String origin, String file, String message) {
        return RuleSetException.of(origin, List.of(RuleProblem.error(Code.FOLDER_REFUSED, file, 0, 0, null, message)));
    }

    /** Where the files came from: "shipped" or the folder as given. */
    public String origin() {
        return origin;
    }

    public List<RuleFile> all() {
        return files;
    }

    /** The DRL files and decision tables. */
    public List<RuleFile> rules() {
        return files.stream().filter(RuleFile::holdsRules).toList();
    }

    public List<RuleFile> scenarios() {
        return files.stream().filter(f -> f.kind() == RuleFile.Kind.SCENARIO).toList();
    }

    public Optional<RuleFile> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** A short fingerprint of the rule files' names and contents, so two runs can tell whether the rules differed. */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile f : files) {
                if (f.holdsRules() || f.kind() == RuleFile.Kind.EXPLANATIONS) {
                    sha.update(f.name().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(f.content());
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
