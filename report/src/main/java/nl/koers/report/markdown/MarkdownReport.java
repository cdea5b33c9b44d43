package nl.koers.report.markdown;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.format.PlainText;
import nl.koers.model.BudgetChange;
import nl.koers.model.Colour;
import nl.koers.model.Disagreement;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Performance;
import nl.koers.model.StatusOverride;
import nl.koers.report.Findings;
import nl.koers.report.Messages;
import nl.koers.report.Narrative;
import nl.koers.report.OverviewRow;
import nl.koers.report.Report;
import nl.koers.report.Tone;
import nl.koers.report.text.TextReport;

/**
 * The section an analyst pastes into the monitor or jaarverslag (GitHub-flavoured Markdown): per prestatie
 * its colours, a table with per action its status and a one-sentence toelichting, then the financial
 * paragraph with the proposed begrotingswijziging (or the list of every budget change when there are several), and
 * the baten of each jaarschijf that gives them, and the disagreements with the owner's report; a revised streefwaarde
 * is named in the toelichting of its action; what the owner reported and what the person responsible set stand in
 * the toelichting of the action, or under the colours for the prestatie. For a whole begroting an overview of every prestatie
 * comes first, linking to the sections; the sections are held in memory until then.
 */
public final class MarkdownReport implements Report {

    private final Messages messages;
    private final Narrative narrative;
    private final Findings findings;
    private final PrintWriter out;
    private final boolean many;
    private final List<OverviewRow> overview = new ArrayList<>();
    private final Set<String> anchors = new HashSet<>();
    private final StringBuilder sections = new StringBuilder();

    public MarkdownReport(Messages messages, PrintWriter out, boolean many) {
        this.messages = messages;
        this.narrative = new Narrative(messages);
        this.findings = new Findings(messages);
        this.out = out;
        this.many = many;
    }

    @Override
    public void add(Evaluation evaluation) {
        if (many) {
            OverviewRow row = OverviewRow.of(evaluation, Narrative.anchor(evaluation.portfolio().performance().code(), anchors),
                    narrative);
            overview.add(row);
            sections.append('\n').append(section(evaluation, row.anchor()));
        } else {
            out.print(section(evaluation, null));
        }
    }

    @Override
    public void finish() {
        if (many) {
            out.print("# " + escape(messages.get("heading.overview")) + "\n\n");
            out.print(row(messages.get("heading.performance"), messages.get("heading.content"),
                    messages.get("heading.money"), messages.get("heading.change")));
            out.print("| --- | --- | --- | --- |\n");
            for (OverviewRow row : overview) {
                out.print("| [" + cell(row.code() + " " + row.title()) + "](#" + row.anchor() + ") | "
                        + cell(colour(row.content())) + " | " + cell(colour(row.money())) + " | " + cell(row.change())
                        + " |\n");
            }
            out.print(sections);
        }
        out.flush();
    }

