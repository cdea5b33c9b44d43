package nl.koers.report.text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.format.PlainText;
import nl.koers.model.BudgetChange;
import nl.koers.model.Colour;
import nl.koers.model.Disagreement;
import nl.koers.model.Finding;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Performance;
import nl.koers.model.StatusOverride;
import nl.koers.report.Figures;
import nl.koers.report.Findings;
import nl.koers.report.Messages;
import nl.koers.report.Report;
import nl.koers.report.Tone;

/**
 * The report for a person at a terminal: per prestatie an aligned table of its actions and targets (status,
 * realised, expected at the peildatum, streefwaarde), each row followed by its reason and the rule that
 * decided it; then the colours and the budget change. What the owner reported and what the person responsible set
 * stand under the verdict they concern; several budget changes are listed with their years, decider and line, then
 * the baten of each jaarschijf that gives them, and every disagreement between the rules and the report is listed
 * with its rule. A revised streefwaarde names its revision in its cell. ANSI colour only when asked for.
 */
public final class TextReport implements Report {

    /** Longer titles are cut with an ellipsis to keep the columns readable; the reason names the target. */
    static final int MAX_TITLE = 40;
    private static final String GAP = "  ";

    private final Messages messages;
    private final Figures figures;
    private final Findings findings;
    private final PrintWriter out;
    private final boolean colour;
    private boolean first = true;

    public TextReport(Messages messages, PrintWriter out, boolean colour) {
        this.messages = messages;
        this.figures = new Figures(messages);
        this.findings = new Findings(messages);
        this.out = out;
        this.colour = colour;
    }

    @Override
    public void add(Evaluation evaluation) {
        if (!first) {
            out.println();
        }
        first = false;
        print(evaluation);
    }

    @Override
    public void finish() {
        out.flush();
    }

    /** One row of the table, with the verdict's reason and rule printed under it. */
    private record Row(String id, String title, Tone tone, String status, String realised, String expected,
                       String streefwaarde, List<String> notes) {
    }

    private void print(Evaluation evaluation) {
        Performance p = evaluation.portfolio().performance();
        out.println(bold(PlainText.escape(messages.get("heading.performance") + " " + p.code() + " " + p.title()
                + (p.organisation() != null ? " (" + p.organisation() + ")" : ""))));
        out.println(PlainText.escape(messages.get("heading.peildatum") + ": "
                + messages.language().date(evaluation.peildatum()) + "    " + messages.get("heading.rules") + ": "
                + evaluation.ruleSet() + (p.document() == null ? ""
                        : "    " + messages.get("heading.document") + ": " + messages.label("document", p.document()))));
        List<Row> rows = rows(evaluation);
        if (!rows.isEmpty()) {
            out.println();
            table(rows);
        }
        out.println();
        StatusOverride override = p.override();
        colour(evaluation, "heading.content", evaluation.content().finding().colour(), evaluation.content());
        note(findings.override(override, override == null ? null : override.content(),
                evaluation.content().finding().colour()));
        colour(evaluation, "heading.money", evaluation.money().finding().colour(), evaluation.money());
        note(findings.override(override, override == null ? null : override.money(),
                evaluation.money().finding().colour()));
        if (p.reported() != null) {
            note(findings.reported(p.reported()));
        }
        if (Findings.single(evaluation)) {
            out.println(PlainText.escape(messages.get("heading.change") + ": "
                    + change(messages, evaluation.budgetChange().finding())));
            notes(evaluation, evaluation.budgetChange()).forEach(n -> out.println("    " + n));
        } else {
            out.println(PlainText.escape(messages.get("heading.changes") + ":"));
            for (Decision<BudgetChange> change : evaluation.budgetChanges()) {
                out.println(PlainText.escape("  - " + findings.change(change.finding())));
                notes(evaluation, change).forEach(n -> out.println("    " + n));
            }
        }
        for (Jaarschijf slice : Findings.withIncome(evaluation)) {
            out.println(PlainText.escape(findings.income(slice)));
        }
        if (!evaluation.disagreements().isEmpty()) {
            out.println(PlainText.escape(messages.get("heading.disagreements") + ":"));
            for (Decision<Disagreement> disagreement : evaluation.disagreements()) {
                out.println(PlainText.escape("  - " + findings.disagreement(disagreement.finding())));
                notes(evaluation, disagreement).forEach(n -> out.println("    " + n));
            }
        }
        out.flush();
    }

