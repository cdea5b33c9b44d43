package nl.koers.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.koers.model.Action;
import nl.koers.model.Colour;
import nl.koers.model.Looptijd;
import nl.koers.model.Performance;
import nl.koers.model.Portfolio;
import nl.koers.model.ReportedAssessment;
import nl.koers.model.Role;
import nl.koers.model.Status;
import nl.koers.model.StatusOverride;
import org.junit.jupiter.api.Test;

/** Issue 12: the owner's report and overrides, and basic information as pages give it (lists, looptijd as years). */
class ReportedAndBasicInformationTest {

    private static final String PAGE = """
            format: koers/v1
            performance:
              code: "9.9.9"
              title: "Proef"
              portfolioHolder: ["R. de Jong", "M. Visser"]
              role: [facilitator, situational]
              reserve: ["Reserve A", "Reserve B"]
              decision: ["PS/2019/1", "PS/2020/2"]
              duration: "2020/2022"
              period: { start: 2020-01-01, end: 2020-12-31 }
              reported: { content: green, money: orange, date: 2020-06-30, text: "Inhoud G, Financiën O", source: "Monitor 2020-I", by: "afdeling EMT" }
              override: { money: green, reason: "Het tekort is gedekt.", by: "gedeputeerde", date: 2021-02-01 }
            actions:
              - id: "1"
                reported: { status: on-track, date: 2020-06-30, text: "Geen afwijking.", source: "Monitor 2020-I", by: "afdeling EMT" }
                override: { status: achieved, reason: "Alsnog gehaald.", by: "gedeputeerde", date: 2021-01-15 }
                targets: [ { id: "1a", kind: milestone } ]
            """;

    private static Portfolio read(String yaml) {
        return PortfolioReader.read("page.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String error(String yaml) {
        return catchThrowable(() -> read(yaml)).getMessage();
    }

    private static String page(String performanceLine) {
        return """
                format: koers/v1
                performance:
                  code: "9.9.9"
                  title: "Proef"
                  period: { start: 2020-01-01, end: 2020-12-31 }
                """ + "  " + performanceLine + "\n";
    }

    @Test
    void aPageWithListsReportsAndOverridesReads() {
        Portfolio p = read(PAGE);
        Performance performance = p.performance();

        assertThat(performance.portfolioHolders()).containsExactly("R. de Jong", "M. Visser");
        assertThat(performance.portfolioHolder()).isEqualTo("R. de Jong, M. Visser");
        assertThat(performance.roles()).containsExactly(Role.FACILITATOR, Role.SITUATIONAL);
        assertThat(performance.role()).isEqualTo(Role.FACILITATOR);
        assertThat(performance.reserves()).containsExactly("Reserve A", "Reserve B");
        assertThat(performance.reserve()).isEqualTo("Reserve A");
        assertThat(performance.decision()).isEqualTo("PS/2019/1, PS/2020/2");
        assertThat(performance.duration()).isEqualTo(new Looptijd(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31)));
        assertThat(performance.reported()).isEqualTo(new ReportedAssessment(null, Colour.GREEN, Colour.ORANGE,
                LocalDate.of(2020, 6, 30), "Inhoud G, Financiën O", "Monitor 2020-I", "afdeling EMT"));
        assertThat(performance.override()).isEqualTo(new StatusOverride(null, null, Colour.GREEN, "Het tekort is gedekt.",
                "gedeputeerde", LocalDate.of(2021, 2, 1)));
        Action action = p.actions().get(0);
        assertThat(action.reported().status()).isEqualTo(Status.ON_TRACK);
        assertThat(action.reported().attribution()).isEqualTo("Monitor 2020-I, afdeling EMT, 2020-06-30");
        assertThat(action.override().status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void aPageWithListsReportsAndOverridesWritesBackEqual() {
        Portfolio p = read(PAGE);
        StringWriter json = new StringWriter();
        PortfolioWriter.write(p, json, true);

        assertThat(PortfolioReader.read("page.json", json.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo(p);
    }

    @Test
    void oneValueIsStillATextAndReadsAsAListOfOne() {
        Performance performance = read(page("portfolioHolder: \"R. de Jong\"\n  role: situational")).performance();

        assertThat(performance.portfolioHolders()).containsExactly("R. de Jong");
        assertThat(performance.roles()).containsExactly(Role.SITUATIONAL);
    }

    @Test
    void aLooptijdIsAYearTwoYearsADateOrStructural() {
        assertThat(read(page("duration: 2020")).performance().duration()).isEqualTo(Looptijd.year(2020));
        assertThat(read(page("duration: \"2020\"")).performance().duration()).isEqualTo(Looptijd.year(2020));
        assertThat(read(page("duration: \"2020/2022\"")).performance().duration()).isEqualTo(Looptijd.years(2020, 2022));
        assertThat(read(page("duration: \"2020-03-01/2022\"")).performance().duration())
                .isEqualTo(new Looptijd(LocalDate.of(2020, 3, 1), LocalDate.of(2022, 12, 31)));
        assertThat(read(page("duration: 2022-06-30")).performance().duration())
                .isEqualTo(new Looptijd(LocalDate.of(2022, 6, 30)));
        assertThat(read(page("duration: structural")).performance().duration()).isEqualTo(Looptijd.STRUCTURAL);
    }

    @Test
    void aLooptijdThatEndsBeforeItStartsIsRefused() {
        assertThat(error(page("duration: \"2022/2020\""))).contains("performance.duration",
                "ends before it starts; maybe the years are swapped?");
    }

    @Test
    void aLooptijdThatIsNoYearIsRefusedNamingWhatIsExpected() {
        assertThat(error(page("duration: \"twee jaar\""))).contains("performance.duration",
                "a year such as 2020, two years such as 2020/2022");
    }

    @Test
    void anUnknownRoleInAListIsRefusedAtItsItem() {
        assertThat(error(page("role: [facilitator, baas]"))).contains("performance.role[1]",
                "expected one of facilitator | stimulator | director | executor | financier | situational");
    }

    @Test
    void anOverrideWithoutAReasonIsRefused() {
        assertThat(error(page("override: { content: green }"))).contains("performance.override.reason",
                "required field is missing");
    }

    @Test
    void aPrestatieIsReportedWithColoursNotAStatus() {
        assertThat(error(page("reported: { status: on-track }"))).contains("performance.reported.status",
                "unknown field for reported");
    }

    @Test
    void anActionIsReportedWithAStatusThatIsNotWithdrawn() {
        String yaml = page("asOf: 2020-06-30") + """
                actions:
                  - id: "1"
                    reported: { status: withdrawn }
                """;
        assertThat(error(yaml)).contains("actions[0]", "write withdrawn: with the decision instead");
    }

    @Test
    void theWriterKeepsASingleValueAsText() {
        Portfolio p = read(page("portfolioHolder: \"R. de Jong\"\n  duration: 2020"));
        StringWriter json = new StringWriter();
        PortfolioWriter.write(p, json, false);

        assertThat(json.toString()).contains("\"portfolioHolder\":\"R. de Jong\"", "\"duration\":\"2020\"");
        assertThat(List.of(p.performance().portfolioHolders())).hasSize(1);
    }
}
