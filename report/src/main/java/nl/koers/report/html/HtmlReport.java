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
import nl.koers.model.BudgetChange;
import nl.koers.model.Colour;
import nl.koers.model.Disagreement;
import nl.koers.model.Finding;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Performance;
import nl.koers.model.Status;
import nl.koers.model.StatusOverride;
import nl.koers.model.TargetKind;
import nl.koers.report.Figures;
import nl.koers.report.Findings;
import nl.koers.report.Messages;
import nl.koers.report.Narrative;
import nl.koers.report.OverviewRow;
import nl.koers.report.Report;
import nl.koers.report.Tone;
import nl.koers.report.text.TextReport;

/**
 * One self-contained HTML file: inline CSS and inline SVG, no scripts, fonts, images or links outside the
 * file, so that it can be mailed, archived and printed as it is. Per prestatie its basic facts, the two
 * colours, per action a status badge, per target a bar of its figures (a revised streefwaarde with its revision),
 * the jaarschijven as a chart and table (with their line, and their baten when the page gives any),
 * the proposed begrotingswijziging (every budget change, when there are several), the disagreements with the
 * owner's report, what the owner reported and what the person responsible set, and for every verdict its
 * explanation and rule. Status is told by text
 * and symbol as well as colour. For a whole begroting an overview of every prestatie comes first, linking
 * to the details, which are held in memory until then. Every text from the portfolio is escaped.
 */
public final class HtmlReport implements Report {

    private final Messages messages;
    private final Figures figures;
    private final Narrative narrative;
    private final Findings findings;
    private final PrintWriter out;
    private final boolean many;
    private final List<OverviewRow> overview = new ArrayList<>();
    private final Set<String> anchors = new HashSet<>();
    private final HtmlElement.Markup sections = new HtmlElement.Markup();
    private String title;

    public HtmlReport(Messages messages, PrintWriter out, boolean many) {
        this.messages = messages;
        this.figures = new Figures(messages);
        this.narrative = new Narrative(messages);
        this.findings = new Findings(messages);
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
        HtmlElement fragment = sections.writer();
        new Section(evaluation, row.anchor(), many ? 2 : 1).write(fragment);
        fragment.close();
    }

    /**
     * Writes the document: the head, then for a begroting the overview, then every prestatie. A report of
     * one portfolio without any evaluation (it cannot happen from the command line) is an empty page.
     */
    @Override
    public void finish() {
        String documentTitle = many || title == null ? messages.get("heading.overview") : title;
        Html.page(out, messages.language(), documentTitle, main -> {
            if (many) {
                overview(main);
            }
            main.markup(sections);
        });
    }

    private void overview(HtmlElement main) {
        HtmlElement section = main.element("section").attr("class", "overview").attr("id", "overzicht").newline();
        section.element("h1").text(messages.get("heading.overview"));
        section.newline();
        HtmlElement table = section.element("table").newline();
        HtmlElement head = table.element("thead").element("tr");
        for (String key : new String[] {"heading.performance", "heading.content", "heading.money", "heading.change"}) {
            head.element("th").text(messages.get(key));
        }
        table.newline();
        HtmlElement body = table.element("tbody").newline();
        for (OverviewRow row : overview) {
            HtmlElement tr = body.element("tr");
            tr.element("td").element("a").attr("href", "#" + row.anchor()).text(row.code() + " " + row.title());
            badge(tr.element("td"), row.content());
            badge(tr.element("td"), row.money());
            tr.element("td").text(row.change());
            body.newline();
        }
        table.newline();
        section.newline();
        main.newline();
    }

    /** The details of one prestatie, with headings starting at one level. */
    private final class Section {
        private final Evaluation evaluation;
        private final String anchor;
        private final int level;

        Section(Evaluation evaluation, String anchor, int level) {
            this.evaluation = evaluation;
            this.anchor = anchor;
            this.level = level;
        }

