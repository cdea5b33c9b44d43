package nl.koers.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import nl.koers.model.Action;
import nl.koers.model.Baten;
import nl.koers.model.Budget;
import nl.koers.model.BudgetPart;
import nl.koers.model.ChangeType;
import nl.koers.model.Colour;
import nl.koers.model.Decider;
import nl.koers.model.DocumentKind;
import nl.koers.model.Funding;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Looptijd;
import nl.koers.model.Measurement;
import nl.koers.model.MilestoneTarget;
import nl.koers.model.MonitoringTarget;
import nl.koers.model.PathPoint;
import nl.koers.model.Performance;
import nl.koers.model.Portfolio;
import nl.koers.model.QuantityTarget;
import nl.koers.model.Reallocation;
import nl.koers.model.ReportedAssessment;
import nl.koers.model.ReportedChange;
import nl.koers.model.ReportingPeriod;
import nl.koers.model.Revision;
import nl.koers.model.Role;
import nl.koers.model.Status;
import nl.koers.model.StatusOverride;
import nl.koers.model.Target;

/**
 * Valid portfolios with every field of the real cycles (issue 12), each optional one sometimes absent and
 * sometimes present, lists of length 0 to 3: the document, reports and overrides, lists of holders, roles,
 * reserves and decisions, looptijden as years and spans; ranges, norms, planned paths, revisions, age limits and
 * "p.m." on targets; estimates, norm values and "-" on measurements; lines, overspends, baten, phasing, funding,
 * "p.m." and unstated flags on jaarschijven; recorded changes and reallocations on the budget.
 *
 * <p>They are the {@link KoersDomain} portfolios with those fields added, so that a property over them (a writer
 * that reads back equal, a conversion between formats) cannot pass while one of the new fields is lost. Only
 * what the portfolio reader accepts is generated: a path strictly inside its target's span, not both unspent and
 * overspend above zero, "-" without bound, estimate or norm value, and so on.
 */
public final class RealCycles {

    private static final List<String> NAMES = List.of("R. de Jong", "M. Visser", "Provincie, afdeling EMT",
            "Reserve Ruimtelijke Ontwikkeling", "PS/2019/1012", "GS/2020/77", "landelijk gemiddelde 2020");

    /** Longer than a YAML line, with double and trailing spaces where a folded line must not lose one. */
    private static final String LONG = ("Wij steunen drie handelsmissies op verzoek van ondernemersorganisaties in het "
            + "MKB.  Hieraan nemen in totaal minimaal 30 ondernemers deel, \"meer dan 40\" volgens de monitor;   "
            + "zie ook prestatie 5.4.3 ").repeat(3);

    private RealCycles() {
    }

    /** Valid portfolios with the fields of issue 12. */
    public static Arbitrary<Portfolio> portfolios() {
        return new KoersDomain().portfolioCases().flatMap(c -> {
            Portfolio base = c.portfolio();
            ReportingPeriod period = base.performance().period();
            List<Arbitrary<Action>> actions = base.actions().stream().map(a -> action(a, period)).toList();
            return Combinators.combine(performance(base.performance()), Combinators.combine(actions).as(l -> l),
                            budget(base.budget()))
                    .as(Portfolio::new);
        });
    }

    private static Arbitrary<Performance> performance(Performance p) {
        Arbitrary<List<String>> names = name().list().ofMaxSize(3);
        Arbitrary<ReportedAssessment> reported = Combinators.combine(colours(), colours(), dates(p.period()),
                        optionalText(), optionalText(), optionalText())
                .as((content, money, date, text, source, by) -> content == null && money == null ? null
                        : new ReportedAssessment(null, content, money, date, text, source, by));
        Arbitrary<StatusOverride> override = Combinators.combine(colours(), colours(), name(), optionalText(),
                        dates(p.period()))
                .as((content, money, reason, by, date) -> content == null && money == null ? null
                        : new StatusOverride(null, content, money, reason, by, date));
        return Combinators.combine(names, Arbitraries.of(Role.class).list().ofMaxSize(3), names, names,
                        durations(), Arbitraries.of(DocumentKind.class).injectNull(0.3), reported, override)
                .as((holders, roles, reserves, decisions, duration, document, report, final_) -> new Performance(
                        p.code(), p.title(), p.organisation(), p.programme(), p.goal(), null, null, duration, null,
                        null, p.period(), p.asOf(), document, report, final_, holders, roles, reserves, decisions));
    }

