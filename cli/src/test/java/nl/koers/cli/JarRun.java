package nl.koers.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of the shaded jar as a user runs it, {@code java -jar koers-cli-*-all.jar ARGS}, in a C.UTF-8
 * locale (so Dutch), for the packaged-jar tests. Failsafe passes the jar as system property koers.jar.
 */
record JarRun(int exitCode, String out, String err) {

    static final Path JAR = Path.of(System.getProperty("koers.jar", "target/missing.jar"));

    static JarRun of(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        builder.environment().put("LANG", "C.UTF-8");
        Path out = Files.createTempFile("koers-out", ".txt");
        Path err = Files.createTempFile("koers-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            // building an analyst's rule set from DRL and spreadsheets takes a while on a busy machine
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("koers " + String.join(" ", args) + " did not finish within 3 minutes");
            }
            return new JarRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
