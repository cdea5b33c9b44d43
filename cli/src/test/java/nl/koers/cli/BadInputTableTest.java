package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.koers.evaluator.ruleset.ShippedRules;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and mistaken input, one row per defect, at the level where exit codes are decided: every row ends in
 * exit code 2 with exactly one message naming the file, the line (and column where the parser knows it) and the
 * field, no stack trace, and nothing on standard output but the results of the records that could be read.
 *
 * <p>Most inputs are the corpus in the format module's {@code src/test/resources/bad/}; inputs too large or too odd
 * to commit (a 200 MB line, a zip bomb, random bytes, 10,000 levels of nesting, FIFOs and links to /dev/zero) are
 * written at test time into a temporary folder, and so are the rule folders with a broken decision table, a looping
 * rule or a scenario that reads outside its folder. Every row also checks that no input was changed: the corpus
 * and the row's own folder hold the same files, byte for byte, after the runs as before.
 */
class BadInputTableTest {

    /** The bad-input corpus, shared with the format module's own tests (the cli module's tests run in cli/). */
    private static final Path CORPUS = Path.of("..", "format", "src", "test", "resources", "bad");
    /** Stands for "koers: " and the path of the input in an expected message. */
    private static final String INPUT = "{input}";
    /** Stands for any text in an expected message: a temporary path, a count. */
    private static final String ANY = "{*}";

    @TempDir
    static Path work;

    /** How the command is given the bad input. */
    interface Input {
        /** The arguments after the command's own, the input last; {@code work} is a fresh folder to write into. */
        List<String> arguments(Path work) throws IOException;
    }

    /**
     * The command a row runs.
     *
     * @param words       the command and its options before the row's arguments
     * @param takesOutput whether it takes {@code --output}, so that the row is run once more writing to a file
     * @param exitCode    the exit code of a refused input
     * @param reportsOnOut whether the message is a line of the report on standard output (a failed scenario) rather
     *                    than of standard error
     */
    record Command(List<String> words, boolean takesOutput, int exitCode, boolean reportsOnOut) {
    }

    /** {@code koers evaluate --format json}, so that any result on standard output is one line. */
    static final Command EVALUATE = new Command(List.of("evaluate", "--format", "json"), true, 2, false);
    /** {@code koers diff --format json OLD NEW}. */
    static final Command DIFF = new Command(List.of("diff", "--format", "json"), true, 2, false);
    /** {@code koers rules test DIR}: a scenario that cannot be read fails, with exit code 3, as a scenario that fails. */
    static final Command RULES_TEST = new Command(List.of("rules", "test"), false, 3, true);

    /**
     * One row: a bad input and what the one message about it must start with.
     *
     * @param name     the defect, as the test report shows it
     * @param input    how the command gets it
     * @param message  the start of the message line; {@value #INPUT} stands for "koers: " and the input's path,
     *                 {@value #ANY} for any text
     * @param errLines the lines on standard error: the message, plus for a stream or rule folder the summary line
     * @param results  the results on standard output: of the good records of a stream
     */
    record Case(String name, Command command, Input input, String message, int errLines, int results) {

        Case(String name, Input input, String message, int errLines, int results) {
            this(name, EVALUATE, input, message, errLines, results);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A file of the corpus, whose message is {@code "koers: PATH" + rest}. */
    private static Case bad(String file, String rest) {
        return new Case(file, w -> List.of(CORPUS.resolve(file).toString()), INPUT + rest, 1, 0);
    }

    /** A JSON Lines file of the corpus: one bad record among {@code results} good ones, then the summary. */
    private static Case badLines(String file, int results, String rest) {
        return new Case(file, w -> List.of(CORPUS.resolve(file).toString()), INPUT + rest, 2, results);
    }

    /** A file written at test time as {@code name}. */
    private static Case generated(String name, Writer writer, int errLines, int results, String rest) {
        return new Case(name, w -> {
            Path file = w.resolve(name);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                writer.write(out);
            }
            return List.of(file.toString());
        }, INPUT + rest, errLines, results);
    }

