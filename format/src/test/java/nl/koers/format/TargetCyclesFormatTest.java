package nl.koers.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import nl.koers.model.Action;
import nl.koers.model.Bound;
import nl.koers.model.Direction;
import nl.koers.model.Measurement;
import nl.koers.model.MilestoneTarget;
import nl.koers.model.PathPoint;
import nl.koers.model.Portfolio;
import nl.koers.model.QuantityTarget;
import nl.koers.model.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, the targets of real cycles as a portfolio writes them: a planned path, revisions, a range, "p.m.", a
 * norm, an age limit on every kind, an estimate with a bound and "-" not reported; read, refused where wrong, and
 * written back equal.
 */
class TargetCyclesFormatTest {

    private static final String PORTFOLIO = """
            format: koers/v1
            performance: { code: "T", title: "T", period: { start: 2020-01-01, end: 2020-12-31 } }
            actions:
              - id: "1"
                targets:
                  - id: "1a"
                    kind: quantity
                    direction: at-least
                    value: 9600
                    start: 2013-01-01
                    due: 2027-12-31
                    path: [ { date: 2020-12-31, value: 4450 } ]
                    revisions: [ { date: 2020-06-01, value: 9000, decision: "Voorjaarsnota 2020" } ]
                    maxAge: P24M
                  - { id: "1b", kind: quantity, direction: within, value: 500, upper: 3000, unit: TJ }
                  - { id: "1c", kind: quantity, direction: at-least, value: "p.m." }
                  - { id: "1d", kind: quantity, direction: at-least, norm: "landelijk gemiddelde 2020" }
                  - { id: "1e", kind: milestone, maxAge: P6M }
                measurements:
                  - { target: "1a", date: 2020-12-31, value: 4500, bound: more-than, estimate: true }
                  - { target: "1b", date: 2020-12-31, value: "-" }
                  - { target: "1d", date: 2020-12-31, value: 53.1, normValue: 52.3 }
                  - { target: "1e", date: 2020-12-31, done: "-" }
            """;

    @TempDir
    Path dir;

    private static Portfolio read(String yaml) {
        return PortfolioReader.read("cycles.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static PortfolioException refusal(String yaml) {
        return catchThrowableOfType(PortfolioException.class, () -> read(yaml));
    }

    @Test
    void everyNewTargetFieldIsRead() {
        Action one = read(PORTFOLIO).actions().get(0);

        QuantityTarget path = (QuantityTarget) one.targets().get(0);
        assertThat(path.path()).containsExactly(new PathPoint(LocalDate.of(2020, 12, 31), new BigDecimal("4450")));
        assertThat(path.revisions()).containsExactly(new Revision(LocalDate.of(2020, 6, 1), new BigDecimal("9000"),
                "Voorjaarsnota 2020"));
        assertThat(path.maxAge()).isEqualTo(Period.ofMonths(24));
        QuantityTarget range = (QuantityTarget) one.targets().get(1);
        assertThat(range.direction()).isEqualTo(Direction.WITHIN);
        assertThat(range.upper()).isEqualByComparingTo("3000");
        assertThat(((QuantityTarget) one.targets().get(2)).proMemorie()).isTrue();
        QuantityTarget norm = (QuantityTarget) one.targets().get(3);
        assertThat(norm.norm()).isEqualTo("landelijk gemiddelde 2020");
        assertThat(norm.value()).isNull();
        assertThat(norm.proMemorie()).isFalse();
        assertThat(((MilestoneTarget) one.targets().get(4)).maxAge()).isEqualTo(Period.ofMonths(6));

        List<Measurement> m = one.measurements();
        assertThat(m.get(0).estimate()).isTrue();
        assertThat(m.get(0).bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(m.get(1).notReported()).isTrue();
        assertThat(m.get(1).value()).isNull();
        assertThat(m.get(2).normValue()).isEqualByComparingTo("52.3");
        assertThat(m.get(3).notReported()).isTrue();
        assertThat(m.get(3).done()).isNull();
    }

    @Test
    void everyNewFieldIsWrittenBackEqual() {
        Portfolio read = read(PORTFOLIO);
        StringWriter json = new StringWriter();
        PortfolioWriter.write(read, json, true);

        assertThat(PortfolioReader.read("back.json", json.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo(read);
        assertThat(json.toString()).contains("\"value\" : \"p.m.\"", "\"value\" : \"-\"", "\"done\" : \"-\"",
                "\"norm\" : \"landelijk gemiddelde 2020\"", "\"estimate\" : true", "\"normValue\" : 52.3");
    }

    @Test
    void aRangeWithoutItsTopIsRefusedAtTheTarget() {
        PortfolioException e = refusal(PORTFOLIO.replace("value: 500, upper: 3000", "value: 500"));

        assertThat(e.getMessage()).contains("upper", "needs upper, the top of the range");
    }

    @Test
    void anUpperValueOnAFloorIsRefused() {
        assertThat(refusal(PORTFOLIO.replace("direction: within", "direction: at-least")).getMessage())
                .contains("only a range has an upper value");
    }

    @Test
    void aNormTargetWithItsOwnValueIsRefused() {
        assertThat(refusal(PORTFOLIO.replace("norm: \"landelijk gemiddelde 2020\"",
                "norm: \"landelijk gemiddelde 2020\", value: 50")).getMessage())
                .contains("has no value of its own");
    }

    @Test
    void aPathPointOnTheDueDateIsRefused() {
        assertThat(refusal(PORTFOLIO.replace("path: [ { date: 2020-12-31", "path: [ { date: 2027-12-31")).getMessage())
                .contains("must lie after the start and before the due date");
    }

    @Test
    void revisionsOutOfDateOrderAreRefused() {
        assertThat(refusal(PORTFOLIO.replace("decision: \"Voorjaarsnota 2020\" } ]",
                "decision: \"Voorjaarsnota 2020\" }, { date: 2020-03-01, value: 9100 } ]")).getMessage())
                .contains("must be in date order");
    }

    @Test
    void aDashWithABoundIsRefused() {
        assertThat(refusal(PORTFOLIO.replace("value: \"-\" }", "value: \"-\", bound: at-least }")).getMessage())
                .contains("not reported (\"-\") has no bound, estimate or normValue");
    }

    @Test
    void aMeasurementsCsvMayGiveEstimateNormValueAndADash() throws IOException {
        Files.writeString(dir.resolve("metingen.csv"), """
                action,target,date,value,bound,done,source,note,estimate,normValue
                1,1d,2020-06-30,51,,,,,,52.3
                1,1a,2020-06-30,4000,more-than,,,,true,
                1,1b,2020-06-30,-,,,,,,
                """);
        Files.writeString(dir.resolve("p.yaml"), PORTFOLIO.replace("format: koers/v1\n",
                "format: koers/v1\nmeasurementsFile: metingen.csv\n"));

        List<Measurement> m = PortfolioReader.read(dir.resolve("p.yaml")).actions().get(0).measurements();

        assertThat(m).anySatisfy(x -> assertThat(x.normValue()).isEqualByComparingTo("52.3"));
        assertThat(m).anySatisfy(x -> {
            assertThat(x.estimate()).isTrue();
            assertThat(x.date()).isEqualTo(LocalDate.of(2020, 6, 30));
        });
        assertThat(m).filteredOn(x -> x.target().equals("1b")).anySatisfy(x -> assertThat(x.notReported()).isTrue());
    }
}
