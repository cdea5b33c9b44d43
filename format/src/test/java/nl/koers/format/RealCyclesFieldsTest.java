package nl.koers.format;

import static nl.koers.format.RealCyclesRoundTripPropertiesTest.json;
import static nl.koers.format.RealCyclesRoundTripPropertiesTest.read;
import static nl.koers.format.RealCyclesRoundTripPropertiesTest.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import nl.koers.model.Budget;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Portfolio;
import nl.koers.testkit.RealCycles;

/**
 * Each field of the real cycles (issue 12), by its place in a written portfolio: the generator of
 * {@link RealCyclesRoundTripPropertiesTest} gives it and leaves it out, and a writer that dropped it would break
 * the law there. The hand-written {@code every-real-cycle-field.yaml} shows each field once.
 */
class RealCyclesFieldsTest {

    private static final ObjectMapper TREE = new ObjectMapper();

    /**
     * A field of the format: its place, each '*' any item of a list, and, for a field whose spelling has a meaning
     * of its own ("p.m.", "-"), that spelling.
     */
    record Field(String place, String spelling) {

        static Field at(String place) {
            return new Field(place, null);
        }

        static Field spelled(String place, String spelling) {
            return new Field(place, spelling);
        }

        String name() {
            return place.substring(place.lastIndexOf('.') + 1);
        }

        /** The mappings at the field's parent place in {@code root}. */
        List<ObjectNode> parents(JsonNode root) {
            List<JsonNode> nodes = List.of(root);
            String[] steps = place.split("\\.");
            for (int i = 0; i < steps.length - 1; i++) {
                String step = steps[i];
                nodes = nodes.stream().flatMap(n -> step.equals("*") ? stream(n) : Stream.ofNullable(n.get(step)))
                        .toList();
            }
            return nodes.stream().filter(JsonNode::isObject).map(ObjectNode.class::cast).toList();
        }

        boolean in(ObjectNode parent) {
            JsonNode value = parent.get(name());
            return value != null && (spelling == null || value.isTextual() && value.asText().equals(spelling));
        }

        private static Stream<JsonNode> stream(JsonNode list) {
            List<JsonNode> items = new ArrayList<>();
            list.forEach(items::add);
            return items.stream();
        }

        @Override
        public String toString() {
            return spelling == null ? place : place + ": \"" + spelling + "\"";
        }
    }

    static final List<Field> FIELDS = List.of(
            Field.at("performance.document"),
            Field.at("performance.reported"),
            Field.at("performance.override"),
            Field.at("performance.portfolioHolder"),
            Field.at("performance.role"),
            Field.at("performance.reserve"),
            Field.at("performance.decision"),
            Field.at("performance.duration"),
            Field.at("actions.*.reported"),
            Field.at("actions.*.override"),
            Field.at("actions.*.targets.*.upper"),
            Field.at("actions.*.targets.*.norm"),
            Field.at("actions.*.targets.*.path"),
            Field.at("actions.*.targets.*.revisions"),
            Field.at("actions.*.targets.*.revisions.*.decision"),
            Field.at("actions.*.targets.*.maxAge"),
            Field.spelled("actions.*.targets.*.value", "p.m."),
            Field.at("actions.*.measurements.*.estimate"),
            Field.at("actions.*.measurements.*.normValue"),
            Field.spelled("actions.*.measurements.*.value", "-"),
            Field.spelled("actions.*.measurements.*.done", "-"),
            Field.at("budget.slices.*.line"),
            Field.at("budget.slices.*.overspend"),
            Field.at("budget.slices.*.income"),
            Field.at("budget.slices.*.continuesInto"),
            Field.at("budget.slices.*.continuesInto.*.amount"),
            Field.at("budget.slices.*.funding"),
            Field.at("budget.slices.*.funding.*.amount"),
            Field.spelled("budget.slices.*.budgeted", "p.m."),
            Field.spelled("budget.slices.*.realised", "p.m."),
            Field.at("budget.slices.*.fromReserve"),
            Field.at("budget.slices.*.continues"),
            Field.at("budget.reallocations"),
            Field.at("budget.changes"),
            Field.at("budget.changes.*.decider"),
            Field.at("budget.changes.*.amount"),
            Field.at("budget.changes.*.parts"));

