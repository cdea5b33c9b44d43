package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's workflow of the issue, tried as a new user would and without Maven: {@code koers rules init},
 * change the money-colour threshold from 10 % to 8 % in the spreadsheet, {@code rules validate}, {@code rules
 * test}, {@code evaluate --rules}; and what happens when the analyst gets it wrong.
 *
 * <p>The spreadsheet is edited with Apache POI the way a LibreOffice or Excel save would: open the workbook, set
 * the numeric cell, write it back. Every rule set a command evaluates is a folder of its own, because the command
 * line keeps one evaluator per folder for the life of the process.
 */
class AnalystWorkflowTest {

    /** geldkleur.drl.xlsx: the orange row 14 "share ≤" (column J) and the red row 15 "share >" (column H). */
    static final int ORANGE_ROW = 14;
    static final int ORANGE_SHARE_AT_MOST = 9;
    static final int RED_ROW = 15;
    static final int RED_SHARE_ABOVE = 7;

    /** A jaarschijf 9 % off: orange with the shipped 10 % threshold, red with 8 %. */
    static final String NINE_PERCENT = """
            format: koers/v1
            performance:
              code: "9.2.1"
              title: "Wegen"
              period: { start: 2024-01-01, end: 2024-12-31 }
            actions:
              - id: "1"
                title: "Wegen onderhouden"
                targets:
                  - id: "1a"
                    kind: milestone
                    indicator: "Onderhoudsplan vastgesteld"
                    due: 2025-06-30
                measurements:
                  - target: "1a"
                    date: 2024-11-30
                    done: false
            budget:
              slices:
                - year: 2024
                  budgeted: 2000000
                  realised: 1820000
            """;

    @TempDir
    static Path work;

    /** The folder {@code koers rules init} wrote; never changed. */
    static Path shipped;
    /** A copy with both thresholds at 8 %: a consistent change. */
    static Path changed;
    /** The 9 % portfolio. */
    static Path portfolio;

