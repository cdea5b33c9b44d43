package nl.koers.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.koers.model.Portfolio;
import nl.koers.model.Status;
import nl.koers.model.TargetAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, the targets of real cycles, evaluated and explained with the shipped rules in both languages: a
 * planned path, the due-date tolerance (with an analyst's band), a revised streefwaarde, an estimate with a bound,
 * an age limit, a norm, "-" not reported, a range, "p.m." and the at-most defect.
 */
class TargetCyclesTest {

    private static final Evaluator SHIPPED = Evaluator.create(RuleSource.builtIn());

    @TempDir
    Path dir;

    /** A one-action portfolio of 2020 with {@code target} and {@code measurement}, both written as YAML flow mappings. */
    private static Portfolio portfolio(String target, String measurement) {
        return RuleFolders.portfolio("cycles.yaml", """
                format: koers/v1
                performance: { code: "T", title: "T", period: { start: 2020-01-01, end: 2020-12-31 } }
                actions:
                  - id: "1"
                    targets: [ %s ]
                    measurements: [ %s ]
                """.formatted(target, measurement));
    }

    private record Verdict(Status status, String dutch, String english) {
    }

    private static Verdict verdict(Evaluator evaluator, Portfolio portfolio, LocalDate peildatum) {
        Evaluation e = evaluator.evaluate(portfolio, peildatum);
        TargetAssessment finding = e.actions().get(0).targets().get(0).assessment().finding();
        return new Verdict(finding.status(), e.explain(finding, Language.DUTCH), e.explain(finding, Language.ENGLISH));
    }

    private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);

    @Test
    void aFigureOnThePlannedPathIsOnTrackAndTheExplanationSaysSo() {
        Verdict v = verdict(SHIPPED, portfolio("""
                { id: "1a", kind: quantity, direction: at-least, value: 9600, start: 2013-01-01, due: 2027-12-31,
                  path: [ { date: 2020-12-31, value: 4450 } ] }""", """
                { target: "1a", date: 2020-12-31, value: 4450 }"""), END_2020);

        assertThat(v.status()).isEqualTo(Status.ON_TRACK);
        assertThat(v.dutch()).contains("4.450 verwacht", "100%", "volgt het geplande pad (tussenwaarden)");
        assertThat(v.english()).contains("follows the planned path");
    }

    @Test
    void fiveThousandSixHundredOfFiveThousandSevenHundredAtTheDueDateIsOffTrackWithTheShippedTable() {
        Verdict v = verdict(SHIPPED, portfolio("""
                { id: "1a", kind: quantity, direction: at-least, value: 5700 }""", """
                { target: "1a", date: 2020-12-31, value: 5600 }"""), END_2020);

        assertThat(v.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(v.dutch()).isEqualTo("Gerealiseerd 5.600 tegen een streefwaarde van minimaal 5.700; de einddatum "
                + "31 december 2020 is bereikt zonder dat het doel is gehaald.");
    }

    @Test
    void anAnalystsToleranceBandMakesNinetyEightPercentAtTheDueDateAtRisk() {
        Path folder = RuleFolders.shippedCopy(dir.resolve("marge"));
        Path table = folder.resolve("einddatum.drl.xlsx");
        RuleFolders.setCell(table, "F12", 0.98);
        RuleFolders.setCell(table, "B13", "Quantity target at 98 % or more at its due date is at risk");
        RuleFolders.setCell(table, "C13", "300");
        RuleFolders.setCell(table, "D13", "true");
        RuleFolders.setCell(table, "E13", 0.98);
        RuleFolders.setCell(table, "G13", "AT_RISK");
        Evaluator tolerant = Evaluator.create(RuleSource.folder(folder));

        Portfolio fiveThousandSixHundred = portfolio("""
                { id: "1a", kind: quantity, direction: at-least, value: 5700 }""", """
                { target: "1a", date: 2020-12-31, value: 5600 }""");
        Portfolio fiveThousand = portfolio("""
                { id: "1a", kind: quantity, direction: at-least, value: 5700 }""", """
                { target: "1a", date: 2020-12-31, value: 5000 }""");

        Evaluation e = tolerant.evaluate(fiveThousandSixHundred, END_2020);
        assertThat(e.actions().get(0).targets().get(0).assessment().rule())
                .isEqualTo("Quantity target at 98 % or more at its due date is at risk");
        assertThat(verdict(tolerant, fiveThousandSixHundred, END_2020).status()).isEqualTo(Status.AT_RISK);
        assertThat(verdict(tolerant, fiveThousand, END_2020).status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void theRevisionInForceCountsAndTheExplanationNamesIt() {
        Verdict v = verdict(SHIPPED, portfolio("""
                { id: "1a", kind: quantity, direction: at-least, value: 6000,
                  revisions: [ { date: 2020-06-01, value: 5700, decision: "Voorjaarsnota 2020" } ] }""", """
                { target: "1a", date: 2020-12-31, value: 5700 }"""), END_2020);

        assertThat(v.status()).isEqualTo(Status.ACHIEVED);
        assertThat(v.dutch()).contains("streefwaarde van minimaal 5.700",
                "De streefwaarde is herzien naar 5.700 per 1 juni 2020 (Voorjaarsnota 2020).");
        assertThat(v.english()).contains("revised to 5,700 as of 1 June 2020 (Voorjaarsnota 2020)");
    }

    @Test
    void anEstimateWithALowerBoundSaysNaarVerwachting() {
        Verdict v = verdict(SHIPPED, portfolio("""
                { id: "1a", kind: quantity, direction: at-least, value: 4450 }""", """
                { target: "1a", date: 2020-12-31, value: 4500, bound: more-than, estimate: true }"""), END_2020);

        assertThat(v.status()).isEqualTo(Status.ACHIEVED);
        assertThat(v.dutch()).contains("Gerealiseerd meer dan 4.500", "naar verwachting");
        assertThat(v.english()).contains("more than 4,500", "expected (an estimate)");
    }

    @Test
    void aQuantityFigureTwoYearsOldIsUnknownAndTheExplanationGivesItsDateAndAge() {
        Verdict v = verdict(SHIPPED, portfolio("""
                { id: "1a", kind: quantity, direction: at-least, value: 100, start: 2018-01-01, maxAge: P12M }""", """
                { target: "1a", date: 2018-12-31, value: 100 }"""), END_2020);

        assertThat(v.status()).isEqualTo(Status.UNKNOWN);
        assertThat(v.dutch()).contains("meting van 31 december 2018, 2 jaar oud", "hoogstens 12 maanden");
        assertThat(v.english()).contains("measured on 31 December 2018, 2 years old");
    }

    @Test
    void aDashIsNotReported() {
        Verdict v = verdict(SHIPPED, portfolio("""
                { id: "1a", kind: quantity, direction: at-least, value: 100 }""", """
                { target: "1a", date: 2020-12-31, value: "-" }"""), END_2020);

        assertThat(v.status()).isEqualTo(Status.UNKNOWN);
        assertThat(v.dutch()).contains("niet gerapporteerd");
        assertThat(v.english()).contains("not reported");
    }

    @Test
    void aTargetRelativeToANormIsHeldAgainstTheNormsValue() {
        Verdict v = verdict(SHIPPED, portfolio("""
                { id: "1a", kind: quantity, direction: at-least, norm: "landelijk gemiddelde 2020" }""", """
                { target: "1a", date: 2020-12-31, value: 53.1, normValue: 52.3 }"""), END_2020);

        assertThat(v.status()).isEqualTo(Status.ACHIEVED);
        assertThat(v.dutch()).contains("streefwaarde van minimaal 52,3", "de norm landelijk gemiddelde 2020: 52,3");
    }

    @Test
    void aRangeAndAStreefwaardeProMemorie() {
        Verdict range = verdict(SHIPPED, portfolio("""
                { id: "1a", kind: quantity, direction: within, value: 500, upper: 3000, unit: TJ }""", """
                { target: "1a", date: 2020-12-31, value: 1200 }"""), END_2020);
        Verdict pm = verdict(SHIPPED, portfolio("""
                { id: "1a", kind: quantity, direction: at-least, value: "p.m." }""", """
                { target: "1a", date: 2020-12-31, value: 12 }"""), END_2020);

        assertThat(range.status()).isEqualTo(Status.ACHIEVED);
        assertThat(range.dutch()).contains("het bereik van 500 tot en met 3.000");
        assertThat(pm.status()).isEqualTo(Status.UNKNOWN);
        assertThat(pm.dutch()).contains("nog geen streefwaarde (p.m.)");
        assertThat(pm.english()).contains("no streefwaarde yet (p.m.)");
    }

    @Test
    void elevenPercentAgainstAtMostFivePercentIsOffTrackNotTwoHundredAndNinetyFourPercent() {
        Verdict v = verdict(SHIPPED, portfolio("""
                { id: "1a", kind: quantity, direction: at-most, value: 5, unit: "%" }""", """
                { target: "1a", date: 2020-06-30, value: 11 }"""), LocalDate.of(2020, 6, 30));

        assertThat(v.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(v.dutch()).contains("11 tegen 5 verwacht", "0% van de verwachte voortgang").doesNotContain("294");
    }
}
