package nl.koers.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Colour;
import nl.koers.model.Status;
import org.junit.jupiter.api.Test;

/** Issue 12: the owner's report as evidence, disagreements, and overrides kept beside the verdict of the rules. */
class ReportedEvaluationTest {

    private static final Evaluator EVALUATOR = Evaluator.create(RuleSource.builtIn());

    private static final String PAGE = """
            format: koers/v1
            performance:
              code: "9.9.9"
              title: "Proef"
              period: { start: 2018-01-01, end: 2018-12-31 }
              reported: { content: green, source: "Jaarverslag 2018", by: "afdeling EMT" }
              override: { content: orange, reason: "Eén mijlpaal is te laat.", by: "gedeputeerde", date: 2019-02-01 }
            actions:
              - id: "1"
                reported: { status: on-track, source: "Jaarverslag 2018", date: 2018-12-31 }
                override: { status: achieved, reason: "In januari alsnog gehaald.", by: "gedeputeerde", date: 2019-02-01 }
                targets: [ { id: "1a", kind: milestone, due: 2018-06-30 } ]
                measurements: [ { target: "1a", date: 2018-12-31, done: false } ]
              - id: "2"
                reported: { status: on-track, text: "Geen afwijking.", source: "Monitor 2018-II" }
                targets: [ { id: "2a", kind: milestone } ]
            """;

    private static final Evaluation EVALUATION = EVALUATOR.evaluate(
            PortfolioReader.read("page.yaml", PAGE.getBytes(StandardCharsets.UTF_8)));

    @Test
    void theMeasurementDecidesAndTheReportDisagrees() {
        ActionOutcome one = EVALUATION.actions().get(0);

        assertThat(one.statusValue()).isEqualTo(Status.OFF_TRACK);
        assertThat(EVALUATION.disagreements()).extracting(d -> d.finding().subject() + " " + d.finding().computed()
                + "/" + d.finding().reported()).containsExactlyInAnyOrder("action 1 off-track/on-track",
                "content red/green");
        assertThat(EVALUATION.explain(EVALUATION.disagreements().get(0).finding(), Language.DUTCH))
                .isEqualTo("De regels beoordelen actie 1 als uit koers, de eigenaar rapporteert op koers "
                        + "(Jaarverslag 2018, 2018-12-31); beide worden getoond.");
    }

    @Test
    void aTargetWithoutAMeasurementTakesTheReportedStatusExplainedAsTheOwnersReport() {
        ActionOutcome two = EVALUATION.actions().get(1);

        assertThat(two.statusValue()).isEqualTo(Status.ON_TRACK);
        TargetOutcome target = two.targets().get(0);
        assertThat(target.assessment().rule()).isEqualTo("Target without a measurement takes the status the owner reports");
        assertThat(EVALUATION.explain(target.assessment().finding(), Language.DUTCH))
                .isEqualTo("Doel 2a heeft geen meting op of vóór de peildatum 31 december 2018; op grond van de "
                        + "rapportage van de eigenaar (Monitor 2018-II) is het op koers.");
        assertThat(EVALUATION.explain(target.assessment().finding(), Language.ENGLISH))
                .contains("on the strength of the owner's report (Monitor 2018-II) it is on track");
    }

    @Test
    void anOverrideIsKeptBesideTheComputedVerdictAndNeverReplacesIt() {
        ActionOutcome one = EVALUATION.actions().get(0);

        assertThat(one.statusValue()).isEqualTo(Status.OFF_TRACK);
        assertThat(one.finalStatus()).isEqualTo(Status.ACHIEVED);
        assertThat(EVALUATION.content().finding().colour()).isEqualTo(Colour.RED);
        assertThat(EVALUATION.finalContent()).isEqualTo(Colour.ORANGE);
        assertThat(EVALUATION.finalMoney()).isEqualTo(EVALUATION.money().finding().colour());
        assertThat(EVALUATION.moneyOverride()).isEmpty();
        assertThat(EVALUATION.overrides()).extracting(o -> o.subject() + " " + o.computed().code() + "/"
                + o.decided().code()).containsExactly("action 1 off-track/achieved", "content red/orange");
        assertThat(EVALUATION.explain(EVALUATION.overrides().get(0), Language.DUTCH))
                .isEqualTo("Overrule van actie 1: de regels zeggen uit koers, de verantwoordelijke stelt behaald vast, "
                        + "door gedeputeerde op 1 februari 2019: In januari alsnog gehaald.");
    }
}
