package nl.koers.rules;

import static nl.koers.rules.Fixtures.DUE;
import static nl.koers.rules.Fixtures.HALFWAY;
import static nl.koers.rules.Fixtures.REPORTING_YEAR;
import static nl.koers.rules.Fixtures.START;
import static nl.koers.rules.Fixtures.factsAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.time.api.Dates;
import nl.koers.model.Action;
import nl.koers.model.ActionAssessment;
import nl.koers.model.Aspect;
import nl.koers.model.Bound;
import nl.koers.model.BudgetChange;
import nl.koers.model.ColourScore;
import nl.koers.model.Direction;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Measurement;
import nl.koers.model.MilestoneTarget;
import nl.koers.model.MonitoringTarget;
import nl.koers.model.QuantityTarget;
import nl.koers.model.Target;
import nl.koers.model.TargetAssessment;
import nl.koers.model.TargetKind;
import nl.koers.model.TargetProgress;
import nl.koers.model.Withdrawal;
import nl.koers.rules.RuleVerifier.Firing;
import nl.koers.testkit.ActionBuilder;
import nl.koers.testkit.Portfolios;

/**
 * {@link OneFindingPerSubjectTest} on generated portfolios: small whole numbers and dates around the
 * due dates, so that exact band limits, due days and empty balances come up often.
 */
class OneFindingPerSubjectPropertiesTest {

    @Property(tries = 300)
    void everySubjectGetsExactlyOneVerdict(@ForAll("portfolios") List<Object> facts) {
        Firing firing = RuleVerifier.fire(facts);

        List<String> progressed = facts.stream().filter(TargetProgress.class::isInstance)
                .map(TargetProgress.class::cast).map(p -> p.actionId() + "/" + p.targetId()).sorted().toList();
        List<String> actions = facts.stream().filter(Action.class::isInstance).map(Action.class::cast)
                .map(Action::id).sorted().toList();
        assertThat(firing.findings(TargetAssessment.class)).as(firing.describe())
                .extracting(a -> a.actionId() + "/" + a.targetId())
                .containsExactlyInAnyOrderElementsOf(progressed);
        assertThat(firing.findings(ActionAssessment.class)).as(firing.describe())
                .extracting(ActionAssessment::actionId)
                .containsExactlyInAnyOrderElementsOf(actions);
        assertThat(firing.findings(ColourScore.class)).as(firing.describe())
                .extracting(ColourScore::aspect)
                .containsExactlyInAnyOrder(Aspect.values());
        assertThat(firing.findings(BudgetChange.class)).as(firing.describe()).hasSize(1);
    }

    @Provide
    Arbitrary<List<Object>> portfolios() {
        Arbitrary<List<ActionShape>> actions = actionShape().list().ofMaxSize(4);
        return Combinators.combine(actions, slice(), dates()).as((shapes, slice, peildatum) -> {
            List<Action> built = new ArrayList<>();
            for (int a = 0; a < shapes.size(); a++) {
                built.add(shapes.get(a).build(String.valueOf(a + 1)));
            }
            return factsAt(peildatum, built, slice == null ? List.of() : List.of(slice));
        });
    }

    /**
     * One reported figure, turned into a measurement of whatever kind of target it is given to.
     *
     * @param day   days after {@code START}
     * @param value the figure of a quantity or monitoring target
     * @param bound its bound
     * @param done  the report of a milestone
     */
    private record Reading(int day, int value, Bound bound, boolean done, boolean notReported) {

        Measurement of(Target target) {
            LocalDate date = START.plusDays(day);
            if (notReported) {
                return new Measurement(target.id(), date, null, null, null, null, null, false, true, null);
            }
            return target.kind() == TargetKind.MILESTONE
                    ? Portfolios.done(target.id(), date, done)
                    : Portfolios.measured(target.id(), date, String.valueOf(value), bound);
        }
    }

    private record TargetShape(Function<String, Target> target, List<Reading> readings) {
    }

    private record ActionShape(List<TargetShape> targets, boolean withdrawn) {

