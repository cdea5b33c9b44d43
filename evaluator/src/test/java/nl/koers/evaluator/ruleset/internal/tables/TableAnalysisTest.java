package nl.koers.evaluator.ruleset.internal.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.ruleset.internal.load.RuleFile;
import nl.koers.evaluator.ruleset.internal.load.RuleFiles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of the issue: a gap or overlap deliberately introduced in a shipped table is reported
 * with the table's file and the rows involved. Each copy changes one or two cells, at the row and column
 * LibreOffice shows (1-based).
 */
class TableAnalysisTest {

    private static final String BANDS = "voortgangsbanden.drl.xlsx";
    private static final String MONEY = "geldkleur.drl.xlsx";
    private static final String MANDATE = "gs-mandaat.drl.xlsx";
    private static final String BUDGET = "begrotingswijziging.drl.xlsx";
    private static final String DUE_DATE = "einddatum.drl.xlsx";

    private static final int E = 5;
    private static final int F = 6;
    private static final int G = 7;
    private static final int H = 8;
    private static final int I = 9;
    private static final int J = 10;

    @Test
    void theShippedTablesHaveNoProblems() {
        List<RuleFile> tables = RuleFiles.shipped().rules().stream().filter(RuleFile::isTable).toList();

        assertThat(tables).extracting(RuleFile::name).containsExactlyInAnyOrder(BANDS, "geldkleur-grondslag.drl.xlsx",
                MONEY, MANDATE, BUDGET, DUE_DATE);
        for (RuleFile table : tables) {
            assertThat(TableAnalysis.analyse(table)).as(table.name()).isEmpty();
        }
    }

    /** The README's example: at the due date, 98 % or more of the planned growth is aandacht, less is uit koers. */
    private static final Change[] TOLERANCE = {cell(12, F, 0.98), cell(13, 2, "Quantity target at 98 % or more at its due date is at risk"),
            cell(13, 3, "300"), cell(13, 4, "true"), cell(13, E, 0.98), cell(13, G, "AT_RISK")};

    @Test
    void aToleranceBandAtTheDueDateLeavesNoGapAndNoOverlap() {
        assertThat(TableAnalysis.analyse(changed(DUE_DATE, TOLERANCE))).isEmpty();
    }

