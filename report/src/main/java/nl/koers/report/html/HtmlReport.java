package nl.koers.report.html;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.model.Colour;
import nl.koers.model.Finding;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Performance;
import nl.koers.model.Status;
import nl.koers.model.TargetKind;
import nl.koers.report.Figures;
import nl.koers.report.Messages;
import nl.koers.report.Narrative;
import nl.koers.report.OverviewRow;
import nl.koers.report.Report;
import nl.koers.report.Tone;
import nl.koers.report.text.TextReport;

/**
 * One self-contained HTML file: inline CSS and inline SVG, no scripts, fonts, images or links outside the
 * file, so that it can be mailed, archived and printed as it is. Per prestatie its basic facts, the two
 * colours, per action a status badge, per target a bar of its figures, the jaarschijven as a chart and table,
 * the proposed begrotingswijziging, and for every verdict its explanation and rule. Status is told by text
 * and symbol as well as colour. For a whole begroting an overview of every prestatie comes first, linking
 * to the details, which are held in memory until then. Every text from the portfolio is escaped.
 */
public final class HtmlReport implements Report {

    private final Messages messages;
    private final Figures figures;
    private final Narrative narrative;
    private final PrintWriter out;
    private final boolean many;
    private final List<OverviewRow> overview = new ArrayList<>();
    private final Set<String> anchors = new HashSet<>();
    private final StringBuilder sections = new StringBuilder();
    private String title;

    public HtmlReport(Messages messages, PrintWriter out, boolean many) {
        this.messages = messages;
        this.figures = new Figures(messages);
        this.narrative = new Narrative(messages);
        this.out = out;
        this.many = many;
    }

    @Override
    public void add(Evaluation evaluation) {
        Performance p = evaluation.portfolio().performance();
        OverviewRow row = OverviewRow.of(evaluation, Narrative.anchor(p.code(), anchors), narrative);
        if (many) {
            overview.add(row);
        } else if (title == null) {
            title = messages.get("heading.performance") + " " + p.code() + " " + p.title();
        }
        new Section(evaluation, row.anchor(), many ? 2 : 1).write();
    }

    /**
     * Writes the document: the head, then for a begroting the overview, then every prestatie. A report of
     * one portfolio without any evaluation (it cannot happen from the command line) is an empty page.
     */
    @Override
    public void finish() {
        String documentTitle = many || title == null ? messages.get("heading.overview") : title;
        Html.page(out, messages.language(), documentTitle, many ? overview() + sections : sections.toString());
    }

