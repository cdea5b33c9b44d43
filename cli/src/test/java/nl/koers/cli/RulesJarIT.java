package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code koers rules} as an analyst runs it: the shaded jar with {@code java -jar}, no Maven. Only packaging can
 * break some of this: the shipped rule files and scenarios inside the jar, the DRL compiler and POI for an
 * analyst's folder.
 */
class RulesJarIT {

    private static final Path JAR = Path.of(System.getProperty("koers.jar", "target/missing.jar"));

    record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
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
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void theShippedScenariosPassInThePackagedJar() throws Exception {
        assertThat(JAR).exists();
        Result result = run("rules", "test");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        String last = AnalystWorkflowTest.lastLine(result.out());
        System.out.println("koers rules test (packaged jar): " + last);
        assertThat(last).matches("\\d+ passed, 0 failed");
        assertThat(last).isEqualTo(result.out().lines().filter(l -> l.startsWith("PASS ")).count() + " passed, 0 failed");
    }

    @Test
    void anAnalystChangesTheMoneyThresholdWithoutMaven(@TempDir Path work) throws Exception {
        Path rules = work.resolve("my-rules");
        Result init = run("rules", "init", rules.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(rules.resolve("README.md")).isRegularFile();
        for (String file : AnalystWorkflowTest.shippedFiles()) {
            assertThat(rules.resolve(file)).as(file).isRegularFile();
        }

        Path portfolio = Files.writeString(work.resolve("9-procent.yaml"), AnalystWorkflowTest.NINE_PERCENT);
        Result before = run("evaluate", portfolio.toString(), "--rules", rules.toString());
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).contains("Financiële kleur: oranje");

        Path table = rules.resolve("geldkleur.drl.xlsx");
        AnalystWorkflowTest.setCell(table, AnalystWorkflowTest.ORANGE_ROW, AnalystWorkflowTest.ORANGE_SHARE_AT_MOST,
                0.10, 0.08);
        Result gap = run("rules", "validate", rules.toString());
        assertThat(gap.exitCode()).as(gap.out()).isEqualTo(2);
        assertThat(gap.out()).containsPattern("(?m)^geldkleur\\.drl\\.xlsx:.*\\b14\\b.*\\b15\\b");

        AnalystWorkflowTest.setCell(table, AnalystWorkflowTest.RED_ROW, AnalystWorkflowTest.RED_SHARE_ABOVE, 0.10, 0.08);
        Result validate = run("rules", "validate", rules.toString());
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(AnalystWorkflowTest.lastLine(validate.out())).matches("0 errors, \\d+ warnings?");

        Result after = run("evaluate", portfolio.toString(), "--rules", rules.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).contains("Financiële kleur: rood", "(geldkleur.drl.xlsx row 15)");
    }
}
