package nl.koers.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import nl.koers.evaluator.DatedRuleFolders.MandateRow;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Portfolio;

/**
 * Validity dates change which rules an evaluation uses, and nothing else: evaluating at a date D gives what a rule
 * set gives that holds only the rows in force at D, without their dates. The rule sets are the shipped set with a
 * generated GS-mandate table (gs-mandaat.drl.csv) whose rows follow each other in time, as a valid table's must; the
 * portfolio is the seed, whose € 109.000 from the reserve is a GS or a PS change depending on the mandate in force.
 */
class ValidityPropertiesTest {

    private static final Portfolio SEED = PortfolioReader.readDefault();
    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    private static final int YEARS = 6;

    /** Rule sets without dates, by their mandate table (none: no row in force), built once each. */
    private static final Map<String, Evaluator> UNDATED = new HashMap<>();
    private static Path folders;

    /** A generated dated table and two dates to evaluate at. */
    record Case(List<MandateRow> rows, LocalDate one, LocalDate other) {
    }

    @Property(tries = 15)
    void evaluatingAtADateEqualsEvaluatingOnlyTheRowsInForceThen(@ForAll("cases") Case c) {
        Evaluator dated = Evaluator.create(RuleSource.folder(DatedRuleFolders.withMandateCsv(folder(),
                DatedRuleFolders.mandateCsv(c.rows(), true))));

        for (LocalDate day : List.of(c.one(), c.other())) {
            List<MandateRow> inForce = c.rows().stream()
                    .filter(r -> new DatedRule(r.name(), r.from(), r.to()).inForceAt(day)).toList();
            Evaluator undated = UNDATED.computeIfAbsent(inForce.isEmpty() ? "" : DatedRuleFolders.mandateCsv(inForce, false),
                    csv -> Evaluator.create(RuleSource.folder(undatedFolder(csv))));

            assertThat(outcome(dated, day)).as("at %s with %s", day, c.rows()).isEqualTo(outcome(undated, day));
            try {
                // the generated table's dated rows; the shipped set's own dated rows (begrotingswijziging.drl.xlsx)
                // are the same in both rule sets
                assertThat(dated.evaluate(SEED, day).datedRules()).extracting(DatedRule::rule)
                        .filteredOn(rule -> rule.startsWith("Mandate row "))
                        .containsExactlyInAnyOrderElementsOf(inForce.stream()
                                .filter(r -> r.from() != null || r.to() != null).map(MandateRow::name).toList());
            } catch (RuleSetException e) {
                // no row in force: both rule sets leave the budget change undecided, as compared above
            }
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, YEARS * 365).map(d -> FIRST.plusDays(d));
        Arbitrary<List<LocalDate>> boundaries = Arbitraries.integers().between(0, YEARS * 2 - 1)
                .map(half -> FIRST.plusMonths(6L * half)).set().ofMaxSize(3).map(s -> new ArrayList<>(new TreeSet<>(s)));
        Arbitrary<List<Long>> mandates = Arbitraries.of(0L, 100_000L, 1_000_000L).list().ofSize(5);
        Arbitrary<Boolean> openStart = Arbitraries.of(true, false);
        Arbitrary<Boolean> openEnd = Arbitraries.of(true, false);
        return Combinators.combine(boundaries, mandates, openStart, openEnd, days, days)
                .as((b, m, start, end, one, other) -> new Case(rows(b, m, start, end), one, other));
    }

    /**
     * Rows that follow each other: one per stretch between {@code boundaries}; the first open towards the past unless
     * {@code openStart} is false (then it starts at the first boundary), the last likewise towards the future.
     */
    private static List<MandateRow> rows(List<LocalDate> boundaries, List<Long> mandates, boolean openStart, boolean openEnd) {
        List<LocalDate> ends = new ArrayList<>();
        if (openStart || boundaries.isEmpty()) {
            ends.add(null);
        }
        ends.addAll(boundaries);
        if (openEnd || ends.size() < 2) {
            ends.add(null);
        }
        List<MandateRow> rows = new ArrayList<>();
        for (int i = 0; i + 1 < ends.size(); i++) {
            rows.add(new MandateRow("Mandate row " + (i + 1), ends.get(i), ends.get(i + 1), mandates.get(i)));
        }
        return rows;
    }

    /** What an evaluation decides, or the problems it fails with (their codes and rules, not the rule set's name). */
    private static List<String> outcome(Evaluator evaluator, LocalDate day) {
        try {
            return RuleFolders.verdicts(evaluator.evaluate(SEED, day));
        } catch (RuleSetException e) {
            return e.allProblems().stream().map(p -> "problem " + p.code() + " " + p.rules()).sorted().toList();
        }
    }

    private static Path undatedFolder(String csv) {
        if (!csv.isEmpty()) {
            return DatedRuleFolders.withMandateCsv(folder(), csv);
        }
        Path folder = RuleFolders.shippedCopy(folder());
        try {
            Files.delete(folder.resolve("gs-mandaat.drl.xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static synchronized Path folder() {
        try {
            if (folders == null) {
                folders = Files.createTempDirectory("koers-validity");
            }
            return Files.createTempDirectory(folders, "rules");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void removeFolders() throws IOException {
        if (folders != null) {
            try (var paths = Files.walk(folders)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
