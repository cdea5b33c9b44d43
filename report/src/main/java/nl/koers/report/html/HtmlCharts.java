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

    /**
     * A quantity target: the bar from the baseline to the realised value in the verdict's colour, a thin
     * tick at the baseline, a dashed line with ▽ at the value expected at the peildatum and a thick line
     * with ◆ at the streefwaarde.
     */
    static String quantity(TargetOutcome outcome, Tone tone, String label) {
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
        StringBuilder svg = open(WIDTH, 44, label);
        svg.append(rect(PAD, 16, WIDTH - 2 * PAD, 10, TRACK, null));
        if (p.realised() != null) {
            double from = x.at(target.baseline().doubleValue());
            double to = x.at(p.realised().doubleValue());
            svg.append(rect(Math.min(from, to), 16, Math.max(Math.abs(to - from), 2), 10, tone.background(), "realised"));
        }
        double base = x.at(target.baseline().doubleValue());
        svg.append(line(base, 12, base, 30, MUTED, 1, null, "baseline"));
        if (p.expected() != null) {
            double e = x.at(p.expected().doubleValue());
            svg.append(line(e, 10, e, 32, INK, 1.5, "3 2", "expected"));
            svg.append(polygon("expected", INK, e - 4, 2, e + 4, 2, e, 9));
        }
        double goal = x.at(target.value().doubleValue());
        svg.append(line(goal, 12, goal, 34, INK, 3, null, "streefwaarde"));
        svg.append(polygon("streefwaarde", INK, goal, 33, goal + 4, 37, goal, 41, goal - 4, 37));
        return svg.append("</svg>").toString();
    }

    /** A milestone: the whole bar filled when done, an empty outlined bar when not, a pale one without data. */
    static String milestone(TargetOutcome outcome, Tone tone, String label) {
        TargetProgress p = outcome.progress();
        StringBuilder svg = open(WIDTH, 24, label);
        String fill = !p.measured() ? TRACK : p.done() ? tone.background() : "#ffffff";
        svg.append("<rect class=\"milestone\" x=\"").append(PAD).append("\" y=\"6\" width=\"").append(WIDTH - 2 * PAD)
                .append("\" height=\"12\" fill=\"").append(fill).append("\" stroke=\"").append(p.measured() ? tone.background() : MUTED)
                .append("\" stroke-width=\"1.5\"").append(p.measured() ? "" : " stroke-dasharray=\"4 3\"").append("/>");
        return svg.append("</svg>").toString();
    }

    /**
     * A monitoring target: the age of its latest measurement against the age it may have, marked by a
     * thick line; a bar past that line is stale.
     */
    static String monitoring(TargetOutcome outcome, Tone tone, String label) {
        TargetProgress p = outcome.progress();
        long allowed = Math.max(1, ChronoUnit.DAYS.between(p.peildatum().minus(p.maxAge()), p.peildatum()));
        StringBuilder svg = open(WIDTH, 30, label);
        long age = p.measured() ? ChronoUnit.DAYS.between(p.measuredOn(), p.peildatum()) : 0;
        Scale x = new Scale(0, Math.max(allowed, age) * 1.25, PAD, WIDTH - PAD);
        svg.append(rect(PAD, 10, WIDTH - 2 * PAD, 10, TRACK, null));
        if (p.measured()) {
            svg.append(rect(PAD, 10, Math.max(x.at(age) - PAD, 2), 10, tone.background(), "age"));
        }
        double limit = x.at(allowed);
        svg.append(line(limit, 4, limit, 26, INK, 3, null, "max-age"));
        return svg.append("</svg>").toString();
    }

    /** The jaarschijven as grouped columns: begroot, gerealiseerd and saldo per year, each where known. */
    static String budget(List<Jaarschijf> slices, String label, String[] seriesNames, Figures figures) {
        int bar = 18;
        int group = 3 * bar + 24;
        int height = 150;
        int width = Math.max(WIDTH, 2 * PAD + group * slices.size());
        double max = slices.stream().flatMap(s -> java.util.stream.Stream.of(s.budgeted(), s.realised(), s.unspent()))
                .filter(java.util.Objects::nonNull).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        Scale y = new Scale(0, max <= 0 ? 1 : max, 0, height - 30);
        StringBuilder svg = open(width, height, label);
        svg.append(line(PAD, height - 20, width - PAD, height - 20, MUTED, 1, null, "axis"));
        for (int i = 0; i < slices.size(); i++) {
            Jaarschijf slice = slices.get(i);
            double left = PAD + 12 + i * group;
            BigDecimal[] amounts = {slice.budgeted(), slice.realised(), slice.unspent()};
            for (int s = 0; s < amounts.length; s++) {
                if (amounts[s] == null) {
                    continue;
                }
                double h = Math.max(y.at(Math.max(0, amounts[s].doubleValue())), 1);
                svg.append("<rect class=\"series-").append(s).append("\" x=\"").append(f(left + s * bar))
                        .append("\" y=\"").append(f(height - 20 - h)).append("\" width=\"").append(bar - 2)
                        .append("\" height=\"").append(f(h)).append("\" fill=\"").append(SERIES[s]).append("\"><title>")
                        .append(Html.escape(slice.year() + " " + seriesNames[s] + " " + figures.money(amounts[s])))
                        .append("</title></rect>");
            }
            svg.append("<text x=\"").append(f(left + 1.5 * bar)).append("\" y=\"").append(height - 5)
                    .append("\" text-anchor=\"middle\">").append(slice.year()).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String label) {
        String text = Html.escape(label);
        return new StringBuilder("<svg class=\"bar\" role=\"img\" aria-label=\"").append(text).append("\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\"><title>").append(text).append("</title>");
    }

    private static String rect(double x, double y, double width, double height, String fill, String cssClass) {
        return "<rect" + (cssClass == null ? "" : " class=\"" + cssClass + "\"") + " x=\"" + f(x) + "\" y=\"" + f(y)
                + "\" width=\"" + f(width) + "\" height=\"" + f(height) + "\" fill=\"" + fill + "\"/>";
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke, double width, String dash,
                               String cssClass) {
        return "<line class=\"" + cssClass + "\" x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\""
                + f(y2) + "\" stroke=\"" + stroke + "\" stroke-width=\"" + f(width) + "\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String polygon(String cssClass, String fill, double... points) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < points.length; i += 2) {
            list.append(i == 0 ? "" : " ").append(f(points[i])).append(',').append(f(points[i + 1]));
        }
        return "<polygon class=\"" + cssClass + "-mark\" points=\"" + list + "\" fill=\"" + fill + "\"/>";
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