    @BeforeAll
    static void initTheShippedRulesAndChangeACopy() throws IOException {
        shipped = work.resolve("my-rules");
        CliRun init = CliRun.of("rules", "init", shipped.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        changed = copy(shipped, work.resolve("my-rules-8"));
        setCell(changed.resolve("geldkleur.drl.xlsx"), ORANGE_ROW, ORANGE_SHARE_AT_MOST, 0.10, 0.08);
        setCell(changed.resolve("geldkleur.drl.xlsx"), RED_ROW, RED_SHARE_ABOVE, 0.10, 0.08);
        portfolio = Files.writeString(work.resolve("9-procent.yaml"), NINE_PERCENT);
    }

    // ---- init ---------------------------------------------------------------------------------------------

    @Test
    void initWritesEveryFileOfTheShippedRuleSetAndAReadme() throws IOException {
        List<String> files = shippedFiles();
        assertThat(files).contains("README.md", "geldkleur.drl.xlsx", "scenarios/geldkleur.yaml");
        for (String file : files) {
            assertThat(shipped.resolve(file)).as(file).isRegularFile();
            assertThat(Files.readAllBytes(shipped.resolve(file))).as(file).isEqualTo(shippedBytes(file));
        }
        assertThat(shipped.resolve("README.md")).isNotEmptyFile();

        Path folder = work.resolve("fresh");
        CliRun run = CliRun.of("rules", "init", folder.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(lastLine(run.out())).contains("(" + files.size() + " files)", folder.resolve("README.md").toString());
        for (String file : files) {
            assertThat(run.out()).contains(folder.resolve(file).toString());
        }
    }

    @Test
    void initRefusesAFolderThatIsNotEmptyAndOverwritesNothing() throws IOException {
        Path folder = Files.createDirectories(work.resolve("own-work"));
        Files.writeString(folder.resolve("notities.txt"), "mijn werk");
        CliRun run = CliRun.of("rules", "init", folder.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(folder.toString(), "not an empty folder");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(folder.resolve("notities.txt"));
        }
        assertThat(folder.resolve("notities.txt")).hasContent("mijn werk");

        // an analyst's edited rule set keeps its edit
        Path edited = copy(shipped, work.resolve("edited-before-init"));
        setCell(edited.resolve("geldkleur.drl.xlsx"), ORANGE_ROW, ORANGE_SHARE_AT_MOST, 0.10, 0.08);
        byte[] before = Files.readAllBytes(edited.resolve("geldkleur.drl.xlsx"));
        CliRun again = CliRun.of("rules", "init", edited.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(Files.readAllBytes(edited.resolve("geldkleur.drl.xlsx"))).isEqualTo(before);
    }

    // ---- validate -----------------------------------------------------------------------------------------

    @Test
    void theFreshCopyValidates() {
        CliRun run = CliRun.of("rules", "validate", shipped.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(lastLine(run.out())).matches("0 errors, \\d+ warnings?");
    }

    @Test
    void changingOnlyTheOrangeRowLeavesAGapBetweenRows14And15() throws IOException {
        Path gap = copy(shipped, work.resolve("gap"));
        setCell(gap.resolve("geldkleur.drl.xlsx"), ORANGE_ROW, ORANGE_SHARE_AT_MOST, 0.10, 0.08);
        CliRun run = CliRun.of("rules", "validate", gap.toString());
        assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
        assertThat(tableProblem(run.out(), "geldkleur.drl.xlsx:")).containsPattern("\\b14\\b.*\\b15\\b");
        assertThat(lastLine(run.out())).matches("[1-9]\\d* errors?, \\d+ warnings?");
    }

    @Test
    void changingOnlyTheRedRowMakesRows14And15Overlap() throws IOException {
        Path overlap = copy(shipped, work.resolve("overlap"));
        setCell(overlap.resolve("geldkleur.drl.xlsx"), RED_ROW, RED_SHARE_ABOVE, 0.10, 0.08);
        CliRun run = CliRun.of("rules", "validate", overlap.toString());
        assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
        assertThat(tableProblem(run.out(), "geldkleur.drl.xlsx:")).containsPattern("\\b14\\b.*\\b15\\b");
    }

    @Test
    void aGapInTheProgressBandsNamesTheirTableAndRows() throws IOException {
        // voortgangsbanden.drl.xlsx: on track from 0.9 (row 12, column E), at risk from 0.75 to under 0.9 (row 13)
        Path gap = copy(shipped, work.resolve("band-gap"));
        setCell(gap.resolve("voortgangsbanden.drl.xlsx"), 12, 4, 0.9, 0.95);
        CliRun run = CliRun.of("rules", "validate", gap.toString());
        assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
        assertThat(tableProblem(run.out(), "voortgangsbanden.drl.xlsx:")).containsPattern("\\b12\\b.*\\b13\\b");
    }

    @Test
    void changingBothCellsValidates() {
        CliRun run = CliRun.of("rules", "validate", changed.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(lastLine(run.out())).matches("0 errors, \\d+ warnings?");
    }

    // ---- rules test ---------------------------------------------------------------------------------------

    @Test
    void theShippedScenariosAllPassOnTheFreshCopy() throws IOException {
        int scenarios = scenarioCount(shipped);
        CliRun run = CliRun.of("rules", "test", shipped.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(lastLine(run.out())).isEqualTo(scenarios + " passed, 0 failed");
        assertThat(run.out().lines().filter(l -> l.startsWith("PASS "))).hasSize(scenarios);
        assertThat(run.out()).doesNotContain("FAIL");
    }

    @Test
    void theMoneyColourScenariosFailOnTheChangedRules() throws IOException {
        int scenarios = scenarioCount(changed);
        CliRun run = CliRun.of("rules", "test", changed.toString());
        assertThat(run.exitCode()).as(run.out()).isEqualTo(3);
        Matcher last = Pattern.compile("(\\d+) passed, (\\d+) failed").matcher(lastLine(run.out()));
        assertThat(last.matches()).as(lastLine(run.out())).isTrue();
        int passed = Integer.parseInt(last.group(1));
        int failed = Integer.parseInt(last.group(2));
        assertThat(failed).isPositive();
        assertThat(passed + failed).isEqualTo(scenarios);
        List<String> fails = run.out().lines().filter(l -> l.startsWith("FAIL ")).toList();
        assertThat(fails).hasSize(failed).allMatch(l -> l.startsWith("FAIL scenarios/geldkleur.yaml:"));
        // exactly 10 % is orange no more: the 8 % threshold turned it red
        assertThat(run.out()).contains("FAIL scenarios/geldkleur.yaml:59  Precies 10 % afwijking is oranje",
                "money colour: expected orange, got red");
    }

    // ---- evaluate, check, explain with --rules --------------------------------------------------------------

    @Test
    void evaluateShowsTheChangedOutcome() {
        CliRun withChanged = CliRun.of("evaluate", portfolio.toString(), "--rules", changed.toString(), "--lang", "nl");
        assertThat(withChanged.exitCode()).as(withChanged.err()).isZero();
        assertThat(withChanged.out()).contains("Financiële kleur: rood", "(geldkleur.drl.xlsx row 15)",
                "afwijking van € 180.000 (9%)");

        CliRun withShipped = CliRun.of("evaluate", portfolio.toString(), "--rules", shipped.toString(), "--lang", "nl");
        assertThat(withShipped.exitCode()).as(withShipped.err()).isZero();
        assertThat(withShipped.out()).contains("Financiële kleur: oranje", "(geldkleur.drl.xlsx row 14)");
    }

    @Test
    void checkAndExplainWorkWithTheChangedRules() {
        CliRun check = CliRun.of("check", portfolio.toString(), "--rules", changed.toString(), "--lang", "nl");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("1  op koers  Wegen onderhouden", "9.2.1: op koers");

        CliRun explain = CliRun.of("explain", "1", portfolio.toString(), "--rules", changed.toString(), "--lang", "nl");
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out()).startsWith("Actie 1 Wegen onderhouden: op koers")
                .containsPattern("regel: .+ \\(actions\\.drl:\\d+\\)")
                .containsPattern("regel: .+ \\(targets\\.drl:\\d+\\)");
    }

    // ---- an analyst's mistakes ----------------------------------------------------------------------------

    @Test
    void aDrlSyntaxErrorIsReportedWithFileAndLineAndNoStackTrace() throws IOException {
        Path broken = copy(shipped, work.resolve("syntax"));
        Path drl = broken.resolve("targets.drl");
        List<String> lines = Files.readAllLines(drl);
        int line = indexOf(lines, "assessable, met )") + 1;
        lines.set(line - 1, lines.get(line - 1).replace("assessable, met )", "assessable, met"));
        Files.write(drl, lines);

        CliRun run = CliRun.of("evaluate", portfolio.toString(), "--rules", broken.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        // the missing parenthesis is noticed at the end of its line or on the next
        assertThat(run.err()).containsPattern("(?m)^targets\\.drl:(" + line + "|" + (line + 1) + ")\\b");
        assertNoStackTrace(run.err());

        CliRun validate = CliRun.of("rules", "validate", broken.toString());
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.out()).containsPattern("(?m)^targets\\.drl:(" + line + "|" + (line + 1) + ")\\b");
    }

    @Test
    void aRuleCallingSystemExitIsRefusedWithFileAndLine() throws IOException {
        Path folder = copy(shipped, work.resolve("exit"));
        int line = appendRule(folder.resolve("budget.drl"), "Stop everything", "System.exit(0);");

        CliRun run = CliRun.of("evaluate", portfolio.toString(), "--rules", folder.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).containsPattern("(?m)^budget\\.drl:" + line + "\\b.*System\\.exit.*Stop everything");
        assertNoStackTrace(run.err());

        CliRun validate = CliRun.of("rules", "validate", folder.toString());
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.out()).containsPattern("(?m)^budget\\.drl:" + line + "\\b.*System\\.exit");
    }

    @Test
    void aRuleUsingJavaIoFileIsRefusedWithFileAndLine() throws IOException {
        Path folder = copy(shipped, work.resolve("file"));
        int line = appendRule(folder.resolve("budget.drl"), "Delete a file",
                "new java.io.File(\"/tmp/koers-analyst\").delete();");

        CliRun run = CliRun.of("check", portfolio.toString(), "--rules", folder.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).containsPattern("(?m)^budget\\.drl:" + line + "\\b.*java\\.io\\.File");
        assertNoStackTrace(run.err());
    }

    @Test
    void validateOfAMissingOrEmptyFolderIsAnError() throws IOException {
        Path missing = work.resolve("no-such-rules");
        CliRun run = CliRun.of("rules", "validate", missing.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(missing.toString(), "no such folder");

        Path empty = Files.createDirectories(work.resolve("empty-for-validate"));
        CliRun onEmpty = CliRun.of("rules", "validate", empty.toString());
        assertThat(onEmpty.exitCode()).isEqualTo(2);
        assertThat(onEmpty.out()).contains(empty.toString(), "holds no rule files", "koers rules init");
    }

    @Test
    void evaluateWithAMissingRulesFolderIsInvalidInput() {
        Path missing = work.resolve("no-such-rules");
        CliRun run = CliRun.of("evaluate", portfolio.toString(), "--rules", missing.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(missing.toString(), "no such folder").doesNotContain("--debug");
    }

    @Test
    void evaluateWithAnEmptyRulesFolderIsInvalidInput() throws IOException {
        Path empty = Files.createDirectories(work.resolve("empty-for-evaluate"));
        CliRun run = CliRun.of("evaluate", portfolio.toString(), "--rules", empty.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(empty.toString(), "holds no rule files").doesNotContain("--debug");
    }

    @Test
    void rulesTestOfAMissingFolderIsInvalidInput() {
        Path missing = work.resolve("no-such-rules");
        CliRun run = CliRun.of("rules", "test", missing.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(missing.toString(), "no such folder").doesNotContain("--debug");
    }

    @Test
    void explainOfAnUnknownActionListsTheActions() {
        CliRun run = CliRun.of("explain", "9");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("koers: no action '9'; the actions are 1, 2, 3, 4, 5" + System.lineSeparator());
    }

    @Test
    void explainInEnglishNamesTheRulesAndWhereTheyAreWritten() {
        CliRun run = CliRun.of("explain", "1", "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Action 1 Handelsmissies: achieved")
                .containsPattern("rule: Action with every target achieved is achieved \\(actions\\.drl:\\d+\\)")
                .containsPattern("rule: Quantity target met \\(targets\\.drl:\\d+\\)")
                .contains("reason: ", "facts: ", "figures: ");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** The files of the shipped rule set, as listed in its ruleset.txt. */
    static List<String> shippedFiles() throws IOException {
        return new String(shippedBytes("ruleset.txt"), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    static byte[] shippedBytes(String file) throws IOException {
        try (InputStream in = AnalystWorkflowTest.class.getResourceAsStream("/nl/koers/rules/" + file)) {
            assertThat(in).as("shipped resource " + file).isNotNull();
            return in.readAllBytes();
        }
    }

    /** The scenarios in DIR/scenarios: a file holds one ({@code scenario:}) or a list ({@code - scenario:}). */
    static int scenarioCount(Path ruleSet) throws IOException {
        Pattern scenario = Pattern.compile("(?m)^(- )?scenario:");
        int count = 0;
        try (Stream<Path> files = Files.list(ruleSet.resolve("scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                count += (int) scenario.matcher(Files.readString(file)).results().count();
            }
        }
        assertThat(count).isPositive();
        return count;
    }

    /** Sets a numeric cell (1-based spreadsheet row, 0-based column) after checking its shipped value. */
    static void setCell(Path workbook, int row, int column, double expected, double value) throws IOException {
        Workbook book;
        try (InputStream in = Files.newInputStream(workbook)) {
            book = WorkbookFactory.create(in);
        }
        try (book) {
            Sheet sheet = book.getSheetAt(0);
            Cell cell = sheet.getRow(row - 1).getCell(column);
            assertThat(cell.getNumericCellValue()).as(workbook.getFileName() + " row " + row + " column " + column)
                    .isEqualTo(expected);
            cell.setCellValue(value);
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
    }

    /** Appends a rule whose consequence is one statement; returns the line of that statement. */
    static int appendRule(Path drl, String name, String statement) throws IOException {
        List<String> lines = Files.readAllLines(drl);
        String rule = String.join("\n", "", "rule \"" + name + "\"", "when", "    $d : Peildatum( )", "then",
                "    " + statement, "end", "");
        Files.writeString(drl, String.join("\n", lines) + "\n" + rule);
        List<String> after = Files.readAllLines(drl);
        return indexOf(after, statement) + 1;
    }

    static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with '" + text + "'");
    }

    static String tableProblem(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in:\n" + out));
    }

    static String lastLine(String out) {
        List<String> lines = out.lines().toList();
        assertThat(lines).as("output").isNotEmpty();
        return lines.get(lines.size() - 1);
    }

    static void assertNoStackTrace(String err) {
        assertThat(err).doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(").doesNotContain("Exception")
                .doesNotContain("internal error");
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(source -> {
                try {
                    Files.copy(source, to.resolve(from.relativize(source).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
