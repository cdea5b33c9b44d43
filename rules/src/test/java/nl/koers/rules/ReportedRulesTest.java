package nl.koers.rules;

import static nl.koers.rules.ExpectedFinding.actionVerdict;
import static nl.koers.rules.ExpectedFinding.colour;
import static nl.koers.rules.ExpectedFinding.targetVerdict;
import static nl.koers.rules.RuleVerifier.verifyThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.koers.model.Action;
import nl.koers.model.Aspect;
import nl.koers.model.Budget;
import nl.koers.model.Colour;
import nl.koers.model.Disagreement;
import nl.koers.model.Facts;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Measurement;
import nl.koers.model.MilestoneTarget;
import nl.koers.model.Performance;
import nl.koers.model.Portfolio;
import nl.koers.model.ReportedAssessment;
import nl.koers.model.ReportingPeriod;
import nl.koers.model.Status;
import nl.koers.model.StatusOverride;
import org.junit.jupiter.api.Test;

/** reported.drl: the owner's report as evidence where no measurement exists, and disagreements where one does. */
class ReportedRulesTest {

    private static final ReportingPeriod YEAR = new ReportingPeriod(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
    private static final LocalDate PEILDATUM = LocalDate.of(2018, 12, 31);
    private static final ReportedAssessment GEEN_AFWIJKING = new ReportedAssessment(Status.ON_TRACK, null, null,
            LocalDate.of(2018, 6, 30), "Geen afwijking.", "Monitor 2018-I", "afdeling EMT");
    private static final ReportedAssessment INHOUD_G_FINANCIEN_O = new ReportedAssessment(null, Colour.GREEN,
            Colour.ORANGE, null, "Inhoud G, Financiën O", "Monitor 2018-I", null);
    private static final Budget DEVIATION_FOUR_PERCENT = new Budget(Budget.EUR, List.of(new Jaarschijf(2018,
            new BigDecimal("3000000"), new BigDecimal("2880000"), null, false, false, false)));

    private static Action milestone(String id, Boolean done, ReportedAssessment reported, StatusOverride override) {
        MilestoneTarget target = new MilestoneTarget(id + "a", null, null, LocalDate.of(2018, 6, 30));
        List<Measurement> measured = done == null ? List.of()
                : List.of(new Measurement(target.id(), PEILDATUM, null, null, done, null, null));
        return new Action(id, null, null, null, null, List.of(target), measured, reported, override);
    }

    private static List<Object> facts(ReportedAssessment colours, Budget budget, Action... actions) {
        Performance p = new Performance("9.9.9", "Proef", null, null, null, null, null, null, null, null, YEAR, null,
                null, colours, null);
        return Facts.of(new Portfolio(p, List.of(actions), budget), PEILDATUM);
    }

    private static ExpectedFinding<Disagreement> disagreement(String subject, String computed, String reported) {
        return new ExpectedFinding<>(Disagreement.class, subject, d -> d.subject().equals(subject),
                computed + "/" + reported, d -> d.computed().equals(computed) && d.reported().equals(reported));
    }

    @Test
    @Covers("Target without a measurement takes the status the owner reports")
    void aTargetWithoutAMeasurementTakesTheReportedStatus() {
        verifyThat("Target without a measurement takes the status the owner reports")
                .given(facts(null, null, milestone("1", null, GEEN_AFWIJKING, null)))
                .produces(targetVerdict("1a", Status.ON_TRACK).because("target.reported"));
    }

    @Test
    @Covers("Action without targets takes the status the owner reports")
    void anActionWithoutTargetsTakesTheReportedStatus() {
        Action noTargets = new Action("1", null, null, null, null, List.of(), List.of(), GEEN_AFWIJKING, null);
        verifyThat("Action without targets takes the status the owner reports")
                .given(facts(null, null, noTargets))
                .produces(actionVerdict("1", Status.ON_TRACK).because("action.reported"));
    }

    @Test
    @Covers("Content colour from the owner's report when no target is measured")
    void withoutAMeasuredTargetTheReportedContentColourDecides() {
        verifyThat("Content colour from the owner's report when no target is measured")
                .given(facts(INHOUD_G_FINANCIEN_O, null, milestone("1", null, null, null)))
                .produces(colour(Aspect.CONTENT, Colour.GREEN).because("content.reported"));
    }

    @Test
    @Covers("Money colour from the owner's report when no deviation is known")
    void withoutAJaarschijfTheReportedMoneyColourDecides() {
        verifyThat("Money colour from the owner's report when no deviation is known")
                .given(facts(INHOUD_G_FINANCIEN_O, null, milestone("1", null, null, null)))
                .produces(colour(Aspect.MONEY, Colour.ORANGE).because("money.reported"));
    }

    @Test
    @Covers("Action status differs from the owner's report")
    void aMeasuredVerdictOtherThanTheReportIsADisagreement() {
        verifyThat("Action status differs from the owner's report")
                .given(facts(null, null, milestone("1", false, GEEN_AFWIJKING, null)))
                .produces(disagreement("action 1", "off-track", "on-track"));
    }

    @Test
    @Covers("Content colour differs from the owner's report")
    void aMeasuredContentColourOtherThanTheReportIsADisagreement() {
        verifyThat("Content colour differs from the owner's report")
                .given(facts(INHOUD_G_FINANCIEN_O, DEVIATION_FOUR_PERCENT, milestone("1", false, null, null)))
                .produces(disagreement("content", "red", "green"));
    }

    @Test
    @Covers("Money colour differs from the owner's report")
    void aMoneyColourFromFiguresOtherThanTheReportIsADisagreement() {
        verifyThat("Money colour differs from the owner's report")
                .given(facts(INHOUD_G_FINANCIEN_O, DEVIATION_FOUR_PERCENT, milestone("1", true, null, null)))
                .produces(disagreement("money", "green", "orange"));
    }

    @Test
    void anOverrideIsNeverReadByTheRules() {
        StatusOverride achieved = new StatusOverride(Status.ACHIEVED, null, null, "alsnog gehaald", null, null);
        var with = RuleVerifier.fire(facts(null, null, milestone("1", false, null, achieved)));
        var without = RuleVerifier.fire(facts(null, null, milestone("1", false, null, null)));

        assertThat(with.findings(nl.koers.model.Finding.class)).isEqualTo(without.findings(nl.koers.model.Finding.class));
    }
}