    private String overview() {
        StringBuilder html = new StringBuilder("<section class=\"overview\" id=\"overzicht\">\n<h1>")
                .append(Html.escape(messages.get("heading.overview"))).append("</h1>\n<table>\n<thead><tr><th>")
                .append(Html.escape(messages.get("heading.performance"))).append("</th><th>")
                .append(Html.escape(messages.get("heading.content"))).append("</th><th>")
                .append(Html.escape(messages.get("heading.money"))).append("</th><th>")
                .append(Html.escape(messages.get("heading.change"))).append("</th></tr></thead>\n<tbody>\n");
        for (OverviewRow row : overview) {
            html.append("<tr><td><a href=\"#").append(row.anchor()).append("\">").append(Html.escape(row.code() + " " + row.title()))
                    .append("</a></td><td>").append(badge(row.content())).append("</td><td>").append(badge(row.money()))
                    .append("</td><td>").append(Html.escape(row.change())).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</section>\n").toString();
    }

    /** The details of one prestatie, with headings starting at one level. */
    private final class Section {
        private final Evaluation evaluation;
        private final String anchor;
        private final int level;
        private final StringBuilder html = new StringBuilder();

        Section(Evaluation evaluation, String anchor, int level) {
            this.evaluation = evaluation;
            this.anchor = anchor;
            this.level = level;
        }

        void write() {
            Performance p = evaluation.portfolio().performance();
            html.append("<section class=\"prestatie\" id=\"").append(anchor).append("\">\n");
            heading(0, messages.get("heading.performance") + " " + p.code() + " " + p.title(), "");
            html.append("<dl class=\"meta\">\n");
            fact("heading.organisation", p.organisation());
            fact("heading.programme", p.programme());
            fact("heading.portfolioHolder", p.portfolioHolder());
            fact("heading.role", figures.role(p));
            fact("heading.looptijd", figures.looptijd(p));
            fact("heading.peildatum", figures.date(evaluation.peildatum()));
            fact("heading.rules", evaluation.ruleSet());
            html.append("</dl>\n<div class=\"scores\">\n");
            score("heading.content", evaluation.content().finding().colour(), evaluation.content());
            score("heading.money", evaluation.money().finding().colour(), evaluation.money());
            html.append("</div>\n");
            heading(1, messages.get("heading.actions"), "");
            for (ActionOutcome action : evaluation.actions()) {
                action(action);
            }
            finance();
            if (many) {
                html.append("<p class=\"back\"><a href=\"#overzicht\">").append(Html.escape(messages.get("heading.toOverview")))
                        .append("</a></p>\n");
            }
            html.append("</section>\n");
            sections.append(html);
        }

        private void action(ActionOutcome action) {
            html.append("<article class=\"action\">\n");
            heading(2, action.action().id() + (action.action().title() == null ? "" : " " + action.action().title()),
                    badge(action.statusValue()));
            if (action.action().text() != null) {
                html.append("<p class=\"text\">").append(Html.escape(action.action().text())).append("</p>\n");
            }
            verdict(action.status());
            for (TargetOutcome target : action.targets()) {
                target(target);
            }
            html.append("</article>\n");
        }

        private void target(TargetOutcome outcome) {
            Status status = outcome.assessment().finding().status();
            Tone tone = Tone.of(status);
            String figuresLine = figuresOf(outcome);
            html.append("<div class=\"target\">\n");
            heading(3, outcome.target().id() + " " + Figures.name(outcome.target()) + " ("
                    + messages.label("kind", outcome.target().kind()) + ")", badge(status));
            String label = Figures.name(outcome.target()) + ": " + figures.status(status) + "; " + figuresLine;
            html.append(switch (outcome.target().kind()) {
                case QUANTITY -> HtmlCharts.quantity(outcome, tone, label);
                case MILESTONE -> HtmlCharts.milestone(outcome, tone, label);
                case MONITORING -> HtmlCharts.monitoring(outcome, tone, label);
            }).append('\n');
            html.append("<p class=\"figures\">").append(Html.escape(figuresLine)).append("</p>\n");
            verdict(outcome.assessment());
            html.append("</div>\n");
        }

        /** The figures in words, with the shape each has in the bar: "▽ verwacht 3 · ◆ streefwaarde ...". */
        private String figuresOf(TargetOutcome outcome) {
            List<String> parts = new ArrayList<>();
            String realised = outcome.progress().measured()
                    ? messages.get("figure.realised") + " " + Figures.withUnit(figures.realised(outcome), outcome.target())
                    + " (" + figures.date(outcome.progress().measuredOn()) + ")"
                    : messages.get("figure.noMeasurement");
            if (outcome.target().kind() == TargetKind.QUANTITY) {
                parts.add(messages.get("figure.baseline") + " " + figures.number(outcome.progress().baseline()));
                parts.add("▽ " + messages.get("figure.expected") + " " + figures.expected(outcome));
                parts.add("■ " + realised);
                parts.add("◆ " + messages.get("figure.streefwaarde") + " "
                        + Figures.withUnit(figures.streefwaarde(outcome), outcome.target()));
            } else {
                parts.add(realised);
                String age = figures.age(outcome);
                if (!age.isEmpty()) {
                    parts.add(age);
                }
            }
            parts.add(messages.get("figure.due") + " " + figures.date(outcome.progress().due()));
            return String.join(" · ", parts);
        }

        private void finance() {
            heading(1, messages.get("heading.finance"), "");
            List<Jaarschijf> slices = evaluation.portfolio().budget().slices();
            String[] series = {messages.get("jaarschijf.budgeted"), messages.get("jaarschijf.realised"),
                messages.get("jaarschijf.unspent")};
            if (slices.isEmpty()) {
                html.append("<p>").append(Html.escape(messages.get("jaarschijf.none"))).append("</p>\n");
            } else {
                html.append("<figure>\n").append(HtmlCharts.budget(slices, messages.get("heading.jaarschijven"), series, figures))
                        .append("\n<figcaption>");
                for (int s = 0; s < series.length; s++) {
                    html.append("<span class=\"key\"><span class=\"swatch\" style=\"background:").append(HtmlCharts.SERIES[s])
                            .append("\"></span>").append(Html.escape(series[s])).append("</span> ");
                }
                html.append("</figcaption>\n</figure>\n");
                jaarschijven(slices, series);
            }
            html.append("<p class=\"change\"><strong>").append(Html.escape(messages.get("heading.change"))).append(":</strong> ")
                    .append(Html.escape(TextReport.change(messages, evaluation.budgetChange().finding()))).append("</p>\n");
            html.append("<p class=\"proposal\">").append(Html.escape(narrative.proposal(evaluation))).append("</p>\n");
            verdict(evaluation.budgetChange());
        }

        private void jaarschijven(List<Jaarschijf> slices, String[] series) {
            html.append("<table class=\"jaarschijven\">\n<thead><tr><th>").append(Html.escape(messages.get("heading.year")))
                    .append("</th>");
            for (String name : series) {
                html.append("<th>").append(Html.escape(name)).append("</th>");
            }
            html.append("<th>").append(Html.escape(messages.get("column.reason"))).append("</th></tr></thead>\n<tbody>\n");
            for (Jaarschijf slice : slices) {
                List<String> notes = new ArrayList<>();
                if (slice.fromReserve()) {
                    notes.add(messages.get("jaarschijf.fromReserve"));
                }
                if (slice.continues()) {
                    notes.add(messages.get("jaarschijf.continues"));
                }
                if (slice.forecast()) {
                    notes.add(messages.get("jaarschijf.forecast"));
                }
                html.append("<tr><td>").append(slice.year()).append("</td><td class=\"num\">")
                        .append(Html.escape(figures.money(slice.budgeted()))).append("</td><td class=\"num\">")
                        .append(Html.escape(figures.money(slice.realised()))).append("</td><td class=\"num\">")
                        .append(Html.escape(figures.money(slice.unspent()))).append("</td><td>")
                        .append(Html.escape(String.join(", ", notes))).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }

        private void score(String heading, Colour colour, Decision<? extends Finding> decision) {
            html.append("<div class=\"score\">\n<p><strong>").append(Html.escape(messages.get(heading))).append("</strong> ")
                    .append(badge(colour)).append("</p>\n");
            verdict(decision);
            html.append("</div>\n");
        }

        /** The explanation of a verdict and the rule that made it. */
        private void verdict(Decision<? extends Finding> decision) {
            html.append("<p class=\"reason\">").append(Html.escape(evaluation.explain(decision.finding(), messages.language())))
                    .append("</p>\n<p class=\"rule\">").append(Html.escape(messages.get("heading.rule"))).append(": ")
                    .append(Html.escape(TextReport.rule(evaluation, decision))).append("</p>\n");
        }

        private void fact(String key, String value) {
            Html.fact(html, messages.get(key), value);
        }

        /** A heading {@code depth} levels below the section's own, with markup (a badge) after its text. */
        private void heading(int depth, String text, String after) {
            int h = Math.min(6, level + depth);
            html.append("<h").append(h).append('>').append(Html.escape(text)).append(after.isEmpty() ? "" : " " + after)
                    .append("</h").append(h).append(">\n");
        }
    }

    private String badge(Status status) {
        return Html.badge(messages, status);
    }

    private String badge(Colour colour) {
        return Html.badge(messages, colour);
    }
}
