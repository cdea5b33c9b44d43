package nl.koers.rules;

import static nl.koers.rules.Fixtures.DUE;
import static nl.koers.rules.Fixtures.HALFWAY;
import static nl.koers.rules.Fixtures.START;
import static nl.koers.rules.Fixtures.achieved;
import static nl.koers.rules.Fixtures.action;
import static nl.koers.rules.Fixtures.atMost;
import static nl.koers.rules.Fixtures.atRisk;
import static nl.koers.rules.Fixtures.factsAt;
import static nl.koers.rules.Fixtures.figure;
import static nl.koers.rules.Fixtures.milestone;
import static nl.koers.rules.Fixtures.monitoring;
import static nl.koers.rules.Fixtures.offTrack;
import static nl.koers.rules.Fixtures.onTrack;
import static nl.koers.rules.Fixtures.slice;
import static nl.koers.rules.Fixtures.unmeasured;
import static nl.koers.rules.Fixtures.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.model.Action;
import nl.koers.model.ActionAssessment;
import nl.koers.model.Aspect;
import nl.koers.model.Bound;
import nl.koers.model.BudgetChange;
import nl.koers.model.ColourScore;
import nl.koers.model.TargetAssessment;
import nl.koers.model.TargetProgress;
import nl.koers.rules.Fixtures.Measured;
import nl.koers.rules.RuleVerifier.Firing;
import nl.koers.testkit.Portfolios;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of one kind partition their facts: each target, action, aspect and the budget gets exactly
 * one verdict. A gap would leave a subject without a verdict (and, for targets, let "every target
 * achieved" count it as achieved); an overlap would give it two.
 */
class OneFindingPerSubjectTest {

    static Stream<Named<List<Object>>> mixedPortfolios() {
        Action everyKindOfTarget = Portfolios.action("9").title(null)
                .target(atMost("9q", "50", "100")).target(milestone("9m")).target(monitoring("9t", Period.ofMonths(1)))
                .measured("9q", START.plusDays(20), "60", Bound.MORE_THAN).done("9m", START.plusDays(20), false)
                .measured("9t", START.plusDays(5), "3")
                .build();
        List<Action> everyStatus = List.of(action("1", achieved("1a"), onTrack("1b")), action("2", atRisk("2a")),
                action("3", unmeasured("3a"), achieved("3b")), action("4", offTrack("4a"), atRisk("4b")),
                action("5"), withdrawn("6", offTrack("6a")), everyKindOfTarget);
        return Stream.of(
                Named.of("every status, overspent reserve money", factsAt(HALFWAY, everyStatus,
                        List.of(slice("1000000", "1250000", null, true, true)))),
                Named.of("every status on the due date, unspent general means", factsAt(DUE, everyStatus,
                        List.of(slice("1000000", "891000", null, false, true)))),
                Named.of("every status on the start date, only the balance known", factsAt(START, everyStatus,
                        List.of(slice(null, null, "109000", true, true)))),
                Named.of("every status after the due date, only another year's slice", factsAt(DUE.plusYears(1),
                        everyStatus, List.of(Portfolios.jaarschijf(2019, null, null, null)))),
                Named.of("only withdrawn actions, nothing left over", factsAt(HALFWAY,
                        List.of(withdrawn("1", achieved("1a")), withdrawn("2")),
                        List.of(slice("1000000", "1000000", null, true, true)))),
                Named.of("no actions, only the budget known", factsAt(HALFWAY, List.of(),
                        List.of(slice("1000000", null, null, true, true)))),
                Named.of("all green, ended work", factsAt(HALFWAY,
                        List.of(action("1", achieved("1a")), action("2", onTrack("2a"))),
                        List.of(slice("1000000", "960000", null, true, false)))),
                Named.of("peildatum before the period", factsAt(LocalDate.of(2017, 12, 31),
                        List.of(action("1", new Measured(atMost("1q", "50", "100"),
                                List.of(figure("1q", LocalDate.of(2017, 12, 1), "100"))))),
                        List.of())));
    }

    @ParameterizedTest
    @MethodSource("mixedPortfolios")
    void everyTargetGetsExactlyOneVerdict(List<Object> facts) {
        Firing firing = RuleVerifier.fire(facts);

        List<String> progressed = facts.stream().filter(TargetProgress.class::isInstance).map(TargetProgress.class::cast)
                .map(p -> p.actionId() + "/" + p.targetId()).sorted().toList();
        List<String> assessed = firing.findings(TargetAssessment.class).stream()
                .map(a -> a.actionId() + "/" + a.targetId()).sorted().toList();
        assertThat(assessed).as(firing.describe()).isEqualTo(progressed);
    }

    @ParameterizedTest
    @MethodSource("mixedPortfolios")
    void everyActionGetsExactlyOneStatus(List<Object> facts) {
        Firing firing = RuleVerifier.fire(facts);

        List<String> actions = facts.stream().filter(Action.class::isInstance).map(Action.class::cast)
                .map(Action::id).sorted().toList();
        List<String> assessed = firing.findings(ActionAssessment.class).stream()
                .map(ActionAssessment::actionId).sorted().toList();
        assertThat(assessed).as(firing.describe()).isEqualTo(actions);
    }

    @ParameterizedTest
    @MethodSource("mixedPortfolios")
    void everyAspectGetsExactlyOneColour(List<Object> facts) {
        Firing firing = RuleVerifier.fire(facts);

        assertThat(firing.findings(ColourScore.class)).as(firing.describe())
                .extracting(ColourScore::aspect)
                .containsExactlyInAnyOrder(Aspect.values());
    }

    @ParameterizedTest
    @MethodSource("mixedPortfolios")
    void theBudgetGetsExactlyOneChange(List<Object> facts) {
        Firing firing = RuleVerifier.fire(facts);

        assertThat(firing.findings(BudgetChange.class)).as(firing.describe()).hasSize(1);
    }
}