    /** The shipped rules copied into a folder and broken by {@code change}; the embedded default is evaluated. */
    private static Case rules(String name, RuleChange change, String message) {
        return new Case(name, w -> {
            Path folder = w.resolve(name.replaceAll("\\W+", "-"));
            ShippedRules.copyTo(folder);
            change.apply(folder);
            return List.of("--rules", folder.toString());
        }, message, 2, 0);
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    interface RuleChange {
        void apply(Path folder) throws IOException;
    }

    static Stream<Case> cases() {
        return Stream.of(
                // the file as a whole
                bad("empty.yaml", ": the file is empty; expected a portfolio starting with 'format: koers/v1'"),
                bad("only-comment.yaml", ": the file is empty"),
                bad("utf16.yaml", ":1:1: the file is UTF-16; save it as UTF-8"),
                bad("utf16-without-bom.yaml", ":1: the file is not UTF-8 text (it holds NUL bytes"),
                bad("invalid-utf8.yaml", ":4: the file is not UTF-8 text; save it as UTF-8"),
                generated("random-binary.yaml", out -> out.write(randomBytes(4096)), 1, 0,
                        ":4: the file is not UTF-8 text (it holds NUL bytes"),
                generated("too-large.yaml", out -> repeat(out, "# ruis\n", 17 * 1024 * 1024 / 7 + 1), 1, 0,
                        ": the file is 17825794 bytes; a portfolio may be at most 16 MiB"),
                bad("truncated.yaml", ":8:23: actions[0].title: the file is not valid YAML: found unexpected end of stream"),
                bad("truncated.json", ":6:53: performance.period.end: the file is not valid JSON: Unexpected end-of-input"),
                bad("malformed-indentation.yaml", ":4:4: performance: the file is not valid YAML: expected <block end>"),
                bad("tab-indentation.yaml", ":3:1: performance: the file is not valid YAML: found character '\\t(TAB)'"),
                bad("second-document.yaml", ":7:1: unexpected content after the end of the portfolio"),
                bad("second-object.json", ":9:1: unexpected content after the end of the portfolio"),
                bad("trailing-garbage.json", ":9:2: unexpected text after the end of the portfolio"),
                bad("root-is-a-list.json", ":1:1: expected a mapping of fields, found a list"),
                // limits of the parsers
                bad("billion-laughs.yaml", ":8:14: performance.lol1[0]: YAML aliases such as *a0 are not supported"),
                bad("yaml-alias.yaml", ":4:10: performance.title: YAML aliases such as *code are not supported"),
                generated("deep.json", out -> nested(out, "{\"format\":\"koers/v1\",\"performance\":", "[", "]", "}"), 1, 0,
                        ":1:100: performance[0][0][0][0][0][0]…: the portfolio is nested more than 64 levels deep"),
                generated("deep.yaml", out -> nested(out, "format: koers/v1\nperformance: ", "[", "]", "\n"), 1, 0,
                        ":2:78: performance[0][0][0][0][0][0]…: the portfolio is nested more than 64 levels deep"),
                generated("long-text.yaml", out -> write(out, "format: koers/v1\nperformance:\n  title: \""
                        + "x".repeat(1_000_001) + "\"\n"), 1, 0,
                        ":3:10: performance.title: the text is longer than 1000000 characters"),
                bad("number-too-long.json", ":4:135: budget.slices[0].realised: the number has more than 64 digits"),
                bad("binary-tag.yaml", ":4:10: performance.title: YAML tags such as !!binary are not supported (here !!binary)"),
                bad("tag-java-class.yaml", ":4:10: performance.title: YAML tags such as !!binary are not supported "
                        + "(here !!java.io.File); write the value without a tag"),
                bad("tag-str.yaml", ":3:9: performance.code: YAML tags such as !!binary are not supported (here !!str)"),
                bad("tag-local-on-list.yaml", ":6:10: actions: YAML tags such as !!binary are not supported (here !foo)"),
                bad("tag-on-mapping.yaml", ":2:14: performance: YAML tags such as !!binary are not supported (here !!map)"),
                bad("tag-on-key.yaml", ":3:3: performance.code: YAML tags such as !!binary are not supported (here !!str)"),
                bad("list-as-key.yaml", ":6:4: the file is not valid YAML: a key must be a single text, such as 'title', "
                        + "found a list used as a key"),
                bad("mapping-as-key.yaml", ":4:6: performance: the file is not valid YAML: a key must be a single text, "
                        + "such as 'title', found a mapping used as a key"),
                // format
                bad("missing-format.yaml", ":1:1: format: required field is missing"),
                bad("wrong-format-version.yaml", ":1:9: format: unsupported format 'koers/v2'; this version of Koers reads 'koers/v1'"),
                // unknown, missing and misplaced fields
                bad("unknown-field-titel.yaml", ":4:3: performance.titel: unknown field for performance (did you mean 'title'?)"),
                bad("unknown-field.json", ":5:5: performance.titel: unknown field for performance (did you mean 'title'?)"),
                bad("missing-performance-title.yaml", ":3:3: performance.title: required field is missing"),
                bad("missing-performance-title.json", ":3:18: performance.title: required field is missing"),
                bad("missing-action-id.yaml", ":9:5: actions[1].id: required field is missing"),
                bad("missing-kind.yaml", ":9:9: actions[0].targets[0].kind: required field is missing"),
                bad("missing-direction.yaml", ":9:9: actions[0].targets[0].direction: required field is missing"),
                bad("missing-max-age.yaml", ":9:9: actions[0].targets[0].maxAge: required field is missing"),
                bad("missing-measurement-date.yaml", ":11:9: actions[0].measurements[0].date: required field is missing"),
                bad("empty-title.yaml", ":4:10: performance.title: required field may not be empty"),
                bad("done-on-quantity.yaml", ":14:9: actions[0].measurements[0].done: unknown field for measurement of a quantity target"),
                bad("value-on-milestone.yaml", ":13:9: actions[0].measurements[0].value: unknown field for measurement of a milestone target"),
                bad("measurement-unknown-target.yaml", ":11:17: actions[0].measurements[0].target: unknown target '1b'; "
                        + "action 1 has targets 1a (did you mean '1a'?)"),
                // duplicates
                bad("duplicate-key.yaml", ":5:3: performance.code: duplicate key; it is already given on line 3"),
                bad("duplicate-key.json", ":7:5: performance.title: duplicate key; it is already given on line 5"),
                bad("duplicate-action-id.yaml", ":11:9: actions[2].id: action id '1' is already used on line 7"),
                bad("duplicate-target-id-across-actions.yaml", ":12:15: actions[1].targets[0].id: target id 'a' is already used on line 9"),
                bad("two-measurements-same-date.yaml", ":12:9: actions[0].measurements[1]: measurement of target "
                        + "'1a on 2018-06-30' is already used on line 11"),
                bad("duplicate-year.yaml", ":10:13: budget.slices[1].year: jaarschijf '2018' is already used on line 8"),
                // dates
                bad("date-not-in-calendar.yaml", ":12:15: actions[0].measurements[0].date: expected a date YYYY-MM-DD, "
                        + "found the text \"2018-02-30\", which is not a date in the calendar"),
                bad("date-unpadded.yaml", ":11:14: actions[0].targets[0].due: expected a date YYYY-MM-DD, found the text \"2018-6-30\""),
                bad("date-before-1900.yaml", ":11:14: actions[0].targets[0].due: the date 1899-12-31 lies outside 1900-01-01 .. 2199-12-31"),
                bad("due-before-start.yaml", ":12:14: actions[0].targets[0].due: due 2017-12-31 lies before start 2018-01-01; "
                        + "maybe the dates are swapped?"),
                bad("start-after-period.yaml", ":9:45: actions[0].targets[0].start: start 2019-02-01 lies after 2018-12-31"),
                // types and numbers
                bad("wrong-type-quoted-number.yaml", ":12:16: actions[0].targets[0].value: expected a number, found the text \"3\""),
                bad("wrong-type-list-for-text.yaml", ":4:10: performance.title: expected a text, found a list"),
                bad("number-as-word.yaml", ":12:16: actions[0].targets[0].value: expected a number, found the text \"drie\""),
                bad("newline-in-value.yaml", ":12:16: actions[0].targets[0].value: expected a number, found the text "
                        + "\"drie\\nvier\""),
                bad("number-as-text.json", ":4:55: budget.slices[0].budgeted: expected a number, found the text \"drie\""),
                bad("nan.yaml", ":13:16: actions[0].measurements[0].value: NaN and infinities are refused"),
                bad("nan.json", ":4:58: budget.slices[0].realised: the file is not valid JSON: NaN and infinities are refused"),
                bad("infinity.yaml", ":9:65: actions[0].targets[0].value: NaN and infinities are refused"),
                bad("too-large-exponent.yaml", ":9:65: actions[0].targets[0].value: the number 1e400 is too large; "
                        + "numbers must stay below 10^15"),
                bad("too-large-exponent.json", ":4:55: budget.slices[0].realised: the number 1e400 is too large"),
                bad("huge-exponent.yaml", ":9:65: actions[0].targets[0].value: the number 1E+999999999 is too large"),
                bad("tiny-exponent.yaml", ":9:65: actions[0].targets[0].value: the number 1e-100000000 has more than 12 "
                        + "decimals (digits after the point), the limit for portfolio files"),
                bad("tiny-exponent-realised.yaml", ":8:47: budget.slices[0].realised: the number 1e-100000000 has more "
                        + "than 12 decimals"),
                bad("tiny-exponent.json", ":2:62: budget.slices[0].realised: the number 1e-100000000 has more than 12 decimals"),
                bad("too-many-decimals.yaml", ":9:65: actions[0].targets[0].value: the number 0.0000000000000000000001 "
                        + "has more than 12 decimals"),
                bad("too-many-digits.yaml", ":9:65: actions[0].targets[0].value: the number has more than 64 digits"),
                generated("long-scale.yaml", out -> write(out, "format: koers/v1\nperformance:\n  code: \"1\"\n  title: x\n"
                        + "  period: { start: 2018-01-01, end: 2018-12-31 }\nbudget:\n  slices:\n    - year: 2018\n"
                        + "      realised: 0." + "0".repeat(100_000) + "1\n"), 1, 0,
                        ":9:17: budget.slices[0].realised: the number has more than 64 digits"),
                bad("too-large-10-to-the-15.yaml", ":9:17: budget.slices[0].budgeted: the number 1000000000000000 is too large"),
                bad("negative-budgeted.yaml", ":9:17: budget.slices[0].budgeted: expected an amount of 0 or more, found -1000.00"),
                bad("currency-usd.yaml", ":7:13: budget.currency: unsupported currency 'USD'; koers/v1 budgets are in EUR"),
                bad("unspent-inconsistent.yaml", ":8:7: budget.slices[0]: unspent of jaarschijf 2018 is 190000.00 but "
                        + "budgeted - realised is 109000.00"),
                // codes
                bad("unknown-kind.yaml", ":10:15: actions[0].targets[0].kind: expected one of quantity | milestone | monitoring, "
                        + "found the text \"quantiy\""),
                bad("unknown-direction.yaml", ":11:20: actions[0].targets[0].direction: expected one of at-least | at-most"),
                bad("unknown-bound.yaml", ":14:16: actions[0].measurements[0].bound: expected one of exact | at-least | "
                        + "more-than | estimate, found the text \"roughly\""),
                bad("bad-max-age.yaml", ":11:17: actions[0].targets[0].maxAge: expected a positive ISO-8601 period such as P12M"),
                bad("zero-max-age.yaml", ":11:17: actions[0].targets[0].maxAge: expected a positive ISO-8601 period such as P12M"),
                bad("max-age-too-long.yaml", ":11:17: actions[0].targets[0].maxAge: the period P999999999Y is longer than "
                        + "100 years, the limit for portfolio files"),
                bad("max-age-too-many-days.yaml", ":11:17: actions[0].targets[0].maxAge: the period P2147483647D is longer "
                        + "than 100 years"),
                // jaarschijven: the year a budget change moves to, and the sums the saldo derives, stay in the format
                bad("year-2199.yaml", ":8:15: budget.slices[0].year: expected a year from 1900 to 2198, found the number 2199"),
                bad("derived-budget-too-large.yaml", ":8:7: budget.slices[0]: budgeted of jaarschijf 2018, realised "
                        + "999999999999999 + unspent 999999999999999, is 1999999999999998; numbers must stay below 10^15"),
                bad("balance-too-large.yaml", ":8:7: budget.slices[0]: the balance of jaarschijf 2018, budgeted "
                        + "999999999999999 - realised -999999999999999, is 1999999999999998; numbers must stay below 10^15"),
                // JSON Lines: the bad record is named by its line, the good ones are evaluated
                badLines("bad-record.jsonl", 1, ":2:67: performance: the file is not valid JSON: Unexpected character"),
                badLines("unknown-field.jsonl", 1, ":3:52: performance.titel: unknown field for performance"),
                badLines("not-utf8-record.jsonl", 1, ":2:63: the line is not UTF-8 text: the byte F6 is no UTF-8 character "
                        + "here; save the file as UTF-8"),
                badLines("ff-fe-record.jsonl", 1, ":2:1: the line is not UTF-8 text: the byte FF is no UTF-8 character here"),
                badLines("nul-record.jsonl", 1, ":2:22: the line holds a NUL byte, which no text holds"),
                badLines("huge-exponent-record.jsonl", 1, ":2:160: budget.slices[0].realised: the number 1E+999999999 is too large"),
                badLines("yaml-record.jsonl", 0, ":1:7: the file is not valid JSON: Unrecognized token 'format'"),
                badLines("measurements-file.jsonl", 0, ":1:41: measurementsFile: a portfolio that is not read from a file"),
                generated("long-line.jsonl", BadInputTableTest::longLine, 2, 1,
                        ":1: the line is more than 16777216 bytes long; a portfolio may be at most 16 MiB"),
                // measurements in a CSV file: named by the CSV file, its line and the column
                csv("wrong-column-count", ":3: the row has 9 fields but the header has 8 columns"),
                csv("not-a-number", ":3: column 'value': expected a number, found the text \"twaalf\""),
                csv("unknown-action", ":2: column 'action': unknown action '2' (did you mean '1'?); the portfolio has actions 1"),
                csv("unknown-target", ":2: column 'target': unknown target '1c'; action 1 has targets 1a, 1b (did you mean '1a'?)"),
                csv("same-date-as-yaml", ":2: measurement of target '1a on 2018-06-30' is already given in "),
                csv("unknown-column", ":1: column 'datum': unknown column (did you mean 'date'?)"),
                csv("unclosed-quote", ":2:21: column 'source': a quoted field that starts here is not closed"),
                csv("quote-in-cell", ":2:34: column 'source': a quote in the middle of a field; a field holding a quote "
                        + "is quoted as a whole"),
                csv("text-after-quote", ":2:35: column 'source': text after the closing quote of a quoted field"),
                csv("swallowed-row", ":2:21: column 'source': the quoted field that starts here runs on over line 3, "
                        + "which reads like a row of its own; close the quote on line 2"),
                csv("too-many-decimals", ":2: column 'value': the number 0.0000000000000000001 has more than 12 decimals"),
                csv("too-many-digits", ":2: column 'value': the number has more than 64 digits"),
                measurements("a FIFO as measurements file", BadInputTableTest::fifo, ": is not a regular file (it is a "
                        + "device, a FIFO or a socket)"),
                measurements("measurements linked to /dev/zero", f -> link(f, Path.of("/dev/zero")),
                        ": is a link leading outside the portfolio's folder"),
                // what a path is: only a regular file is opened, and only as much of it read as the limit allows
                special("link-to-dev-zero.yaml", f -> link(f, Path.of("/dev/zero")), NOT_REGULAR),
                special("link-to-dev-urandom.json", f -> link(f, Path.of("/dev/urandom")), NOT_REGULAR),
                special("link-to-dev-urandom.jsonl", f -> link(f, Path.of("/dev/urandom")), NOT_REGULAR),
                special("fifo.yaml", BadInputTableTest::fifo, NOT_REGULAR),
                special("fifo.jsonl", BadInputTableTest::fifo, NOT_REGULAR),
                special("dangling-link.yaml", f -> link(f, f.resolveSibling("weg.yaml")), ": is a link to a file that does not exist"),
                special("link-loop.yaml", f -> link(f, f), ": is a link that leads round in a loop"),
                special("unreadable.yaml", BadInputTableTest::unreadable, ": cannot be read: permission denied"),
                // a folder: what is named like a portfolio but is none is reported, and the others are evaluated
                inFolder("a folder with /dev/zero.yaml", "nul.yaml", f -> link(f, Path.of("/dev/zero")), NOT_REGULAR),
                inFolder("a folder with a FIFO", "fifo.yml", BadInputTableTest::fifo, NOT_REGULAR),
                inFolder("a folder with a dangling link", "weg.yaml", f -> link(f, f.resolveSibling("nergens.yaml")),
                        ": is a link to a file that does not exist"),
                inFolder("a folder with a link loop", "rond.json", f -> link(f, f), ": is a link that leads round in a loop"),
                inFolder("a folder with a folder", "map.yaml", Files::createDirectory, ": is a folder, not a file"),
                // diff NEW (and OLD) are read as any portfolio
                diff("diff NEW a FIFO", BadInputTableTest::fifo, NOT_REGULAR),
                diff("diff NEW linked to /dev/zero", f -> link(f, Path.of("/dev/zero")), NOT_REGULAR),
                diff("diff NEW with a tiny exponent", f -> Files.copy(CORPUS.resolve("tiny-exponent.yaml"), f),
                        ":9:65: actions[0].targets[0].value: the number 1e-100000000 has more than 12 decimals"),
                new Case("diff OLD a FIFO", DIFF, w -> {
                    Path old = w.resolve("old.yaml");
                    fifo(old);
                    return List.of(old.toString(), good(w.resolve("new.yaml")).toString());
                }, "koers: " + ANY + "old.yaml" + NOT_REGULAR, 1, 0),
                // a scenario reads its portfolio from the rule folder only, and only a regular file
                scenario("a scenario climbing out of the rule folder", "../../buiten.yaml", w -> good(w.resolve("buiten.yaml")),
                        "'../../buiten.yaml' leads outside the rule folder; keep the portfolio in the rule folder"),
                scenario("a scenario with an absolute path", "/etc/passwd", w -> { },
                        "'/etc/passwd' must be a path relative to the scenario file"),
                scenario("a scenario reading a FIFO", "../fifo.yaml", w -> fifo(w.resolve("regels").resolve("fifo.yaml")),
                        ANY + "fifo.yaml" + NOT_REGULAR),
                scenario("a scenario reading /dev/zero through a link", "nul.yaml",
                        w -> link(w.resolve("regels").resolve("scenarios").resolve("nul.yaml"), Path.of("/dev/zero")),
                        ANY + "nul.yaml: 'nul.yaml' leads outside the rule folder (through a link)"),
                scenario("a scenario reading a file outside through a link", "buiten.yaml",
                        w -> {
                            good(w.resolve("buiten-echt.yaml"));
                            link(w.resolve("regels").resolve("scenarios").resolve("buiten.yaml"), w.resolve("buiten-echt.yaml"));
                        },
                        ANY + "buiten.yaml: 'buiten.yaml' leads outside the rule folder (through a link)"),
                csv("done-on-quantity", ":2: column 'done': must be empty: target '1a' is a quantity target"),
                csv("date-not-in-calendar", ":2: column 'date': expected a date YYYY-MM-DD, found the text \"2018-02-30\""),
                bad("measurements-outside-folder.yaml", ":2:19: measurementsFile: '../metingen.csv' leads outside the "
                        + "portfolio's folder"),
                bad("measurements-absolute-path.yaml", ":2:19: measurementsFile: '/etc/passwd' must be a path relative to "
                        + "the portfolio's folder"),
                new Case("measurements-missing-file.yaml",
                        w -> List.of(CORPUS.resolve("measurements-missing-file.yaml").toString()),
                        "koers: " + CORPUS.resolve("geen-metingen.csv") + ": no such file", 1, 0),
                // decision tables and rules in an analyst's rule folder
                rules("a corrupt xlsx", f -> Files.write(f.resolve("geldkleur.drl.xlsx"),
                                Arrays.copyOf(Files.readAllBytes(f.resolve("geldkleur.drl.xlsx")), 3000)),
                        // what POI says of a cut-off zip depends on where the cut falls; Koers's own words do not
                        "geldkleur.drl.xlsx: error: cannot be read as a spreadsheet (is it saved as xlsx or xls?): "),
                rules("a zip bomb xlsx", f -> Files.write(f.resolve("geldkleur.drl.xlsx"), zipBomb()),
                        "geldkleur.drl.xlsx: error: cannot be read as a spreadsheet: it unpacks to far more than it holds"),
                rules("a looping rule", f -> Files.writeString(f.resolve("loop.drl"), """
                                package nl.koers.rules;

                                import nl.koers.model.Peildatum;

                                rule "Keeps touching the peildatum"
                                when
                                    $d : Peildatum( )
                                then
                                    update($d);
                                end
                                """),
                        "koers: rule set folder {*}: the rules fired {*} times on {*} facts and were stopped; "
                                + "rule 'Keeps touching the peildatum' fired most"));
    }

    private static final String NOT_REGULAR = ": is not a regular file (it is a device, a FIFO or a socket); give a file "
            + "saved on disk";

    /** A minimal valid portfolio. */
    private static final String GOOD = """
            format: koers/v1
            performance:
              code: "1.1.1"
              title: "Proef"
              period: { start: 2018-01-01, end: 2018-12-31 }
            """;

    /** Makes a file of some kind at a path: a FIFO, a link, a folder. */
    interface Maker {
        void make(Path file) throws IOException;
    }

    /** A path made by {@code maker} in the row's folder as {@code name}, given to {@code koers evaluate}. */
    private static Case special(String name, Maker maker, String rest) {
        return new Case(name, w -> {
            Path file = w.resolve(name);
            maker.make(file);
            return List.of(file.toString());
        }, INPUT + rest, 1, 0);
    }

    /** A folder holding a good portfolio and {@code entry}, made by {@code maker}: one problem and one result. */
    private static Case inFolder(String name, String entry, Maker maker, String rest) {
        return new Case(name, w -> {
            Path folder = Files.createDirectory(w.resolve("begroting"));
            good(folder.resolve("goed.yaml"));
            maker.make(folder.resolve(entry));
            return List.of(folder.toString());
        }, INPUT + "/" + entry + rest, 2, 1);
    }

    /** A portfolio naming metingen.csv, which {@code maker} makes next to it. */
    private static Case measurements(String name, Maker maker, String rest) {
        return new Case(name, w -> {
            Path portfolio = w.resolve("portfolio.yaml");
            Files.writeString(portfolio, GOOD + "measurementsFile: metingen.csv\n");
            maker.make(w.resolve("metingen.csv"));
            return List.of(portfolio.toString());
        }, "koers: " + ANY + "metingen.csv" + rest, 1, 0);
    }

    /** {@code koers diff OLD NEW}: a good OLD, and NEW made by {@code maker}. */
    private static Case diff(String name, Maker maker, String rest) {
        return new Case(name, DIFF, w -> {
            Path newer = w.resolve("new.yaml");
            maker.make(newer);
            return List.of(good(w.resolve("old.yaml")).toString(), newer.toString());
        }, INPUT + rest, 1, 0);
    }

    /**
     * {@code koers rules test} on the shipped rules with one more scenario, scenarios/zz.yaml, whose portfolio is
     * {@code reference}; {@code setup} makes what it refers to in the row's folder (the rule folder is regels/).
     */
    private static Case scenario(String name, String reference, Maker setup, String rest) {
        return new Case(name, RULES_TEST, w -> {
            Path folder = w.resolve("regels");
            ShippedRules.copyTo(folder);
            setup.make(w);
            Files.writeString(folder.resolve("scenarios").resolve("zz.yaml"), "scenario: \"Elders\"\nportfolio: " + reference
                    + "\nexpect: { contentColour: green }\n");
            return List.of(folder.toString());
        }, "scenarios/zz.yaml:2:12: portfolio: " + rest, 0, 0);
    }

    private static Path good(Path file) throws IOException {
        return Files.writeString(file, GOOD);
    }

    private static void link(Path link, Path target) throws IOException {
        Files.createSymbolicLink(link, target);
    }

    /** A FIFO, which blocks whoever opens it until someone writes to it. */
    private static void fifo(Path file) throws IOException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
            assertThat(mkfifo.waitFor()).as("mkfifo " + file).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A portfolio no one may read; as root every file can be read, so the row is skipped there. */
    private static void unreadable(Path file) throws IOException {
        good(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "the tests run as root, who reads any file");
    }

    private static Case csv(String defect, String rest) {
        String portfolio = "measurements-" + defect + ".yaml";
        return new Case("measurements-" + defect + ".csv", w -> List.of(CORPUS.resolve(portfolio).toString()),
                "koers: " + CORPUS.resolve("measurements-" + defect + ".csv") + rest, 1, 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyBadInputIsOneMessageNamingFileLineAndFieldAndExitCode2(Case bad) throws IOException {
        Path folder = Files.createTempDirectory(work, "case");
        List<String> arguments = bad.input().arguments(folder);
        Map<Path, String> inputs = contents(CORPUS, folder);

        CliRun run = run(bad.command(), arguments);

        String input = arguments.get(arguments.size() - 1);
        String expected = bad.message().replace(INPUT, "koers: " + input);
        Pattern start = Pattern.compile(Arrays.stream(expected.split(Pattern.quote(ANY), -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*")));
        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(bad.command().exitCode());
        assertThat(run.err() + run.out()).doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(").doesNotContain("Exception")
                .doesNotContain("internal error");
        if (bad.command().reportsOnOut()) {
            assertThat(run.out().lines()).as(run.out()).filteredOn(line -> start.matcher(line.strip()).lookingAt())
                    .as("one line starting with " + expected + " in\n" + run.out()).hasSize(1);
            assertThat(run.out().lines().reduce((a, b) -> b)).as(run.out()).hasValueSatisfying(last ->
                    assertThat(last).endsWith(" passed, 1 failed"));
        } else {
            assertThat(run.err().lines()).as(run.err()).hasSize(bad.errLines())
                    .filteredOn(line -> start.matcher(line).lookingAt())
                    .as("one line starting with " + expected + " in\n" + run.err()).hasSize(1);
            assertThat(run.out().lines()).as(run.out()).hasSize(bad.results())
                    .allSatisfy(line -> assertThat(line).startsWith("{\"schema\":\"koers-"));
        }

        if (bad.command().takesOutput()) {
            // the same with --output: the same message, and no report file, not even a partial or temporary one
            Path reports = Files.createTempDirectory(work, "report");
            List<String> toFile = new ArrayList<>(List.of("--output", reports.resolve("report.json").toString()));
            toFile.addAll(arguments);
            CliRun written = run(bad.command(), toFile);
            assertThat(written.exitCode()).as(written.err()).isEqualTo(bad.command().exitCode());
            assertThat(written.err().lines()).as(written.err()).filteredOn(line -> start.matcher(line).lookingAt()).hasSize(1);
            try (Stream<Path> left = Files.list(reports)) {
                assertThat(left).as("files left in the report folder").isEmpty();
            }
        }
        assertThat(contents(CORPUS, folder)).as("every input, byte for byte, after the runs").isEqualTo(inputs);
    }

    private static CliRun run(Command command, List<String> arguments) {
        List<String> args = new ArrayList<>(command.words());
        args.addAll(arguments);
        return CliRun.of(args.toArray(String[]::new));
    }

    /**
     * The SHA-256 of every regular file below {@code folders}; links are not followed, and FIFOs and devices are left
     * alone (reading a FIFO would block).
     */
    private static Map<Path, String> contents(Path... folders) throws IOException {
        Map<Path, String> hashes = new TreeMap<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    hashes.put(file, sha256(file));
                }
            }
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (AccessDeniedException e) {
            // a row's unreadable file (when the tests do not run as root): unchanged as far as anyone can tell
            return "unreadable";
        }
    }

    // ---- generated inputs

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(20180230).nextBytes(bytes);
        return bytes;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void repeat(OutputStream out, String text, int times) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < times; i++) {
            out.write(bytes);
        }
    }

    /** 10,000 levels of {@code open} and {@code close} between {@code before} and {@code after}. */
    private static void nested(OutputStream out, String before, String open, String close, String after) throws IOException {
        write(out, before);
        repeat(out, open, 10_000);
        repeat(out, close, 10_000);
        write(out, after);
    }

    /** A 200 MB record line, then a good one: the first is refused by its size, the second evaluated. */
    private static void longLine(OutputStream out) throws IOException {
        write(out, "{\"format\":\"koers/v1\",\"performance\":{\"code\":\"1\",\"title\":\"");
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, (byte) 'x');
        for (int i = 0; i < 200; i++) {
            out.write(block);
        }
        write(out, "\"}}\n{\"format\":\"koers/v1\",\"performance\":{\"code\":\"2\",\"title\":\"Proef\","
                + "\"period\":{\"start\":\"2018-01-01\",\"end\":\"2018-12-31\"}}}\n");
    }

    /** An xlsx whose one sheet unpacks from some 250 kB to 256 MB of zeros. */
    private static byte[] zipBomb() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
