package nl.koers.rules;

import static nl.koers.rules.Fixtures.DUE;
import static nl.koers.rules.Fixtures.HALFWAY;
import static nl.koers.rules.Fixtures.START;
import static nl.koers.rules.Fixtures.factsAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;
import nl.koers.model.Action;
import nl.koers.model.Bound;
import nl.koers.model.Direction;
import nl.koers.model.Measurement;
import nl.koers.model.PathPoint;
import nl.koers.model.QuantityTarget;
import nl.koers.model.Revision;
import nl.koers.model.Status;
import nl.koers.model.TargetAssessment;
import nl.koers.model.TargetProgress;
import nl.koers.rules.RuleVerifier.Firing;
import nl.koers.testkit.Portfolios;

/**
 * The law behind the at-most defect of issue 12: a realisation further from the streefwaarde never gives a
 * better status, whichever way the target points (at least, at most, within a range), wherever its baseline lies,
 * with or without a planned path or a revision, on any date and with any bound, through the shipped rules.
 * "Further" is the distance to the values that meet the target: below a floor, above a ceiling, outside a range.
 */
class FurtherFromTheStreefwaardePropertiesTest {

    /** Target verdicts from best to worst. */
    private static final List<Status> ORDER = List.of(Status.ACHIEVED, Status.ON_TRACK, Status.AT_RISK,
            Status.OFF_TRACK);

    @Property(tries = 400)
    void aRealisationFurtherFromTheStreefwaardeNeverGivesABetterStatus(@ForAll("targets") QuantityTarget target,
                                                                       @ForAll("dates") LocalDate peildatum,
                                                                       @ForAll("figures") BigDecimal one,
                                                                       @ForAll("figures") BigDecimal other,
                                                                       @ForAll Bound bound) {
        Outcome first = outcome(target, peildatum, one, bound);
        Outcome second = outcome(target, peildatum, other, bound);
        Outcome further = first.distance().compareTo(second.distance()) > 0 ? first : second;
        Outcome nearer = further == first ? second : first;
        Assume.that(further.distance().compareTo(nearer.distance()) > 0);

        assertThat(ORDER.indexOf(further.status()))
                .as("%s at %s: %s (%s) is further than %s (%s)", target, peildatum, further.figure(), further.status(),
                        nearer.figure(), nearer.status())
                .isGreaterThanOrEqualTo(ORDER.indexOf(nearer.status()));
    }

    private record Outcome(BigDecimal figure, BigDecimal distance, Status status) {
    }

    private static Outcome outcome(QuantityTarget target, LocalDate peildatum, BigDecimal figure, Bound bound) {
        Measurement m = new Measurement(target.id(), peildatum, figure, bound, null, null, null);
        Action action = Portfolios.action("1").target(target).measurement(m).build();
        Firing firing = RuleVerifier.fire(factsAt(peildatum, List.of(action), List.of()));
        TargetProgress progress = TargetProgress.of(action, target, Fixtures.YEAR_2018, peildatum);
        Status status = firing.findings(TargetAssessment.class).get(0).status();
        return new Outcome(figure, distance(progress, figure), status);
    }

    /** How far {@code x} lies from the values that meet the streefwaarde in force; 0 among them. */
    private static BigDecimal distance(TargetProgress p, BigDecimal x) {
        BigDecimal low = p.streefwaarde();
        // a revision may lift the bottom of a range above its top: the range is then the one value
        BigDecimal high = p.upper() == null ? low : p.upper().max(low);
        return switch (p.direction()) {
            case AT_LEAST -> low.subtract(x).max(BigDecimal.ZERO);
            case AT_MOST -> x.subtract(low).max(BigDecimal.ZERO);
            case WITHIN -> low.subtract(x).max(x.subtract(high)).max(BigDecimal.ZERO);
        };
    }

    @Provide
    Arbitrary<QuantityTarget> targets() {
        Arbitrary<Direction> direction = Arbitraries.of(Direction.class);
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 30);
        Arbitrary<List<PathPoint>> path = Arbitraries.integers().between(0, 40)
                .map(v -> List.of(new PathPoint(HALFWAY, BigDecimal.valueOf(v)))).injectNull(0.6);
        Arbitrary<List<Revision>> revisions = Combinators.combine(Arbitraries.integers().between(1, 99), small)
                .as((day, v) -> List.of(new Revision(START.plusDays(day), BigDecimal.valueOf(v), "herzien")))
                .injectNull(0.7);
        return Combinators.combine(direction, small, small, Arbitraries.integers().between(0, 10), path, revisions)
                .as((d, value, baseline, width, p, r) -> new QuantityTarget("1a", null, null, d, BigDecimal.valueOf(value),
                        BigDecimal.valueOf(baseline), START, DUE,
                        d == Direction.WITHIN ? BigDecimal.valueOf(value + width) : null, null, p, r, null));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.oneOf(Arbitraries.of(START, HALFWAY, DUE, DUE.minusDays(1), DUE.plusDays(1)),
                Dates.dates().between(START, DUE.plusDays(10)));
    }

    @Provide
    Arbitrary<BigDecimal> figures() {
        return Arbitraries.integers().between(-5, 50).map(BigDecimal::valueOf);
    }
}