    @Test
    void aToleranceBandAddedWithoutNarrowingTheShippedRowOverlapsIt() {
        Change[] onlyTheNewRow = java.util.Arrays.copyOfRange(TOLERANCE, 1, TOLERANCE.length);

        assertThat(TableAnalysis.analyse(changed(DUE_DATE, onlyTheNewRow))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(DUE_DATE);
            assertThat(p.code()).isEqualTo(RuleProblem.Code.TABLE_OVERLAP);
            assertThat(p.rules()).contains("Quantity target not met by its due date");
        });
    }

    @Test
    void raisingTheOnTrackBandLeavesAGapBelowIt() {
        List<RuleProblem> problems = TableAnalysis.analyse(changed(BANDS, cell(12, E, 0.95)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo(BANDS);
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.code()).isEqualTo(RuleProblem.Code.TABLE_GAP);
            assertThat(p.message()).contains("no row decides a ratio of 0.92", "the nearest rows are 12 (", "and 13 (");
        });
    }

    @Test
    void raisingTheAtRiskUpperBoundOverlapsTheOnTrackBand() {
        List<RuleProblem> problems = TableAnalysis.analyse(changed(BANDS, cell(13, F, 0.95)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(BANDS);
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.code()).isEqualTo(RuleProblem.Code.TABLE_OVERLAP);
            assertThat(p.rule()).isEqualTo("Quantity target between 75 % and 90 % of the expected progress is at risk");
            assertThat(p.rules()).containsExactly(p.rule(), "Quantity target at 90 % or more of the expected progress is on track");
            assertThat(p.message()).startsWith("rows 12 and 13 overlap: both decide ratio 0.92");
        });
    }

    @Test
    void aBandThatExcludesItselfCanNeverFire() {
        List<RuleProblem> problems = TableAnalysis.analyse(changed(BANDS, cell(13, E, 0.95)));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.column()).isEqualTo(F);
            assertThat(p.code()).isEqualTo(RuleProblem.Code.TABLE_NEVER_FIRES);
            assertThat(p.message()).isEqualTo("row 13 can never fire: ratio >= 0.95 and ratio < 0.9 exclude each other");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("no row decides a ratio of 0.8"));
    }

    @Test
    void aRowWithoutOutcomeDecidesNothing() {
        List<RuleProblem> problems = TableAnalysis.analyse(changed(BANDS, cell(13, G, null)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.code()).isEqualTo(RuleProblem.Code.TABLE_DECIDES_NOTHING);
            assertThat(p.message()).isEqualTo("row 13 decides nothing: all its outcome cells are blank");
        });
    }

    @Test
    void aRuleNameUsedTwiceIsAnError() {
        List<RuleProblem> problems = TableAnalysis.analyse(changed(BANDS,
                cell(13, 2, "Quantity target below 75 % of the expected progress is off track")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(14);
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.code()).isEqualTo(RuleProblem.Code.TABLE_DUPLICATE_NAME);
            assertThat(p.message()).contains("is used by row 13 as well");
        });
    }

    @Test
    void loweringTheRedThresholdInOneRowOnlyOverlapsOrange() {
        List<RuleProblem> problems = TableAnalysis.analyse(changed(MONEY, cell(15, H, 0.08)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(MONEY);
            assertThat(p.line()).isEqualTo(15);
            assertThat(p.code()).isEqualTo(RuleProblem.Code.TABLE_OVERLAP);
            assertThat(p.rules()).containsExactly("Money red above 10 % deviation", "Money orange from 5 % to 10 % deviation");
            assertThat(p.message()).startsWith("rows 14 and 15 overlap: both decide deviation 100000 and share 9 %")
                    .contains("'Money orange from 5 % to 10 % deviation' and 'Money red above 10 % deviation'");
        });
    }

    @Test
    void loweringTheOrangeUpperBoundInOneRowOnlyLeavesAGap() {
        List<RuleProblem> problems = TableAnalysis.analyse(changed(MONEY, cell(14, J, 0.08)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("no row decides deviation 100000 and share 9 %",
                    "the nearest rows are 14 (", "and 15 (");
        });
    }

    @Test
    void loweringTheRedThresholdInBothRowsIsConsistent() {
        assertThat(TableAnalysis.analyse(changed(MONEY, cell(14, J, 0.08), cell(15, H, 0.08)))).isEmpty();
    }

    @Test
    void withoutTheRowForNothingBudgetedThatCaseIsUndecided() {
        List<RuleProblem> problems = TableAnalysis.analyse(changed(MONEY,
                cell(16, 2, null), cell(16, 3, null), cell(16, 4, null), cell(16, 6, null), cell(16, 11, null)));

        assertThat(problems).singleElement().satisfies(p ->
                assertThat(p.message()).contains("no row decides deviation 100000 and no share (nothing budgeted)"));
    }

    @Test
    void aNegativeShareCanNeverFire() {
        List<RuleProblem> problems = TableAnalysis.analyse(changed(MONEY, cell(13, I, 0.0)));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.column()).isEqualTo(I);
            assertThat(p.message()).isEqualTo(
                    "row 13 can never fire: deviationShare < 0 is impossible: deviationShare is never below 0");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("no row decides deviation 100000 and share 2 %"));
    }

    @Test
    void aBudgetRowThatNoLongerAsksWhereTheMoneyComesFromOverlapsTheReserveRows() {
        List<RuleProblem> problems = TableAnalysis.analyse(changed(BUDGET, cell(20, H, null)));

        // issue 12: the reserve rows are now four (outside the jaarverslag, and in it from and before 2018)
        assertThat(problems).hasSize(4).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(BUDGET);
            assertThat(p.line()).isIn(20, 23, 24);
        });
        assertThat(problems).extracting(RuleProblem::message).anySatisfy(m -> assertThat(m)
                .startsWith("rows 18 and 20 overlap: both decide overspent = false, balanceKnown = true, leftOver = true,"
                        + " continues = true, fromReserve = true, continuesStated = true, fromReserveStated = true,"
                        + " jaarverslag = false and covers($s.unspent) = true"));
        assertThat(problems).extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("rows 19 and 20 overlap"))
                .anySatisfy(m -> assertThat(m).startsWith("rows 20 and 23 overlap"))
                .anySatisfy(m -> assertThat(m).startsWith("rows 20 and 24 overlap"));
    }

    @Test
    void aBudgetRowWithMoneyLeftButNoKnownBalanceCanNeverFire() {
        List<RuleProblem> problems = TableAnalysis.analyse(changed(BUDGET, cell(15, F, "true")));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(15);
            assertThat(p.message()).startsWith("row 15 can never fire: no possible figures meet all its conditions");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message())
                .contains("no row decides balanceKnown = false", "the nearest rows are 14 (", "and 16 ("));
    }

    @Test
    void aSecondMandateOverlapsTheFirst() {
        List<RuleProblem> problems = TableAnalysis.analyse(changed(MANDATE,
                cell(13, 2, "GS decide alone up to half a million"), cell(13, 4, 500000.0)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(MANDATE);
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.message()).startsWith("rows 12 and 13 overlap: both decide everything");
        });
    }

    @Test
    void aSemicolonSeparatedTableIsAnalysedTheSameWay() {
        String csv = """
                RuleSet;nl.koers.rules
                Import;nl.koers.model.TargetProgress
                
                RuleTable Banden
                NAME;CONDITION;CONDITION;CONDITION;ACTION
                ;$p : TargetProgress...;...;...;
                ;banded == $param;ratio >= $paramB;ratio < $paramB;System.out.println("$param");
                Regel;In uitvoering;Vanaf;Onder;Status
                on track;true;0.9;;ON_TRACK
                at risk;true;0.85;0.9;AT_RISK
                off track;true;;0.75;OFF_TRACK
                """;
        List<RuleProblem> problems = TableAnalysis.analyse(new RuleFile("banden.drl.csv",
                csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("banden.drl.csv");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("table 'Banden': no row decides a ratio of 0.8;"
                    + " the nearest rows are 10 ('at risk') and 11 ('off track')");
        });
        assertThat(TableAnalysis.analyse(new RuleFile("banden.drl.csv",
                csv.replace("0.85", "0.75").getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void aColumnThatCannotBeAnalysedIsAWarningAndStillChecksForDuplicates() {
        String csv = """
                RuleSet;nl.koers.rules
                RuleTable Soort
                NAME;CONDITION;ACTION
                ;$p : TargetProgress;
                ;targetId matches $param;System.out.println("$param");
                Regel;Doel;Uitkomst
                first;"1[ab]";A
                second;"1[ab]";B
                third;2;C
                """;
        List<RuleProblem> problems = TableAnalysis.analyse(new RuleFile("soort.drl.csv",
                csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).satisfies(p -> {
            assertThat(p.severity()).isEqualTo(RuleProblem.Severity.WARNING);
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.code()).isEqualTo(RuleProblem.Code.TABLE_UNCHECKED);
            assertThat(p.message()).contains("column B of table 'Soort' could not be analysed");
        });
        assertThat(problems.get(1)).satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.code()).isEqualTo(RuleProblem.Code.TABLE_OVERLAP);
        });
    }

    @Test
    void aDamagedSpreadsheetIsOneErrorNamingTheFile() {
        List<RuleProblem> problems = TableAnalysis.analyse(new RuleFile("kapot.drl.xlsx",
                "not a spreadsheet".getBytes(StandardCharsets.UTF_8)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo("kapot.drl.xlsx");
            assertThat(p.code()).isEqualTo(RuleProblem.Code.TABLE_UNREADABLE);
            assertThat(p.message()).startsWith("cannot be read as a spreadsheet");
        });
    }

    // ---- copies of shipped tables with changed cells

    private record Change(int row, int column, Object value) {
    }

    /** Row and column as LibreOffice shows them; a null value blanks the cell. */
    private static Change cell(int row, int column, Object value) {
        return new Change(row, column, value);
    }

    private static RuleFile changed(String name, Change... changes) {
        RuleFile shipped = RuleFiles.shipped().file(name).orElseThrow();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(shipped.content()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Change change : changes) {
                Row row = sheet.getRow(change.row - 1) != null ? sheet.getRow(change.row - 1) : sheet.createRow(change.row - 1);
                Cell cell = row.getCell(change.column - 1);
                if (change.value == null) {
                    if (cell != null) {
                        row.removeCell(cell);
                    }
                    continue;
                }
                cell = cell != null ? cell : row.createCell(change.column - 1);
                if (change.value instanceof Double d) {
                    cell.setCellValue(d);
                } else {
                    cell.setCellValue(change.value.toString());
                }
            }
            workbook.write(out);
            return new RuleFile(name, out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