    /**
     * Structural, until a date, a year, a span of years, from a date to a date, or a year on one side and a date on
     * the other ("2020/2022-06-30", "2020-03-01/2022"); sometimes none.
     */
    private static Arbitrary<Looptijd> durations() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1995, 2040);
        Arbitrary<Integer> more = Arbitraries.integers().between(0, 2000);
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 15_000).map(d -> LocalDate.of(1995, 1, 1).plusDays(d));
        return Arbitraries.oneOf(Arbitraries.just(Looptijd.STRUCTURAL), days.map(Looptijd::new),
                years.map(Looptijd::year),
                Combinators.combine(years, Arbitraries.integers().between(0, 5)).as((y, n) -> Looptijd.years(y, y + n)),
                Combinators.combine(days, more).as((d, n) -> new Looptijd(d, d.plusDays(n))),
                Combinators.combine(years, more).as((y, n) -> new Looptijd(LocalDate.of(y, 1, 1),
                        LocalDate.of(y, 1, 1).plusDays(n))),
                Combinators.combine(days, Arbitraries.integers().between(0, 5)).as((d, n) -> new Looptijd(d,
                        LocalDate.of(d.getYear() + n, 12, 31)))).injectNull(0.2);
    }

    private static Arbitrary<Action> action(Action a, ReportingPeriod period) {
        Arbitrary<ReportedAssessment> reported = Combinators.combine(
                        Arbitraries.of(Status.ACHIEVED, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK, Status.UNKNOWN),
                        dates(period), optionalText(), optionalText(), optionalText())
                .as((status, date, text, source, by) -> new ReportedAssessment(status, null, null, date, text, source, by))
                .injectNull(0.5);
        Arbitrary<StatusOverride> override = Combinators.combine(Arbitraries.of(Status.class), name(),
                        optionalText(), dates(period))
                .as((status, reason, by, date) -> new StatusOverride(status, null, null, reason, by, date))
                .injectNull(0.6);
        List<Arbitrary<Target>> targets = a.targets().stream().map(t -> target(t, period)).toList();
        return Combinators.combine(Combinators.combine(targets).as(l -> l), reported, override)
                .flatAs((ts, report, final_) -> {
                    List<Arbitrary<Measurement>> measurements = a.measurements().stream()
                            .map(m -> measurement(m, ts.stream().filter(t -> t.id().equals(m.target())).findFirst()
                                    .orElseThrow()))
                            .toList();
                    return Combinators.combine(measurements).as(ms -> new Action(a.id(), a.title(), a.text(),
                            a.partners(), a.withdrawn(), ts, ms, report, final_));
                });
    }

    private static Arbitrary<Target> target(Target t, ReportingPeriod period) {
        Arbitrary<Period> maxAge = Arbitraries.oneOf(Arbitraries.integers().between(1, 36).map(Period::ofMonths),
                Arbitraries.integers().between(1, 5).map(Period::ofYears)).injectNull(0.5);
        return switch (t.kind()) {
            case QUANTITY -> quantity((QuantityTarget) t, period, maxAge);
            case MILESTONE -> maxAge.map(age -> new MilestoneTarget(t.id(), t.indicator(), t.start(), t.due(), age));
            case MONITORING -> Arbitraries.just(t);
        };
    }

    /** The value as given, "p.m." or relative to a norm; a path inside the span; revisions; an age limit. */
    private static Arbitrary<Target> quantity(QuantityTarget q, ReportingPeriod period, Arbitrary<Period> maxAge) {
        LocalDate start = q.startIn(period);
        long length = ChronoUnit.DAYS.between(start, q.dueIn(period));
        // strictly between start and due: days 1 .. length - 1, none when the span is shorter than two days
        Arbitrary<List<PathPoint>> path = length < 2 ? Arbitraries.just(List.of())
                : Combinators.combine(Arbitraries.longs().between(1, length - 1), KoersDomain.decimals(-10, 120))
                        .as((day, value) -> new PathPoint(start.plusDays(day), value))
                        .list().ofMaxSize(3).uniqueElements(PathPoint::date)
                        .map(points -> points.stream().sorted(Comparator.comparing(PathPoint::date)).toList());
        Arbitrary<List<Revision>> revisions = Combinators.combine(days(period),
                        KoersDomain.decimals(-10, 120), optionalText())
                .as(Revision::new)
                .list().ofMaxSize(3).uniqueElements(Revision::date)
                .map(rs -> rs.stream().sorted(Comparator.comparing(Revision::date)).toList());
        // 0: the streefwaarde as given, 1: "p.m.", 2: relative to a norm
        Arbitrary<Integer> valueKind = Arbitraries.frequency(
                Tuple.of(6, 0), Tuple.of(1, 1), Tuple.of(2, 2));
        return Combinators.combine(valueKind, name(), path, revisions, maxAge)
                .as((kind, norm, points, revised, age) -> new QuantityTarget(q.id(), q.indicator(), q.unit(),
                        q.direction(), kind == 0 ? q.value() : null, q.baseline(), q.start(), q.due(), q.upper(),
                        kind == 2 ? norm : null, points, revised, age));
    }

    /** The reading as given, an estimate, with a norm value (a quantity), or "-" (not reported). */
    private static Arbitrary<Measurement> measurement(Measurement m, Target target) {
        boolean quantity = target instanceof QuantityTarget;
        boolean figure = !(target instanceof MilestoneTarget);
        Arbitrary<BigDecimal> normValue = quantity ? KoersDomain.decimals(-10, 120).injectNull(0.5)
                : Arbitraries.just(null);
        return Combinators.combine(Arbitraries.of(true, false, false, false), Arbitraries.of(true, false), normValue)
                .as((notReported, estimate, norm) -> notReported
                        ? new Measurement(m.target(), m.date(), null, null, null, m.source(), m.note(), false, true, null)
                        : new Measurement(m.target(), m.date(), m.value(), m.bound(), m.done(), m.source(), m.note(),
                                figure && estimate, false, norm));
    }

    private static Arbitrary<Budget> budget(Budget b) {
        List<Arbitrary<Jaarschijf>> slices = b.slices().stream().map(RealCycles::slice).toList();
        Arbitrary<Reallocation> reallocation = Combinators.combine(Arbitraries.oneOf(Arbitraries.of("4.6.10", "4.5.1"), name()),
                        KoersDomain.money(true).filter(a -> a.signum() != 0))
                .as(Reallocation::new);
        Arbitrary<ReportedChange> change = Combinators.combine(Arbitraries.of(ChangeType.class),
                        Arbitraries.of(Decider.class).injectNull(0.3), KoersDomain.money(false).injectNull(0.3), lines(),
                        optionalText(), parts(2015), optionalText())
                .as(ReportedChange::new);
        return Combinators.combine(Combinators.combine(slices).as(l -> l), reallocation.list().ofMaxSize(3),
                        change.list().ofMaxSize(3))
                .as((ss, moves, changes) -> new Budget(b.currency(), ss, moves, changes));
    }

    /**
     * The slice with a line, an overspend that agrees with its amounts, baten, phasing, funding, "p.m." for an
     * amount it does not know, and its flags sometimes not stated.
     */
    private static Arbitrary<Jaarschijf> slice(Jaarschijf s) {
        Arbitrary<BigDecimal> nonNegative = KoersDomain.money(false).injectNull(0.4);
        Arbitrary<Baten> income = Combinators.combine(nonNegative, nonNegative).as(Baten::new).injectNull(0.5);
        Arbitrary<Funding> funding = Combinators.combine(name(), nonNegative).as(Funding::new);
        Arbitrary<Set<String>> proMemorie = Arbitraries.subsetOf("budgeted", "realised")
                .map(fields -> fields.stream().filter(f -> f.equals("budgeted") ? s.budgeted() == null
                        : s.realised() == null).collect(Collectors.toSet()));
        return Combinators.combine(Arbitraries.just(s.fromReserve()).injectNull(0.3),
                        Arbitraries.just(s.continues()).injectNull(0.3), lines(), overspend(s), income,
                        parts(s.year() + 1), funding.list().ofMaxSize(3), proMemorie)
                .as((fromReserve, continues, line, over, baten, into, sources, pm) -> new Jaarschijf(s.year(),
                        s.budgeted(), s.realised(), s.unspent(), fromReserve, continues, s.forecast(), line, over,
                        baten, into, sources, pm));
    }

    /** realised - budgeted when both are known, else any amount; none when an unspent above zero excludes one. */
    private static Arbitrary<BigDecimal> overspend(Jaarschijf s) {
        Arbitrary<BigDecimal> amount = s.budgeted() != null && s.realised() != null
                ? Arbitraries.just(s.realised().subtract(s.budgeted()).max(BigDecimal.ZERO))
                : KoersDomain.money(false);
        return amount.map(o -> o.signum() > 0 && s.unspent() != null && s.unspent().signum() > 0 ? null : o)
                .injectNull(0.5);
    }

    private static Arbitrary<String> lines() {
        return Arbitraries.of(Jaarschijf.EXPLOITATIE, Jaarschijf.INVESTERING, "Gladheidbestrijding");
    }

    /** Up to three years from {@code first} on, each with an amount or none. */
    private static Arbitrary<List<BudgetPart>> parts(int first) {
        return Combinators.combine(Arbitraries.integers().between(first, Math.min(first + 6, Jaarschijf.LAST_YEAR + 1)),
                        KoersDomain.money(false).injectNull(0.3))
                .as(BudgetPart::new).list().ofMaxSize(3);
    }

    private static Arbitrary<Colour> colours() {
        return Arbitraries.of(Colour.class).injectNull(0.4);
    }

    /** A day around the period. */
    private static Arbitrary<LocalDate> days(ReportingPeriod period) {
        return Arbitraries.integers().between(-60, 430).map(d -> period.start().plusDays(d));
    }

    /** A day around the period, or none. */
    private static Arbitrary<LocalDate> dates(ReportingPeriod period) {
        return days(period).injectNull(0.4);
    }

    /**
     * A text with what a writer must escape or quote: line breaks (YAML's too), quotes, control characters, YAML
     * indicators, and texts that read as something else unquoted ("p.m.", "-", "true", "12.50").
     */
    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.of("", "regel\nbreuk", "\"aanhalingstekens\" \\",
                "Inhoud G, Financiën O", "😀 𝄞", "#: - ? [ ] { }", "p.m.", "-", "2020/2022", "true", "12.50", " spatie ",
                "\ttab", "\u0000nul", "nel\u0085 ls\u2028 ps\u2029", "\uFEFFbom", "cr\r\nlf", LONG));
    }

    private static Arbitrary<String> optionalText() {
        return text().injectNull(0.4);
    }

    /** A text that may not be blank: a name in a list, a norm, a source of funding, an override's reason. */
    private static Arbitrary<String> name() {
        return text().filter(t -> !t.isBlank());
    }
}
