package nl.koers.report.html;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.model.Jaarschijf;
import nl.koers.model.QuantityTarget;
import nl.koers.model.TargetProgress;
import nl.koers.report.Figures;
import nl.koers.report.Tone;

/**
 * The inline SVG pictures of the HTML report. Each carries role="img", an aria-label and a title that say
 * in words what it shows; the figures are also written out next to it, so nothing depends on the picture.
 */
public final class HtmlCharts {

    private static final int WIDTH = 360;
    private static final int PAD = 8;
    private static final String INK = "#1f2328";
    private static final String TRACK = "#eaeef2";
    private static final String MUTED = "#57606a";
    /** Budget series: begroot, gerealiseerd, saldo; each at least 3:1 against white (WCAG 1.4.11). */
    public static final String[] SERIES = {"#57606a", "#0969da", "#8250df"};

    private HtmlCharts() {
    }

    /** The picture of a target of any kind; a new kind must be drawn here before this compiles. */
    static void target(HtmlElement parent, TargetOutcome outcome, Tone tone, String label) {
        Chart chart = switch (outcome.target().kind()) {
            case QUANTITY -> HtmlCharts::quantity;
            case MILESTONE -> HtmlCharts::milestone;
            case MONITORING -> HtmlCharts::monitoring;
        };
        chart.draw(parent, outcome, tone, label);
    }

    /** Draws one kind of target into {@code parent}. */
    @FunctionalInterface
    private interface Chart {
        void draw(HtmlElement parent, TargetOutcome outcome, Tone tone, String label);
    }

    /**
     * A quantity target: the bar from the baseline to the realised value in the verdict's colour, a thin
     * tick at the baseline, a dashed line with ▽ at the value expected at the peildatum and a thick line
     * with ◆ at the streefwaarde.
     */
    private static void quantity(HtmlElement parent, TargetOutcome outcome, Tone tone, String label) {
        QuantityTarget target = (QuantityTarget) outcome.target();
        TargetProgress p = outcome.progress();
        List<BigDecimal> values = new ArrayList<>(List.of(BigDecimal.ZERO, target.baseline(), target.value()));
        if (p.expected() != null) {
            values.add(p.expected());
        }
        if (p.realised() != null) {
            values.add(p.realised());
        }
        double lo = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double hi = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        Scale x = new Scale(lo, hi == lo ? lo + 1 : hi, PAD, WIDTH - PAD);
        HtmlElement svg = open(parent, WIDTH, 44, label);
        rect(svg, PAD, 16, WIDTH - 2 * PAD, 10, TRACK, null);
        if (p.realised() != null) {
            double from = x.at(target.baseline().doubleValue());
            double to = x.at(p.realised().doubleValue());
            rect(svg, Math.min(from, to), 16, Math.max(Math.abs(to - from), 2), 10, tone.background(), "realised");
        }
        double base = x.at(target.baseline().doubleValue());
        line(svg, base, 12, base, 30, MUTED, 1, null, "baseline");
        if (p.expected() != null) {
            double e = x.at(p.expected().doubleValue());
            line(svg, e, 10, e, 32, INK, 1.5, "3 2", "expected");
            polygon(svg, "expected", INK, e - 4, 2, e + 4, 2, e, 9);
        }
        double goal = x.at(target.value().doubleValue());
        line(svg, goal, 12, goal, 34, INK, 3, null, "streefwaarde");
        polygon(svg, "streefwaarde", INK, goal, 33, goal + 4, 37, goal, 41, goal - 4, 37);
        svg.close();
    }

    /** A milestone: the whole bar filled when done, an empty outlined bar when not, a pale one without data. */
    private static void milestone(HtmlElement parent, TargetOutcome outcome, Tone tone, String label) {
        TargetProgress p = outcome.progress();
        HtmlElement svg = open(parent, WIDTH, 24, label);
        String fill = !p.measured() ? TRACK : p.done() ? tone.background() : "#ffffff";
        HtmlElement bar = svg.element("rect").attr("class", "milestone").attr("x", PAD).attr("y", 6)
                .attr("width", WIDTH - 2 * PAD).attr("height", 12).attr("fill", fill)
                .attr("stroke", p.measured() ? tone.background() : MUTED).attr("stroke-width", "1.5");
        if (!p.measured()) {
            bar.attr("stroke-dasharray", "4 3");
        }
        svg.close();
    }

