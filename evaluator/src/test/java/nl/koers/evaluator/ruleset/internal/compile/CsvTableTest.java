package nl.koers.evaluator.ruleset.internal.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cells of a CSV decision table are the ones Drools' own parser hands its compiler. */
class CsvTableTest {

    @Test
    void aSemicolonTableIsReadWithItsDecimalCommasAsDroolsReadsItsCommaForm() {
        CsvTable table = CsvTable.read("\uFEFFRuleTable Geld;;\nCONDITION;CONDITION;ACTION\n0,05;\"a;b\";\"zeg \"\"ja\"\"\"\n");

        // commaSeparated ends every line with a line break, so Drools also reads an empty last row
        assertThat(table.rows()).startsWith(
                java.util.List.of("RuleTable Geld", "", ""),
                java.util.List.of("CONDITION", "CONDITION", "ACTION"),
                java.util.List.of("0.05", "a;b", "zeg \"ja\""));
    }

    @Test
    void aRunOfCellsEndingInThreeDotsIsOneMergedCell() {
        CsvTable table = CsvTable.read("RuleTable X\nCONDITION,CONDITION,ACTION\nSaldo...,...,uit\n");

        assertThat(table.merges()).containsExactly(new CsvTable.Merge(2, 0, 1));
        assertThat(table.rows().get(2).get(0)).doesNotEndWith("...");
    }
}