    private List<Row> rows(Evaluation evaluation) {
        List<Row> rows = new ArrayList<>();
        for (ActionOutcome action : evaluation.actions()) {
            List<String> notes = new ArrayList<>(notes(evaluation, action.status()));
            if (action.action().reported() != null) {
                notes.add(PlainText.escape(findings.reported(action.action().reported())));
            }
            if (action.action().override() != null) {
                notes.add(PlainText.escape(findings.override(action.action().override(), action.statusValue())));
            }
            rows.add(new Row(PlainText.escape(action.action().id()), cell(action.action().title()),
                    Tone.of(action.statusValue()),
                    figures.status(action.statusValue()), "", "", "", notes));
            for (TargetOutcome target : action.targets()) {
                rows.add(new Row("  " + PlainText.escape(target.target().id()), cell(target.target().indicator()),
                        Tone.of(target.assessment().finding().status()),
                        figures.status(target.assessment().finding().status()),
                        figures.realised(target), figures.expected(target),
                        PlainText.escape(figures.streefwaardeRevised(target)),
                        notes(evaluation, target.assessment())));
            }
        }
        return rows;
    }

    private void table(List<Row> rows) {
        String[] header = {messages.get("column.action"), messages.get("column.description"),
            messages.get("column.status"), messages.get("column.realised"), messages.get("column.expected"),
            messages.get("column.streefwaarde")};
        int[] width = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            width[i] = header[i].length();
        }
        for (Row row : rows) {
            String[] cells = cells(row);
            for (int i = 0; i < cells.length; i++) {
                width[i] = Math.max(width[i], cells[i].length());
            }
        }
        out.println(line(header, width, null, true));
        String indent = " ".repeat(width[0] + GAP.length() + 2);
        for (Row row : rows) {
            out.println(line(cells(row), width, row.tone(), false));
            row.notes().forEach(n -> out.println(indent + n));
        }
    }

    private static String[] cells(Row row) {
        return new String[] {row.id(), shorten(row.title()), row.tone().symbol() + " " + row.status(),
            row.realised(), row.expected(), row.streefwaarde()};
    }

    /** The cells padded to their widths; the status cell in its tone's colour, the header in bold. */
    private String line(String[] cells, int[] width, Tone tone, boolean header) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String text = cells[i];
            if (colour && header) {
                text = "\u001b[1m" + text + "\u001b[0m";
            } else if (colour && i == 2 && tone != null) {
                text = tone.ansi(text);
            }
            line.append(i == 0 ? "" : GAP).append(text).append(" ".repeat(width[i] - cells[i].length()));
        }
        return line.toString().stripTrailing();
    }

    /** A line under the colours, when there is something to say. */
    private void note(String text) {
        if (text != null) {
            out.println("    " + PlainText.escape(text));
        }
    }

    private void colour(Evaluation evaluation, String heading, Colour value, Decision<? extends Finding> decision) {
        String label = messages.label("colour", value);
        out.println(messages.get(heading) + ": " + (colour ? Tone.of(value).ansi(label) : label));
        notes(evaluation, decision).forEach(n -> out.println("    " + n));
    }

    /** The reason of a verdict and the rule (with where it is written) that decided it, each one line. */
    private List<String> notes(Evaluation evaluation, Decision<? extends Finding> decision) {
        String rule = PlainText.escape(messages.get("heading.rule") + ": " + rule(evaluation, decision));
        return List.of(PlainText.escape(evaluation.explain(decision.finding(), messages.language())),
                colour ? dim(rule) : rule);
    }

    /** "GS-begrotingswijziging van € 109.000 uit Reserve ... naar jaarschijf 2019", or "Geen". */
    public static String change(Messages messages, BudgetChange change) {
        String type = messages.label("change", change.type());
        if (!change.type().movesMoney()) {
            return type;
        }
        return messages.get(change.source() == null ? "change.detail.general" : "change.detail", type,
                messages.language().money(change.amount()), change.source(), String.valueOf(change.year()));
    }

    /** "Quantity target met (targets.drl:25)": the rule and where it is written. */
    public static String rule(Evaluation evaluation, Decision<? extends Finding> decision) {
        return decision.rule() + evaluation.ruleLocation(decision).map(at -> " (" + at + ")").orElse("");
    }

    private static String shorten(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1).stripTrailing() + "…";
    }

    /** A title or indicator as a cell: one line, nothing for none. */
    private static String cell(String text) {
        return text == null ? "" : PlainText.escape(text);
    }

    private String bold(String text) {
        return colour ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    private static String dim(String text) {
        return "\u001b[2m" + text + "\u001b[0m";
    }
}
