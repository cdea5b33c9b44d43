package nl.koers.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.koers.model.Portfolio;
import nl.koers.testkit.RealCycles;

/**
 * The law of the writer over portfolios with every field of the real cycles (issue 12): what it writes, as JSON
 * (pretty or on one line) or as YAML, the reader reads back as an equal portfolio, and writing is deterministic.
 * A field the writer dropped, mangled or wrote when it was not given (a {@code fromReserve} not stated written as
 * false) reads back unequal; {@link RealCyclesFieldsTest} shows that for each field.
 */
class RealCyclesRoundTripPropertiesTest {

    @Property(tries = 400)
    void aPortfolioWrittenAsJsonReadsBackEqual(@ForAll("portfolios") Portfolio original) {
        assertThat(read("written.json", json(original, true))).isEqualTo(original);
        assertThat(read("written.json", json(original, false))).isEqualTo(original);
    }

    @Property(tries = 400)
    void aPortfolioWrittenAsYamlReadsBackEqual(@ForAll("portfolios") Portfolio original) {
        assertThat(read("written.yaml", yaml(original))).isEqualTo(original);
    }

    /** The same portfolio gives the same text, also when it is the one read back: a conversion is stable. */
    @Property(tries = 200)
    void writingIsDeterministic(@ForAll("portfolios") Portfolio original) {
        String json = json(original, false);
        String yaml = yaml(original);

        assertThat(json(original, false)).isEqualTo(json);
        assertThat(yaml(original)).isEqualTo(yaml);
        assertThat(json(read("written.yaml", yaml), false)).isEqualTo(json);
        assertThat(yaml(read("written.json", json))).isEqualTo(yaml);
    }

    @Provide
    Arbitrary<Portfolio> portfolios() {
        return RealCycles.portfolios();
    }

    static String json(Portfolio portfolio, boolean pretty) {
        StringWriter out = new StringWriter();
        PortfolioWriter.write(portfolio, out, pretty);
        return out.toString();
    }

    static String yaml(Portfolio portfolio) {
        StringWriter out = new StringWriter();
        PortfolioWriter.writeYaml(portfolio, out);
        return out.toString();
    }

    /** Reads {@code text} as JSON or YAML by {@code name}; YAML that starts with '{' would be read as JSON. */
    static Portfolio read(String name, String text) {
        return PortfolioReader.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
