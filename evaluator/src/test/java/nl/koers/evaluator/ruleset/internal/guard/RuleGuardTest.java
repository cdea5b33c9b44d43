package nl.koers.evaluator.ruleset.internal.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.Reload;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSetException;
import nl.koers.evaluator.RuleSource;
import nl.koers.evaluator.ruleset.internal.load.RuleFiles;
import nl.koers.format.PortfolioReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A rule set from a folder may decide, nothing more: each way to reach Java beyond the model is refused at its place. */
class RuleGuardTest {

    /** The shipped rules, as `koers rules init` copies them. */
    private static final Path SHIPPED_SOURCE = Path.of("../rules/src/main/resources/nl/koers/rules");

    @TempDir
    Path dir;

    /** A rule file of lines 1-10; the condition is line 7, the consequence line 9. */
    private static String rule(String header, String when, String then) {
        return "package nl.koers.rules;\n"                       // 1
                + "import nl.koers.model.Peildatum;\n"            // 2
                + header + "\n"                                   // 3
                + "\n"                                            // 4
                + "rule \"Attempt\"\n"                            // 5
                + "when\n"                                        // 6
                + "    $d : Peildatum( ) " + when + "\n"          // 7
                + "then\n"                                        // 8
                + "    " + then + "\n"                            // 9
                + "end\n";                                        // 10
    }

    private static final String DRL = "attempt.drl";
    private static final String CSV = "mandaat.drl.csv";
    /** Unquoted, so that a cell can end the call; in a quoted "$param" Drools escapes the quotes of a cell. */
    private static final String MANDATE_TEMPLATE = "insert(new GsMandaat(new java.math.BigDecimal($param)));";

    private static String mvel(String drl) {
        return drl.replace("rule \"Attempt\"\n", "rule \"Attempt\" dialect \"mvel\"\n");
    }

    /**
     * A semicolon-separated decision table (as a Dutch Excel saves it) of lines 1-9: the settings on lines 1-3,
     * the action template on line 7, the one rule row, whose cell is {@code amount}, on line 9.
     */
    private static String table(String template, String amount) {
        return "RuleSet;nl.koers.rules\n"                                   // 1
                + "Import;nl.koers.model.GsMandaat\n"                       // 2
                + "\n"                                                      // 3
                + "RuleTable Mandaat\n"                                     // 4
                + "NAME;ACTION\n"                                           // 5
                + ";\n"                                                     // 6
                + ";" + csvCell(template) + "\n"                             // 7
                + "Regel;Bedrag\n"                                          // 8
                + "Mandate;" + csvCell(amount) + "\n";                       // 9
    }

