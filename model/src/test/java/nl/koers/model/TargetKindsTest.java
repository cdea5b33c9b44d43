package nl.koers.model;

import static nl.koers.model.Fixtures.YEAR_2018;
import static nl.koers.model.Fixtures.action;
import static nl.koers.model.Fixtures.atLeast;
import static nl.koers.model.Fixtures.date;
import static nl.koers.model.Fixtures.measured;
import static nl.koers.model.Fixtures.milestone;
import static nl.koers.model.Fixtures.monitoring;
import static nl.koers.model.Fixtures.reported;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The law that lets a new target kind be found everywhere: every {@link TargetKind} has exactly one target
 * record, and a target of a kind gets a progress of that kind. A new enum constant without its record and
 * its factory fails here, even where a switch over the kind still compiles.
 */
class TargetKindsTest {

    private static final LocalDate PEILDATUM = date("2018-06-30");

    /** One measured target of every kind, each in its own action. */
    private static final List<Action> SAMPLES = List.of(
            action("q", atLeast("q1", "30"), measured("q1", date("2018-06-01"), "10")),
            action("m", milestone("m1"), reported("m1", date("2018-06-01"), true)),
            action("mon", monitoring("mon1", Period.ofMonths(12)), measured("mon1", date("2018-06-01"), "5")));

    @Test
    void everyKindHasExactlyOneTargetRecord() {
        Map<TargetKind, Class<?>> recordOf = SAMPLES.stream().map(a -> a.targets().get(0))
                .collect(Collectors.toMap(Target::kind, Object::getClass));

        assertThat(recordOf).containsOnlyKeys(TargetKind.values());
        assertThat(Target.class.isSealed()).isTrue();
        assertThat(Target.class.getPermittedSubclasses()).containsExactlyInAnyOrderElementsOf(recordOf.values());
    }

    @Test
    void aTargetOfEveryKindGetsAProgressOfThatKind() {
        assertThat(kindsMistaken(TargetKindsTest::progress)).isEmpty();
    }

    @Test
    void theLawCatchesAnUnknownKindReadAsAMilestone() {
        // What TargetProgress.of did before it switched over the kind: whatever was not a quantity or a
        // monitoring target became a milestone. Here it wrongly covers the monitoring target too.
        Function<Action, TargetProgress> milestoneByDefault = a -> {
            Target t = a.targets().get(0);
            return t instanceof QuantityTarget q ? TargetProgress.quantity(a, q, YEAR_2018, PEILDATUM)
                    : TargetProgress.milestone(a, new MilestoneTarget(t.id(), null, null, null), YEAR_2018, PEILDATUM);
        };

        assertThat(kindsMistaken(milestoneByDefault)).containsExactly(TargetKind.MONITORING);
    }

    @Test
    void eachFactoryFillsOnlyWhatItsKindHas() {
        Map<TargetKind, TargetProgress> byKind = SAMPLES.stream().map(TargetKindsTest::progress)
                .collect(Collectors.toMap(TargetProgress::kind, p -> p));

        TargetProgress quantity = byKind.get(TargetKind.QUANTITY);
        assertThat(quantity.streefwaarde()).isEqualByComparingTo("30");
        assertThat(quantity.realised()).isEqualByComparingTo("10");
        assertThat(quantity.maxAge()).isNull();
        assertThat(quantity.done()).isFalse();

        TargetProgress milestone = byKind.get(TargetKind.MILESTONE);
        assertThat(milestone.done()).isTrue();
        assertThat(milestone.met()).isTrue();
        assertThat(Stream.of(milestone.realised(), milestone.bound(), milestone.direction(),
                milestone.streefwaarde(), milestone.ratio(), milestone.maxAge())).containsOnlyNulls();

        TargetProgress monitoring = byKind.get(TargetKind.MONITORING);
        assertThat(monitoring.maxAge()).isEqualTo(Period.ofMonths(12));
        assertThat(monitoring.realised()).isEqualByComparingTo("5");
        assertThat(Stream.of(monitoring.direction(), monitoring.streefwaarde(), monitoring.expected(),
                monitoring.ratio())).containsOnlyNulls();
        assertThat(monitoring.met() || monitoring.done()).isFalse();
    }

    private static TargetProgress progress(Action action) {
        return TargetProgress.of(action, action.targets().get(0), YEAR_2018, PEILDATUM);
    }

    /** The kinds that have no sample, or whose sample {@code progressOf} gives a progress of another kind. */
    private static List<TargetKind> kindsMistaken(Function<Action, TargetProgress> progressOf) {
        List<TargetKind> mistaken = new ArrayList<>(Arrays.asList(TargetKind.values()));
        for (Action sample : SAMPLES) {
            TargetKind kind = sample.targets().get(0).kind();
            if (progressOf.apply(sample).kind() == kind) {
                mistaken.remove(kind);
            }
        }
        return mistaken;
    }
}