    /** The fields format version 1 already had (one value each); the seed, a koers/v1 file, gives them. */
    private static final Set<String> KOERS_V1 = Set.of("performance.portfolioHolder", "performance.role",
            "performance.reserve", "performance.decision", "performance.duration", "budget.slices.*.fromReserve",
            "budget.slices.*.continues");

    @Example
    void theExampleGivesEveryFieldAndRoundTripsAsJsonAndYaml() {
        Portfolio example = example();
        JsonNode written = tree(json(example, false));

        for (Field field : FIELDS) {
            assertThat(field.parents(written).stream().anyMatch(field::in)).as(field.toString()).isTrue();
        }
        assertThat(read("example.json", json(example, true))).isEqualTo(example);
        assertThat(read("example.yaml", yaml(example))).isEqualTo(example);
    }

    /** The test of the test: a writer that left out any one field would write a portfolio that reads otherwise. */
    @Example
    void aWriterThatDroppedAnyOneFieldWouldBreakTheLaw() {
        Portfolio example = example();
        String written = json(example, false);

        for (Field field : FIELDS) {
            JsonNode dropped = tree(written);
            field.parents(dropped).stream().filter(field::in).forEach(parent -> parent.remove(field.name()));

            assertThat(readsBackEqual(dropped.toString(), example)).as("without " + field).isFalse();
        }
    }

    /** Each field comes up in the generated portfolios, and is left out of some where it could stand. */
    @Example
    void theGeneratorGivesEveryFieldAndLeavesEachOut() {
        List<JsonNode> written = RealCycles.portfolios().sampleStream().limit(400)
                .map(p -> tree(json(p, false))).toList();

        for (Field field : FIELDS) {
            List<ObjectNode> parents = written.stream().flatMap(w -> field.parents(w).stream()).toList();
            assertThat(parents).as(field + " given").anyMatch(field::in);
            assertThat(parents).as(field + " left out").anyMatch(p -> !field.in(p));
        }
    }

    /** A koers/v1 file keeps its meaning: written again, it has none of the fields it did not give. */
    @Example
    void aKoersV1PortfolioIsWrittenWithoutTheNewFields() {
        JsonNode written = tree(json(PortfolioReader.readDefault(), false));

        for (Field field : FIELDS) {
            if (!KOERS_V1.contains(field.place())) {
                // a monitoring target's maxAge is koers/v1's; on the other kinds it is new
                assertThat(field.parents(written)).as(field.toString())
                        .noneMatch(p -> field.in(p) && !p.path("kind").asText().equals("monitoring"));
            }
        }
    }

    /** Not stated stays not stated: a slice that does not say whether it continues or is from the reserve. */
    @Example
    void fromReserveAndContinuesNotStatedAreNotWritten() {
        Jaarschijf silent = new Jaarschijf(2020, new BigDecimal("100"), new BigDecimal("40"), null, null, null, false,
                null, null, null, null, null, null);
        Portfolio portfolio = new Portfolio(example().performance(), List.of(),
                new Budget(Budget.EUR, List.of(silent)));

        for (String written : List.of(json(portfolio, true), yaml(portfolio))) {
            assertThat(written).doesNotContain("fromReserve", "continues");
            Jaarschijf read = read(written.startsWith("{") ? "p.json" : "p.yaml", written).budget().slices().get(0);
            assertThat(read.fromReserveStated()).isFalse();
            assertThat(read.continuesStated()).isFalse();
        }
    }

    private static boolean readsBackEqual(String json, Portfolio original) {
        try {
            return read("dropped.json", json).equals(original);
        } catch (PortfolioException e) {
            // a field the reader needs, such as a range's upper: the file written without it cannot be read
            return false;
        }
    }

    private static Portfolio example() {
        try (InputStream in = RealCyclesFieldsTest.class.getResourceAsStream("every-real-cycle-field.yaml")) {
            return PortfolioReader.read("every-real-cycle-field.yaml", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return TREE.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