    private static String csvCell(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /**
     * Every way found to reach beyond the model, one per row: what is tried, the file it is in, its text, and the
     * line (for a table the spreadsheet row) and words of the refusal.
     */
    static Stream<Arguments> attempts() {
        return Stream.of(
                Arguments.of("System.exit in the consequence", DRL,
                        rule("", "", "System.exit(1);"), 9, "uses System.exit: a rule set may only use the Koers model types"),
                Arguments.of("fully qualified name", DRL,
                        rule("", "", "java.lang.System.exit(1);"), 9, "uses java.lang.System.exit"),
                Arguments.of("eval in the condition", DRL,
                        rule("", "eval( java.lang.Runtime.getRuntime() != null )", "insert(\"x\");"), 7, "uses eval(...)"),
                Arguments.of("the type inside eval", DRL,
                        rule("", "eval( java.lang.Runtime.getRuntime() != null )", "insert(\"x\");"), 7,
                        "uses java.lang.Runtime.getRuntime"),
                Arguments.of("import static", DRL,
                        rule("import static java.lang.System.exit;", "", "exit(0);"), 3,
                        "imports static members (java.lang.System.exit)"),
                Arguments.of("the statically imported call", DRL,
                        rule("import static java.lang.System.exit;", "", "exit(0);"), 9, "calls exit(...): stopping the program"),
                Arguments.of("a function that does I/O", DRL,
                        rule("function void save(String s) { new java.io.FileWriter(s).close(); }", "", "save(\"x\");"), 3,
                        "declares function 'save'"),
                Arguments.of("the I/O inside the function", DRL,
                        rule("function void save(String s) { new java.io.FileWriter(s).close(); }", "", "save(\"x\");"), 3,
                        "creates java.io.FileWriter"),
                Arguments.of("MVEL dialect", DRL,
                        rule("", "", "System.exit(1)").replace("rule \"Attempt\"\n", "rule \"Attempt\" dialect \"mvel\"\n"), 9,
                        "uses System.exit"),
                Arguments.of("Unicode escape", DRL,
                        rule("", "", "\\u0053ystem.exit(0);"), 9, "contains the Unicode escape \\u0053 ('S')"),
                Arguments.of("what the Unicode escape spells", DRL,
                        rule("", "", "\\u0053ystem.exit(0);"), 9, "uses System.exit"),
                Arguments.of("Unicode newline ending a comment", DRL,
                        rule("", "", "// harmless \\u000a Runtime.getRuntime().halt(0);"), 9, "uses Runtime.getRuntime"),
                Arguments.of("string concatenation for reflection", DRL,
                        rule("", "", "Class.forName(\"java.lang.\" + \"System\");"), 9,
                        "uses Class.forName (naming \"java.lang.System\")"),
                Arguments.of("whitespace around the dots", DRL,
                        rule("", "", "new java . io . File(\"x\").delete();"), 9, "creates java.io.File"),
                Arguments.of("newlines between the parts", DRL,
                        rule("", "", "java\n        .nio\n        .file.Files.delete(null);"), 9, "uses java.nio.file.Files"),
                Arguments.of("a comment splitting a name", DRL,
                        rule("", "", "Sys/**/tem.exit(0);"), 9, "uses System.exit"),
                Arguments.of("a comment between qualifier and dot", DRL,
                        rule("", "", "java.lang/* nothing here */.Runtime.getRuntime();"), 9, "uses java.lang.Runtime.getRuntime"),
                Arguments.of("a zero-width space inside a name", DRL,
                        rule("", "", "Sys\u200Btem.exit(0);"), 9, "uses System.exit"),
                Arguments.of("an escaped backslash ending a string", DRL,
                        rule("", "", "String s = \"a\\\\\"; System.exit(0); // \";"), 9, "uses System.exit"),
                Arguments.of("getClass on a fact", DRL,
                        rule("", "", "$d.getClass().getClassLoader();"), 9, "calls $d.getClass: reflection and class loading"),
                Arguments.of("MVEL property access to the class", DRL,
                        rule("", "", "$d.class.classLoader").replace("rule \"Attempt\"\n", "rule \"Attempt\" dialect \"mvel\"\n"), 9,
                        "calls $d.class"),
                Arguments.of("MVEL property by name", DRL,
                        rule("", "", "$d['class']").replace("rule \"Attempt\"\n", "rule \"Attempt\" dialect \"mvel\"\n"), 9,
                        "reads a property by its name in quotes"),
                Arguments.of("an upper-case annotation", DRL,
                        rule("", "", "insert(\"x\");").replace("when\n", "    @ System.exit(0)\nwhen\n"), 6, "uses System.exit"),
                Arguments.of("a parallel stream after a call", DRL,
                        rule("", "", "String.valueOf(1).chars().parallel().sum();"), 9, "calls .parallel: threads"),
                Arguments.of("processes", DRL,
                        rule("", "", "Runtime.getRuntime().exec(\"rm -rf /\");"), 9, "uses Runtime.getRuntime"),
                Arguments.of("threads", DRL,
                        rule("", "", "new Thread(() -> {}).start();"), 9, "creates Thread"),
                Arguments.of("a method reference", DRL,
                        rule("", "", "java.util.List.of(1).forEach(System::exit);"), 9, "uses System"),
                Arguments.of("system properties through Integer", DRL,
                        rule("", "", "Integer.getInteger(\"x\");"), 9, "calls Integer.getInteger: reading or changing system properties"),
                Arguments.of("drools.halt", DRL,
                        rule("", "", "drools.halt();"), 9, "uses drools.halt: a rule may only use drools.getRule()"),
                Arguments.of("kcontext", DRL,
                        rule("", "", "kcontext.getKieRuntime().halt();"), 9, "uses kcontext.getKieRuntime: reaching into the rule engine"),
                Arguments.of("a global", DRL,
                        rule("global java.util.List log;", "", "insert(\"x\");"), 3, "declares global 'log' of type java.util.List"),
                Arguments.of("an import of I/O", DRL,
                        rule("import java.io.File;", "", "insert(\"x\");"), 3, "imports java.io.File: a rule set may only import"),
                Arguments.of("import function", DRL,
                        rule("import function java.lang.System.exit;", "", "insert(\"x\");"), 3, "imports the function java.lang.System.exit"),
                Arguments.of("a collection the rules do not need", DRL,
                        rule("", "", "java.util.List l = new java.util.ArrayList();"), 9, "creates java.util.ArrayList"),
                Arguments.of("an anonymous class", DRL,
                        rule("", "", "insert(new java.math.BigDecimal(\"1\") { public String toString() { return \"\"; } });"), 9,
                        "declares an anonymous class of java.math.BigDecimal"),
                Arguments.of("accumulate with code", DRL,
                        rule("", "\n    $n : Number() from accumulate( Peildatum(), init( int c = 0; ), action( c++; ), result( c ) )",
                                "insert($n);"), 8, "uses accumulate with init(...) code"),
                Arguments.of("a declared field of a refused type", DRL,
                        rule("declare Note\n    file : java.io.File\nend", "", "insert(\"x\");"), 4,
                        "declares field file of type java.io.File"),
                Arguments.of("a declared type hiding java.lang", DRL,
                        rule("declare System\nend", "", "insert(\"x\");"), 3, "declares the type System, which would hide a Java type"),
                Arguments.of("a package of Java", DRL,
                        "package java.io;\n" + rule("", "", "insert(\"x\");").substring("package nl.koers.rules;\n".length()), 1,
                        "declares package java.io"),
                Arguments.of("a type outside the allowed packages", DRL,
                        rule("", "", "org.apache.commons.io.FileUtils.deleteDirectory(null);"), 9, "uses org.apache.commons.io.FileUtils"),
                Arguments.of("Runtime.exec, fully qualified", DRL,
                        rule("", "", "java.lang.Runtime.getRuntime().exec(\"touch x\");"), 9, "uses java.lang.Runtime.getRuntime"),
                Arguments.of("java.io.File, fully qualified", DRL,
                        rule("", "", "new java.io.File(\"x\").delete();"), 9, "creates java.io.File"),
                Arguments.of("a wildcard import of I/O", DRL,
                        rule("import java.io.*;", "", "insert(\"x\");"), 3, "imports java.io.*"),
                Arguments.of("an import inside an MVEL consequence", DRL,
                        mvel(rule("", "", "import java.io.File; new File(\"x\")")), 9, "imports java.io.File"),
                Arguments.of("a refused call inside modify", DRL,
                        mvel(rule("", "", "modify( $d ) { code = System.getenv(\"HOME\") }")), 9, "uses System.getenv"),
                Arguments.of("MVEL property access without parentheses", DRL,
                        mvel(rule("", "", "System.out")), 9, "uses System.out"),
                Arguments.of("MVEL getters read as properties", DRL,
                        mvel(rule("", "", "Status.ON_TRACK.declaringClass.methods")), 9,
                        "calls Status.ON_TRACK.declaringClass: reflection"),
                Arguments.of("an MVEL ${...} expression", DRL,
                        mvel(rule("", "", "${ System.exit(0) }")), 9, "uses System.exit"),
                Arguments.of("a Java text block hiding the code after it", DRL,
                        rule("", "", "String s = \"\"\"\n    x\n    \"\"\" + Runtime.getRuntime().exec(\"x\");"), 9,
                        "uses a text block (\"\"\")"),
                Arguments.of("a DRL string over two lines", DRL,
                        rule("", "date == null || \"a\n\" != String.valueOf(java.lang.System.getProperty(\"x\"))",
                                "insert(\"x\");"), 7, "has a string that does not end on its line"),
                Arguments.of("a carriage return ending a comment", DRL,
                        rule("", "", "// harmless\rSystem.exit(0);"), 9, "uses System.exit"),
                Arguments.of("java.lang.reflect", DRL,
                        rule("", "", "java.lang.reflect.Method m = null;"), 9, "uses java.lang.reflect.Method"),
                Arguments.of("the class of a primitive", DRL,
                        rule("", "", "Integer.TYPE.getModule();"), 9, "calls Integer.TYPE: reflection"),
                Arguments.of("a class described as a constant", DRL,
                        rule("", "", "\"x\".describeConstable();"), 9, "calls .describeConstable: reflection"),
                Arguments.of("a method reference to a refused getter", DRL,
                        rule("", "", "java.util.List.of(Status.ON_TRACK).stream().map(Status::getDeclaringClass).count();"), 9,
                        "calls .getDeclaringClass: reflection"),
                Arguments.of("explicit type arguments before a refused call", DRL,
                        rule("", "", "Integer.<String>getInteger(\"x\");"), 9, "calls getInteger(...): reading or changing"),
                Arguments.of("Thread.sleep", DRL,
                        rule("", "", "Thread.sleep(1000);"), 9, "uses Thread.sleep"),
                Arguments.of("ProcessBuilder", DRL,
                        rule("", "", "new ProcessBuilder(\"sh\").start();"), 9, "creates ProcessBuilder"),
                Arguments.of("a socket", DRL,
                        rule("", "", "new java.net.Socket(\"example.org\", 80).close();"), 9, "creates java.net.Socket"),
                Arguments.of("System.getProperty", DRL,
                        rule("", "", "String home = System.getProperty(\"user.home\");"), 9, "uses System.getProperty"),
                Arguments.of("System.setProperty", DRL,
                        rule("", "", "System.setProperty(\"a\", \"b\");"), 9, "uses System.setProperty"),
                Arguments.of("System.getenv", DRL,
                        rule("", "", "String path = System.getenv(\"PATH\");"), 9, "uses System.getenv"),
                Arguments.of("Runtime.halt", DRL,
                        rule("", "", "Runtime.getRuntime().halt(0);"), 9, "uses Runtime.getRuntime"),
                Arguments.of("a decision table's action template", CSV,
                        table("insert(new GsMandaat(new java.math.BigDecimal(\"$param\"))); Runtime.getRuntime().halt(0);",
                                "1000000"), 7, "uses Runtime.getRuntime"),
                Arguments.of("a decision table's action cell", CSV,
                        table(MANDATE_TEMPLATE, "1))); java.nio.file.Files.delete(null); //"), 9,
                        "uses java.nio.file.Files.delete"),
                Arguments.of("a decision table's import", CSV,
                        table(MANDATE_TEMPLATE, "1000000").replace("nl.koers.model.GsMandaat", "java.io.File"), 2,
                        "imports java.io.File"),
                Arguments.of("a decision table's function", CSV,
                        table(MANDATE_TEMPLATE, "1000000").replace("\n\n", "\nFunctions;\"function void f() { }\"\n"), 3,
                        "declares function 'f'"),
                Arguments.of("a decision table's global", CSV,
                        table(MANDATE_TEMPLATE, "1000000").replace("\n\n", "\nVariables;java.util.List log\n"), 3,
                        "declares global 'log'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    void anAttemptIsRefusedAtItsFileAndLine(String attempt, String file, String text, int line, String phrase)
            throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);

        List<RuleProblem> problems = RuleGuard.check(RuleFiles.folder(dir));

        assertThat(problems).as(attempt).isNotEmpty().allMatch(RuleProblem::isError)
                .anySatisfy(p -> {
                    assertThat(p.toString()).startsWith(file + ":" + line + ":");
                    assertThat(p.message()).contains(phrase);
                });
    }

    private static final String WRITE_MARKER = "java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"ran\")";

    /** Rule sets that would write the file MARKER when they ran, and where each is refused. */
    static Stream<Arguments> markerWriters() {
        return Stream.of(
                Arguments.of("I/O in a consequence", DRL, rule("", "", WRITE_MARKER + ";"), 9),
                Arguments.of("I/O after a text block", DRL,
                        rule("", "", "String s = \"\"\"\n    x\n    \"\"\" + " + WRITE_MARKER + ";"), 9),
                Arguments.of("I/O in a function", DRL,
                        rule("function void save() throws Exception { " + WRITE_MARKER + "; }", "", "save();"), 3),
                Arguments.of("I/O in eval", DRL, rule("", "eval( " + WRITE_MARKER + " != null )", "insert(\"x\");"), 7),
                Arguments.of("I/O in a decision table's action cell", CSV,
                        table(MANDATE_TEMPLATE, "1))); " + WRITE_MARKER + "; //"), 9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markerWriters")
    void aRefusedRuleSetNeverRuns(String attempt, String file, String text, int line) throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Path marker = dir.resolve("marker");
        Files.writeString(rules.resolve(file), text.replace("MARKER", marker.toString()), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Evaluator.create(RuleSource.folder(rules)).evaluate(PortfolioReader.readDefault()))
                .as(attempt).isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.ruleProblems())
                        .anySatisfy(p -> assertThat(p.toString()).startsWith(file + ":" + line + ":")));
        Reload reload = Evaluator.create(RuleSource.builtIn()).reload(RuleSource.folder(rules));

        assertThat(reload.accepted()).isFalse();
        assertThat(marker).doesNotExist();
    }

    @Test
    void aStringIsOnlyTextAlsoInMvel() throws IOException {
        Path marker = dir.resolve("marker");
        // MVEL templates write @{...}; neither they nor ${...} are evaluated inside a string literal
        Files.writeString(dir.resolve(DRL), mvel(rule("", "", "insert(\"${" + WRITE_MARKER + "} @{" + WRITE_MARKER + "}\")"))
                .replace("\"MARKER\"", "'" + marker + "'").replace("\"ran\"", "'ran'"), StandardCharsets.UTF_8);
        Evaluator evaluator = Evaluator.create(RuleSource.folder(dir));

        assertThatThrownBy(() -> evaluator.evaluate(PortfolioReader.readDefault()))
                .isInstanceOf(RuleSetException.class).hasMessageContaining("no rule decided");
        assertThat(marker).doesNotExist();
    }

    @Test
    void aProblemNamesItsRuleAndColumn() throws IOException {
        Files.writeString(dir.resolve("attempt.drl"), rule("", "", "System.exit(1);"));

        List<RuleProblem> problems = RuleGuard.check(RuleFiles.folder(dir));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.toString()).isEqualTo("attempt.drl:9:5: error: uses System.exit: a rule set may only use the Koers "
                    + "model types and java.lang, java.math and java.time value types (rule 'Attempt')");
        });
    }

    @Test
    void everyOffendingPlaceIsReportedOnce() throws IOException {
        Files.writeString(dir.resolve("a.drl"), rule("import java.io.File;", "", "System.exit(1); Sys/**/tem.exit(2);"));

        List<RuleProblem> problems = RuleGuard.check(RuleFiles.folder(dir));

        assertThat(problems).extracting(RuleProblem::line, RuleProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 1), org.assertj.core.groups.Tuple.tuple(9, 5),
                        org.assertj.core.groups.Tuple.tuple(9, 21));
    }

    @Test
    void whatRulesMayUseIsAccepted() throws IOException {
        Files.writeString(dir.resolve("fine.drl"), """
                package nl.koers.rules;

                import java.math.BigDecimal;
                import java.math.RoundingMode;
                import java.time.LocalDate;
                import java.time.temporal.ChronoUnit;
                import java.util.List;
                import nl.koers.model.*;

                declare Note
                    text : String
                    amount : BigDecimal
                    count : int
                end

                // A comment may say System.exit(0) or java.io.File; comments are not code.
                rule "Everything allowed" dialect "java"
                    salience 10
                when
                    $p : TargetProgress( kind == TargetKind.QUANTITY, measured, ratio != null, ratio < 0.75B )
                    $targets : List( size > 0 ) from accumulate( TargetAssessment( actionId == $p.actionId, $t : targetId ),
                                                               collectList( $t ) )
                    Peildatum( $d : date )
                then
                    BigDecimal half = new BigDecimal("0.5").setScale(2, RoundingMode.HALF_UP);
                    long days = ChronoUnit.DAYS.between($p.start(), LocalDate.of(2018, 12, 31));
                    String text = String.valueOf(Math.max(days, 0L)) + " Runtime.getRuntime() in a string is only text";
                    insert(new Note(text, half.multiply(BigDecimal.TEN), Integer.parseInt("1")));
                    insert(new TargetAssessment($p.actionId(), $p.targetId(), Status.OFF_TRACK,
                            Reason.of("quantity.band", drools.getRule().getName(), $targets, $d)));
                end
                """);

        assertThat(RuleGuard.check(RuleFiles.folder(dir))).isEmpty();
    }

    @Test
    void theShippedRuleFilesPass() {
        assertThat(RuleGuard.check(RuleFiles.folder(SHIPPED_SOURCE))).isEmpty();
    }

    @Test
    void theShippedRuleSetPasses() {
        // koers-rules in ~/.m2 may predate ruleset.txt; the full build always has it
        assumeTrue(getClass().getClassLoader().getResource(RuleFiles.SHIPPED_INDEX) != null,
                "koers-rules on the class path holds no " + RuleFiles.SHIPPED_INDEX);
        assertThat(RuleGuard.check(RuleFiles.shipped())).isEmpty();
    }

    @Test
    void anActionTemplateIsReportedAtItsRow() throws IOException {
        // D10 of gs-mandaat.drl.xlsx: insert(new GsMandaat(new java.math.BigDecimal("$param")));
        copyTable("gs-mandaat.drl.xlsx", sheet -> append(sheet, 10, 3, " System.exit(0);"));

        List<RuleProblem> problems = RuleGuard.check(RuleFiles.folder(dir));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("gs-mandaat.drl.xlsx");
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.column()).isEqualTo(4);
            assertThat(p.message()).contains("uses System.exit");
        });
    }

    @Test
    void anActionTemplateUsedByManyRowsIsReportedOnceAtItsRow() throws IOException {
        // G10 of voortgangsbanden.drl.xlsx is the action template of rows 12, 13 and 14
        copyTable("voortgangsbanden.drl.xlsx", sheet -> append(sheet, 10, 6, " new java.io.File(\"x\").delete();"));

        List<RuleProblem> problems = RuleGuard.check(RuleFiles.folder(dir));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("voortgangsbanden.drl.xlsx");
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.column()).isEqualTo(7);
            assertThat(p.message()).contains("creates java.io.File");
        });
    }

    @Test
    void anActionCellIsReportedAtItsRuleRow() throws IOException {
        // G13 of voortgangsbanden.drl.xlsx is the status of rule row 13, put in Status.$param
        copyTable("voortgangsbanden.drl.xlsx", sheet -> set(sheet, 13, 6,
                "AT_RISK, null)); System.exit(0); //"));

        List<RuleProblem> problems = RuleGuard.check(RuleFiles.folder(dir));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("voortgangsbanden.drl.xlsx");
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.column()).isEqualTo(7);
            assertThat(p.rule()).isEqualTo("Quantity target between 75 % and 90 % of the expected progress is at risk");
            assertThat(p.message()).contains("uses System.exit");
        });
    }

    @Test
    void aTableImportIsReportedAtItsRow() throws IOException {
        copyTable("geldkleur.drl.xlsx", sheet -> append(sheet, 2, 2, ", java.io.File"));

        List<RuleProblem> problems = RuleGuard.check(RuleFiles.folder(dir));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("geldkleur.drl.xlsx");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("imports java.io.File");
        });
    }

    private void copyTable(String name, Consumer<Sheet> change) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(SHIPPED_SOURCE.resolve(name)))) {
            change.accept(workbook.getSheetAt(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            Files.write(dir.resolve(name), out.toByteArray());
        }
    }

    /** Appends to the text of the cell at 1-based {@code row} and 0-based {@code column}. */
    private static void append(Sheet sheet, int row, int column, String text) {
        Cell cell = sheet.getRow(row - 1).getCell(column);
        set(sheet, row, column, cell.getStringCellValue() + text);
    }

    private static void set(Sheet sheet, int row, int column, String text) {
        Row r = sheet.getRow(row - 1);
        Cell cell = r.getCell(column) == null ? r.createCell(column, CellType.STRING) : r.getCell(column);
        cell.setCellValue(text);
    }
}
