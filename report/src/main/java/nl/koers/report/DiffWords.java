package nl.koers.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.EvaluationDiff.ActionChange;
import nl.koers.evaluator.EvaluationDiff.Change;
import nl.koers.evaluator.EvaluationDiff.DisagreementChange;
import nl.koers.evaluator.EvaluationDiff.MeasurementChange;
import nl.koers.evaluator.EvaluationDiff.TargetChange;
import nl.koers.evaluator.EvaluationDiff;
import nl.koers.evaluator.NumberText;
import nl.koers.model.Baten;
import nl.koers.model.Bound;
import nl.koers.model.BudgetChange;
import nl.koers.model.Disagreement;
import nl.koers.model.Measurement;
import nl.koers.model.Revision;
import nl.koers.model.StatusOverride;
import nl.koers.report.DiffFigures.IncomeChange;
import nl.koers.report.DiffFigures.RevisionChange;
import nl.koers.report.text.TextReport;

/**
 * The words of a diff in one language: moves ("geen gegevens → behaald", "nieuw (behaald)"), measurements,
 * the budget change, and the revisions and baten of {@link DiffFigures}. Shared by every diff renderer so that each format says the same thing.
 */
public final class DiffWords {

    /** Marks where a label goes in a message, which is then split around it; a message never contains it. */
    private static final String HOLE = "\u0000";

    private final Messages messages;
    private final Findings findings;
    private final Figures figures;

    public DiffWords(Messages messages) {
        this.messages = messages;
        this.findings = new Findings(messages);
        this.figures = new Figures(messages);
    }

    /** Whether the diff has nothing to tell: no verdict, override or disagreement, revision or baten changed. */
    public static boolean none(EvaluationDiff diff, DiffFigures changed) {
        return diff.isEmpty() && changed.isEmpty();
    }

    /** Every revision and then every change of baten in {@code changed}, one sentence each. */
    public List<String> figures(DiffFigures changed) {
        List<String> lines = new ArrayList<>();
        changed.revisions().forEach(r -> lines.add(revision(r)));
        changed.income().forEach(i -> lines.add(income(i)));
        return lines;
    }

    /** "streefwaarde doel 1a: nieuw (5.700 ha, herzien 1 juni 2022, Voorjaarsnota 2022)". */
    public String revision(RevisionChange change) {
        return messages.get("diff.revision", change.target().target().id()) + ": "
                + move(change.revision(), revisionLabel(change));
    }

    /** How each side of a revision is named: "5.700 ha, herzien 1 juni 2022, Voorjaarsnota 2022". */
    public Function<Revision, String> revisionLabel(RevisionChange change) {
        return r -> Figures.withUnit(figures.number(r.value()), change.target().target()) + ", " + figures.revised(r);
    }

    /** "baten jaarschijf 2022: begroot € 80.000 → begroot € 80.000, gerealiseerd € 75.000". */
    public String income(IncomeChange change) {
        return messages.get("diff.income", findings.slice(change.slice())) + ": "
                + move(change.income(), incomeLabel(change));
    }

    /** How each side of a change of baten is named: "begroot € 80.000, gerealiseerd € 75.000". */
    public Function<Baten, String> incomeLabel(IncomeChange change) {
        return b -> figures.income(b, change.slice().forecast());
    }

    /** "2022" or "2022, begrotingslijn investering": the slice whose baten changed. */
    public String slice(IncomeChange change) {
        return findings.slice(change.slice());
    }

    /** "(was 5.4.1)" when the later file names another prestatie; else empty. */
    public String was(EvaluationDiff diff) {
        String before = diff.from().portfolio().performance().code();
        return before.equals(diff.to().portfolio().performance().code()) ? "" : messages.get("diff.was", before);
    }

    /** "Vergeleken: peildatum 30 juni 2018 met 31 december 2018". */
    public String dates(EvaluationDiff diff) {
        return messages.get("diff.dates", messages.language().date(diff.from().peildatum()),
                messages.language().date(diff.to().peildatum()));
    }

    /** "Ongewijzigd: acties 2, 4"; empty when every action changed. */
    public String unchanged(EvaluationDiff diff) {
        return diff.unchangedActions().isEmpty() ? ""
                : messages.get("diff.unchanged", diff.unchangedActions().size(), String.join(", ", diff.unchangedActions()));
    }

    /** "1 Handelsmissies". */
    public static String action(ActionChange action) {
        return action.id() + (action.title() == null ? "" : " " + action.title());
    }

    /** "doel 1a Ondersteunde handelsmissies". */
    public String target(TargetChange target) {
        return messages.get("heading.target") + " " + target.id() + (target.indicator() == null ? "" : " " + target.indicator());
    }

    /** "geen gegevens → behaald", "nieuw (behaald)", "verwijderd (was behaald)" or "oranje (ongewijzigd)". */
    public <T> String move(Change<T> change, Function<T, String> label) {
        StringBuilder move = new StringBuilder();
        move(change, value -> move.append(label.apply(value)), move::append);
        return move.toString();
    }

    /**
     * A move told piece by piece, in order: each side through {@code label} and the words around them through
     * {@code words}, so that a format can write the labels as markup and the words as text.
     */
    public <T> void move(Change<T> change, Consumer<T> label, Consumer<String> words) {
        if (change.changed() && !change.added() && !change.removed()) {
            label.accept(change.from());
            words.accept(" → ");
            label.accept(change.to());
            return;
        }
        String key = change.added() ? "diff.added" : change.removed() ? "diff.removed" : "diff.same";
        String[] around = messages.get(key, HOLE).split(HOLE, -1);
        words.accept(around[0]);
        label.accept(change.removed() ? change.from() : change.to());
        words.accept(around[1]);
    }

