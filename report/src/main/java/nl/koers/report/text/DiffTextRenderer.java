package nl.koers.report.text;

import java.io.PrintWriter;
import nl.koers.evaluator.EvaluationDiff.ActionChange;
import nl.koers.evaluator.EvaluationDiff.DisagreementChange;
import nl.koers.evaluator.EvaluationDiff.TargetChange;
import nl.koers.evaluator.EvaluationDiff;
import nl.koers.format.PlainText;
import nl.koers.model.Performance;
import nl.koers.report.DiffFigures;
import nl.koers.report.DiffRenderer;
import nl.koers.report.DiffWords;
import nl.koers.report.Messages;

/**
 * The human-readable diff: per changed action its moves (and its override), then the colours, the budget change (or
 * every budget change), the prestatie's override and the disagreements with the owner's report that changed, and the
 * revisions of a streefwaarde and the baten that changed.
 */
public final class DiffTextRenderer implements DiffRenderer {

    private final DiffWords words;
    private final Messages messages;
    private final PrintWriter out;

    public DiffTextRenderer(Messages messages, PrintWriter out) {
        this.words = new DiffWords(messages);
        this.messages = messages;
        this.out = out;
    }

    @Override
    public void render(EvaluationDiff diff) {
        Performance now = diff.to().portfolio().performance();
        String was = words.was(diff);
        line(messages.get("heading.performance") + " " + now.code() + " " + now.title()
                + (now.organisation() != null ? " (" + now.organisation() + ")" : "") + (was.isEmpty() ? "" : " " + was));
        line(words.dates(diff) + "    " + messages.get("heading.rules") + ": " + diff.to().ruleSet());
        DiffFigures changed = DiffFigures.of(diff);
        if (DiffWords.none(diff, changed)) {
            out.println();
            line(messages.get("diff.none"));
        }
        for (ActionChange action : diff.actions()) {
            out.println();
            line(messages.get("heading.action") + " " + DiffWords.action(action) + ": "
                    + words.move(action.status(), status -> messages.label("status", status)));
            for (TargetChange target : action.targets()) {
                line("  " + words.target(target) + ": "
                        + words.move(target.status(), status -> messages.label("status", status)));
            }
            action.measurements().forEach(m -> line("  " + words.measurement(m)));
            if (action.overrideChanged()) {
                line("  " + messages.get("diff.change.override") + ": " + words.override(action.override()));
            }
        }
        if (!diff.unchangedActions().isEmpty()) {
            out.println();
            line(words.unchanged(diff));
        }
        out.println();
        line(messages.get("heading.content") + ": "
                + words.move(diff.content(), colour -> messages.label("colour", colour)));
        line(messages.get("heading.money") + ": "
                + words.move(diff.money(), colour -> messages.label("colour", colour)));
        if (DiffWords.oneBudgetChange(diff)) {
            line(messages.get("heading.change") + ": " + words.budgetChange(diff.budgetChange()));
        } else {
            line(messages.get("heading.changes") + ": " + words.budgetChanges(diff));
        }
        if (diff.override() != null && diff.override().changed()) {
            line(messages.get("heading.override") + ": " + words.override(diff.override()));
        }
        for (DisagreementChange change : diff.disagreements()) {
            line(words.disagreement(change));
        }
        words.figures(changed).forEach(this::line);
        out.flush();
    }

    /** One line of the diff: titles, ids, sources and explanations come from the portfolios and the rule set. */
    private void line(String text) {
        out.println(PlainText.escape(text));
    }
}
