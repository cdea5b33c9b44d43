package nl.koers.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.koers.evaluator.ruleset.ShippedRules;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Portfolio;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Rule folders for tests: copies of the shipped set with a changed text, cell or file, and the portfolios
 * that tell rule sets apart. Only copies are ever written; the shipped files under src/main are not.
 */
public final class RuleFolders {

    private RuleFolders() {
    }

    /** {@code folder}, new, holding what {@code koers rules init} writes. */
    public static Path shippedCopy(Path folder) {
        ShippedRules.copyTo(folder);
        return folder;
    }

    /** The name of the money rule of {@link #redFrom8}. */
    static final String RED_FROM_8 = "Money red above 8 % deviation";

    /**
     * {@code folder}, new, holding the shipped set with money red above 8 % instead of 10 %, and its own Dutch text
     * for the money colour: a deviation of 9 % ({@code money("2000000", "1820000")}) is orange under the shipped
     * rules and red here.
     */
    public static Path redFrom8(Path folder) {
        shippedCopy(folder);
        Path table = folder.resolve("geldkleur.drl.xlsx");
        setCell(table, "J14", 0.08);
        setCell(table, "B14", "Money orange from 5 % to 8 % deviation");
        setCell(table, "H15", 0.08);
        setCell(table, "B15", RED_FROM_8);
        replace(folder.resolve("explanations.properties"), "; een afwijking van {3,money} ({4,percent}).",
                "; een afwijking van {3,money} ({4,percent}); rood vanaf 8 %.");
        return folder;
    }

    /** The rule of {@link #contentRedTwiceForMkb}, its Dutch name with an apostrophe. */
    public static final String MKB = "Geld voor MKB'ers";

    /**
     * {@code folder}, new, holding the shipped set and {@code mkb.drl}, whose rule {@link #MKB} (line 6) decides the
     * content colour red when an action is off track, as colours.drl's rule at line 17 does already.
     */
    public static Path contentRedTwiceForMkb(Path folder) {
        shippedCopy(folder);
        write(folder.resolve("mkb.drl"), """
                package nl.koers.rules;

                import nl.koers.model.*;

                // Red for the MKB'ers as soon as one action is off track, which colours.drl says already.
                rule "Geld voor MKB'ers"
                    salience 100
                when
                    exists ActionAssessment( status == Status.OFF_TRACK )
                then
                    insert(new ColourScore(Aspect.CONTENT, Colour.RED, Reason.of("content.red", "?")));
                end
                """);
        return folder;
    }

    /** Replaces the one occurrence of {@code from} in {@code file} by {@code to}. */
    static void replace(Path file, String from, String to) {
        String text = read(file);
        assertThat(text).as("%s holds %s once", file.getFileName(), from).containsOnlyOnce(from);
        write(file, text.replace(from, to));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line {@code line} (1-based) of a text file. */
    public static String line(Path file, int line) {
        List<String> lines = read(file).lines().toList();
        assertThat(line).as("line %d of %s", line, file.getFileName()).isBetween(1, lines.size());
        return lines.get(line - 1);
    }

    /**
     * Sets cell {@code ref} ("J14", as a spreadsheet shows it) of the first sheet of the table {@code table}, a copy:
     * a {@link Double} as a number, anything else as text.
     */
    public static void setCell(Path table, String ref, Object value) {
        try {
            byte[] bytes = Files.readAllBytes(table);
            try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
                 ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                CellReference at = new CellReference(ref);
                Sheet sheet = workbook.getSheetAt(0);
                Row row = sheet.getRow(at.getRow()) != null ? sheet.getRow(at.getRow()) : sheet.createRow(at.getRow());
                Cell cell = row.getCell(at.getCol()) != null ? row.getCell(at.getCol()) : row.createCell(at.getCol());
                if (value instanceof Double number) {
                    cell.setCellValue(number);
                } else {
                    cell.setCellValue(value.toString());
                }
                workbook.write(out);
                Files.write(table, out.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of cell {@code ref} of the first sheet of {@code table}, as the spreadsheet shows it. */
    static String cell(Path table, String ref) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(table)))) {
            CellReference at = new CellReference(ref);
            Row row = workbook.getSheetAt(0).getRow(at.getRow());
            Cell cell = row == null ? null : row.getCell(at.getCol());
            return cell == null ? "" : new DataFormatter(Locale.ROOT).formatCellValue(cell);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A portfolio from YAML, as an analyst would write it. */
    static Portfolio portfolio(String name, String yaml) {
        return PortfolioReader.read(name, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A prestatie with one achieved milestone and a jaarschijf 2018 of {@code budgeted} and {@code realised}, funded
     * from the reserve and continuing: its money colour and budget change depend only on those two amounts.
     */
    public static Portfolio money(String budgeted, String realised) {
        return portfolio("geld-" + budgeted + "-" + realised + ".yaml", """
                format: koers/v1
                performance:
                  code: "9.1.1"
                  title: "Geld"
                  reserve: "Reserve uitvoering Kwaliteit van Overijssel"
                  period: { start: 2018-01-01, end: 2018-12-31 }
                actions:
                  - id: "1"
                    title: "Subsidieregeling"
                    targets:
                      - { id: "1a", kind: milestone, indicator: "Regeling opengesteld" }
                    measurements:
                      - { target: "1a", date: 2018-06-30, done: true }
                budget:
                  currency: EUR
                  slices:
                    - { year: 2018, budgeted: %s, realised: %s, fromReserve: true, continues: true }
                """.formatted(budgeted, realised));
    }

    /**
     * Everything an evaluation decides, one line per verdict: the verdict, the rule and the explanation in both
     * languages. Two evaluations decided alike exactly when these are equal; the rule set's identity is left out.
     */
    static List<String> verdicts(Evaluation e) {
        List<String> lines = new ArrayList<>();
        for (ActionOutcome action : e.actions()) {
            for (TargetOutcome target : action.targets()) {
                lines.add("target " + target.target().id() + ": " + target.assessment().finding().status()
                        + explained(e, target.assessment()));
            }
            lines.add("action " + action.action().id() + ": " + action.statusValue() + explained(e, action.status()));
        }
        lines.add("content: " + e.content().finding().colour() + explained(e, e.content()));
        lines.add("money: " + e.money().finding().colour() + explained(e, e.money()));
        var change = e.budgetChange().finding();
        lines.add("budget change: " + change.type() + " " + (change.amount() == null ? "-" : change.amount().toPlainString())
                + " from " + change.source() + " to " + change.year() + explained(e, e.budgetChange()));
        return lines;
    }

    private static String explained(Evaluation e, Decision<?> d) {
        return " [" + d.rule() + "] nl: " + e.explain(d.finding(), Language.DUTCH)
                + " | en: " + e.explain(d.finding(), Language.ENGLISH);
    }
}
