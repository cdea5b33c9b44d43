package nl.koers.evaluator.ruleset.internal.compile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.evaluator.ruleset.internal.load.RuleFile;
import nl.koers.format.table.Delimited;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.template.parser.DecisionTableParseException;

/**
 * Turns a decision table into the DRL Drools makes of it, remembering which spreadsheet row each DRL
 * line came from, so that every message about a table names its row.
 */
public final class DecisionTables {

    /** Drools writes "// rule values at B12, header at B7" above the rule it made of row 12. */
    private static final Pattern ROW_COMMENT = Pattern.compile("^// rule values at ([A-Z]+)(\\d+)");

    static {
        Spreadsheets.guard();
    }

    private DecisionTables() {
    }

    /**
     * The DRL of a table, with its rows.
     *
     * @param drl  the generated DRL
     * @param rows for each DRL line (index 0 is line 1), the spreadsheet row it came from, or 0 for the header
     */
    public record Compiled(String drl, int[] rows) {

        /** The spreadsheet row of a 1-based DRL line; 0 when the line belongs to no row. */
        public int rowOf(int drlLine) {
            return drlLine >= 1 && drlLine <= rows.length ? rows[drlLine - 1] : 0;
        }
    }

    /**
     * Compiles {@code table} to DRL.
     *
     * @throws IllegalArgumentException with a message naming what Drools could not read
     */
    public static Compiled compile(RuleFile table) {
        String drl;
        try {
            SpreadsheetCompiler compiler = new SpreadsheetCompiler();
            drl = switch (table.kind()) {
                case TABLE_CSV -> compiler.compile(new ByteArrayInputStream(
                        commaSeparated(table.text()).getBytes(StandardCharsets.UTF_8)), InputType.CSV);
                case TABLE_XLS, TABLE_XLSX -> compiler.compile(new ByteArrayInputStream(table.content()), InputType.XLS);
                default -> throw new IllegalArgumentException(table.name() + " is not a decision table");
            };
        } catch (DecisionTableParseException | IllegalStateException e) {
            throw new IllegalArgumentException("cannot read the decision table: " + firstLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            // POI and the template parser throw a variety of unchecked exceptions on a damaged file
            throw new IllegalArgumentException("cannot read the decision table (is it a spreadsheet saved as "
                    + (table.kind() == RuleFile.Kind.TABLE_CSV ? "CSV" : "xlsx or xls") + "?): " + firstLine(e.getMessage()), e);
        }
        String[] lines = drl.split("\n", -1);
        int[] rows = new int[lines.length];
        int row = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ROW_COMMENT.matcher(lines[i].strip());
            if (m.find()) {
                row = Integer.parseInt(m.group(2));
            }
            rows[i] = row;
        }
        return new Compiled(drl, rows);
    }

    /**
     * Drools reads CSV tables with commas; a Dutch Excel saves "CSV" with semicolons and decimal commas. A table
     * that is semicolon-separated by {@link Delimited#separator} is rewritten with commas, decimal commas too.
     */
    public static String commaSeparated(String csv) {
        String text = Delimited.withoutBom(csv);
        if (Delimited.separator(text) == ',') {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\r?\n", -1)) {
            List<String> cells = Delimited.split(line, ';');
            List<String> quoted = new ArrayList<>();
            for (String cell : cells) {
                // the same Excel writes decimal commas: 0,05 is the number 0.05
                String point = Delimited.decimalPoint(cell.strip());
                String value = point.equals(cell.strip()) ? cell : point;
                quoted.add(value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
            }
            out.append(String.join(",", quoted)).append('\n');
        }
        return out.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }
}
