package nl.koers.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.koers.format.internal.PortfolioFiles;
import nl.koers.model.MonitoringTarget;
import nl.koers.model.QuantityTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every defect an analyst can make in a portfolio file is refused with a message that points at the file,
 * the line (and column), the field and what is wrong. One bad file per row, each with one defect, under
 * {@code src/test/resources/bad/}.
 */
class PortfolioReaderErrorsTest {

    /** The column is not asserted: where the parser stops reading is its own business. */
    private static final int ANY = -1;

    /** A qualified Java name, a CamelCase type name (two humps or more), or an enum constant such as FOO_BAR. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*|\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\\b|\\b[A-Z]+_[A-Z_]+\\b");

    /**
     * One bad file and what its error must say.
     *
     * @param file    the file under bad/, which is also the name the reader is given
     * @param line    1-based; 0 for a file without content to point at
     * @param column  1-based, 0 when unknown, or {@link #ANY}
     * @param field   the path of the offending field, empty for the file as a whole
     * @param phrases what the problem must say
     */
    record Bad(String file, int line, int column, String field, List<String> phrases) {
        @Override
        public String toString() {
            return file;
        }
    }

    private static Bad bad(String file, int line, int column, String field, String... phrases) {
        return new Bad(file, line, column, field, List.of(phrases));
    }