    private String section(Evaluation evaluation, String anchor) {
        Performance p = evaluation.portfolio().performance();
        StringBuilder md = new StringBuilder();
        if (anchor != null) {
            md.append("<a id=\"").append(anchor).append("\"></a>\n\n");
        }
        md.append("## ").append(cell(messages.get("heading.performance") + " " + p.code() + " " + p.title())).append("\n\n");
        List<String> facts = new ArrayList<>();
        if (p.organisation() != null) {
            facts.add(escape(p.organisation()));
        }
        facts.add(messages.get("heading.peildatum") + ": " + messages.language().date(evaluation.peildatum()));
        if (p.document() != null) {
            facts.add(messages.get("heading.document") + ": " + escape(messages.label("document", p.document())));
        }
        facts.add(messages.get("heading.content") + ": " + colour(evaluation.content().finding().colour()));
        facts.add(messages.get("heading.money") + ": " + colour(evaluation.money().finding().colour()));
        md.append(paragraph(String.join(" · ", facts))).append("\n\n");
        List<String> said = new ArrayList<>();
        StatusOverride override = p.override();
        if (override != null) {
            String content = findings.override(override, override.content(), evaluation.content().finding().colour());
            String money = findings.override(override, override.money(), evaluation.money().finding().colour());
            if (content != null) {
                said.add(messages.get("heading.content") + ": " + content);
            }
            if (money != null) {
                said.add(messages.get("heading.money") + ": " + money);
            }
        }
        if (p.reported() != null) {
            said.add(findings.reported(p.reported()));
        }
        for (String line : said) {
            md.append("- ").append(escape(line)).append('\n');
        }
        if (!said.isEmpty()) {
            md.append('\n');
        }
        StringBuilder table = new StringBuilder();
        table.append(row(messages.get("column.action"), messages.get("column.status"), messages.get("column.reason")));
        table.append("| --- | --- | --- |\n");
        for (ActionOutcome action : evaluation.actions()) {
            String title = action.action().id() + (action.action().title() == null ? "" : " " + action.action().title());
            Tone tone = Tone.of(action.statusValue());
            StringBuilder reason = new StringBuilder(narrative.action(evaluation, action));
            if (action.action().reported() != null) {
                reason.append(' ').append(findings.reported(action.action().reported())).append('.');
            }
            if (action.action().override() != null) {
                reason.append(' ').append(findings.override(action.action().override(), action.statusValue())).append('.');
            }
            for (TargetOutcome target : action.targets()) {
                String revision = findings.revision(target);
                if (revision != null) {
                    reason.append(' ').append(revision).append('.');
                }
            }
            table.append(row(title, tone.symbol() + " " + messages.label("status", action.statusValue()),
                    reason.toString()));
        }
        if (!evaluation.actions().isEmpty()) {
            md.append(table).append('\n');
        }
        md.append("### ").append(escape(messages.get("heading.finance"))).append("\n\n");
        if (Findings.single(evaluation)) {
            md.append(paragraph(escape(String.join(" ",
                    evaluation.explain(evaluation.money().finding(), messages.language()),
                    evaluation.explain(evaluation.budgetChange().finding(), messages.language()),
                    narrative.proposal(evaluation))))).append('\n');
        } else {
            md.append(paragraph(escape(evaluation.explain(evaluation.money().finding(), messages.language()))))
                    .append("\n\n");
            md.append(escape(messages.get("heading.changes") + ":")).append("\n\n");
            for (Decision<BudgetChange> change : evaluation.budgetChanges()) {
                md.append("- ").append(escape(findings.change(change.finding()) + ": "
                        + evaluation.explain(change.finding(), messages.language()))).append('\n');
            }
        }
        List<Jaarschijf> income = Findings.withIncome(evaluation);
        if (!income.isEmpty()) {
            md.append('\n');
            for (Jaarschijf slice : income) {
                md.append("- ").append(escape(findings.income(slice))).append('\n');
            }
        }
        if (!evaluation.disagreements().isEmpty()) {
            md.append("\n### ").append(escape(messages.get("heading.disagreements"))).append("\n\n");
            for (Decision<Disagreement> disagreement : evaluation.disagreements()) {
                md.append("- ").append(escape(findings.disagreement(disagreement.finding()) + ". "
                        + evaluation.explain(disagreement.finding(), messages.language()) + " ("
                        + messages.get("heading.rule") + ": " + TextReport.rule(evaluation, disagreement) + ")"))
                        .append('\n');
            }
        }
        return md.toString();
    }

    private String colour(Colour colour) {
        return Tone.of(colour).symbol() + " " + messages.label("colour", colour);
    }

    /** A table row of {@code cells}, each on one line with its markup escaped. */
    static String row(String... cells) {
        StringBuilder line = new StringBuilder("|");
        for (String cell : cells) {
            line.append(' ').append(cell(cell)).append(" |");
        }
        return line.append('\n').toString();
    }

    /** A table cell: inline text on one line, its pipes escaped. */
    static String cell(String text) {
        return escape(text.replaceAll("\\s*[\r\n]+\\s*", " "));
    }

    /**
     * Inline text with every character that could start Markdown syntax or raw HTML backslash-escaped, so
     * that a title is shown as written and never becomes a link, emphasis, a table break or a tag; on one line.
     */
    static String escape(String text) {
        // a line break left in would let the next line open a heading or a new table row; a control character
        // would reach the terminal of whoever reads the Markdown there: both become their visible escapes first
        String oneLine = PlainText.escape(text);
        StringBuilder escaped = new StringBuilder(oneLine.length());
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if ("\\`*_[]<>|&~".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** Text that opens a paragraph must not open a heading, a list or a quote: "# 1", "- a", "3. b". */
    static String paragraph(String text) {
        Matcher start = BLOCK_START.matcher(text);
        if (!start.lookingAt()) {
            return text;
        }
        int marker = start.end() - 1;
        return text.substring(0, marker) + '\\' + text.substring(marker);
    }

    private static final Pattern BLOCK_START = Pattern.compile("\\s*(?:[#+=>-]|\\d{1,9}[.)])");
}
