package nl.koers.report.html;

import java.io.PrintWriter;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.EvaluationDiff.ActionChange;
import nl.koers.evaluator.EvaluationDiff.Change;
import nl.koers.evaluator.EvaluationDiff.MeasurementChange;
import nl.koers.evaluator.EvaluationDiff.TargetChange;
import nl.koers.evaluator.EvaluationDiff;
import nl.koers.model.Colour;
import nl.koers.model.Performance;
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
    private final StringBuilder html = new StringBuilder();

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
        html.append("<section class=\"diff\">\n<h1>").append(Html.escape(title)).append("</h1>\n");
        html.append("<p class=\"dates\">").append(Html.escape(words.dates(diff))).append("</p>\n<dl class=\"meta\">\n");
        Html.fact(html, messages.get("heading.organisation"), p.organisation());
        Html.fact(html, messages.get("heading.rules"), diff.to().ruleSet());
        html.append("</dl>\n");
        heading("heading.actions");
        if (diff.isEmpty()) {
            html.append("<p>").append(Html.escape(messages.get("diff.none"))).append("</p>\n");
        }
        for (ActionChange action : diff.actions()) {
            action(diff, action);
        }
        if (!diff.unchangedActions().isEmpty()) {
            html.append("<p class=\"unchanged\">").append(Html.escape(words.unchanged(diff))).append("</p>\n");
        }
        heading("diff.heading.scores");
        html.append("<div class=\"scores\">\n");
        score("heading.content", diff.content(), diff.to().content(), diff);
        score("heading.money", diff.money(), diff.to().money(), diff);
        html.append("</div>\n<p class=\"change\"><strong>").append(Html.escape(messages.get("heading.change")))
                .append(":</strong> ").append(Html.escape(words.budgetChange(diff.budgetChange()))).append("</p>\n");
        reason(words.explain(diff.to(), diff.to().budgetChange()));
        html.append("</section>\n");
        Html.page(out, messages.language(), title, html.toString());
    }

    private void action(EvaluationDiff diff, ActionChange action) {
        html.append("<article class=\"action\">\n<h3>").append(Html.escape(DiffWords.action(action))).append(' ')
                .append(words.move(action.status(), status -> Html.badge(messages, status), Html::escape))
                .append("</h3>\n");
        reason(words.explanation(diff, action));
        if (!action.targets().isEmpty() || !action.measurements().isEmpty()) {
            html.append("<ul class=\"changes\">\n");
            for (TargetChange target : action.targets()) {
                html.append("<li class=\"verdict\">").append(Html.escape(words.target(target) + ": "))
                        .append(words.move(target.status(), status -> Html.badge(messages, status), Html::escape))
                        .append("</li>\n");
            }
            for (MeasurementChange m : action.measurements()) {
                html.append("<li class=\"measurement\">").append(Html.escape(words.measurement(m))).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</article>\n");
    }

    private void score(String heading, Change<Colour> change, Decision<?> now, EvaluationDiff diff) {
        html.append("<div class=\"score\">\n<p><strong>").append(Html.escape(messages.get(heading))).append("</strong> ")
                .append(words.move(change, colour -> Html.badge(messages, colour), Html::escape)).append("</p>\n");
        reason(words.explain(diff.to(), now));
        html.append("</div>\n");
    }

    private void reason(String explanation) {
        html.append("<p class=\"reason\">").append(Html.escape(explanation)).append("</p>\n");
    }

    private void heading(String key) {
        html.append("<h2>").append(Html.escape(messages.get(key))).append("</h2>\n");
    }
}