    /**
     * How each side of a budget change is named: "GS-begrotingswijziging € 109.000", or in full when only the
     * reserve or the year differs.
     */
    public Function<BudgetChange, String> budgetChangeLabel(Change<BudgetChange> change) {
        Function<BudgetChange, String> shortly = c -> !c.type().movesMoney() ? messages.label("change", c.type())
                : messages.label("change", c.type()) + " " + messages.language().money(c.amount());
        boolean shortIsEnough = !change.changed() || !shortly.apply(change.from()).equals(shortly.apply(change.to()));
        return shortIsEnough ? shortly : c -> TextReport.change(messages, c);
    }

    /** "GS-begrotingswijziging € 109.000 → Geen". */
    public String budgetChange(Change<BudgetChange> change) {
        return move(change, budgetChangeLabel(change));
    }

    /**
     * Whether both sides have the one budget change a diff always showed (see {@link Findings#single}); else the
     * diff names every budget change with {@link #budgetChanges}.
     */
    public static boolean oneBudgetChange(EvaluationDiff diff) {
        return Findings.single(diff.from()) && Findings.single(diff.to());
    }

    /** Every budget change before and after, each in full: "A; B → C", or "A; B (ongewijzigd)". */
    public String budgetChanges(EvaluationDiff diff) {
        return move(diff.budgetChanges(), this::changes);
    }

    /** The budget changes of one side, each in full, separated by semicolons. */
    public String changes(List<BudgetChange> changes) {
        return changes.stream().map(findings::change).collect(Collectors.joining("; "));
    }

    /** "nieuw verschil met de rapportage bij actie 1: berekend uit koers, gerapporteerd op koers". */
    public String disagreement(DisagreementChange change) {
        String subject = findings.subject(change.subject());
        if (change.from() == null) {
            return messages.get("diff.disagreement.added", subject, findings.code(change.to().computed()),
                    findings.code(change.to().reported()));
        }
        if (change.to() == null) {
            return messages.get("diff.disagreement.removed", subject, findings.code(change.from().computed()),
                    findings.code(change.from().reported()));
        }
        return messages.get("diff.disagreement.changed", subject, findings.code(change.to().computed()),
                findings.code(change.to().reported()), findings.code(change.from().computed()),
                findings.code(change.from().reported()));
    }

    /** One side of a disagreement in short: "uit koers / op koers" (computed / reported); empty for none. */
    public String disagreementSide(Disagreement d) {
        return d == null ? "" : findings.code(d.computed()) + " / " + findings.code(d.reported());
    }

    /** "nieuw (behaald; reden: ...)", "behaald → uit koers" or "verwijderd (was ...)": an override set, changed or lifted. */
    public String override(Change<StatusOverride> change) {
        return move(change, this::overrideLabel);
    }

    /** What an override sets, with its reason: "behaald; reden: ..." or "inhoud groen; reden: ...". */
    public String overrideLabel(StatusOverride o) {
        List<String> what = new ArrayList<>();
        if (o.status() != null) {
            what.add(messages.label("status", o.status()));
        }
        if (o.content() != null) {
            what.add(messages.get("reported.content", messages.label("colour", o.content())));
        }
        if (o.money() != null) {
            what.add(messages.get("reported.money", messages.label("colour", o.money())));
        }
        return String.join(", ", what) + "; " + messages.get("override.reason", o.reason());
    }

    /** "new", "corrected" or "removed": the code of a measurement change, as in koers-diff/v1. */
    public static String kind(MeasurementChange change) {
        return change.from() == null ? "new" : change.to() == null ? "removed" : "corrected";
    }

    /** "nieuwe meting van doel 1a op 31 december 2018: minimaal 3". */
    public String measurement(MeasurementChange change) {
        String key = "diff.measurement." + kind(change);
        String date = messages.language().date(change.date());
        if (change.from() != null && change.to() != null) {
            return messages.get(key, change.target(), date, figure(change.from()), figure(change.to()));
        }
        return messages.get(key, change.target(), date, figure(change.from() != null ? change.from() : change.to()));
    }

    /** "meer dan 40", "3" or "gereed". */
    public String figure(Measurement measurement) {
        return figure(measurement, value -> NumberText.text(messages.language(), value));
    }

    /** A figure with its number written by {@code number}; empty for no measurement. */
    public String figure(Measurement measurement, Function<BigDecimal, String> number) {
        if (measurement == null) {
            return "";
        }
        if (measurement.done() != null) {
            return messages.get(measurement.done() ? "diff.done" : "diff.notDone");
        }
        String value = number.apply(measurement.value());
        return measurement.bound() == Bound.EXACT ? value : messages.get("bound." + measurement.bound().code(), value);
    }

    /** The reason for the action's status now, or for the last one of a removed action. */
    public String explanation(EvaluationDiff diff, ActionChange action) {
        Evaluation side = action.status().removed() ? diff.from() : diff.to();
        return side.actions().stream().filter(a -> a.action().id().equals(action.id()))
                .findFirst().map(a -> explain(side, a.status())).orElseThrow();
    }

    /** The explanation of a verdict of {@code evaluation} in this language. */
    public String explain(Evaluation evaluation, Decision<?> decision) {
        return evaluation.explain(decision.finding(), messages.language());
    }
}
