package nl.koers.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import nl.koers.model.Action;
import nl.koers.model.Bound;
import nl.koers.model.Budget;
import nl.koers.model.Direction;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Looptijd;
import nl.koers.model.Measurement;
import nl.koers.model.MilestoneTarget;
import nl.koers.model.MonitoringTarget;
import nl.koers.model.Portfolio;
import nl.koers.model.QuantityTarget;
import nl.koers.model.Role;
import nl.koers.model.Target;
import nl.koers.model.Withdrawal;
import org.junit.jupiter.api.Test;

/** Portfolio files that are right are read into the model, with the format's defaults filled in. */
class PortfolioReaderTest {

    private static final String HEADER = """
            format: koers/v1
            performance:
              code: "9.9.9"
              title: "Proef"
              period: { start: 2018-01-01, end: 2018-12-31 }
            """;

    @Test
    void theDefaultPortfolioReads() {
        Portfolio seed = PortfolioReader.readDefault();

        assertThat(seed.performance().code()).isEqualTo("5.4.2");
        assertThat(seed.performance().title()).isEqualTo("Internationaliseren");
        assertThat(seed.performance().role()).isEqualTo(Role.FACILITATOR);
        assertThat(seed.performance().duration()).isEqualTo(Looptijd.STRUCTURAL);
        assertThat(seed.performance().peildatum()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(seed.actions()).extracting(Action::id).containsExactly("1", "2", "3", "4", "5");
        assertThat(seed.targets().map(Target::id)).containsExactly("1a", "1b", "2a", "3a", "4a", "5a");
        Measurement participants = seed.actions().get(0).measurementsOf("1b").get(0);
        assertThat(participants.value()).isEqualByComparingTo("40");
        assertThat(participants.bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(seed.actions().get(1).targets().get(0)).isInstanceOfSatisfying(MonitoringTarget.class,
                t -> assertThat(t.maxAge()).isEqualTo(Period.ofMonths(12)));
        Jaarschijf slice = seed.budget().slice(2018).orElseThrow();
        assertThat(slice.budgeted()).isNull();
        assertThat(slice.realised()).isNull();
        assertThat(slice.unspent()).isEqualByComparingTo("109000");
        assertThat(slice.fromReserve()).isTrue();
        assertThat(slice.continues()).isTrue();
    }

    @Test
    void theSamePortfolioAsJsonAndAsYamlReadsToEqualRecords() {
        Portfolio yaml = resource("good/complete.yaml");
        Portfolio json = resource("good/complete.json");

        assertThat(json).isEqualTo(yaml);
        assertThat(yaml.actions()).hasSize(2);
        assertThat(yaml.targets()).hasSize(5);
        assertThat(yaml.actions().get(1).withdrawn())
                .isEqualTo(new Withdrawal(LocalDate.of(2018, 3, 1), "PS/2018/489",
                        "Niet uitgevoerd conform voortschrijdend inzicht"));
        assertThat(yaml.budget().slice(2019).orElseThrow().realised()).isEqualTo(new BigDecimal("-1250.50"));
    }

    @Test
    void everyFieldOfTheFormatIsRead() {
        Portfolio p = resource("good/complete.yaml");

        assertThat(p.performance().goal()).isEqualTo("5.4");
        assertThat(p.performance().portfolioHolder()).isEqualTo("Eddy van Hijum");
        assertThat(p.performance().role()).isEqualTo(Role.STIMULATOR);
        assertThat(p.performance().duration()).isEqualTo(new Looptijd(LocalDate.of(2020, 12, 31)));
        assertThat(p.performance().decision()).isEqualTo("PS/2016/871");
        assertThat(p.performance().peildatum()).isEqualTo(LocalDate.of(2018, 9, 30));
        Action one = p.actions().get(0);
        assertThat(one.partners()).containsExactly("WTC Twente", "Oost NL");
        assertThat(one.targets().get(0)).isEqualTo(new QuantityTarget("1a", "Ondersteunde handelsmissies", "missies",
                Direction.AT_LEAST, new BigDecimal("3"), new BigDecimal("0.5"), LocalDate.of(2018, 2, 1),
                LocalDate.of(2018, 11, 30)));
        assertThat(one.targets().get(2)).isEqualTo(new MonitoringTarget("2a",
                "Bedrijven begeleid door het exportbureau", "bedrijven", Period.of(1, 6, 0), LocalDate.of(2018, 1, 1),
                LocalDate.of(2019, 12, 31)));
        assertThat(one.targets().get(3)).isEqualTo(new MilestoneTarget("4a", "Liaison-officers aangesteld",
                LocalDate.of(2018, 3, 1), LocalDate.of(2019, 12, 31)));
        assertThat(one.measurements().get(0)).isEqualTo(new Measurement("1a", LocalDate.of(2018, 6, 30),
                new BigDecimal("2"), Bound.ESTIMATE, null, "Monitor juni", "Prognose"));
        assertThat(one.measurements()).extracting(Measurement::bound)
                .containsExactly(Bound.ESTIMATE, Bound.AT_LEAST, Bound.MORE_THAN, Bound.EXACT, Bound.EXACT);
        assertThat(one.measurements().get(4).done()).isFalse();
        assertThat(p.budget().slices()).containsExactly(
                new Jaarschijf(2018, new BigDecimal("1000000.00"), new BigDecimal("891000.00"),
                        new BigDecimal("109000.00"), true, true, false),
                // issue 12, not stated is not false: the 2019 slice says nothing about fromReserve and continues
                new Jaarschijf(2019, new BigDecimal("500000"), new BigDecimal("-1250.50"), null, null, null, true,
                        null, null, null, null, null, null));
    }

    @Test
    void theDefaultPortfolioConvertedToJsonReadsToTheSameRecords() throws IOException {
        JsonNode tree;
        try (InputStream in = open(PortfolioReader.DEFAULT_RESOURCE)) {
            tree = new YAMLMapper().readTree(in);
        }
        byte[] json = new ObjectMapper().writeValueAsBytes(tree);

        Portfolio fromJson = PortfolioReader.read("5.4.2.json", new ByteArrayInputStream(json));

        assertThat(fromJson).isEqualTo(PortfolioReader.readDefault());
    }

    @Test
    void theFormatsDefaultsAreApplied() {
        Portfolio p = yaml(HEADER + """
                actions:
                  - id: "1"
                    targets:
                      - { id: "1a", kind: quantity, direction: at-least, value: 3 }
                      - { id: "1b", kind: milestone }
                    measurements:
                      - { target: "1a", date: 2018-06-30, value: 2 }
                """);

        QuantityTarget target = (QuantityTarget) p.actions().get(0).targets().get(0);
        assertThat(target.baseline()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(p.actions().get(0).measurements().get(0).bound()).isEqualTo(Bound.EXACT);
        assertThat(p.targets()).allSatisfy(t -> {
            assertThat(t.startIn(p.performance().period())).isEqualTo(LocalDate.of(2018, 1, 1));
            assertThat(t.dueIn(p.performance().period())).isEqualTo(LocalDate.of(2018, 12, 31));
        });
        assertThat(p.performance().asOf()).isNull();
        assertThat(p.performance().peildatum()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(p.budget().currency()).isEqualTo(Budget.EUR);
        assertThat(p.budget().slices()).isEmpty();
        assertThat(p.actions().get(0).withdrawn()).isNull();
    }

    @Test
    void idsWrittenAsBareNumbersAreReadAsText() {
        Portfolio p = yaml(HEADER + """
                actions:
                  - id: 1
                    targets:
                      - { id: 11, kind: milestone }
                      - { id: 1.10, kind: milestone }
                    measurements:
                      - { target: 11, date: 2018-06-30, done: true }
                      - { target: "1.10", date: 2018-06-30, done: true }
                """);

        Action action = p.actions().get(0);
        assertThat(action.id()).isEqualTo("1");
        assertThat(action.targets()).extracting(Target::id).containsExactly("11", "1.10");
        assertThat(action.measurements()).extracting(Measurement::target).containsExactly("11", "1.10");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        Portfolio withBom = resource("good/utf8-bom.yaml");

        assertThat(withBom.performance().title()).isEqualTo("Café Proef");
        assertThat(withBom.performance().code()).isEqualTo("9.9.9");
        assertThat(resource("good/utf8-bom.json")).isEqualTo(withBom);
        assertThat(PortfolioReader.read(Path.of("src", "test", "resources", "good", "utf8-bom.yaml")))
                .isEqualTo(withBom);
    }

    @Test
    void jsonIsRecognisedByItsNameOrByItsOpeningBrace() {
        String json = """
                { "format": "koers/v1",
                  "performance": { "code": "9.9.9", "title": "Proef",
                                   "period": { "start": "2018-01-01", "end": "2018-12-31" } } }
                """;

        Portfolio byBrace = read("-", json);

        assertThat(byBrace).isEqualTo(read("portfolio.json", json));
        assertThat(byBrace).isEqualTo(yaml(HEADER));
    }

    @Test
    void yamlBooleansAreReadAsWritten() {
        Portfolio p = yaml(HEADER + """
                actions:
                  - id: "1"
                    targets:
                      - { id: "1a", kind: milestone }
                      - { id: "1b", kind: milestone }
                    measurements:
                      - { target: "1a", date: 2018-06-30, done: true }
                      - { target: "1b", date: 2018-06-30, done: false }
                budget:
                  slices:
                    - { year: 2018, unspent: 5, fromReserve: true, continues: false }
                """);

        assertThat(p.actions().get(0).measurements()).extracting(Measurement::done).containsExactly(true, false);
        assertThat(p.budget().slices().get(0).fromReserve()).isTrue();
        assertThat(p.budget().slices().get(0).continues()).isFalse();
    }

    /** Jackson reads YAML 1.1's yes and on as true; a milestone reported "done: yes" must not be read as not done. */
    @Test
    void aMilestoneReportedDoneWithYesIsDoneOrRefusedNeverNotDone() {
        for (String yes : Arrays.asList("yes", "Yes", "on", "ON")) {
            String file = HEADER + """
                    actions:
                      - id: "1"
                        targets:
                          - { id: "1a", kind: milestone }
                        measurements:
                          - { target: "1a", date: 2018-06-30, done: %s }
                    """.formatted(yes);

            Throwable refused = catchThrowable(() -> yaml(file));

            if (refused == null) {
                Portfolio p = yaml(file);
                assertThat(p.actions().get(0).measurements().get(0).done()).as("done: " + yes).isTrue();
            } else {
                assertThat(refused).isInstanceOf(PortfolioException.class);
            }
        }
    }

    private static Portfolio yaml(String text) {
        return read("portfolio.yaml", text);
    }

    private static Portfolio read(String name, String text) {
        return PortfolioReader.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Portfolio resource(String name) {
        try (InputStream in = open(name)) {
            return PortfolioReader.read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = PortfolioReaderTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name + " on the test class path").isNotNull();
        return in;
    }
}
