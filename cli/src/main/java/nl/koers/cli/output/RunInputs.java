package nl.koers.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.format.PortfolioReader;
import nl.koers.format.PortfolioStream;

/**
 * Every file and folder a run reads, so that its --output can be refused when it would replace one of them or join
 * a folder of them: the portfolio files, the measurementsFile each names (resolved as the reader resolves it), a
 * folder of portfolios and the --rules folder (its rule files, tables, texts and scenarios). Paths are compared
 * by what they really name — {@link Files#isSameFile} and real paths — so that a link, {@code ./x} or
 * {@code a/../x} cannot slip through.
 */
public final class RunInputs {

    /** One input: a file, or a folder whose every file (at any depth) is an input. */
    private record Input(Path path, boolean folder, String description) {
    }

    private final List<Input> inputs = new ArrayList<>();

    /**
     * A portfolio argument as given: a file (and its measurementsFile), a folder of portfolios, or a JSON Lines file;
     * '-' and null (standard input, the embedded default) read no file.
     */
    public RunInputs portfolio(String argument) {
        if (argument == null || "-".equals(argument)) {
            return this;
        }
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            inputs.add(new Input(path, true, "lies in the input folder " + argument
                    + "; write the report elsewhere, so that it never replaces or joins the portfolios"));
            linkedPortfolios(path);
            return this;
        }
        inputs.add(new Input(path, false, "is the input file " + argument + "; the report would overwrite the portfolio"));
        if (!PortfolioStream.isStream(path)) {
            PortfolioReader.measurementsFile(path).ifPresent(csv -> inputs.add(new Input(csv, false,
                    "is the input file " + csv + ", the measurementsFile of " + argument
                            + "; the report would overwrite the measurements")));
        }
        return this;
    }

    /**
     * The entries of a folder of portfolios that are links: the files they lead to are read too, and may lie outside
     * the folder. (A measurementsFile always lies inside it: the reader refuses one that leads out.)
     */
    private void linkedPortfolios(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(Files::isSymbolicLink).forEach(link -> inputs.add(new Input(link, false,
                    "is the input file " + link + "; the report would overwrite the portfolio")));
        } catch (IOException | UncheckedIOException e) {
            // a folder that cannot be listed is reported when it is read, before anything is written
        }
    }

    /** The --rules folder, when one is given. */
    public RunInputs rules(Path folder) {
        if (folder != null) {
            inputs.add(new Input(folder, true, "lies in the rule set folder " + folder + " (--rules); write the report "
                    + "elsewhere, so that it never replaces or joins the rule files"));
        }
        return this;
    }

    /** Refuses {@code output} when it names one of the inputs or lies in an input folder. */
    public void refuseOverwriting(Path output) {
        Path where = location(output);
        for (Input input : inputs) {
            if (input.folder() ? within(where, input.path()) : same(output, where, input.path())) {
                throw new Refusal("--output " + output + " " + input.description());
            }
        }
    }

    /**
     * The file a write to {@code output} would really replace or create: through its links when it exists, else
     * its name in the real folder (where "link/.." leads to, as the system resolves it).
     */
    private static Path location(Path output) {
        try {
            if (Files.exists(output)) {
                return output.toRealPath();
            }
            Path absolute = output.toAbsolutePath();
            return absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException | RuntimeException e) {
            return output.toAbsolutePath().normalize();
        }
    }

    private static boolean within(Path where, Path folder) {
        try {
            return where.startsWith(folder.toRealPath());
        } catch (IOException e) {
            return where.startsWith(folder.toAbsolutePath().normalize());
        }
    }

    private static boolean same(Path output, Path where, Path input) {
        try {
            if (Files.exists(output) && Files.exists(input)) {
                return Files.isSameFile(output, input);
            }
            return where.equals(Files.exists(input) ? input.toRealPath() : input.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }
}
