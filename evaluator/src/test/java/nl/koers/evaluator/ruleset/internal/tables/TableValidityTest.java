package nl.koers.evaluator.ruleset.internal.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleProblem.Code;
import nl.koers.evaluator.ruleset.internal.load.RuleFile;
import org.junit.jupiter.api.Test;

/**
 * Validity dates (DATE-EFFECTIVE, DATE-EXPIRES) in {@code koers rules validate}: time is one more dimension of a
 * table. Two rows only overlap when they are in force at the same time, and a stretch of time in which no row decides
 * a case is a gap, reported with an example date, like a gap in bands.
 */
class TableValidityTest {

    /** A band table with an on-track row for all time and off-track rows valid as {@code offTrack} says. */
    private static String bands(String... offTrack) {
        StringBuilder csv = new StringBuilder("""
                RuleSet;nl.koers.rules
                Import;nl.koers.model.TargetProgress

                RuleTable Banden
                NAME;CONDITION;CONDITION;ACTION;DATE-EFFECTIVE;DATE-EXPIRES
                ;$p : TargetProgress...;...;;;
                ;ratio >= $paramB;ratio < $paramB;System.out.println("$param");;
                Regel;Vanaf;Onder;Status;Geldig vanaf;Geldig tot
                on track;0.9;;ON_TRACK;;
                """);
        for (String row : offTrack) {
            csv.append(row).append('\n');
        }
        return csv.toString();
    }

    private static List<RuleProblem> analyse(String csv) {
        return TableAnalysis.analyse(new RuleFile("banden.drl.csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rowsThatFollowEachOtherInTimeNeitherOverlapNorLeaveAGap() {
        assertThat(analyse(bands("off track until 2018;;0.9;OFF_TRACK;;2018-01-01",
                "off track from 2018;;0.9;OFF_TRACK;2018-01-01;"))).isEmpty();
    }

    @Test
    void rowsWithTheSameConditionsOverlapOnlyWhileBothAreInForce() {
        List<RuleProblem> problems = analyse(bands("off track until 2019;;0.9;OFF_TRACK;;2019-01-01",
                "off track from 2018;;0.9;OFF_TRACK;2018-01-01;"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.TABLE_OVERLAP);
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.rules()).containsExactly("off track from 2018", "off track until 2019");
            assertThat(p.message()).startsWith("rows 10 and 11 overlap: both decide ratio 0.89 on 2018-");
        });
    }

    @Test
    void aStretchOfTimeWithoutARowIsAGapWithAnExampleDate() {
        List<RuleProblem> problems = analyse(bands("off track until 2018;;0.9;OFF_TRACK;;2018-01-01",
                "off track from 2019;;0.9;OFF_TRACK;2019-01-01;"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.TABLE_GAP);
            assertThat(p.file()).isEqualTo("banden.drl.csv");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("table 'Banden': no row decides a ratio of 0.89 on 2018-01-01;"
                    + " the nearest rows are 10 ('off track until 2018') and 11 ('off track from 2019')");
        });
    }

    @Test
    void rowsThatAreAllDatedLeaveNoGapBetweenTheFirstEffectiveAndTheLastExpiresDate() {
        String table = """
                RuleSet;nl.koers.rules
                Import;nl.koers.model.GsMandaat
                RuleTable Mandaat
                NAME;ACTION;DATE-EFFECTIVE;DATE-EXPIRES
                ;;;
                ;System.out.println("$param");;
                Regel;Mandaat;Vanaf;Tot
                mandate 2016;100000;2016-01-01;2017-01-01
                mandate 2018;1000000;2018-01-01;2020-01-01
                """;

        List<RuleProblem> problems = analyse(table);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.TABLE_GAP);
            assertThat(p.message()).isEqualTo("table 'Mandaat': no row decides any case on 2017-01-01;"
                    + " the nearest rows are 8 ('mandate 2016') and 9 ('mandate 2018')");
        });
        assertThat(analyse(table.replace("2017-01-01", "2018-01-01"))).isEmpty();
    }

    @Test
    void aRowThatExpiresBeforeItTakesEffectIsAnError() {
        List<RuleProblem> problems = analyse(bands("off track;;0.9;OFF_TRACK;2019-01-01;2018-01-01"));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(Code.BAD_DATE);
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.column()).isEqualTo(6);
            assertThat(p.rule()).isEqualTo("off track");
            assertThat(p.message()).isEqualTo("row 10 expires on 2018-01-01, before it takes effect (2019-01-01), so it"
                    + " is never in force; DATE-EXPIRES is the first day a row no longer applies. Maybe the dates are swapped?");
        });
    }

    @Test
    void aDateCellThatIsNoDateIsAnErrorAtItsCell() {
        List<RuleProblem> problems = analyse(bands("off track;;0.9;OFF_TRACK;1 januari 2018;"));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(Code.BAD_DATE);
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.column()).isEqualTo(5);
            assertThat(p.message()).isEqualTo("'1 januari 2018' in column E of table 'Banden' is not a date; write it as"
                    + " 2018-01-01 (year-month-day)");
        });
    }

    @Test
    void droolsOwnDateMaskIsReadToo() {
        assertThat(analyse(bands("off track until 2018;;0.9;OFF_TRACK;;1-Jan-2018",
                "off track from 2018;;0.9;OFF_TRACK;2018-01-01;"))).isEmpty();
    }
}
