package nl.koers.report.csv;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import nl.koers.evaluator.EvaluationDiff.ActionChange;
import nl.koers.evaluator.EvaluationDiff.Change;
import nl.koers.evaluator.EvaluationDiff.DisagreementChange;
import nl.koers.evaluator.EvaluationDiff.MeasurementChange;
import nl.koers.evaluator.EvaluationDiff.TargetChange;
import nl.koers.evaluator.EvaluationDiff;
import nl.koers.model.Colour;
import nl.koers.model.Status;
import nl.koers.report.DiffFigures;
import nl.koers.report.DiffFigures.IncomeChange;
import nl.koers.report.DiffFigures.RevisionChange;
import nl.koers.report.DiffRenderer;
import nl.koers.report.DiffWords;
import nl.koers.report.Messages;

/**
 * The diff as a spreadsheet, one row per change (in the {@link Csv} dialect of the report): an action's status
 * move, an action added or removed, a target verdict, a new, corrected or removed measurement, a colour or the budget change. The detail
 * is the explanation of a status, colour or budget change now, the indicator of a target and the date of a
 * measurement (ISO). Nothing changed is the header alone.
 */
public final class DiffCsvRenderer implements DiffRenderer {

    private static final String[] COLUMNS = {"performance", "action", "target", "change", "from", "to", "detail"};

    private final DiffWords words;
    private final Messages messages;
    private final Csv csv;

    public DiffCsvRenderer(Messages messages, PrintWriter out, char separator, boolean bom) {
        this.words = new DiffWords(messages);
        this.messages = messages;
        this.csv = new Csv(out, separator, bom, messages, "csv.", COLUMNS);
    }

    @Override
    public void render(EvaluationDiff diff) {
        String code = diff.to().portfolio().performance().code();
        for (ActionChange action : diff.actions()) {
            if (action.status().changed()) {
                String what = action.status().added() ? "diff.change.action.added"
                        : action.status().removed() ? "diff.change.action.removed" : "diff.change.status";
                row(code, action.id(), "", what, action.status(), this::status, words.explanation(diff, action));
            }
            for (TargetChange target : action.targets()) {
                row(code, action.id(), target.id(), "diff.change.target", target.status(), this::status,
                        target.indicator());
            }
            for (MeasurementChange m : action.measurements()) {
                csv.row(List.of(Csv.text(code), Csv.text(action.id()), Csv.text(m.target()),
                        messages.get("diff.change.measurement." + DiffWords.kind(m)),
                        words.figure(m.from(), csv::number), words.figure(m.to(), csv::number), Csv.date(m.date())));
            }
            if (action.overrideChanged()) {
                row(code, action.id(), "", "diff.change.override", action.override(), words::overrideLabel, "");
            }
        }
        colour(code, "heading.content", diff.content(), words.explain(diff.to(), diff.to().content()));
        colour(code, "heading.money", diff.money(), words.explain(diff.to(), diff.to().money()));
        if (DiffWords.oneBudgetChange(diff)) {
            if (diff.budgetChange().changed()) {
                row(code, "", "", "heading.change", diff.budgetChange(), words.budgetChangeLabel(diff.budgetChange()),
                        words.explain(diff.to(), diff.to().budgetChange()));
            }
        } else if (diff.budgetChanges().changed()) {
            row(code, "", "", "diff.change.changes", diff.budgetChanges(), words::changes, "");
        }
        if (diff.override() != null && diff.override().changed()) {
            row(code, "", "", "diff.change.override", diff.override(), words::overrideLabel, "");
        }
        DiffFigures changed = DiffFigures.of(diff);
        for (RevisionChange r : changed.revisions()) {
            row(code, r.action(), r.target().target().id(), "diff.change.revision", r.revision(), words.revisionLabel(r),
                    "");
        }
        for (IncomeChange i : changed.income()) {
            row(code, "", "", "diff.change.income", i.income(), words.incomeLabel(i), words.slice(i));
        }
        for (DisagreementChange change : diff.disagreements()) {
            String action = change.subject().startsWith("action ") ? change.subject().substring("action ".length()) : "";
            csv.row(List.of(Csv.text(code), Csv.text(action), "", messages.get("diff.change.disagreement"),
                    Csv.text(words.disagreementSide(change.from())), Csv.text(words.disagreementSide(change.to())),
                    Csv.text(words.disagreement(change))));
        }
        csv.finish();
    }

    private void colour(String code, String what, Change<Colour> change, String explanation) {
        if (change.changed()) {
            row(code, "", "", what, change, colour -> messages.label("colour", colour), explanation);
        }
    }

    /** A move from one label to another; an empty side for something added or removed. */
    private <T> void row(String code, String action, String target, String what, Change<T> change,
                         Function<T, String> label, String detail) {
        csv.row(List.of(Csv.text(code), Csv.text(action), Csv.text(target), messages.get(what),
                change.from() == null ? "" : label.apply(change.from()), change.to() == null ? "" : label.apply(change.to()),
                Csv.text(detail)));
    }

    private String status(Status status) {
        return messages.label("status", status);
    }
}
