package nl.koers.cli.options;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.koers.cli.output.FileKind;
import nl.koers.cli.output.IoReason;
import nl.koers.cli.output.OutputTarget;
import nl.koers.cli.output.Refusal;
import nl.koers.cli.output.RunInputs;
import nl.koers.cli.output.Terminal;
import nl.koers.format.PortfolioStream;
import nl.koers.report.JsonVersion;
import nl.koers.report.Messages;
import nl.koers.report.ReportFormat;
import nl.koers.report.ReportSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of a command that writes a report: its format, the file it goes to and the CSV dialect.
 * A mixin, so that every reporting command offers the same choices.
 */
public final class ReportOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}): text to read, json "
                    + "for other systems, csv for a spreadsheet, markdown for the monitor or jaarverslag, html as "
                    + "one self-contained page. What each holds is described below.")
    public ReportFormat format;

    @Option(names = "--json-version", paramLabel = "1|2", defaultValue = "1",
            description = "Version of --format json (default ${DEFAULT-VALUE}): 1 is koers-result/v1 (koers-diff/v1 for "
                    + "diff), unchanged, with one budget change; 2 is koers-result/v2 (koers-diff/v2) with every budget "
                    + "change, the disagreements, and the reported assessments and overrides beside the verdicts. "
                    + "Every document names its schema in its first field.")
    int jsonVersion;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output: whole or not at all, through a "
                    + "temporary file in the same folder, so a failed run leaves a previous report intact. A character "
                    + "device (/dev/null, a terminal) is written to directly; '-' is standard output. Never an input "
                    + "of the run, a folder, a FIFO or another special file.")
    Path output;

    @Option(names = "--csv-separator", paramLabel = ",|;", defaultValue = ",",
            description = "Field separator of --format csv (default ','). With ';' numbers get a decimal comma, "
                    + "as Dutch Excel expects.")
    String csvSeparator;

    @Option(names = "--csv-bom", description = "Start --format csv with a UTF-8 byte order mark, so that Excel "
            + "reads it as UTF-8.")
    boolean csvBom;

    /**
     * Refuses options that do not fit together (a usage error), and an --output that cannot take the report or
     * would overwrite an input of the run ({@link Refusal}): every file {@code inputs} names and reads, and every
     * file in an input folder. Nothing has been written when it throws.
     */
    public void check(CommandSpec spec, RunInputs inputs) {
        if (!",".equals(csvSeparator) && !";".equals(csvSeparator)) {
            throw new ParameterException(spec.commandLine(),
                    "--csv-separator must be ',' or ';', not '" + csvSeparator + "'");
        }
        if (format != ReportFormat.csv && (csvBom || !",".equals(csvSeparator))) {
            throw new ParameterException(spec.commandLine(), "--csv-separator and --csv-bom apply to --format csv only");
        }
        if (jsonVersion != 1 && jsonVersion != 2) {
            throw new ParameterException(spec.commandLine(), "--json-version must be 1 or 2, not " + jsonVersion);
        }
        if (format != ReportFormat.json && jsonVersion != 1) {
            throw new ParameterException(spec.commandLine(), "--json-version applies to --format json only");
        }
        Path file = file();
        if (file == null) {
            return;
        }
        FileKind kind = FileKind.of(file);
        if (kind != FileKind.ABSENT && kind != FileKind.REGULAR && kind != FileKind.CHARACTER_DEVICE) {
            throw OutputTarget.refusal(file, kind);
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (kind == FileKind.ABSENT && (folder == null || !Files.isDirectory(folder))) {
            throw new Refusal("the folder of --output " + file + " does not exist");
        }
        inputs.refuseOverwriting(file);
    }

    /** The --output file; null for standard output (none, or '-'). */
    public Path file() {
        return output == null || "-".equals(output.toString()) ? null : output;
    }

    /** Standard output, or the --output file (checked by {@link #check}). */
    public OutputTarget open(CommandSpec spec) {
        Path file = file();
        if (file == null) {
            return OutputTarget.stdout(spec.commandLine().getOut());
        }
        try {
            return OutputTarget.file(file);
        } catch (IOException e) {
            throw new Refusal("cannot write --output " + file + ": " + IoReason.of(e));
        }
    }

    /** How to write the report to {@code target}: colour only in text for a person at a terminal. */
    public ReportSettings settings(Messages messages, OutputTarget target, boolean many, Map<String, String> environment) {
        boolean colour = format == ReportFormat.text && Terminal.colour(environment, target.terminal());
        return new ReportSettings(messages, many, colour, csvSeparator.charAt(0), csvBom, JsonVersion.of(jsonVersion));
    }

    /** Whether {@code path} is read as many portfolios. */
    public static boolean isStream(String path) {
        return path != null && !"-".equals(path) && PortfolioStream.isStream(Path.of(path));
    }
}
