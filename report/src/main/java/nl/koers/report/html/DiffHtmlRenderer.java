package nl.koers.report.html;

import java.io.PrintWriter;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.EvaluationDiff.ActionChange;
import nl.koers.evaluator.EvaluationDiff.Change;
import nl.koers.evaluator.EvaluationDiff.DisagreementChange;
import nl.koers.evaluator.EvaluationDiff.MeasurementChange;
import nl.koers.evaluator.EvaluationDiff.TargetChange;
import nl.koers.evaluator.EvaluationDiff;
import nl.koers.model.Colour;
import nl.koers.model.Performance;
import nl.koers.report.DiffFigures;
import nl.koers.report.DiffRenderer;
import nl.koers.report.DiffWords;
import nl.koers.report.Messages;

/**
 * The diff as one self-contained HTML page, on the page and stylesheet of {@link HtmlReport}: per changed
 * action its status move as badges (old → new) with the reason now, the target verdicts and measurements that
 * changed, then the unchanged actions, the colour moves and the budget change with their explanations. Every
 * text from the portfolio is escaped.
 */
public final class DiffHtmlRenderer implements DiffRenderer {

    private final DiffWords words;
    private final Messages messages;
    private final PrintWriter out;

    public DiffHtmlRenderer(Messages messages, PrintWriter out) {
        this.words = new DiffWords(messages);
        this.messages = messages;
        this.out = out;
    }

    @Override
    public void render(EvaluationDiff diff) {
        Performance p = diff.to().portfolio().performance();
        String title = messages.get("diff.heading", p.code(), p.title())
                + (words.was(diff).isEmpty() ? "" : " " + words.was(diff));
        Html.page(out, messages.language(), title, main -> {
            HtmlElement section = main.element("section").attr("class", "diff").newline();
            section.element("h1").text(title);
            section.newline();
            section.element("p").attr("class", "dates").text(words.dates(diff));
            section.newline();
            HtmlElement meta = section.element("dl").attr("class", "meta").newline();
            Html.fact(meta, messages.get("heading.organisation"), p.organisation());
            Html.fact(meta, messages.get("heading.rules"), diff.to().ruleSet());
            section.newline();
            heading(section, "heading.actions");
            DiffFigures changed = DiffFigures.of(diff);
            if (DiffWords.none(diff, changed)) {
                section.element("p").text(messages.get("diff.none"));
                section.newline();
            }
            for (ActionChange action : diff.actions()) {
                action(section, diff, action);
            }
            if (!diff.unchangedActions().isEmpty()) {
                section.element("p").attr("class", "unchanged").text(words.unchanged(diff));
                section.newline();
            }
            heading(section, "diff.heading.scores");
            HtmlElement scores = section.element("div").attr("class", "scores").newline();
            score(scores, "heading.content", diff.content(), diff.to().content(), diff);
            score(scores, "heading.money", diff.money(), diff.to().money(), diff);
            section.newline();
            HtmlElement change = section.element("p").attr("class", "change");
            if (DiffWords.oneBudgetChange(diff)) {
                change.element("strong").text(messages.get("heading.change") + ":");
                change.text(" " + words.budgetChange(diff.budgetChange()));
                section.newline();
                reason(section, words.explain(diff.to(), diff.to().budgetChange()));
            } else {
                change.element("strong").text(messages.get("heading.changes") + ":");
                change.text(" " + words.budgetChanges(diff));
                section.newline();
            }
            if (diff.override() != null && diff.override().changed()) {
                HtmlElement override = section.element("p").attr("class", "override");
                override.element("strong").text(messages.get("heading.override") + ":");
                override.text(" " + words.override(diff.override()));
                section.newline();
            }
            for (DisagreementChange disagreement : diff.disagreements()) {
                section.element("p").attr("class", "disagreement").text(words.disagreement(disagreement));
                section.newline();
            }
            // "figures" is the stylesheet's class for a line of figures
            for (String figures : words.figures(changed)) {
                section.element("p").attr("class", "figures").text(figures);
                section.newline();
            }
            section.close();
            main.newline();
        });
    }

    private void action(HtmlElement parent, EvaluationDiff diff, ActionChange action) {
        HtmlElement article = parent.element("article").attr("class", "action").newline();
        HtmlElement heading = article.element("h3").text(DiffWords.action(action) + " ");
        words.move(action.status(), status -> Html.badge(heading, messages, status), heading::text);
        article.newline();
        reason(article, words.explanation(diff, action));
        if (!action.targets().isEmpty() || !action.measurements().isEmpty() || action.overrideChanged()) {
            HtmlElement changes = article.element("ul").attr("class", "changes").newline();
            for (TargetChange target : action.targets()) {
                HtmlElement item = changes.element("li").attr("class", "verdict").text(words.target(target) + ": ");
                words.move(target.status(), status -> Html.badge(item, messages, status), item::text);
                changes.newline();
            }
            for (MeasurementChange m : action.measurements()) {
                changes.element("li").attr("class", "measurement").text(words.measurement(m));
                changes.newline();
            }
            if (action.overrideChanged()) {
                changes.element("li").attr("class", "override")
                        .text(messages.get("diff.change.override") + ": " + words.override(action.override()));
                changes.newline();
            }
            article.newline();
        }
        parent.newline();
    }

    private void score(HtmlElement scores, String heading, Change<Colour> change, Decision<?> now, EvaluationDiff diff) {
        HtmlElement score = scores.element("div").attr("class", "score").newline();
        HtmlElement line = score.element("p");
        line.element("strong").text(messages.get(heading));
        line.text(" ");
        words.move(change, colour -> Html.badge(line, messages, colour), line::text);
        score.newline();
        reason(score, words.explain(diff.to(), now));
        scores.newline();
    }

    private static void reason(HtmlElement parent, String explanation) {
        parent.element("p").attr("class", "reason").text(explanation);
        parent.newline();
    }

    private void heading(HtmlElement parent, String key) {
        parent.element("h2").text(messages.get(key));
        parent.newline();
    }
}
