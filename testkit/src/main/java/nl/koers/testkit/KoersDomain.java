package nl.koers.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;
import nl.koers.model.Action;
import nl.koers.model.Bound;
import nl.koers.model.Budget;
import nl.koers.model.Direction;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Measurement;
import nl.koers.model.MilestoneTarget;
import nl.koers.model.MonitoringTarget;
import nl.koers.model.Portfolio;
import nl.koers.model.QuantityTarget;
import nl.koers.model.ReportingPeriod;
import nl.koers.model.Target;
import nl.koers.model.Withdrawal;

/**
 * Generators shared by the {@code ...PropertiesTest} classes: valid portfolios as analysts write them, with
 * dates around the reporting period so that start days, due days and stale measurements come up often
 * ({@link Boundary#collect} makes the properties count them and fail when one becomes rare).
 * Use with {@code @Domain(KoersDomain.class)}; each generated type is a small record of its own.
 */
public class KoersDomain extends DomainContextBase {

    /** A valid portfolio and the peildatum to evaluate it at. */
    public record PortfolioCase(Portfolio portfolio, LocalDate peildatum) {
    }

    /** A valid portfolio, a peildatum and one more action to add to it as withdrawn. */
    public record WithdrawnCase(Portfolio portfolio, LocalDate peildatum, ActionShape extra) {
    }

    /** Two portfolios that differ only in the realised value of one at-least quantity target. */
    public record RealisationCase(Portfolio lower, Portfolio higher, LocalDate peildatum, String actionId, String targetId) {
    }

    /** The amounts of the reporting year's jaarschijf (any may be unknown) and its two flags. */
    public record SliceCase(BigDecimal budgeted, BigDecimal realised, BigDecimal unspent, boolean fromReserve,
                     boolean continues, boolean json) {
    }