    static Stream<Bad> badFiles() {
        return Stream.of(
                // the file as a whole
                bad("empty.yaml", 0, 0, "", "the file is empty", "format: koers/v1"),
                bad("only-comment.yaml", 0, 0, "", "the file is empty"),
                bad("utf16.yaml", 1, 1, "", "UTF-16", "save it as UTF-8"),
                bad("utf16-without-bom.yaml", 1, ANY, "", "not UTF-8", "save it as UTF-8"),
                bad("invalid-utf8.yaml", 4, ANY, "", "not UTF-8"),
                bad("malformed-indentation.yaml", 4, 4, "performance", "not valid YAML", "is the indentation right?"),
                bad("tab-indentation.yaml", 3, 1, "performance", "not valid YAML", "TAB"),
                bad("second-document.yaml", 7, 1, "", "after the end of the portfolio", "a file holds one portfolio"),
                bad("second-object.json", 9, 1, "", "after the end of the portfolio", "a file holds one portfolio"),
                bad("trailing-garbage.json", 9, ANY, "", "unexpected text after the end of the portfolio"),
                bad("root-is-a-list.json", 1, 1, "", "expected a mapping of fields, found a list"),
                // format
                bad("missing-format.yaml", 1, 1, "format", "required field is missing"),
                bad("wrong-format-version.yaml", 1, 9, "format", "unsupported format 'koers/v2'", "reads 'koers/v1'"),
                // unknown, missing and misplaced fields
                bad("unknown-field-titel.yaml", 4, 3, "performance.titel", "unknown field", "did you mean 'title'?"),
                bad("unknown-field.json", 5, 5, "performance.titel", "unknown field", "did you mean 'title'?"),
                bad("missing-performance-title.yaml", 3, 3, "performance.title", "required field is missing"),
                bad("missing-performance-title.json", 3, 18, "performance.title", "required field is missing"),
                bad("missing-action-id.yaml", 9, 5, "actions[1].id", "required field is missing"),
                bad("missing-kind.yaml", 9, 9, "actions[0].targets[0].kind", "required field is missing"),
                bad("missing-direction.yaml", 9, 9, "actions[0].targets[0].direction", "required field is missing"),
                bad("missing-max-age.yaml", 9, 9, "actions[0].targets[0].maxAge", "required field is missing"),
                bad("missing-measurement-date.yaml", 11, 9, "actions[0].measurements[0].date",
                        "required field is missing"),
                bad("done-on-quantity.yaml", 14, 9, "actions[0].measurements[0].done",
                        "unknown field for measurement of a quantity target"),
                bad("value-on-milestone.yaml", 13, 9, "actions[0].measurements[0].value",
                        "unknown field for measurement of a milestone target"),
                bad("measurement-unknown-target.yaml", 11, 17, "actions[0].measurements[0].target",
                        "unknown target '1b'", "has targets 1a"),
                // duplicates
                bad("duplicate-key.yaml", 5, 3, "performance.code", "duplicate key", "already given on line 3"),
                bad("duplicate-key.json", 7, 5, "performance.title", "duplicate key", "already given on line 5"),
                bad("duplicate-action-id.yaml", 11, 9, "actions[2].id", "action id '1'", "already used on line 7"),
                bad("duplicate-target-id-across-actions.yaml", 12, 15, "actions[1].targets[0].id", "target id 'a'",
                        "already used on line 9"),
                bad("two-measurements-same-date.yaml", 12, 9, "actions[0].measurements[1]", "2018-06-30",
                        "already used on line 11"),
                bad("duplicate-year.yaml", 10, 13, "budget.slices[1].year", "jaarschijf '2018'", "already used on line 8"),
                // dates
                bad("date-not-in-calendar.yaml", 12, 15, "actions[0].measurements[0].date", "\"2018-02-30\"",
                        "not a date in the calendar"),
                bad("date-unpadded.yaml", 11, 14, "actions[0].targets[0].due", "expected a date YYYY-MM-DD",
                        "\"2018-6-30\""),
                bad("date-before-1900.yaml", 11, 14, "actions[0].targets[0].due", "1899-12-31", "1900-01-01"),
                bad("due-before-start.yaml", 12, 14, "actions[0].targets[0].due", "2017-12-31", "2018-01-01",
                        "swapped"),
                // types and numbers
                bad("wrong-type-quoted-number.yaml", 12, 16, "actions[0].targets[0].value", "expected a number",
                        "found the text \"3\""),
                bad("wrong-type-list-for-text.yaml", 4, 10, "performance.title", "expected a text, found a list"),
                bad("number-as-word.yaml", 12, 16, "actions[0].targets[0].value", "expected a number",
                        "found the text \"drie\""),
                bad("number-as-text.json", 4, 55, "budget.slices[0].budgeted", "expected a number",
                        "found the text \"drie\""),
                bad("nan.yaml", 13, 16, "actions[0].measurements[0].value", "NaN and infinities are refused"),
                bad("infinity.yaml", 9, 65, "actions[0].targets[0].value", "NaN and infinities are refused"),
                bad("nan.json", 4, ANY, "budget.slices[0].realised", "NaN and infinities are refused"),
                bad("number-too-long.json", 4, ANY, "budget.slices[0].realised", "more than 64 digits",
                        "the limit for portfolio files"),
                bad("too-large-exponent.yaml", 9, 65, "actions[0].targets[0].value", "1e400", "below 10^15"),
                bad("too-large-exponent.json", 4, 55, "budget.slices[0].realised", "1e400", "below 10^15"),
                bad("too-large-10-to-the-15.yaml", 9, 17, "budget.slices[0].budgeted", "1000000000000000",
                        "below 10^15"),
                bad("negative-budgeted.yaml", 9, 17, "budget.slices[0].budgeted", "-1000.00", "0 or more"),
                bad("currency-usd.yaml", 7, 13, "budget.currency", "'USD'", "EUR"),
                bad("unspent-inconsistent.yaml", 8, 7, "budget.slices[0]", "190000.00",
                        "budgeted - realised is 109000.00"),
                // codes
                bad("unknown-kind.yaml", 10, 15, "actions[0].targets[0].kind",
                        "expected one of quantity | milestone | monitoring", "found the text \"quantiy\""),
                bad("unknown-direction.yaml", 11, 20, "actions[0].targets[0].direction",
                        "expected one of at-least | at-most", "found the text \"atleast\""),
                bad("unknown-bound.yaml", 14, 16, "actions[0].measurements[0].bound",
                        "expected one of exact | at-least | more-than | estimate", "found the text \"roughly\""),
                bad("bad-max-age.yaml", 11, 17, "actions[0].targets[0].maxAge", "ISO-8601 period",
                        "found the text \"12 months\""),
                bad("zero-max-age.yaml", 11, 17, "actions[0].targets[0].maxAge", "positive", "\"P0D\""),
                bad("max-age-too-long.yaml", 11, 17, "actions[0].targets[0].maxAge", "P999999999Y", "longer than 100 years"),
                bad("max-age-too-many-days.yaml", 11, 17, "actions[0].targets[0].maxAge", "P2147483647D",
                        "longer than 100 years"),
                // numbers whose exponent or scale no arithmetic could bear
                bad("tiny-exponent.yaml", 9, 65, "actions[0].targets[0].value", "1e-100000000", "more than 12 decimals"),
                bad("tiny-exponent-realised.yaml", 8, 47, "budget.slices[0].realised", "more than 12 decimals"),
                bad("tiny-exponent.json", 2, 62, "budget.slices[0].realised", "1e-100000000", "more than 12 decimals"),
                bad("huge-exponent.yaml", 9, 65, "actions[0].targets[0].value", "1E+999999999", "too large"),
                bad("too-many-decimals.yaml", 9, 65, "actions[0].targets[0].value", "more than 12 decimals"),
                bad("too-many-digits.yaml", 9, 65, "actions[0].targets[0].value", "more than 64 digits"),
                // YAML tags and keys that are no text
                bad("binary-tag.yaml", 4, 10, "performance.title", "YAML tags", "!!binary", "without a tag"),
                bad("tag-str.yaml", 3, 9, "performance.code", "YAML tags", "!!str"),
                bad("tag-local-on-list.yaml", 6, 10, "actions", "YAML tags", "!foo"),
                bad("tag-on-mapping.yaml", 2, 14, "performance", "YAML tags", "!!map"),
                bad("tag-on-key.yaml", 3, 3, "performance.code", "YAML tags", "!!str"),
                bad("list-as-key.yaml", 6, 4, "", "a key must be a single text", "found a list used as a key"),
                bad("mapping-as-key.yaml", 4, 6, "performance", "a key must be a single text", "found a mapping"),
                // jaarschijven: the year money moves to and the sums of the saldo stay within the format
                bad("year-2199.yaml", 8, 15, "budget.slices[0].year", "from 1900 to 2198", "the year after"),
                bad("derived-budget-too-large.yaml", 8, 7, "budget.slices[0]", "realised 999999999999999 + unspent "
                        + "999999999999999", "below 10^15"),
                bad("balance-too-large.yaml", 8, 7, "budget.slices[0]", "budgeted 999999999999999 - realised "
                        + "-999999999999999", "below 10^15"));
    }

