package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code koers rules} as an analyst runs it: the shaded jar with {@code java -jar}, no Maven. Only packaging can
 * break some of this: the shipped rule files and scenarios inside the jar, the DRL compiler and POI for an
 * analyst's folder.
 */
class RulesJarIT {



    @Test
    void theShippedScenariosPassInThePackagedJar() throws Exception {
        assertThat(JarRun.JAR).exists();
        JarRun result = JarRun.of("rules", "test");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        String last = AnalystWorkflowTest.lastLine(result.out());
        System.out.println("koers rules test (packaged jar): " + last);
        assertThat(last).matches("\\d+ passed, 0 failed");
        assertThat(last).isEqualTo(result.out().lines().filter(l -> l.startsWith("PASS ")).count() + " passed, 0 failed");
    }

    @Test
    void anAnalystChangesTheMoneyThresholdWithoutMaven(@TempDir Path work) throws Exception {
        Path rules = work.resolve("my-rules");
        JarRun init = JarRun.of("rules", "init", rules.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(rules.resolve("README.md")).isRegularFile();
        for (String file : AnalystWorkflowTest.shippedFiles()) {
            assertThat(rules.resolve(file)).as(file).isRegularFile();
        }

        Path portfolio = Files.writeString(work.resolve("9-procent.yaml"), AnalystWorkflowTest.NINE_PERCENT);
        JarRun before = JarRun.of("evaluate", portfolio.toString(), "--rules", rules.toString());
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).contains("Financiële kleur: oranje");

        Path table = rules.resolve("geldkleur.drl.xlsx");
        AnalystWorkflowTest.setCell(table, AnalystWorkflowTest.ORANGE_ROW, AnalystWorkflowTest.ORANGE_SHARE_AT_MOST,
                0.10, 0.08);
        JarRun gap = JarRun.of("rules", "validate", rules.toString());
        assertThat(gap.exitCode()).as(gap.out()).isEqualTo(2);
        assertThat(gap.out()).containsPattern("(?m)^geldkleur\\.drl\\.xlsx:.*\\b14\\b.*\\b15\\b");

        AnalystWorkflowTest.setCell(table, AnalystWorkflowTest.RED_ROW, AnalystWorkflowTest.RED_SHARE_ABOVE, 0.10, 0.08);
        JarRun validate = JarRun.of("rules", "validate", rules.toString());
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(AnalystWorkflowTest.lastLine(validate.out())).matches("0 errors, \\d+ warnings?");

        JarRun after = JarRun.of("evaluate", portfolio.toString(), "--rules", rules.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).contains("Financiële kleur: rood", "(geldkleur.drl.xlsx row 15)");
    }
}