        /** Target ids are the action id and a letter, so that they are unique across the portfolio. */
        Action build(String id) {
            ActionBuilder action = Portfolios.action(id).title(null)
                    .withdrawn(withdrawn ? new Withdrawal(null, null, null) : null);
            for (int t = 0; t < targets.size(); t++) {
                Target target = targets.get(t).target().apply(id + (char) ('a' + t));
                action.target(target);
                targets.get(t).readings().forEach(r -> action.measurement(r.of(target)));
            }
            return action.build();
        }
    }

    private Arbitrary<ActionShape> actionShape() {
        return Combinators.combine(targetShape().list().ofMaxSize(3), Arbitraries.of(true, false, false, false))
                .as(ActionShape::new);
    }

    private Arbitrary<TargetShape> targetShape() {
        Arbitrary<Reading> reading = Combinators.combine(Arbitraries.integers().between(0, 130),
                        Arbitraries.integers().between(0, 12), Arbitraries.of(Bound.class), Arbitraries.of(true, false),
                        Arbitraries.of(false, false, false, true))
                .as(Reading::new);
        return Combinators.combine(target(), reading.list().ofMaxSize(3).uniqueElements(Reading::day))
                .as(TargetShape::new);
    }

    /** A target with the id it is given; dates around {@code START}..{@code DUE}, or the period's. */
    private Arbitrary<Function<String, Target>> target() {
        Arbitrary<Tuple.Tuple2<LocalDate, LocalDate>> span = Arbitraries.of(
                Tuple.of(START, DUE), Tuple.of(null, null), Tuple.of(HALFWAY, HALFWAY), Tuple.of(START, HALFWAY));
        // an age limit, a range, a streefwaarde not yet quantified (null) and a norm come up now and then (issue 12)
        Arbitrary<Period> maxAge = Arbitraries.of(Period.ofDays(20), Period.ofDays(60)).injectNull(0.7);
        Arbitrary<BigDecimal> value = Arbitraries.integers().between(0, 10).map(BigDecimal::valueOf).injectNull(0.1);
        Arbitrary<String> norm = Arbitraries.just("landelijk gemiddelde").injectNull(0.9);
        Arbitrary<Function<String, Target>> quantity = Combinators.combine(Arbitraries.of(Direction.class),
                        value, Arbitraries.integers().between(0, 10), span, maxAge, norm)
                .as((direction, v, baseline, dates, age, n) -> id -> new QuantityTarget(id, null, null, direction,
                        n == null ? v : null, BigDecimal.valueOf(baseline), dates.get1(), dates.get2(),
                        direction == Direction.WITHIN ? BigDecimal.valueOf(12) : null, n, null, null, age));
        Arbitrary<Function<String, Target>> milestone = Combinators.combine(span, maxAge).as((dates, age) -> id ->
                new MilestoneTarget(id, null, dates.get1(), dates.get2(), age));
        Arbitrary<Function<String, Target>> monitoring = Combinators.combine(Arbitraries.integers().between(1, 60), span)
                .as((days, dates) -> id -> new MonitoringTarget(id, null, null, Period.ofDays(days), dates.get1(),
                        dates.get2()));
        return Arbitraries.oneOf(quantity, milestone, monitoring);
    }

    /** A jaarschijf of the reporting year, with any of its amounts unknown, or none at all ({@code null}). */
    private Arbitrary<Jaarschijf> slice() {
        Arbitrary<BigDecimal> amount = Arbitraries.of("0", "100000", "900000", "950000", "1000000", "1100000")
                .map(BigDecimal::new).injectNull(0.25);
        return Combinators.combine(amount, amount, amount, Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((budgeted, realised, unspent, fromReserve, continues) -> {
                    BigDecimal consistentUnspent = budgeted != null && realised != null ? null : unspent;
                    return new Jaarschijf(REPORTING_YEAR, budgeted, realised, consistentUnspent, fromReserve,
                            continues, false);
                })
                .injectNull(0.15);
    }

    private Arbitrary<LocalDate> dates() {
        return Arbitraries.oneOf(Arbitraries.of(START, HALFWAY, DUE, DUE.minusDays(1), DUE.plusDays(1)),
                Dates.dates().between(START.minusDays(10), DUE.plusDays(60)));
    }
}
