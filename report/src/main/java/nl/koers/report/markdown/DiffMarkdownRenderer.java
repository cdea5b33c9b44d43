package nl.koers.report.markdown;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import nl.koers.evaluator.EvaluationDiff.ActionChange;
import nl.koers.evaluator.EvaluationDiff.DisagreementChange;
import nl.koers.evaluator.EvaluationDiff.TargetChange;
import nl.koers.evaluator.EvaluationDiff;
import nl.koers.model.Colour;
import nl.koers.model.Performance;
import nl.koers.model.Status;
import nl.koers.report.DiffFigures;
import nl.koers.report.DiffRenderer;
import nl.koers.report.DiffWords;
import nl.koers.report.Messages;
import nl.koers.report.Tone;

/**
 * The diff as a section for the monitor text (GitHub-flavoured Markdown): a table with per changed action its
 * status move and what changed in its targets and measurements, then the unchanged actions, the colours and
 * the budget change as a list. Every text is escaped, as in {@link MarkdownReport}.
 */
public final class DiffMarkdownRenderer implements DiffRenderer {

    private final DiffWords words;
    private final Messages messages;
    private final PrintWriter out;

    public DiffMarkdownRenderer(Messages messages, PrintWriter out) {
        this.words = new DiffWords(messages);
        this.messages = messages;
        this.out = out;
    }

    @Override
    public void render(EvaluationDiff diff) {
        Performance p = diff.to().portfolio().performance();
        StringBuilder md = new StringBuilder("## ")
                .append(MarkdownReport.cell(messages.get("diff.heading", p.code(), p.title())
                        + (words.was(diff).isEmpty() ? "" : " " + words.was(diff))))
                .append("\n\n");
        List<String> facts = new ArrayList<>();
        if (p.organisation() != null) {
            facts.add(p.organisation());
        }
        facts.add(words.dates(diff));
        md.append(MarkdownReport.paragraph(MarkdownReport.escape(String.join(" · ", facts)))).append("\n\n");
        DiffFigures changed = DiffFigures.of(diff);
        if (DiffWords.none(diff, changed)) {
            md.append(MarkdownReport.escape(messages.get("diff.none"))).append("\n\n");
        }
        if (!diff.actions().isEmpty()) {
            md.append(MarkdownReport.row(messages.get("column.action"), messages.get("column.status"),
                    messages.get("diff.column.changes")));
            md.append("| --- | --- | --- |\n");
            for (ActionChange action : diff.actions()) {
                List<String> changes = new ArrayList<>();
                for (TargetChange target : action.targets()) {
                    changes.add(words.target(target) + ": " + words.move(target.status(), this::status));
                }
                action.measurements().forEach(m -> changes.add(words.measurement(m)));
                if (action.overrideChanged()) {
                    changes.add(messages.get("diff.change.override") + ": " + words.override(action.override()));
                }
                md.append(MarkdownReport.row(DiffWords.action(action), words.move(action.status(), this::status),
                        String.join("; ", changes)));
            }
            md.append('\n');
        }
        if (!diff.unchangedActions().isEmpty()) {
            md.append(MarkdownReport.escape(words.unchanged(diff))).append("\n\n");
        }
        md.append("- ").append(MarkdownReport.escape(messages.get("heading.content") + ": "
                + words.move(diff.content(), this::colour))).append('\n');
        md.append("- ").append(MarkdownReport.escape(messages.get("heading.money") + ": "
                + words.move(diff.money(), this::colour))).append('\n');
        md.append("- ").append(MarkdownReport.escape(DiffWords.oneBudgetChange(diff)
                ? messages.get("heading.change") + ": " + words.budgetChange(diff.budgetChange())
                : messages.get("heading.changes") + ": " + words.budgetChanges(diff))).append('\n');
        if (diff.override() != null && diff.override().changed()) {
            md.append("- ").append(MarkdownReport.escape(messages.get("heading.override") + ": "
                    + words.override(diff.override()))).append('\n');
        }
        for (DisagreementChange change : diff.disagreements()) {
            md.append("- ").append(MarkdownReport.escape(words.disagreement(change))).append('\n');
        }
        words.figures(changed).forEach(line -> md.append("- ").append(MarkdownReport.escape(line)).append('\n'));
        out.print(md);
        out.flush();
    }

    private String status(Status status) {
        return Tone.of(status).symbol() + " " + messages.label("status", status);
    }

    private String colour(Colour colour) {
        return Tone.of(colour).symbol() + " " + messages.label("colour", colour);
    }
}