        void write(HtmlElement parent) {
            Performance p = evaluation.portfolio().performance();
            HtmlElement html = parent.element("section").attr("class", "prestatie").attr("id", anchor).newline();
            heading(html, 0, messages.get("heading.performance") + " " + p.code() + " " + p.title());
            HtmlElement meta = html.element("dl").attr("class", "meta").newline();
            fact(meta, "heading.organisation", p.organisation());
            fact(meta, "heading.programme", p.programme());
            fact(meta, "heading.portfolioHolder", p.portfolioHolder());
            fact(meta, "heading.role", figures.role(p));
            fact(meta, "heading.looptijd", figures.looptijd(p));
            fact(meta, "heading.peildatum", figures.date(evaluation.peildatum()));
            fact(meta, "heading.document", p.document() == null ? null : messages.label("document", p.document()));
            fact(meta, "heading.rules", evaluation.ruleSet());
            html.newline();
            HtmlElement scores = html.element("div").attr("class", "scores").newline();
            StatusOverride override = p.override();
            score(scores, "heading.content", evaluation.content().finding().colour(), evaluation.content(),
                    findings.override(override, override == null ? null : override.content(),
                            evaluation.content().finding().colour()));
            score(scores, "heading.money", evaluation.money().finding().colour(), evaluation.money(),
                    findings.override(override, override == null ? null : override.money(),
                            evaluation.money().finding().colour()));
            html.newline();
            if (p.reported() != null) {
                note(html, "reported", findings.reported(p.reported()));
            }
            heading(html, 1, messages.get("heading.actions"));
            for (ActionOutcome action : evaluation.actions()) {
                action(html, action);
            }
            finance(html);
            if (many) {
                html.element("p").attr("class", "back").element("a").attr("href", "#overzicht")
                        .text(messages.get("heading.toOverview"));
                html.newline();
            }
            parent.newline();
        }

        private void action(HtmlElement parent, ActionOutcome action) {
            HtmlElement article = parent.element("article").attr("class", "action").newline();
            heading(article, 2, action.action().id()
                    + (action.action().title() == null ? "" : " " + action.action().title()), action.statusValue());
            if (action.action().text() != null) {
                article.element("p").attr("class", "text").text(action.action().text());
                article.newline();
            }
            verdict(article, action.status());
            if (action.action().reported() != null) {
                note(article, "reported", findings.reported(action.action().reported()));
            }
            if (action.action().override() != null) {
                note(article, "override", findings.override(action.action().override(), action.statusValue()));
            }
            for (TargetOutcome target : action.targets()) {
                target(article, target);
            }
            parent.newline();
        }