    /**
     * A monitoring target: the age of its latest measurement against the age it may have, marked by a
     * thick line; a bar past that line is stale.
     */
    private static void monitoring(HtmlElement parent, TargetOutcome outcome, Tone tone, String label) {
        TargetProgress p = outcome.progress();
        long allowed = Math.max(1, ChronoUnit.DAYS.between(p.peildatum().minus(p.maxAge()), p.peildatum()));
        HtmlElement svg = open(parent, WIDTH, 30, label);
        long age = p.measured() ? ChronoUnit.DAYS.between(p.measuredOn(), p.peildatum()) : 0;
        Scale x = new Scale(0, Math.max(allowed, age) * 1.25, PAD, WIDTH - PAD);
        rect(svg, PAD, 10, WIDTH - 2 * PAD, 10, TRACK, null);
        if (p.measured()) {
            rect(svg, PAD, 10, Math.max(x.at(age) - PAD, 2), 10, tone.background(), "age");
        }
        double limit = x.at(allowed);
        line(svg, limit, 4, limit, 26, INK, 3, null, "max-age");
        svg.close();
    }

    /** The jaarschijven as grouped columns: begroot, gerealiseerd and saldo per year, each where known. */
    static void budget(HtmlElement parent, List<Jaarschijf> slices, String label, String[] seriesNames, Figures figures) {
        int bar = 18;
        int group = 3 * bar + 24;
        int height = 150;
        int width = Math.max(WIDTH, 2 * PAD + group * slices.size());
        double max = slices.stream().flatMap(s -> java.util.stream.Stream.of(s.budgeted(), s.realised(), s.unspent()))
                .filter(java.util.Objects::nonNull).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        Scale y = new Scale(0, max <= 0 ? 1 : max, 0, height - 30);
        HtmlElement svg = open(parent, width, height, label);
        line(svg, PAD, height - 20, width - PAD, height - 20, MUTED, 1, null, "axis");
        for (int i = 0; i < slices.size(); i++) {
            Jaarschijf slice = slices.get(i);
            double left = PAD + 12 + i * group;
            BigDecimal[] amounts = {slice.budgeted(), slice.realised(), slice.unspent()};
            for (int s = 0; s < amounts.length; s++) {
                if (amounts[s] == null) {
                    continue;
                }
                double h = Math.max(y.at(Math.max(0, amounts[s].doubleValue())), 1);
                svg.element("rect").attr("class", "series-" + s).attr("x", f(left + s * bar))
                        .attr("y", f(height - 20 - h)).attr("width", bar - 2).attr("height", f(h)).attr("fill", SERIES[s])
                        .element("title").text(slice.year() + " " + seriesNames[s] + " " + figures.money(amounts[s]));
            }
            svg.element("text").attr("x", f(left + 1.5 * bar)).attr("y", height - 5).attr("text-anchor", "middle")
                    .text(Integer.toString(slice.year()));
        }
        svg.close();
    }

    private static HtmlElement open(HtmlElement parent, int width, int height, String label) {
        HtmlElement svg = parent.element("svg").attr("class", "bar").attr("role", "img").attr("aria-label", label)
                .attr("width", width).attr("height", height).attr("viewBox", "0 0 " + width + " " + height);
        svg.element("title").text(label);
        return svg;
    }

    private static void rect(HtmlElement svg, double x, double y, double width, double height, String fill,
                             String cssClass) {
        HtmlElement rect = svg.element("rect");
        if (cssClass != null) {
            rect.attr("class", cssClass);
        }
        rect.attr("x", f(x)).attr("y", f(y)).attr("width", f(width)).attr("height", f(height)).attr("fill", fill);
    }

    private static void line(HtmlElement svg, double x1, double y1, double x2, double y2, String stroke, double width,
                             String dash, String cssClass) {
        HtmlElement line = svg.element("line").attr("class", cssClass).attr("x1", f(x1)).attr("y1", f(y1))
                .attr("x2", f(x2)).attr("y2", f(y2)).attr("stroke", stroke).attr("stroke-width", f(width));
        if (dash != null) {
            line.attr("stroke-dasharray", dash);
        }
    }

    private static void polygon(HtmlElement svg, String cssClass, String fill, double... points) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < points.length; i += 2) {
            list.append(i == 0 ? "" : " ").append(f(points[i])).append(',').append(f(points[i + 1]));
        }
        svg.element("polygon").attr("class", cssClass + "-mark").attr("points", list.toString()).attr("fill", fill);
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A linear map from values to pixels. */
    private record Scale(double lo, double hi, double from, double to) {
        double at(double value) {
            return from + (value - lo) / (hi - lo) * (to - from);
        }
    }
}
