package nl.koers.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.koers.evaluator.PortfolioStream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of a command that writes a report: its format, the file it goes to and the CSV dialect.
 * A mixin, so that every reporting command offers the same choices.
 */
final class ReportOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}): text to read, json "
                    + "for other systems, csv for a spreadsheet, markdown for the monitor or jaarverslag, html as "
                    + "one self-contained page. What each holds is described below.")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output: whole or not at all, through a "
                    + "temporary file in the same folder, so a failed run leaves a previous report intact.")
    Path output;

    @Option(names = "--csv-separator", paramLabel = ",|;", defaultValue = ",",
            description = "Field separator of --format csv (default ','). With ';' numbers get a decimal comma, "
                    + "as Dutch Excel expects.")
    String csvSeparator;

    @Option(names = "--csv-bom", description = "Start --format csv with a UTF-8 byte order mark, so that Excel "
            + "reads it as UTF-8.")
    boolean csvBom;

    /**
     * Refuses options that do not fit together, and an --output that would overwrite an input: the input
     * file itself, or any file of an input folder. {@code inputs} are paths, '-' or null (none).
     */
    void check(CommandSpec spec, String... inputs) {
        if (!",".equals(csvSeparator) && !";".equals(csvSeparator)) {
            throw new ParameterException(spec.commandLine(),
                    "--csv-separator must be ',' or ';', not '" + csvSeparator + "'");
        }
        if (format != ReportFormat.csv && (csvBom || !",".equals(csvSeparator))) {
            throw new ParameterException(spec.commandLine(), "--csv-separator and --csv-bom apply to --format csv only");
        }
        if (output == null) {
            return;
        }
        Path file = output.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new ParameterException(spec.commandLine(), "--output " + output + " is a folder; name a file");
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new ParameterException(spec.commandLine(), "the folder of --output " + output + " does not exist");
        }
        for (String input : inputs) {
            if (input != null && !"-".equals(input)) {
                checkNotOver(spec, file, input);
            }
        }
    }

    private void checkNotOver(CommandSpec spec, Path file, String input) {
        Path in = Path.of(input);
        if (Files.isDirectory(in) && sameFile(file.getParent(), in)) {
            throw new ParameterException(spec.commandLine(), "--output " + output + " lies in the input folder "
                    + input + "; write the report elsewhere, so that it never replaces or joins the portfolios");
        }
        if (sameFile(file, in)) {
            throw new ParameterException(spec.commandLine(), "--output " + output + " is the input file " + input
                    + "; the report would overwrite the portfolio");
        }
    }

    /** Standard output, or the --output file (checked by {@link #check}). */
    OutputTarget open(CommandSpec spec) {
        if (output == null) {
            return OutputTarget.stdout(spec.commandLine().getOut());
        }
        try {
            return OutputTarget.file(output);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot write --output " + output + ": "
                    + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage()));
        }
    }

    /** How to write the report to {@code target}: colour only in text for a person at a terminal. */
    ReportSettings settings(Messages messages, OutputTarget target, boolean many, Map<String, String> environment) {
        boolean colour = format == ReportFormat.text && Terminal.colour(environment, target.terminal());
        return new ReportSettings(messages, many, colour, csvSeparator.charAt(0), csvBom);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether {@code path} is read as many portfolios. */
    static boolean isStream(String path) {
        return path != null && !"-".equals(path) && PortfolioStream.isStream(Path.of(path));
    }
}
