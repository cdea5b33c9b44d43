package nl.koers.cli.commands;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.koers.cli.ExitCode;
import nl.koers.cli.output.AtomicOutput;
import nl.koers.cli.output.IoReason;
import nl.koers.cli.output.Refusal;
import nl.koers.format.PlainText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code koers init}: a commented example portfolio to start from. */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Writes an example portfolio to start from: a prestatie with two actions, a quantity and a milestone "
                    + "target, measurements and a jaarschijf funded from a reserve, with a comment on every field.",
            "Without FILE it goes to standard output. An existing FILE is left alone unless --force is given."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  koers init mijn-prestatie.yaml          write the example, then edit it",
            "  koers evaluate mijn-prestatie.yaml      evaluate it",
            "  koers init | less                       read it first",
            "  koers init mijn-prestatie.yaml --force  start again, overwriting the file"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:internal error", "2:FILE exists (without --force) or cannot be written"})
public final class InitCommand implements Callable<Integer> {

    static final String EXAMPLE = "/nl/koers/cli/example-portfolio.yaml";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The portfolio file to write.")
    Path file;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Override
    public Integer call() {
        byte[] example = example();
        if (file == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(new String(example, StandardCharsets.UTF_8));
            out.flush();
            return ExitCode.OK;
        }
        if (Files.isDirectory(file)) {
            throw new Refusal(file + " is a folder; give the name of the file to write");
        }
        if (Files.exists(file) && !force) {
            throw new Refusal(file + " exists; give --force to overwrite it");
        }
        try {
            AtomicOutput.write(file, new String(example, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new Refusal("cannot write " + file + ": the folder " + file.toAbsolutePath().getParent()
                    + " does not exist");
        } catch (IOException e) {
            // a read-only folder, a path under a file, /proc, a device: refused with the reason, never exit 1
            throw new Refusal("cannot write " + file + ": " + IoReason.of(e));
        } catch (UncheckedIOException e) {
            throw new Refusal(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(PlainText.escape("Wrote an example portfolio to " + file + "; edit it, then run: koers evaluate "
                + file));
        out.flush();
        return ExitCode.OK;
    }

    /** The example as shipped, byte for byte: its comments are part of it. */
    public static byte[] example() {
        try (InputStream in = InitCommand.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the example portfolio " + EXAMPLE + " is missing from the installation");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