    @Provide
    public Arbitrary<PortfolioCase> portfolioCases() {
        // days after the period's start: often its end (a jaarverslag) or its middle (a monitor), and its first
        // day, on which every target without a start date starts
        Arbitrary<Integer> peildagen = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(364)),
                Tuple.of(1, Arbitraries.just(180)), Tuple.of(2, Arbitraries.just(0)),
                Tuple.of(2, Arbitraries.integers().between(-40, 430)));
        return Combinators.combine(Arbitraries.integers().between(1995, 2040), actionShapes().list().ofMaxSize(5),
                        budgets(), peildagen, Arbitraries.of(true, false))
                .as((year, shapes, budget, peildag, reserve) -> {
                    ReportingPeriod period = Portfolios.year(year);
                    PortfolioBuilder portfolio = prestatie(period, reserve).budget(budget.apply(year));
                    for (int i = 0; i < shapes.size(); i++) {
                        portfolio.action(shapes.get(i).build(String.valueOf(i + 1), period.start()));
                    }
                    return new PortfolioCase(portfolio.build(), period.start().plusDays(peildag));
                });
    }

    @Provide
    Arbitrary<WithdrawnCase> withdrawnCases() {
        return Combinators.combine(portfolioCases(), actionShapes())
                .as((c, extra) -> new WithdrawnCase(c.portfolio(), c.peildatum(), extra));
    }

    @Provide
    Arbitrary<RealisationCase> realisationCases() {
        Arbitrary<BigDecimal> baseline = decimals(-50, 100);
        Arbitrary<BigDecimal> rise = Arbitraries.frequencyOf(Tuple.of(9, decimals(0, 200)),
                Tuple.of(1, decimals(-50, 0)));
        // realised as a percentage of the rise from baseline to streefwaarde
        Arbitrary<Integer> progress = Arbitraries.integers().between(-30, 130)
                .withDistribution(RandomDistribution.uniform());
        Arbitrary<BigDecimal> increase = Arbitraries.oneOf(decimals(0, 2), decimals(0, 60));
        // percent of the target's span elapsed at the peildatum; above 100 it lies past the due day. The start
        // (0) and the due day (100) are where the straight line turns, so each gets a fifth of the tries: a tenth
        // fell under Boundary.MINIMUM_PERCENTAGE in about one run in a hundred of a 200-try property.
        Arbitrary<Integer> elapsedPercent = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(-10, 115).withDistribution(RandomDistribution.uniform())),
                Tuple.of(2, Arbitraries.just(0)), Tuple.of(2, Arbitraries.just(100)));
        Arbitrary<Integer> ages = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(0, 200)),
                Tuple.of(1, Arbitraries.integers().between(-30, -1)));
        Arbitrary<int[]> days = Combinators.combine(Arbitraries.integers().between(-60, 200),
                        Arbitraries.integers().between(0, 500), elapsedPercent, ages)
                .as((start, length, elapsed, age) -> new int[] {start, length, elapsed, age});
        Arbitrary<Bound> bound = Arbitraries.of(Bound.class).injectNull(0.3);
        return Combinators.combine(baseline, rise, progress, increase, days, bound, targetShapes().list().ofMaxSize(2),
                        Arbitraries.of(true, false))
                .as((b, r, p, more, d, boundOf, others, defaultDates) -> {
                    ReportingPeriod period = Portfolios.year(2018);
                    LocalDate start = defaultDates ? period.start() : period.start().plusDays(d[0]);
                    LocalDate due = defaultDates ? period.end() : start.plusDays(d[1]);
                    long length = java.time.temporal.ChronoUnit.DAYS.between(start, due);
                    LocalDate peildatum = d[2] > 100 ? due.plusDays(d[2] - 106) : start.plusDays(length * d[2] / 100);
                    LocalDate measured = peildatum.minusDays(d[3]);
                    BigDecimal value = b.add(r);
                    BigDecimal realised = b.add(r.multiply(BigDecimal.valueOf(p, 2))).setScale(2, RoundingMode.HALF_UP);
                    QuantityTarget subject = new QuantityTarget("s", "Onderwerp", null, Direction.AT_LEAST, value, b,
                            defaultDates ? null : start, defaultDates ? null : due);
                    Portfolio lower = realisationPortfolio(period, subject, measured, realised, boundOf, others);
                    Portfolio higher = realisationPortfolio(period, subject, measured, realised.add(more), boundOf, others);
                    return new RealisationCase(lower, higher, peildatum, "1", "s");
                });
    }

    @Provide
    Arbitrary<SliceCase> sliceCases() {
        Arbitrary<BigDecimal> nonNegative = money(false);
        Arbitrary<BigDecimal> any = money(true);
        Arbitrary<Integer> shape = Arbitraries.integers().between(0, 3);
        return Combinators.combine(nonNegative, any, nonNegative, shape, Arbitraries.of(true, false),
                        Arbitraries.of(true, true, true, false), Arbitraries.of(true, false))
                .as((budgeted, realised, unspent, s, fromReserve, continues, json) -> switch (s) {
                    case 0 -> new SliceCase(budgeted, realised, null, fromReserve, continues, json);
                    case 1 -> new SliceCase(budgeted, null, unspent, fromReserve, continues, json);
                    case 2 -> new SliceCase(null, null, unspent, fromReserve, continues, json);
                    default -> {
                        BigDecimal spent = realised.abs().min(budgeted);
                        yield new SliceCase(budgeted, spent, budgeted.subtract(spent), fromReserve, continues, json);
                    }
                });
    }

    /**
     * Euro amounts with up to two decimals and a magnitude up to 10^14, with the small and awkward ones
     * (0.01, 0.1, 0.3) that binary floating point cannot hold exactly.
     */
    static Arbitrary<BigDecimal> money(boolean negativeToo) {
        long max = 100_000_000_000_000L;
        Arbitrary<Long> cents = Arbitraries.longs().between(negativeToo ? -max * 100 : 0, max * 100);
        Arbitrary<BigDecimal> wide = Combinators.combine(cents, Arbitraries.integers().between(0, 2))
                .as((c, scale) -> new BigDecimal(c).movePointLeft(2).setScale(scale, RoundingMode.DOWN));
        Arbitrary<BigDecimal> exact = Arbitraries.longs().between(negativeToo ? -max * 100 : 0, max * 100)
                .map(c -> BigDecimal.valueOf(c, 2));
        Arbitrary<BigDecimal> awkward = Arbitraries.of("0.01", "0.1", "0.3", "0.29", "1.15", "109000", "109000.00",
                        "99999999999999.99", "100000000000000", "12345678901234.56", "0")
                .map(BigDecimal::new).map(v -> negativeToo ? v : v.abs());
        return Arbitraries.frequencyOf(Tuple.of(4, wide), Tuple.of(4, exact),
                Tuple.of(2, awkward));
    }

    /** Decimals from {@code min} to {@code max} with zero to two decimals. */
    static Arbitrary<BigDecimal> decimals(int min, int max) {
        return Combinators.combine(Arbitraries.integers().between(min * 100, max * 100)
                                .withDistribution(RandomDistribution.uniform()),
                        Arbitraries.integers().between(0, 2))
                .as((c, scale) -> BigDecimal.valueOf(c, 2).setScale(scale, RoundingMode.DOWN));
    }

    /** The prestatie every generated portfolio reports on. */
    static PortfolioBuilder prestatie(ReportingPeriod period, boolean reserve) {
        return Portfolios.prestatie("9.9.9").title("Proef").organisation("Provincie Overijssel")
                .reserve(reserve ? "Reserve uitvoering" : null).period(period);
    }

    private static Portfolio realisationPortfolio(ReportingPeriod period, QuantityTarget subject, LocalDate measured,
                                                  BigDecimal realised, Bound bound, List<TargetShape> others) {
        ActionBuilder action = Portfolios.action("1").title("Onderwerp").target(subject)
                .measurement(new Measurement(subject.id(), measured, realised, bound, null, "test", null));
        for (int t = 0; t < others.size(); t++) {
            Target other = others.get(t).target().build("o" + t);
            action.target(other);
            for (Reading r : others.get(t).readings()) {
                action.measurement(r.of(other, period.start()));
            }
        }
        return prestatie(period, false).action(action.build()).build();
    }

    /** A jaarschijf for the reporting year (and sometimes the year before), or no budget at all. */
    private Arbitrary<java.util.function.IntFunction<Budget>> budgets() {
        Arbitrary<BigDecimal> amount = Arbitraries.oneOf(
                Arbitraries.of("0", "50000", "100000", "900000", "950000", "1000000", "1100000").map(BigDecimal::new),
                decimals(-1000, 2_000_000)).injectNull(0.25);
        Arbitrary<java.util.function.IntFunction<Jaarschijf>> slice = Combinators.combine(amount, amount, amount,
                        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((budgeted, realised, unspent, fromReserve, continues, forecast) -> year -> {
                    BigDecimal b = budgeted == null ? null : budgeted.abs();
                    BigDecimal u = unspent == null ? null : unspent.abs();
                    if (b != null && realised != null
                            || b == null && realised != null && u != null && realised.add(u).signum() < 0) {
                        u = null;
                    }
                    return new Jaarschijf(year, b, realised, u, fromReserve, continues, forecast);
                });
        return Combinators.combine(slice, slice, Arbitraries.integers().between(0, 3))
                .as((current, previous, shape) -> year -> switch (shape) {
                    case 0 -> null;
                    case 1 -> new Budget(Budget.EUR, List.of(current.apply(year)));
                    case 2 -> new Budget(Budget.EUR, List.of(previous.apply(year - 1), current.apply(year)));
                    default -> new Budget(Budget.EUR, List.of(previous.apply(year - 1)));
                });
    }

    Arbitrary<ActionShape> actionShapes() {
        Arbitrary<Withdrawal> withdrawal = Combinators.combine(
                        Arbitraries.integers().between(0, 360).map(d -> LocalDate.of(2018, 1, 1).plusDays(d)).injectNull(0.3),
                        Arbitraries.of("PS/2018/489", "GS/2017/12").injectNull(0.3),
                        Arbitraries.of("Niet uitgevoerd conform voortschrijdend inzicht", "Opgegaan in actie 2").injectNull(0.3))
                .as(Withdrawal::new);
        return Combinators.combine(targetShapes().list().ofMaxSize(3), withdrawal.injectNull(0.8),
                        Arbitraries.of("Handelsmissies", "Exportbureau").injectNull(0.5))
                .as(ActionShape::new);
    }

    Arbitrary<TargetShape> targetShapes() {
        Arbitrary<Reading> reading = Combinators.combine(Arbitraries.integers().between(-60, 380),
                        decimals(-20, 150), Arbitraries.of(Bound.class).injectNull(0.4), Arbitraries.of(true, false))
                .as(Reading::new);
        Arbitrary<List<Reading>> readings = Arbitraries.frequencyOf(
                Tuple.of(4, reading.list().ofMinSize(1).ofMaxSize(3).uniqueElements(Reading::day)),
                Tuple.of(1, Arbitraries.just(List.of())));
        return Combinators.combine(targetSpecs(), readings)
                .as(TargetShape::new);
    }

    private Arbitrary<TargetSpec> targetSpecs() {
        Arbitrary<int[]> span = Combinators.combine(Arbitraries.integers().between(-400, 400),
                        Arbitraries.integers().between(0, 500))
                .as((start, length) -> new int[] {start, length})
                .injectNull(0.5);
        // an age limit is optional on quantities and milestones (issue 12), so mostly absent
        Arbitrary<Period> optionalAge = Arbitraries.integers().between(1, 24).map(Period::ofMonths).injectNull(0.8);
        Arbitrary<TargetSpec> quantity = Combinators.combine(Arbitraries.of(Direction.class), decimals(-10, 120),
                        decimals(-10, 50).injectNull(0.4), optionalAge, span)
                .as((direction, value, baseline, maxAge, dates) -> new TargetSpec(TargetKindSpec.QUANTITY, direction,
                        value, baseline, maxAge, dates));
        Arbitrary<TargetSpec> milestone = Combinators.combine(optionalAge, span).as((maxAge, dates) ->
                new TargetSpec(TargetKindSpec.MILESTONE, null, null, null, maxAge, dates));
        Arbitrary<TargetSpec> monitoring = Combinators.combine(
                        Arbitraries.oneOf(Arbitraries.integers().between(1, 24).map(Period::ofMonths),
                                Arbitraries.integers().between(1, 400).map(Period::ofDays)), span)
                .as((maxAge, dates) -> new TargetSpec(TargetKindSpec.MONITORING, null, null, null, maxAge, dates));
        return Arbitraries.oneOf(quantity, milestone, monitoring);
    }

    public enum TargetKindSpec { QUANTITY, MILESTONE, MONITORING }

    /** What a target will be; its id and dates are fixed when the portfolio is built. */
    public record TargetSpec(TargetKindSpec kind, Direction direction, BigDecimal value, BigDecimal baseline, Period maxAge,
                      int[] span) {

        Target build(String id) {
            return build(id, LocalDate.of(2018, 1, 1));
        }

        Target build(String id, LocalDate periodStart) {
            LocalDate start = span == null ? null : periodStart.plusDays(span[0]);
            LocalDate due = span == null ? null : start.plusDays(span[1]);
            return switch (kind) {
                // a range (within) runs from value to 10 above it
                case QUANTITY -> new QuantityTarget(id, "Indicator " + id, "stuks", direction, value, baseline, start, due,
                        direction == Direction.WITHIN ? value.add(BigDecimal.TEN) : null, null, null, null, maxAge);
                case MILESTONE -> new MilestoneTarget(id, "Mijlpaal " + id, start, due, maxAge);
                case MONITORING -> new MonitoringTarget(id, "Monitor " + id, null, maxAge, start, due);
            };
        }
    }

    /** One reported figure, turned into a measurement of whatever kind of target it is given to. */
    public record Reading(int day, BigDecimal value, Bound bound, boolean done) {

        Measurement of(Target target, LocalDate periodStart) {
            LocalDate date = periodStart.plusDays(day);
            return switch (target.kind()) {
                case MILESTONE -> new Measurement(target.id(), date, null, null, done, null, null);
                case QUANTITY, MONITORING -> new Measurement(target.id(), date, value, bound, null, "bron", null);
            };
        }
    }

    public record TargetShape(TargetSpec target, List<Reading> readings) {
    }

    /** An action to be: its targets with their readings, whether it is withdrawn, and its title. */
    public record ActionShape(List<TargetShape> targets, Withdrawal withdrawn, String title) {

        /** Target ids are the action id and a letter, so that they are unique across the portfolio. */
        public Action build(String id, LocalDate periodStart) {
            return build(id, withdrawn, periodStart);
        }

        public Action build(String id, Withdrawal withdrawal, LocalDate periodStart) {
            ActionBuilder action = Portfolios.action(id).title(title).withdrawn(withdrawal);
            for (int t = 0; t < targets.size(); t++) {
                Target target = targets.get(t).target().build(id + (char) ('a' + t), periodStart);
                action.target(target);
                for (Reading r : targets.get(t).readings()) {
                    action.measurement(r.of(target, periodStart));
                }
            }
            return action.build();
        }
    }
}
