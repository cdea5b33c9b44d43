package nl.koers.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import nl.koers.model.Action;
import nl.koers.model.Looptijd;
import nl.koers.model.Measurement;
import nl.koers.model.Performance;
import nl.koers.model.Portfolio;
import nl.koers.model.Role;
import nl.koers.testkit.KoersDomain.PortfolioCase;
import nl.koers.testkit.KoersDomain;

/**
 * What {@link PortfolioWriter} writes, pretty or on one line, {@link PortfolioReader} reads back as an equal
 * portfolio: the writer is the reader's inverse, so other systems can produce JSON Lines from the model.
 */
@Domain(KoersDomain.class)
@Domain(DomainContext.Global.class)
class PortfolioWriterPropertiesTest {

    @Property(tries = 300)
    void aPrettyWrittenPortfolioReadsBackEqual(@ForAll PortfolioCase c) {
        Portfolio original = c.portfolio();

        assertThat(readBack(written(original, true))).isEqualTo(original);
    }

    @Property(tries = 300)
    void aPortfolioWrittenOnOneLineReadsBackEqual(@ForAll PortfolioCase c) {
        Portfolio original = c.portfolio();

        assertThat(readBack(written(original, false))).isEqualTo(original);
    }

    @Property(tries = 300)
    void theOneLineFormHasNoLineBreakBeforeItsEnd(@ForAll PortfolioCase c) {
        String line = written(c.portfolio(), false);

        assertThat(line).endsWith("\n");
        assertThat(line.substring(0, line.length() - 1)).doesNotContain("\n", "\r");
    }

    @Property(tries = 200)
    void everyOptionalTextFieldWithQuotesControlCharactersAndLineBreaksReadsBackEqualAsJsonAndYaml(
            @ForAll("portfoliosWithAwkwardText") Portfolio original) {
        String line = written(original, false);

        assertThat(line.substring(0, line.length() - 1)).doesNotContain("\n", "\r");
        assertThat(readBack(line)).isEqualTo(original);
        assertThat(readBack(written(original, true))).isEqualTo(original);
        StringWriter yaml = new StringWriter();
        PortfolioWriter.writeYaml(original, yaml);
        assertThat(PortfolioReader.read("written.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(original);
    }

    @Property(tries = 50)
    void portfoliosWrittenAsJsonLinesStreamBackEqualAndInOrder(
            @ForAll("severalPortfolios") List<Portfolio> originals) {
        StringWriter lines = new StringWriter();
        for (Portfolio p : originals) {
            PortfolioWriter.write(p, lines, false);
        }

        List<Portfolio> read = new ArrayList<>();
        try (PortfolioStream stream = PortfolioStream.jsonLines("written.jsonl",
                new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)))) {
            while (stream.hasNext()) {
                PortfolioStream.Entry entry = stream.next();
                assertThat(entry.problem()).isNull();
                read.add(entry.portfolio());
            }
        }
        assertThat(read).isEqualTo(originals);
    }

    @Example
    void theSeedRoundTripsInEveryForm() {
        Portfolio seed = PortfolioReader.readDefault();

        assertThat(readBack(written(seed, true))).isEqualTo(seed);
        assertThat(readBack(written(seed, false))).isEqualTo(seed);
        // its texts run longer than a YAML line, so the YAML form folds them
        StringWriter yaml = new StringWriter();
        PortfolioWriter.writeYaml(seed, yaml);
        assertThat(PortfolioReader.read("seed.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo(seed);
        assertThat(written(seed, true)).startsWith("{\n").contains("\"format\" : \"koers/v1\"");
    }

    @Example
    void absentOptionalFieldsAreLeftOutAndTheDefaultsAreWritten() {
        Portfolio seed = PortfolioReader.readDefault();
        String line = written(seed, false);

        assertThat(line).doesNotContain("null", "\"asOf\"", "\"goal\"");
        // the reader's defaults (bound exact, baseline 0) are in the model, so the writer spells them out
        assertThat(line).contains("\"baseline\":0", "\"bound\":\"exact\"");
    }

    @Provide
    Arbitrary<List<Portfolio>> severalPortfolios() {
        return portfoliosWithAwkwardText().list().ofMaxSize(6);
    }

    @Example
    void anAmountReadInExponentFormRoundTripsToAnEqualPortfolio() {
        String yaml = """
                format: koers/v1
                performance: {code: "1", title: "t", period: {start: 2024-01-01, end: 2024-12-31}}
                actions:
                  - id: "1"
                    targets:
                      - {id: "1a", kind: quantity, direction: at-least, value: 1E+3}
                """;
        Portfolio read = PortfolioReader.read("exponent.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));

        assertThat(readBack(written(read, false))).isEqualTo(read);
    }

    /** Portfolios of {@link KoersDomain} with every optional text filled in, from empty to awkward. */
    @Provide
    Arbitrary<Portfolio> portfoliosWithAwkwardText() {
        Arbitrary<String> text = awkwardText();
        Arbitrary<String> optional = text.injectNull(0.3);
        Arbitrary<Looptijd> durations = Arbitraries.oneOf(Arbitraries.just(Looptijd.STRUCTURAL),
                Arbitraries.integers().between(0, 3000).map(d -> new Looptijd(LocalDate.of(2000, 1, 1).plusDays(d))))
                .injectNull(0.3);
        Arbitrary<Integer> asOfDays = Arbitraries.integers().between(-40, 430).injectNull(0.4);
        return Combinators.combine(new KoersDomain().portfolioCases(), optional.list().ofSize(6),
                        Arbitraries.of(Role.class).injectNull(0.2), durations, asOfDays, optional.list().ofSize(4),
                        text.list().ofMaxSize(3), text.map(t -> "T" + t))
                .as((c, texts, role, duration, asOfDay, more, partners, title) -> {
                    Performance p = c.portfolio().performance();
                    Performance performance = new Performance(p.code(), title, texts.get(0), texts.get(1),
                            texts.get(2), texts.get(3), role, duration, texts.get(4), texts.get(5), p.period(),
                            asOfDay == null ? null : p.period().start().plusDays(asOfDay));
                    List<Action> actions = new ArrayList<>();
                    for (Action a : c.portfolio().actions()) {
                        List<Measurement> measurements = a.measurements().stream()
                                .map(m -> new Measurement(m.target(), m.date(), m.value(), m.bound(), m.done(),
                                        more.get(2), more.get(3)))
                                .toList();
                        actions.add(new Action(a.id(), more.get(0), more.get(1), partners, a.withdrawn(), a.targets(),
                                measurements));
                    }
                    return new Portfolio(performance, actions, c.portfolio().budget());
                });
    }

    /** Text JSON must escape or carry through: quotes, backslashes, control characters, line separators, emoji. */
    private static Arbitrary<String> awkwardText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(12),
                Arbitraries.strings().withChars("\"\\\n\r\t\u2028\u2029\u0085\u00a0é€ü{}[]:,#' ").ofMaxLength(8),
                Arbitraries.of("", " ", "Provincie Overijssel", "😀 emoji 𝄞", "regel\nbreuk", "cr\r\nlf",
                        "aanhalingsteken \" en \\ backslash", "\u0000nul", "\uFEFFbom", "null", "true", "12.50"));
    }

    private static String written(Portfolio portfolio, boolean pretty) {
        StringWriter out = new StringWriter();
        PortfolioWriter.write(portfolio, out, pretty);
        return out.toString();
    }

    private static Portfolio readBack(String json) {
        return PortfolioReader.read("written.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