        private void target(HtmlElement parent, TargetOutcome outcome) {
            Status status = outcome.assessment().finding().status();
            Tone tone = Tone.of(status);
            String figuresLine = figuresOf(outcome);
            HtmlElement div = parent.element("div").attr("class", "target").newline();
            heading(div, 3, outcome.target().id() + " " + Figures.name(outcome.target()) + " ("
                    + messages.label("kind", outcome.target().kind()) + ")", status);
            String label = Figures.name(outcome.target()) + ": " + figures.status(status) + "; " + figuresLine;
            HtmlCharts.target(div, outcome, tone, label);
            div.newline();
            div.element("p").attr("class", "figures").text(figuresLine);
            div.newline();
            verdict(div, outcome.assessment());
            parent.newline();
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
                parts.add("◆ " + messages.get("figure.streefwaarde") + " " + figures.streefwaardeRevised(outcome));
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

        private void finance(HtmlElement html) {
            heading(html, 1, messages.get("heading.finance"));
            List<Jaarschijf> slices = evaluation.portfolio().budget().slices();
            String[] series = {messages.get("jaarschijf.budgeted"), messages.get("jaarschijf.realised"),
                messages.get("jaarschijf.unspent")};
            if (slices.isEmpty()) {
                html.element("p").text(messages.get("jaarschijf.none"));
                html.newline();
            } else {
                HtmlElement figure = html.element("figure").newline();
                HtmlCharts.budget(figure, slices, messages.get("heading.jaarschijven"), series, figures);
                figure.newline();
                HtmlElement caption = figure.element("figcaption");
                for (int s = 0; s < series.length; s++) {
                    HtmlElement key = caption.element("span").attr("class", "key");
                    key.element("span").attr("class", "swatch").attr("style", "background:" + HtmlCharts.SERIES[s]);
                    key.text(series[s]);
                    caption.text(" ");
                }
                figure.newline();
                html.newline();
                jaarschijven(html, slices, series);
            }
            if (Findings.single(evaluation)) {
                HtmlElement change = html.element("p").attr("class", "change");
                change.element("strong").text(messages.get("heading.change") + ":");
                change.text(" " + TextReport.change(messages, evaluation.budgetChange().finding()));
                html.newline();
                html.element("p").attr("class", "proposal").text(narrative.proposal(evaluation));
                html.newline();
                verdict(html, evaluation.budgetChange());
            } else {
                heading(html, 2, messages.get("heading.changes"));
                for (Decision<BudgetChange> change : evaluation.budgetChanges()) {
                    HtmlElement div = html.element("div").attr("class", "change").newline();
                    div.element("p").element("strong").text(findings.change(change.finding()));
                    div.newline();
                    verdict(div, change);
                    html.newline();
                }
            }
            if (!evaluation.disagreements().isEmpty()) {
                heading(html, 1, messages.get("heading.disagreements"));
                for (Decision<Disagreement> disagreement : evaluation.disagreements()) {
                    HtmlElement div = html.element("div").attr("class", "disagreement").newline();
                    div.element("p").element("strong").text(findings.disagreement(disagreement.finding()));
                    div.newline();
                    verdict(div, disagreement);
                    html.newline();
                }
            }
        }

        /** A sentence of the owner or of the person responsible, beside the verdict of the rules. */
        private void note(HtmlElement parent, String kind, String text) {
            parent.element("p").attr("class", kind).text(text);
            parent.newline();
        }

        private void jaarschijven(HtmlElement parent, List<Jaarschijf> slices, String[] series) {
            HtmlElement table = parent.element("table").attr("class", "jaarschijven").newline();
            HtmlElement head = table.element("thead").element("tr");
            head.element("th").text(messages.get("heading.year"));
            for (String name : series) {
                head.element("th").text(name);
            }
            // the baten columns only when the page gives baten: a budget of lasten only keeps its table as it was
            boolean income = slices.stream().anyMatch(Figures::hasIncome);
            if (income) {
                head.element("th").text(messages.get("jaarschijf.incomeBudgeted"));
                head.element("th").text(messages.get("jaarschijf.incomeRealised"));
            }
            head.element("th").text(messages.get("column.reason"));
            table.newline();
            HtmlElement body = table.element("tbody").newline();
            for (Jaarschijf slice : slices) {
                List<String> notes = new ArrayList<>();
                if (Boolean.TRUE.equals(slice.fromReserve())) {
                    notes.add(messages.get("jaarschijf.fromReserve"));
                }
                if (Boolean.TRUE.equals(slice.continues())) {
                    notes.add(messages.get("jaarschijf.continues"));
                }
                if (slice.forecast()) {
                    notes.add(messages.get("jaarschijf.forecast"));
                }
                HtmlElement row = body.element("tr");
                row.element("td").text(findings.slice(slice));
                row.element("td").attr("class", "num").text(figures.money(slice.budgeted()));
                row.element("td").attr("class", "num").text(figures.money(slice.realised()));
                row.element("td").attr("class", "num").text(figures.money(slice.unspent()));
                if (income) {
                    row.element("td").attr("class", "num")
                            .text(slice.income() == null ? "" : figures.money(slice.income().budgeted()));
                    row.element("td").attr("class", "num")
                            .text(slice.income() == null ? "" : figures.money(slice.income().realised()));
                }
                row.element("td").text(String.join(", ", notes));
                body.newline();
            }
            table.newline();
            parent.newline();
        }

        private void score(HtmlElement scores, String heading, Colour colour, Decision<? extends Finding> decision,
                           String override) {
            HtmlElement score = scores.element("div").attr("class", "score").newline();
            HtmlElement line = score.element("p");
            line.element("strong").text(messages.get(heading));
            badge(line.text(" "), colour);
            score.newline();
            verdict(score, decision);
            if (override != null) {
                note(score, "override", override);
            }
            scores.newline();
        }

        /** The explanation of a verdict and the rule that made it. */
        private void verdict(HtmlElement parent, Decision<? extends Finding> decision) {
            parent.element("p").attr("class", "reason").text(evaluation.explain(decision.finding(), messages.language()));
            parent.newline();
            parent.element("p").attr("class", "rule")
                    .text(messages.get("heading.rule") + ": " + TextReport.rule(evaluation, decision));
            parent.newline();
        }

        private void fact(HtmlElement meta, String key, String value) {
            Html.fact(meta, messages.get(key), value);
        }

        /** A heading {@code depth} levels below the section's own. */
        private void heading(HtmlElement parent, int depth, String text) {
            parent.element("h" + Math.min(6, level + depth)).text(text);
            parent.newline();
        }

        /** A heading with the badge of {@code status} after its text. */
        private void heading(HtmlElement parent, int depth, String text, Status status) {
            badge(parent.element("h" + Math.min(6, level + depth)).text(text + " "), status);
            parent.newline();
        }
    }

    private void badge(HtmlElement parent, Status status) {
        Html.badge(parent, messages, status);
    }

    private void badge(HtmlElement parent, Colour colour) {
        Html.badge(parent, messages, colour);
    }
}
