package nl.koers.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.EvaluationDiff;
import nl.koers.evaluator.Language;
import nl.koers.format.PortfolioReader;
import org.junit.jupiter.api.Test;

/**
 * Every human format shows what the owner reported and what the person responsible set beside the verdict of the
 * rules, every budget change with its years, decider and line, every disagreement with its rule, and the document;
 * and a diff shows those that changed. A portfolio without them reads as before (the cli golden files hold that).
 */
class ReportedRenderingTest {

    private static String render(ReportFormat format, Evaluation evaluation, Language language) {
        StringWriter out = new StringWriter();
        Reports.write(format, evaluation, ReportSettings.defaults(language), out);
        return out.toString();
    }

    private static String diff(ReportFormat format, EvaluationDiff diff, Language language) {
        StringWriter out = new StringWriter();
        Reports.writeDiff(format, diff, ReportSettings.defaults(language), out);
        return out.toString();
    }

    @Test
    void theTextReportShowsReportsOverridesChangesAndDisagreements() {
        String text = render(ReportFormat.text, ReportedFixtures.withFindings(), Language.DUTCH);

        assertThat(text).contains(
                "Document: jaarverslag",
                "Gerapporteerd door de eigenaar: op koers (Monitor 2018-II, 31 december 2018, afdeling EMT): “Geen afwijking.”",
                "Vastgesteld: behaald (berekend: op koers) (J. Jansen, 1 februari 2019); reden: Het exportbureau draait zelfstandig.",
                "Vastgesteld: groen (berekend: oranje) (afdelingshoofd); reden: De liaison-officers zijn aangesteld; de meting volgt.",
                "Gerapporteerd door de eigenaar: inhoud groen, financiën oranje (Jaarverslag 2018, 31 december 2018)",
                "Begrotingswijzigingen:",
                "  - GS-begrotingswijziging van € 109.000 uit Reserve uitvoering Kwaliteit van Overijssel naar jaarschijf 2019; besluit GS",
                "  - Vooraankondiging resultaatbestemming van € 1.330.000 uit algemene middelen naar jaarschijf 2022, verdeeld over "
                        + "2022 € 900.000, 2023 € 430.000; besluit PS; begrotingslijn investering",
                "Verschillen met de rapportage:",
                "  - Verschil met de rapportage bij actie 1: berekend behaald, gerapporteerd op koers",
                "    regel: Action reported otherwise than the rules decide");
        assertThat(text).doesNotContain("Begrotingswijziging: ");
    }

    @Test
    void englishSaysTheSame() {
        String text = render(ReportFormat.text, ReportedFixtures.withFindings(), Language.ENGLISH);

        assertThat(text).contains("Reported by the owner: on track (Monitor 2018-II, 31 December 2018, afdeling EMT)",
                "Set: achieved (computed: on track)", "Budget changes:", "split over 2022 €900,000, 2023 €430,000",
                "decided by PS; budget line investering", "Disagreement with the report on action 1: computed achieved, "
                        + "reported on track");
    }

    @Test
    void oneUsualBudgetChangeIsWrittenAsItAlwaysWas() {
        Evaluation reported = ReportedFixtures.evaluated();

        assertThat(Findings.single(reported)).isTrue();
        assertThat(render(ReportFormat.text, reported, Language.DUTCH))
                .contains("Begrotingswijziging: GS-begrotingswijziging van € 109.000")
                .doesNotContain("Begrotingswijzigingen")
                // the fixture reports action 1 on track where the rules find it achieved: a real disagreement
                .contains("Verschillen met de rapportage");
    }

