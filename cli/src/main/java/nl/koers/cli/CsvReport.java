package nl.koers.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.model.Finding;
import nl.koers.model.QuantityTarget;
import nl.koers.model.Target;
import nl.koers.model.TargetKind;

/**
 * One row per target (RFC 4180: quoted where needed, CRLF line ends), for a spreadsheet: the header once,
 * then the rows of each prestatie as it is evaluated. A withdrawn action, or one without targets, is one
 * row with empty target columns. Numbers are plain (no grouping, at most two decimals, a decimal comma
 * with the ';' separator) and dates ISO (2018-12-31), so that spreadsheets read them as numbers and dates.
 */
final class CsvReport implements Report {

    private static final String[] COLUMNS = {"performance", "action", "actionTitle", "actionStatus", "target",
        "indicator", "targetStatus", "baseline", "expected", "realised", "streefwaarde", "unit", "due", "reason",
        "rule"};

    private final Messages messages;
    private final PrintWriter out;
    private final char separator;

    CsvReport(Messages messages, PrintWriter out, char separator, boolean bom) {
        if (separator != ',' && separator != ';') {
            throw new IllegalArgumentException("separator " + separator);
        }
        this.messages = messages;
        this.out = out;
        this.separator = separator;
        if (bom) {
            out.write('\uFEFF');
        }
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(messages.get("csv." + column));
        }
        row(header);
    }

    /** The number of columns of every row. */
    static int columns() {
        return COLUMNS.length;
    }

    @Override
    public void add(Evaluation evaluation) {
        String code = evaluation.portfolio().performance().code();
        for (ActionOutcome action : evaluation.actions()) {
            List<String> actionCells = List.of(text(code), text(action.action().id()), text(action.action().title()),
                    messages.label("status", action.statusValue()));
            if (action.targets().isEmpty()) {
                List<String> row = new ArrayList<>(actionCells);
                row.addAll(List.of("", "", "", "", "", "", "", "", ""));
                row.addAll(verdict(evaluation, action.status()));
                row(row);
            }
            for (TargetOutcome outcome : action.targets()) {
                Target target = outcome.target();
                List<String> row = new ArrayList<>(actionCells);
                row.add(text(target.id()));
                row.add(text(target.indicator()));
                row.add(messages.label("status", outcome.assessment().finding().status()));
                row.add(number(target instanceof QuantityTarget q ? q.baseline() : null));
                row.add(number(outcome.progress().expected()));
                row.add(realised(outcome));
                row.add(number(target instanceof QuantityTarget q ? q.value() : null));
                row.add(text(Figures.unit(target)));
                row.add(date(outcome.progress().due()));
                row.addAll(verdict(evaluation, outcome.assessment()));
                row(row);
            }
        }
    }

    @Override
    public void finish() {
        out.flush();
    }

    private List<String> verdict(Evaluation evaluation, Decision<? extends Finding> decision) {
        return List.of(text(evaluation.explain(decision.finding(), messages.language())),
                text(TextReport.rule(evaluation, decision)));
    }

    /** The figure of a quantity or monitoring target; for a milestone whether it is done, in words. */
    private String realised(TargetOutcome outcome) {
        if (!outcome.progress().measured()) {
            return "";
        }
        if (outcome.progress().kind() == TargetKind.MILESTONE) {
            return messages.get(outcome.progress().done() ? "milestone.done" : "milestone.open");
        }
        return number(outcome.progress().realised());
    }

    private void row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (line.length() > 0) {
                line.append(separator);
            }
            line.append(quote(cell, separator));
        }
        out.write(line.append("\r\n").toString());
    }

    /** RFC 4180: a field with the separator, a quote or a line break is quoted, its quotes doubled. */
    static String quote(String field, char separator) {
        if (field.indexOf(separator) < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /**
     * Free text from the portfolio. A spreadsheet would run a cell that starts with =, +, - or @ as a formula
     * (CSV injection); such text gets a leading apostrophe, which spreadsheets read as "this is text".
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return separator == ';' ? plain.replace('.', ',') : plain;
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