    /** Files that are refused, but whose message is located or worded wrongly: the bugs reported below. */
    static Stream<Bad> imprecise() {
        return Stream.of(
                bad("empty-title.yaml", 4, ANY, "performance.title", "empty"),
                bad("start-after-period.yaml", 9, ANY, "actions[0].targets[0].start", "2019-02-01", "2018-12-31"));
    }

    /** Checks left to the model records: the error names the enclosing mapping, or the whole file. */
    static Stream<Bad> checkedOnlyByTheModel() {
        return imprecise().filter(bad -> bad.file().equals("empty-title.yaml")
                || bad.file().equals("start-after-period.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedWithItsLineFieldAndProblem(Bad bad) {
        assertRefusedAsSpecified(bad);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void everyMessageReadsFileLineFieldProblemAndNamesNoJavaType(Bad bad) {
        PortfolioException e = refusal(bad.file());

        String location = e.line() > 0 ? ":" + e.line() + (e.column() > 0 ? ":" + e.column() : "") : "";
        String field = e.field().isEmpty() ? "" : e.field() + ": ";
        assertThat(e.getMessage()).isEqualTo(name(bad.file()) + location + ": " + field + e.problem());
        if (!e.problem().startsWith("the file is empty")) {
            assertThat(e.line()).as("a file with content has a line to point at: " + e.getMessage()).isPositive();
        }
        assertThat(e.problem()).isNotBlank().isNotEqualTo("null");
        assertThat(e.getMessage()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("java");
        assertThat(JAVA_NAME.matcher(e.getMessage()).find()).as("a Java name in: " + e.getMessage()).isFalse();
    }

    /** Until the bugs below are fixed, these files are at least refused, at or around the right field. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("imprecise")
    void aFileWithAnImpreciseMessageIsStillRefused(Bad bad) {
        PortfolioException e = refusal(bad.file());

        assertThat(e.file()).isEqualTo(name(bad.file()));
        assertThat(bad.field()).as("the field reported contains the offending one").startsWith(e.field());
    }

    @Test
    void aYamlBinaryValueIsRefusedInWordsNotWithATokenName() {
        PortfolioException e = refusal("binary-tag.yaml");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.field()).isEqualTo("performance.title");
        assertThat(JAVA_NAME.matcher(e.getMessage()).find()).as("a Java name in: " + e.getMessage()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checkedOnlyByTheModel")
    void aValueCheckedByTheModelIsReportedAtItsField(Bad bad) {
        assertRefusedAsSpecified(bad);
    }

    @Test
    void aJavaClassTagIsRefusedLikeAnyTag() {
        PortfolioException e = refusal("tag-java-class.yaml");

        assertThat(e.getMessage()).isEqualTo("bad/tag-java-class.yaml:4:10: performance.title: YAML tags such as "
                + "!!binary are not supported (here !!java.io.File); write the value without a tag");
    }

    @Test
    void numbersWithinTheBoundsAreReadAsTheSameNumber() {
        String yaml = """
                format: koers/v1
                performance: { code: "1", title: x, period: { start: 2018-01-01, end: 2018-12-31 } }
                actions:
                  - id: "1"
                    targets:
                      - { id: a, kind: quantity, direction: at-least, value: 1.500000000000000000000 }
                      - { id: b, kind: quantity, direction: at-least, value: 0E-999999999 }
                      - { id: c, kind: quantity, direction: at-least, value: 0.000000000001 }
                      - { id: d, kind: monitoring, maxAge: P100Y }
                """;
        var targets = PortfolioReader.read("p.yaml", new java.io.ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))
                .actions().get(0).targets();

        assertThat(((QuantityTarget) targets.get(0)).value()).isEqualTo(new BigDecimal("1.5"));
        assertThat(((QuantityTarget) targets.get(1)).value()).isEqualTo(BigDecimal.ZERO);
        assertThat(((QuantityTarget) targets.get(2)).value()).isEqualTo(new BigDecimal("1E-12"));
        assertThat(((MonitoringTarget) targets.get(3)).maxAge()).isEqualTo(java.time.Period.ofYears(100));
    }

    @Test
    void aReasonIsGivenForAFileThatCannotBeRead() {
        assertThat(PortfolioFiles.reason(new AccessDeniedException("/x/p.yaml"))).isEqualTo("permission denied");
        assertThat(PortfolioFiles.reason(new FileSystemException("/x/p.yaml", null, "Input/output error")))
                .isEqualTo("input/output error");
    }

    @Test
    void aFileReadByPathIsNamedByThatPath() {
        Path file = Path.of("src", "test", "resources", "bad", "unknown-field-titel.yaml");

        PortfolioException e = refusalOf(() -> PortfolioReader.read(file));

        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.getMessage()).startsWith(file + ":4:3: performance.titel: unknown field");
    }

    @Test
    void aMissingFileAndAFolderAreRefusedByName() {
        Path missing = Path.of("src", "test", "resources", "bad", "no-such-portfolio.yaml");
        Path folder = Path.of("src", "test", "resources", "bad");

        assertThat(refusalOf(() -> PortfolioReader.read(missing)).getMessage()).isEqualTo(missing + ": no such file");
        assertThat(refusalOf(() -> PortfolioReader.read(folder)).getMessage()).startsWith(folder + ": ")
                .contains("folder");
    }

    private static void assertRefusedAsSpecified(Bad bad) {
        PortfolioException e = refusal(bad.file());

        assertThat(e.file()).as(e.getMessage()).isEqualTo(name(bad.file()));
        assertThat(e.line()).as(e.getMessage()).isEqualTo(bad.line());
        if (bad.column() != ANY) {
            assertThat(e.column()).as(e.getMessage()).isEqualTo(bad.column());
        }
        assertThat(e.field()).as(e.getMessage()).isEqualTo(bad.field());
        assertThat(e.problem()).as(e.getMessage()).contains(bad.phrases());
    }

    private static String name(String file) {
        return "bad/" + file;
    }

    /** Reads bad/{@code file} from the test class path under the name "bad/{@code file}". */
    private static PortfolioException refusal(String file) {
        return refusalOf(() -> {
            try (InputStream in = PortfolioReaderErrorsTest.class.getClassLoader().getResourceAsStream(name(file))) {
                assertThat(in).as(name(file) + " on the test class path").isNotNull();
                PortfolioReader.read(name(file), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static PortfolioException refusalOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
        Throwable thrown = catchThrowable(read);
        assertThat(thrown).as("the file is refused").isInstanceOf(PortfolioException.class);
        return (PortfolioException) thrown;
    }
}
