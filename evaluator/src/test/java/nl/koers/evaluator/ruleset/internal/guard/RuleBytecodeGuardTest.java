package nl.koers.evaluator.ruleset.internal.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.Reload;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSetException;
import nl.koers.evaluator.RuleSource;
import nl.koers.evaluator.internal.RuleBase;
import nl.koers.evaluator.internal.RuleRun;
import nl.koers.evaluator.ruleset.RuleSetValidator;
import nl.koers.evaluator.ruleset.ShippedRules;
import nl.koers.evaluator.ruleset.internal.load.RuleFile;
import nl.koers.evaluator.ruleset.internal.load.RuleFiles;
import nl.koers.evaluator.ruleset.internal.load.RuleSets;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Facts;
import nl.koers.model.Portfolio;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The boundary itself: each attempt is compiled past the text guard ({@link RuleBase#compile} directly, as if
 * the text guard had been fooled) and must be refused by what it compiled to, at the file and line of its rule
 * or declaration, without any of it having run (the marker file it would write stays absent).
 */
class RuleBytecodeGuardTest {

    @TempDir
    Path dir;

    private static final String MARKER_WRITE = "java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"ran\");";

    /** A rule file whose rule "Attempt" starts on the line after {@code header}; {@code then} is its consequence. */
    private static String rule(String header, String when, String then) {
        return "package nl.koers.rules;\n"
                + "import nl.koers.model.Peildatum;\n"
                + header + "\n"
                + "rule \"Attempt\"\n"
                + "when\n"
                + "    $d : Peildatum( " + when + " )\n"
                + "then\n"
                + "    " + then + "\n"
                + "end\n";
    }

    /** What the issue found and what the allowlist was built against: each refused, none run. */
    static Stream<Arguments> attempts() {
        return Stream.of(
                Arguments.of("a process", rule("", "", "new ProcessBuilder(\"touch\", \"MARKER\").start();"), "java.lang.ProcessBuilder"),
                Arguments.of("an enum constant named like java.lang types, then a process",
                        rule("declare enum Kleur\n    ProcessBuilder, Thread, System, Runtime;\nend", "",
                                "new ProcessBuilder(\"touch\", \"MARKER\").start();"), "java.lang.ProcessBuilder"),
                Arguments.of("an enum constant named like java.lang types, then the runtime",
                        rule("declare enum Kleur\n    Runtime;\nend", "", "Runtime.getRuntime().exec(\"touch MARKER\");"),
                        "java.lang.Runtime"),
                Arguments.of("a thread", rule("", "", "new Thread(() -> { }).start();"), "java.lang.Thread"),
                Arguments.of("ProcessHandle", rule("", "", "insert(String.valueOf(ProcessHandle.current().pid()));"),
                        "java.lang.ProcessHandle"),
                Arguments.of("printing into the report", rule("", "", "System.out.println(\"groen\");"), "java.lang.System.out"),
                Arguments.of("the environment", rule("", "", "insert(System.getenv(\"HOME\"));"), "java.lang.System.getenv"),
                Arguments.of("a system property through Integer", rule("", "", "insert(Integer.getInteger(\"x\"));"),
                        "java.lang.Integer.getInteger"),
                Arguments.of("the clock", rule("", "", "insert(java.time.LocalDate.now());"), "java.time.LocalDate.now"),
                Arguments.of("reflection through getClass()", rule("", "", "insert($d.getClass().getClassLoader());"),
                        "java.lang.Object.getClass"),
                Arguments.of("Class.forName", rule("", "", "insert(Class.forName(\"java.lang.Runtime\"));"), "java.lang.Class.forName"),
                Arguments.of("a method reference", rule("", "", "Runnable r = System::gc; r.run();"), "java.lang.System.gc"),
                Arguments.of("a method reference to a constructor", rule("", "",
                        "java.util.function.Supplier<Object> s = Object::new; insert(s.get());"), "java.util.function.Supplier.get"),
                Arguments.of("MethodHandles", rule("", "", "insert(java.lang.invoke.MethodHandles.lookup());"),
                        "java.lang.invoke.MethodHandles"),
                Arguments.of("ServiceLoader", rule("", "", "insert(java.util.ServiceLoader.load(Object.class));"),
                        "java.util.ServiceLoader"),
                Arguments.of("an executor", rule("", "", "java.util.concurrent.Executors.newSingleThreadExecutor();"),
                        "java.util.concurrent.Executors"),
                Arguments.of("a parallel stream", rule("", "", "insert(java.util.List.of(1, 2).parallelStream().count());"),
                        "java.util.List.parallelStream"),
                Arguments.of("file I/O", rule("", "", MARKER_WRITE), "java.nio.file"),
                Arguments.of("file I/O in a constraint", rule("", "java.nio.file.Files.exists(java.nio.file.Path.of(\"MARKER\"))",
                        "insert(\"x\");"), "java.nio.file"),
                Arguments.of("file I/O in a function", rule("function void save() { try { " + MARKER_WRITE + " } catch (Exception e) { } }",
                        "", "save();"), "java.nio.file"),
                Arguments.of("a loop", rule("", "", "int i = 0; while (i < 10) { i++; } insert(\"\" + i);"), "a loop"),
                Arguments.of("a for loop", rule("", "", "for (int i = 0; i < 3; i++) { insert(\"x\" + i); }"), "a loop"),
                Arguments.of("catching the budget", rule("", "", "try { insert(\"x\"); } catch (Throwable t) { }"),
                        "java.lang.Throwable"),
                Arguments.of("a finally block", rule("", "", "try { insert(\"x\"); } finally { insert(\"y\"); }"), "finally"),
                Arguments.of("a synchronized block", rule("", "", "synchronized (this) { insert(\"x\"); }"), "synchronized"),
                Arguments.of("the engine beyond insert, update and delete", rule("", "", "drools.halt();"),
                        "org.drools.model.Drools.halt"),
                Arguments.of("the engine's runtime", rule("", "",
                        "insert(drools.getRuntime(org.kie.api.runtime.KieRuntime.class));"), "org.drools.model.Drools.getRuntime"),
                Arguments.of("a declared field of a refused type", rule("declare Doos\n    pad : java.io.File\nend", "",
                        "insert(new Doos());"), "java.io.File"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    void isRefusedByWhatItCompilesToAtItsRuleAndNeverRuns(String attempt, String drl, String refused) throws IOException {
        Path marker = dir.resolve("marker");
        Path rules = Files.createDirectory(dir.resolve("rules"));
        String text = drl.replace("MARKER", marker.toString());
        Files.writeString(rules.resolve("attempt.drl"), text, StandardCharsets.UTF_8);
        int lastLine = (int) text.lines().count();

        assertThatThrownBy(() -> RuleSets.compile(RuleFiles.folder(rules))).as(attempt)
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.ruleProblems()).as(e.getMessage())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("attempt.drl");
                            // at the line that spells it: the declaration, or a line of the rule
                            assertThat(p.line()).isBetween(3, lastLine);
                            assertThat(p.message()).startsWith("may not use").contains(refused);
                        }));
        assertThat(marker).doesNotExist();
    }

    @Test
    void theShippedRuleSetPassesTheAllowlist() throws IOException {
        Path rules = dir.resolve("rules");
        ShippedRules.copyTo(rules);

        assertThat(RuleSets.compile(RuleFiles.folder(rules)).ruleNames()).isNotEmpty();
    }

    @Test
    void aRefusalNamesTheRuleItIsIn() throws IOException {
        Files.writeString(dir.resolve("a.drl"), rule("", "", "System.exit(3);"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RuleSets.compile(RuleFiles.folder(dir)))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.ruleProblems())
                        .singleElement().hasToString("a.drl:8: error: may not use the method java.lang.System.exit: compiled "
                                + "rule code may only use what the rule allowlist permits (see SECURITY.md) (rule 'Attempt')"));
    }

    @Test
    void aDeclaredTypeIsRefusedAtTheLineOfItsField() throws IOException {
        Files.writeString(dir.resolve("a.drl"), rule("declare Doos\n    pad : java.io.File\nend", "", "insert(\"x\");"),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RuleSets.compile(RuleFiles.folder(dir)))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.ruleProblems())
                        .extracting(RuleProblem::toString)
                        .contains("a.drl:4: error: may not use a field of type java.io.File: compiled rule code "
                                + "may only use what the rule allowlist permits (see SECURITY.md)"));
    }

    @Test
    void theAllowlistRefusesWhatItDoesNotName() {
        RuleAllowlist allowlist = RuleAllowlist.parse("""
                class java.lang.String { length }
                class java.time.LocalDate { * !now }
                package nl.koers.model { * }
                supertype java.lang.Object
                """);

        assertThat(allowlist.allowsMember("java/lang/String", "length")).isTrue();
        assertThat(allowlist.allowsMember("java/lang/String", "intern")).isFalse();
        assertThat(allowlist.allowsMember("java/time/LocalDate", "plusDays")).isTrue();
        assertThat(allowlist.allowsMember("java/time/LocalDate", "now")).isFalse();
        assertThat(allowlist.allowsType("nl/koers/model/Saldo")).isTrue();
        assertThat(allowlist.allowsType("nl/koers/model/internal/X")).isFalse();
        assertThat(allowlist.allowsType("java/lang/System")).isFalse();
        assertThat(allowlist.allowsSupertype("java/lang/Object")).isTrue();
        assertThat(allowlist.allowsSupertype("java/lang/Thread")).isFalse();
    }

    @Test
    void anAllowlistItCannotReadIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> RuleAllowlist.parse("class java.lang.String { length }\nallow java.lang.System\n"))
                .hasMessage("rule-allowlist.txt:2: unknown keyword allow");
    }

    @Test
    void aTableIsCompiledOncePerLoadSoEveryoneSeesTheSameDrl() throws IOException {
        Path rules = dir.resolve("rules");
        ShippedRules.copyTo(rules);
        RuleFiles files = RuleFiles.folder(rules);
        RuleFile table = files.file("geldkleur.drl.xlsx").orElseThrow();

        assertThat(files.table(table)).isSameAs(files.table(table));
    }

    /** The attack: the text guard reads ProcessBuilder as the declared enum's constant. */
    private static final String ENUM_SHADOW = rule("declare enum Kleur\n    ProcessBuilder, Thread, System;\nend", "",
            "new ProcessBuilder(\"touch\", \"MARKER\").start();");

    @Test
    void noRuleOfARefusedFolderRunsWhileValidatingTestingEvaluatingOrReloading() throws IOException {
        Path marker = dir.resolve("marker");
        Path rules = dir.resolve("rules");
        ShippedRules.copyTo(rules);
        Files.writeString(rules.resolve("attempt.drl"), ENUM_SHADOW.replace("MARKER", marker.toString()), StandardCharsets.UTF_8);

        assertThat(RuleSetValidator.validate(RuleSource.folder(rules))).filteredOn(RuleProblem::isError)
                .isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("attempt.drl"));
        assertThatThrownBy(() -> Evaluator.create(RuleSource.folder(rules))).isInstanceOf(RuleSetException.class);
        Reload reload = Evaluator.create(RuleSource.builtIn()).reload(RuleSource.folder(rules));

        assertThat(reload.accepted()).isFalse();
        assertThat(reload.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("attempt.drl"));
        assertThat(marker).doesNotExist();
    }

    // ---- what static checks cannot bound: the run-time budget

    private static RuleBase compiled(Path folder, String header, String then) throws IOException {
        Files.writeString(folder.resolve("attempt.drl"), rule(header, "", then), StandardCharsets.UTF_8);
        return RuleSets.compile(RuleFiles.folder(folder));
    }

    private static void fire(RuleBase ruleBase) {
        Portfolio seed = PortfolioReader.readDefault();
        RuleRun.fire(ruleBase, Facts.of(seed, seed.performance().peildatum()));
    }

    @Test
    void aRecursionWithoutEndFailsAsItsRule() throws IOException {
        // a declared type that holds itself: its generated toString follows the field without end
        RuleBase ruleBase = compiled(dir, "declare Knoop\n    volgende : Knoop\nend",
                "Knoop k = new Knoop(); k.setVolgende(k); insert(k.toString());");

        assertThatThrownBy(() -> fire(ruleBase)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("rule 'Attempt' failed: its code recursed too deeply (StackOverflowError)");
    }

    @Test
    void anAllocationWithoutEndFailsAsItsRule() throws IOException {
        RuleBase ruleBase = compiled(dir, "", "insert(\"x\".repeat(Integer.MAX_VALUE));");

        assertThatThrownBy(() -> fire(ruleBase)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("rule 'Attempt' failed: its code needed more memory than there is (OutOfMemoryError");
    }

    @Test
    void aCallThatDoesNotReturnIsStoppedAtTheDeadline() throws IOException {
        RuleBase ruleBase = compiled(dir, "", "insert(new java.math.BigDecimal(\"1.0000001\").pow(20000000));");
        String before = System.getProperty(RuleRun.DEADLINE_PROPERTY);
        System.setProperty(RuleRun.DEADLINE_PROPERTY, "PT0.5S");
        try {
            long start = System.nanoTime();
            assertThatThrownBy(() -> fire(ruleBase)).isInstanceOf(RuleSetException.class)
                    .hasMessageContaining("rule 'Attempt' failed: the evaluation took longer than 500 ms");
            // not a timing test: only that the caller was not kept waiting for the call to finish (minutes)
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        } finally {
            if (before == null) {
                System.clearProperty(RuleRun.DEADLINE_PROPERTY);
            } else {
                System.setProperty(RuleRun.DEADLINE_PROPERTY, before);
            }
        }
        // the rule base is still usable: the stopped session was destroyed, not pooled
        RuleBase plain = compiled(Files.createDirectory(dir.resolve("plain")), "", "insert(\"x\");");
        assertThatCode(() -> fire(plain)).doesNotThrowAnyException();
    }

    /**
     * A template cell that is a formula giving a harmless action or System.exit at random: every load either
     * refuses the table at its row or runs the very DRL that was checked, never the other draw.
     */
    @Test
    void aFormulaCellIsReadOnceAndWhatRunsIsWhatWasChecked() throws IOException {
        Path rules = dir.resolve("rules");
        ShippedRules.copyTo(rules);
        Path table = rules.resolve("gs-mandaat.drl.xlsx");
        try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(table))) {
            String harmless = "\"insert(new GsMandaat(new java.math.BigDecimal(\"\"$param\"\")));\"";
            workbook.getSheetAt(0).getRow(9).getCell(3).setCellFormula("IF(RAND()<0.5," + harmless + "," + harmless
                    + "&\" System.exit(3);\")");
            try (var out = Files.newOutputStream(rules.resolve("gs-mandaat.tmp"))) {
                workbook.write(out);
            }
        }
        Files.move(rules.resolve("gs-mandaat.tmp"), table, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (int i = 0; i < 6; i++) {
            RuleFiles files = RuleFiles.folder(rules);
            try {
                RuleSets.compile(files);
                assertThat(files.table(files.file("gs-mandaat.drl.xlsx").orElseThrow()).drl())
                        .doesNotContain("System.exit");
            } catch (RuleSetException e) {
                assertThat(e.ruleProblems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("gs-mandaat.drl.xlsx");
                    assertThat(p.line()).isEqualTo(12);
                    assertThat(p.message()).contains("java.lang.System.exit");
                });
            }
        }
    }
}
