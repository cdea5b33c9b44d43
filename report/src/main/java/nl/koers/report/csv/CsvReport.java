package nl.koers.report.csv;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.model.BudgetChange;
import nl.koers.model.Disagreement;
import nl.koers.model.Finding;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Performance;
import nl.koers.model.StatusOverride;
import nl.koers.model.Target;
import nl.koers.report.Figures;
import nl.koers.report.Findings;
import nl.koers.report.Messages;
import nl.koers.report.Report;
import nl.koers.report.text.TextReport;

/**
 * One row per target, for a spreadsheet (in the {@link Csv} dialect): the header once, then the rows of each
 * prestatie as it is evaluated. A withdrawn action, or one without targets, is one row with empty target
 * columns. What the owner reported and an override of an action follow its targets as rows with empty target
 * columns, the sentence in the reason column; after the actions come, as such rows, the prestatie's reported colours
 * and overrides, every budget change when there are several (or one with years, a decider or line of its own), the
 * baten of each jaarschijf that gives them, and every disagreement with its rule. A target whose streefwaarde was
 * revised is followed by such a row naming the revision (the header stays as it was: a spreadsheet that reads the
 * columns by position keeps working, and the streefwaarde column already holds the value in force). A portfolio
 * without any of these gives the rows it always gave.
 */
public final class CsvReport implements Report {

    private static final String[] COLUMNS = {"performance", "action", "actionTitle", "actionStatus", "target",
        "indicator", "targetStatus", "baseline", "expected", "realised", "streefwaarde", "unit", "due", "reason",
        "rule"};

    private final Messages messages;
    private final Csv csv;
    private final Findings findings;

    public CsvReport(Messages messages, PrintWriter out, char separator, boolean bom) {
        this.messages = messages;
        this.csv = new Csv(out, separator, bom, messages, "csv.", COLUMNS);
        this.findings = new Findings(messages);
    }

    @Override
    public void add(Evaluation evaluation) {
        String code = evaluation.portfolio().performance().code();
        for (ActionOutcome action : evaluation.actions()) {
            List<String> actionCells = List.of(Csv.text(code), Csv.text(action.action().id()), Csv.text(action.action().title()),
                    messages.label("status", action.statusValue()));
            if (action.targets().isEmpty()) {
                List<String> row = new ArrayList<>(actionCells);
                row.addAll(List.of("", "", "", "", "", "", "", "", ""));
                row.addAll(verdict(evaluation, action.status()));
                csv.row(row);
            }
            for (TargetOutcome outcome : action.targets()) {
                Target target = outcome.target();
                List<String> row = new ArrayList<>(actionCells);
                row.add(Csv.text(target.id()));
                row.add(Csv.text(target.indicator()));
                row.add(messages.label("status", outcome.assessment().finding().status()));
                row.add(csv.number(outcome.progress().baseline()));
                row.add(csv.number(outcome.progress().expected()));
                row.add(realised(outcome));
                row.add(csv.number(outcome.progress().streefwaarde()));
                row.add(Csv.text(Figures.unit(target)));
                row.add(Csv.date(outcome.progress().due()));
                row.addAll(verdict(evaluation, outcome.assessment()));
                csv.row(row);
                String revision = findings.revision(outcome);
                if (revision != null) {
                    note(actionCells, revision, "");
                }
            }
            if (action.action().reported() != null) {
                note(actionCells, findings.reported(action.action().reported()), "");
            }
            if (action.action().override() != null) {
                note(actionCells, findings.override(action.action().override(), action.statusValue()), "");
            }
        }
        List<String> prestatie = List.of(Csv.text(code), "", "", "");
        Performance p = evaluation.portfolio().performance();
        StatusOverride override = p.override();
        if (p.reported() != null) {
            note(prestatie, findings.reported(p.reported()), "");
        }
        if (override != null) {
            String content = findings.override(override, override.content(), evaluation.content().finding().colour());
            if (content != null) {
                note(prestatie, messages.get("heading.content") + ": " + content, "");
            }
            String money = findings.override(override, override.money(), evaluation.money().finding().colour());
            if (money != null) {
                note(prestatie, messages.get("heading.money") + ": " + money, "");
            }
        }
        if (!Findings.single(evaluation)) {
            for (Decision<BudgetChange> change : evaluation.budgetChanges()) {
                note(prestatie, findings.change(change.finding()) + ". "
                        + evaluation.explain(change.finding(), messages.language()), TextReport.rule(evaluation, change));
            }
        }
        for (Jaarschijf slice : Findings.withIncome(evaluation)) {
            note(prestatie, findings.income(slice), "");
        }
        for (Decision<Disagreement> disagreement : evaluation.disagreements()) {
            String subject = disagreement.finding().subject();
            List<String> cells = subject.startsWith("action ")
                    ? List.of(Csv.text(code), Csv.text(subject.substring("action ".length())), "", "") : prestatie;
            note(cells, findings.disagreement(disagreement.finding()) + ". "
                    + evaluation.explain(disagreement.finding(), messages.language()),
                    TextReport.rule(evaluation, disagreement));
        }
    }

    /** A row with empty target columns and {@code text} as its reason. */
    private void note(List<String> first, String text, String rule) {
        List<String> row = new ArrayList<>(first);
        row.addAll(List.of("", "", "", "", "", "", "", "", ""));
        row.add(Csv.text(text));
        row.add(Csv.text(rule));
        csv.row(row);
    }

    @Override
    public void finish() {
        csv.finish();
    }

    private List<String> verdict(Evaluation evaluation, Decision<? extends Finding> decision) {
        return List.of(Csv.text(evaluation.explain(decision.finding(), messages.language())),
                Csv.text(TextReport.rule(evaluation, decision)));
    }

    /** The figure of a quantity or monitoring target; for a milestone whether it is done, in words. */
    private String realised(TargetOutcome outcome) {
        if (!outcome.progress().measured()) {
            return "";
        }
        return switch (outcome.progress().kind()) {
            case MILESTONE -> messages.get(outcome.progress().done() ? "milestone.done" : "milestone.open");
            case QUANTITY, MONITORING -> csv.number(outcome.progress().realised());
        };
    }
}