    @Test
    void markdownHtmlAndCsvShowThemToo() {
        Evaluation evaluation = ReportedFixtures.withFindings();

        assertThat(render(ReportFormat.markdown, evaluation, Language.DUTCH)).contains(
                "Document: jaarverslag",
                "Gerapporteerd door de eigenaar: op koers (Monitor 2018-II, 31 december 2018, afdeling EMT)",
                "Vastgesteld: behaald (berekend: op koers)",
                "- Inhoudelijke kleur: Vastgesteld: groen (berekend: oranje)",
                "Begrotingswijzigingen:",
                "verdeeld over 2022 € 900.000, 2023 € 430.000; besluit PS; begrotingslijn investering",
                "### Verschillen met de rapportage",
                "(regel: Action reported otherwise than the rules decide)");
        assertThat(render(ReportFormat.html, evaluation, Language.DUTCH)).contains(
                "<dt>Document</dt><dd>jaarverslag</dd>",
                "<p class=\"reported\">Gerapporteerd door de eigenaar: op koers",
                "<p class=\"override\">Vastgesteld: behaald (berekend: op koers)",
                "<p class=\"override\">Vastgesteld: groen (berekend: oranje)",
                "Begrotingswijzigingen",
                "<div class=\"disagreement\">",
                "regel: Action reported otherwise than the rules decide");
        String csv = render(ReportFormat.csv, evaluation, Language.DUTCH);
        assertThat(csv).contains(
                "5.4.2,1,Handelsmissies,behaald,,,,,,,,,,\"Gerapporteerd door de eigenaar: op koers",
                "5.4.2,2,Exportbureau China,op koers,,,,,,,,,,\"Vastgesteld: behaald (berekend: op koers)",
                "5.4.2,,,,,,,,,,,,,Inhoudelijke kleur: Vastgesteld: groen (berekend: oranje)",
                "begrotingslijn investering",
                "5.4.2,1,,,,,,,,,,,,\"Verschil met de rapportage bij actie 1: berekend behaald, gerapporteerd op koers.");
    }

    @Test
    void theDiffShowsANewOverrideNewBudgetChangesAndANewDisagreement() {
        Evaluation before = ReportedFixtures.EVALUATOR.evaluate(PortfolioReader.readDefault());
        EvaluationDiff diff = EvaluationDiff.between(before, ReportedFixtures.withFindings());

        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.budgetChange().changed()).isFalse();
        assertThat(diff.budgetChanges().changed()).isTrue();
        assertThat(diff.disagreements()).singleElement().satisfies(d -> assertThat(d.from()).isNull());
        assertThat(diff.override().added()).isTrue();
        String text = diff(ReportFormat.text, diff, Language.DUTCH);
        assertThat(text).contains(
                "Actie 2 Exportbureau China: op koers (ongewijzigd)",
                "  vastgestelde status: nieuw (behaald; reden: Het exportbureau draait zelfstandig.)",
                "Begrotingswijzigingen: GS-begrotingswijziging van € 109.000 uit Reserve uitvoering Kwaliteit van Overijssel "
                        + "naar jaarschijf 2019; besluit GS; begrotingslijn exploitatie → GS-begrotingswijziging",
                "Vastgesteld: nieuw (inhoud groen; reden: De liaison-officers zijn aangesteld; de meting volgt.)",
                "nieuw verschil met de rapportage bij actie 1: berekend behaald, gerapporteerd op koers");
        assertThat(diff(ReportFormat.markdown, diff, Language.ENGLISH)).contains(
                "status set: new (achieved; reason: Het exportbureau draait zelfstandig.)",
                "new disagreement with the report on action 1");
        assertThat(diff(ReportFormat.html, diff, Language.DUTCH)).contains("<li class=\"override\">",
                "<p class=\"disagreement\">nieuw verschil met de rapportage bij actie 1");
        assertThat(diff(ReportFormat.csv, diff, Language.DUTCH)).contains(
                "5.4.2,2,,vastgestelde status,,behaald; reden: Het exportbureau draait zelfstandig.,",
                "5.4.2,1,,verschil met de rapportage,,behaald / op koers,",
                "5.4.2,,,begrotingswijzigingen,");
    }

    @Test
    void aLiftedOverrideAndAResolvedDisagreementAreChangesToo() {
        EvaluationDiff diff = EvaluationDiff.between(ReportedFixtures.withFindings(),
                ReportedFixtures.EVALUATOR.evaluate(PortfolioReader.readDefault()));

        assertThat(diff(ReportFormat.text, diff, Language.DUTCH)).contains(
                "vastgestelde status: verwijderd (was behaald; reden: Het exportbureau draait zelfstandig.)",
                "geen verschil meer met de rapportage bij actie 1 (was: berekend behaald, gerapporteerd op koers)");
    }
}
