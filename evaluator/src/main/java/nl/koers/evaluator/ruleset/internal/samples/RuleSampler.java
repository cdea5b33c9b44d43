package nl.koers.evaluator.ruleset.internal.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import nl.koers.model.Action;
import nl.koers.model.Budget;
import nl.koers.model.ChangeType;
import nl.koers.model.Decider;
import nl.koers.model.Colour;
import nl.koers.model.Direction;
import nl.koers.model.DocumentKind;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Measurement;
import nl.koers.model.MilestoneTarget;
import nl.koers.model.MonitoringTarget;
import nl.koers.model.Performance;
import nl.koers.model.Portfolio;
import nl.koers.model.QuantityTarget;
import nl.koers.model.Reallocation;
import nl.koers.model.ReportedChange;
import nl.koers.model.ReportedAssessment;
import nl.koers.model.ReportingPeriod;
import nl.koers.model.Status;
import nl.koers.model.Target;
import nl.koers.model.TargetKind;
import nl.koers.model.Withdrawal;

/**
 * A fixed, deterministic set of valid portfolios that between them reach every situation the format allows:
 * progress from nothing to beyond the streefwaarde in 1 % steps, every milestone and monitoring case,
 * withdrawn actions, and jaarschijven whose deviation runs from 0 to 200 % in steps of € 5.000 or 0.5 %,
 * funded from a reserve or not, continuing or not. Validation runs a rule set over them to find verdicts
 * decided twice or not at all, and rules that never fire.
 */
public final class RuleSampler {

    private static final ReportingPeriod YEAR = new ReportingPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    private static final LocalDate MIDYEAR = LocalDate.of(2024, 7, 1);

    /**
     * One sample: a portfolio and the peildatum it is evaluated at.
     *
     * @param portfolio   the portfolio
     * @param peildatum   the date
     * @param description what it stands for, for messages
     */
    public record Sample(Portfolio portfolio, LocalDate peildatum, String description) {
    }

    private RuleSampler() {
    }

    public static List<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        progress(samples);
        contentColours(samples);
        money(samples);
        reported(samples);
        return samples;
    }

    /** Quantity targets at every percent of the expected progress, milestones and monitoring in every state. */
    private static void progress(List<Sample> samples) {
        List<Action> actions = new ArrayList<>();
        for (TargetKind kind : TargetKind.values()) {
            // A switch expression must name every kind, so a new kind does not compile until it has samples.
            actions.addAll(switch (kind) {
                case QUANTITY -> quantities();
                case MILESTONE -> milestones();
                case MONITORING -> monitorings();
            });
        }
        actions.add(new Action("no-targets", null, null, null, null, List.of(), List.of()));
        actions.add(new Action("withdrawn", null, null, null, new Withdrawal(LocalDate.of(2024, 2, 1), "PS/1", "x"),
                List.of(), List.of()));
        samples.add(new Sample(portfolio("progress", actions, null), MIDYEAR, "progress mid-year"));
        samples.add(new Sample(portfolio("progress", actions, null), YEAR.end(), "progress at the due date"));
        samples.add(new Sample(portfolio("progress", actions, null), YEAR.start(), "progress on the start date"));
    }

    /** Quantity targets up and down, at every percent of the progress expected mid-year, and one on its start. */
    private static List<Action> quantities() {
        List<Action> actions = new ArrayList<>();
        BigDecimal expectedMidyear = new BigDecimal("100").multiply(BigDecimal.valueOf(182))
                .divide(BigDecimal.valueOf(365), java.math.MathContext.DECIMAL64);
        for (int percent = 0; percent <= 130; percent++) {
            BigDecimal realised = expectedMidyear.multiply(BigDecimal.valueOf(percent)).movePointLeft(2)
                    .setScale(4, java.math.RoundingMode.HALF_EVEN);
            actions.add(quantity("q" + percent, Direction.AT_LEAST, "100", "0", realised, MIDYEAR));
            BigDecimal down = new BigDecimal("100").subtract(realised.multiply(new BigDecimal("0.5")));
            actions.add(quantity("d" + percent, Direction.AT_MOST, "50", "100", down, MIDYEAR));
        }
        actions.add(quantity("q-start", Direction.AT_LEAST, "100", "0", BigDecimal.ZERO, YEAR.start()));
        actions.addAll(unassessable());
        return actions;
    }

    /** Quantity targets whose measurement cannot decide: not reported, too old, no streefwaarde (p.m., a norm). */
    private static List<Action> unassessable() {
        QuantityTarget old = new QuantityTarget("q-oldt", null, null, Direction.AT_LEAST, BigDecimal.TEN, null, null,
                null, null, null, null, null, Period.ofMonths(1));
        QuantityTarget pm = new QuantityTarget("q-pmt", null, null, Direction.AT_LEAST, null, null, null, null, null,
                null, null, null, null);
        QuantityTarget norm = new QuantityTarget("q-normt", null, null, Direction.AT_LEAST, null, null, null, null,
                null, "norm", null, null, null);
        QuantityTarget plain = new QuantityTarget("q-dasht", null, null, Direction.AT_LEAST, BigDecimal.TEN, null, null,
                null);
        return List.of(
                new Action("q-old", null, null, null, null, List.of(old),
                        List.of(new Measurement(old.id(), YEAR.start(), BigDecimal.ONE, null, null, null, null))),
                new Action("q-pm", null, null, null, null, List.of(pm),
                        List.of(new Measurement(pm.id(), YEAR.start(), BigDecimal.ONE, null, null, null, null))),
                new Action("q-norm", null, null, null, null, List.of(norm),
                        List.of(new Measurement(norm.id(), YEAR.start(), BigDecimal.ONE, null, null, null, null))),
                new Action("q-dash", null, null, null, null, List.of(plain),
                        List.of(new Measurement(plain.id(), YEAR.start(), null, null, null, null, null, false, true,
                                null))));
    }

    /** Milestones done, pending, late and never reported. */
    private static List<Action> milestones() {
        return List.of(milestone("m-done", true, MIDYEAR, null),
                milestone("m-pending", false, MIDYEAR, null),
                milestone("m-late", false, MIDYEAR, LocalDate.of(2024, 6, 30)),
                milestone("m-none", null, null, null));
    }

    /** Monitoring targets reported recently and too long ago. */
    private static List<Action> monitorings() {
        return List.of(monitoring("mon-fresh", LocalDate.of(2024, 6, 1)),
                monitoring("mon-stale", LocalDate.of(2023, 1, 1)));
    }

    /** Prestaties whose actions are all achieved, on track, at risk, unknown, withdrawn, or absent. */
    private static void contentColours(List<Sample> samples) {
        BigDecimal expected = new BigDecimal("49.86");
        samples.add(new Sample(portfolio("achieved", List.of(quantity("a", Direction.AT_LEAST, "10", "0",
                new BigDecimal("10"), MIDYEAR)), null), MIDYEAR, "every action achieved"));
        samples.add(new Sample(portfolio("on-track", List.of(quantity("a", Direction.AT_LEAST, "100", "0",
                expected, MIDYEAR)), null), MIDYEAR, "every action on track"));
        samples.add(new Sample(portfolio("at-risk", List.of(quantity("a", Direction.AT_LEAST, "100", "0",
                new BigDecimal("40"), MIDYEAR)), null), MIDYEAR, "an action at risk"));
        samples.add(new Sample(portfolio("unknown", List.of(milestone("a", null, null, null)), null), MIDYEAR,
                "an action without data"));
        samples.add(new Sample(portfolio("withdrawn", List.of(new Action("a", null, null, null,
                new Withdrawal(null, null, null), List.of(), List.of())), null), MIDYEAR, "only withdrawn actions"));
        samples.add(new Sample(portfolio("empty", List.of(), null), MIDYEAR, "no actions"));
    }

    /** Jaarschijven around every threshold a province is likely to choose, in every funding situation. */
    private static void money(List<Sample> samples) {
        List<Jaarschijf> slices = new ArrayList<>();
        for (boolean fromReserve : new boolean[] {true, false}) {
            for (boolean continues : new boolean[] {true, false}) {
                for (int step = 0; step <= 400; step++) {
                    BigDecimal realised = BigDecimal.valueOf(5000L * step);
                    slices.add(new Jaarschijf(2024, new BigDecimal("1000000"), realised, null, fromReserve, continues, false));
                }
                for (int permille = 0; permille <= 400; permille += 5) {
                    BigDecimal budgeted = new BigDecimal("10000000");
                    BigDecimal realised = budgeted.multiply(BigDecimal.valueOf(1000 - 200 + permille)).movePointLeft(3);
                    slices.add(new Jaarschijf(2024, budgeted, realised, null, fromReserve, continues, false));
                }
                for (String realised : new String[] {"0", "50000", "99999.99", "100000", "150000"}) {
                    slices.add(new Jaarschijf(2024, BigDecimal.ZERO, new BigDecimal(realised), null, fromReserve, continues, false));
                }
                for (String unspent : new String[] {"0", "1", "109000", "999999.99", "1000000", "1000000.01", "5000000",
                        "50000000"}) {
                    slices.add(new Jaarschijf(2024, null, null, new BigDecimal(unspent), fromReserve, continues, false));
                }
                slices.add(new Jaarschijf(2024, new BigDecimal("1000000"), null, null, fromReserve, continues, false));
                slices.add(new Jaarschijf(2024, null, new BigDecimal("1000000"), null, fromReserve, continues, false));
            }
        }
        for (Jaarschijf slice : slices) {
            samples.add(new Sample(portfolio("money", List.of(), new Budget(Budget.EUR, List.of(slice))), YEAR.end(),
                    describe(slice)));
        }
        // issue 12: not stated (null), by document and year, several lines, shifts, the page's own record
        for (Boolean fromReserve : new Boolean[] {true, false, null}) {
            for (Boolean continues : new Boolean[] {true, false, null}) {
                for (String[] figures : new String[][] {{"1000000", "891000"}, {"1000000", "1250000"}, {"1000000", "1000000"}}) {
                    Jaarschijf slice = new Jaarschijf(2024, new BigDecimal(figures[0]), new BigDecimal(figures[1]), null,
                            fromReserve, continues, false, null, null, null, null, null, null);
                    samples.add(new Sample(portfolio("money-stated", List.of(), new Budget(Budget.EUR, List.of(slice))),
                            YEAR.end(), describe(slice)));
                }
            }
        }
        for (DocumentKind document : DocumentKind.values()) {
            for (int year : new int[] {2017, 2024}) {
                ReportingPeriod period = new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                for (String unspent : new String[] {"109000", "5000000"}) {
                    Jaarschijf slice = new Jaarschijf(year, null, null, new BigDecimal(unspent), true, true, false, null,
                            null, null, null, null, null);
                    Jaarschijf overspent = new Jaarschijf(year, new BigDecimal("1000000"), new BigDecimal("1500000"), null,
                            true, true, false, Jaarschijf.INVESTERING, null, null, null, null, null);
                    samples.add(new Sample(portfolio("money-" + document.code(), List.of(), new Budget(Budget.EUR,
                            List.of(slice, overspent), List.of(new Reallocation("other", new BigDecimal("1000"))),
                            List.of(new ReportedChange(ChangeType.PS, Decider.PS, null, null, null, null, null))),
                            document, period), period.end(), describe(slice) + " and an overspent investering, in the "
                            + document.code() + " of " + year + ", with a shift and a recorded change"));
                }
            }
        }
        samples.add(new Sample(portfolio("no-slice", List.of(), new Budget(Budget.EUR,
                List.of(new Jaarschijf(2023, BigDecimal.ONE, BigDecimal.ONE, null, false, false, false)))), YEAR.end(),
                "no jaarschijf for the reporting year"));
    }

    /**
     * The owner's own judgement: every reported status on an action with an unmeasured target and on one without
     * targets, one against a measured verdict, and reported colours with and without the figures that decide them.
     */
    private static void reported(List<Sample> samples) {
        List<Action> actions = new ArrayList<>();
        List<Action> offTrack = new ArrayList<>();
        for (Status status : Status.values()) {
            if (status == Status.WITHDRAWN) {
                continue; // a report cannot withdraw an action
            }
            // off track is sampled beside measurements only: one red content rule is enough there, and a sample that
            // reaches every rule stays apart from the prestatie colours the report decides
            List<Action> into = status == Status.OFF_TRACK ? offTrack : actions;
            ReportedAssessment report = new ReportedAssessment(status, null, null, MIDYEAR, null, "Monitor", null);
            Action unmeasured = milestone("r-" + status.code(), null, null, null);
            into.add(new Action(unmeasured.id(), null, null, null, null, unmeasured.targets(), List.of(), report, null));
            into.add(new Action("r-none-" + status.code(), null, null, null, null, List.of(), List.of(), report, null));
        }
        Action late = milestone("r-late", false, MIDYEAR, LocalDate.of(2024, 6, 30));
        List<Action> measured = new ArrayList<>(actions);
        measured.addAll(offTrack);
        measured.add(new Action(late.id(), null, null, null, null, late.targets(), late.measurements(),
                new ReportedAssessment(Status.ON_TRACK, null, null, null, null, null, null), null));
        for (Colour colour : Colour.values()) {
            ReportedAssessment colours = new ReportedAssessment(null, colour, colour, MIDYEAR, null, "Monitor", null);
            Budget exact = new Budget(Budget.EUR, List.of(new Jaarschijf(2024, new BigDecimal("1000000"),
                    new BigDecimal("1000000"), null, false, false, false)));
            Budget open = new Budget(Budget.EUR, List.of(new Jaarschijf(2024, new BigDecimal("1000000"), null, null,
                    false, false, false)));
            samples.add(new Sample(reportedPortfolio(actions, null, colours), MIDYEAR,
                    "reported " + colour.code() + " without a measurement or a jaarschijf"));
            samples.add(new Sample(reportedPortfolio(actions, open, colours), MIDYEAR,
                    "reported " + colour.code() + " without a measurement or a realisation"));
            samples.add(new Sample(reportedPortfolio(measured, exact, colours), MIDYEAR,
                    "reported " + colour.code() + " beside a measurement and a deviation"));
        }
    }

    private static Portfolio reportedPortfolio(List<Action> actions, Budget budget, ReportedAssessment colours) {
        Performance performance = new Performance("sample-reported", "Sample", null, null, null, null, null, null,
                "Reserve", null, YEAR, null, null, colours, null);
        return new Portfolio(performance, actions, budget);
    }

    private static String describe(Jaarschijf s) {
        return "jaarschijf " + s.year() + " with budgeted " + plain(s.budgeted()) + ", realised " + plain(s.realised())
                + ", unspent " + plain(s.unspent()) + (s.fromReserve() == null ? ", reserve not stated"
                : s.fromReserve() ? ", from the reserve" : ", general means")
                + (s.continues() == null ? ", continuing not stated" : s.continues() ? ", work continuing" : ", work ended");
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "unknown" : amount.toPlainString();
    }

    private static Portfolio portfolio(String code, List<Action> actions, Budget budget, DocumentKind document,
                                       ReportingPeriod period) {
        Performance performance = new Performance("sample-" + code, "Sample", null, null, null, null, null, null,
                "Reserve", null, period, null, document, null, null);
        return new Portfolio(performance, actions, budget);
    }

    private static Portfolio portfolio(String code, List<Action> actions, Budget budget) {
        Performance performance = new Performance("sample-" + code, "Sample", null, null, null, null, null, null,
                "Reserve", null, YEAR, null);
        return new Portfolio(performance, actions, budget);
    }

    private static Action quantity(String id, Direction direction, String value, String baseline, BigDecimal realised,
                                   LocalDate measured) {
        Target target = new QuantityTarget(id + "t", null, null, direction, new BigDecimal(value), new BigDecimal(baseline),
                null, null);
        return new Action(id, null, null, null, null, List.of(target),
                List.of(new Measurement(target.id(), measured, realised, null, null, null, null)));
    }

    private static Action milestone(String id, Boolean done, LocalDate measured, LocalDate due) {
        Target target = new MilestoneTarget(id + "t", null, null, due);
        List<Measurement> measurements = done == null ? List.of()
                : List.of(new Measurement(target.id(), measured, null, null, done, null, null));
        return new Action(id, null, null, null, null, List.of(target), measurements);
    }

    private static Action monitoring(String id, LocalDate measured) {
        Target target = new MonitoringTarget(id + "t", null, null, Period.ofMonths(12), null, null);
        return new Action(id, null, null, null, null, List.of(target),
                List.of(new Measurement(target.id(), measured, BigDecimal.TEN, null, null, null, null)));
    }
}
