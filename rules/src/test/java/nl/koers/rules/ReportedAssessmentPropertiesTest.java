package nl.koers.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.koers.model.Action;
import nl.koers.model.ActionAssessment;
import nl.koers.model.Aspect;
import nl.koers.model.BudgetChange;
import nl.koers.model.Colour;
import nl.koers.model.ColourScore;
import nl.koers.model.Disagreement;
import nl.koers.model.Performance;
import nl.koers.model.ReportedAssessment;
import nl.koers.model.Saldo;
import nl.koers.model.Status;
import nl.koers.model.TargetAssessment;
import nl.koers.model.TargetProgress;
import nl.koers.rules.RuleVerifier.Firing;

/**
 * The law of issue 12: adding a reported assessment never changes a verdict that measurements decide; it only adds
 * or removes a disagreement. Generated on the portfolios of {@link OneFindingPerSubjectPropertiesTest}, with a
 * reported status on any of their actions and reported colours on the prestatie.
 */
class ReportedAssessmentPropertiesTest {

    /** What the owner reports: a status per action (null: none) and the prestatie's colours (null: none). */
    record Report(List<Status> statuses, Colour content, Colour money) {

        List<Object> applyTo(List<Object> facts) {
            List<Object> reported = new ArrayList<>();
            int action = 0;
            for (Object fact : facts) {
                if (fact instanceof Action a) {
                    Status status = statuses.get(action++ % statuses.size());
                    reported.add(status == null ? a : new Action(a.id(), a.title(), a.text(), a.partners(),
                            a.withdrawn(), a.targets(), a.measurements(),
                            new ReportedAssessment(status, null, null, null, "Geen afwijking.", "Monitor", null), null));
                } else if (fact instanceof Performance p && (content != null || money != null)) {
                    reported.add(new Performance(p.code(), p.title(), p.organisation(), p.programme(), p.goal(),
                            p.portfolioHolder(), p.role(), p.duration(), p.reserve(), p.decision(), p.period(), p.asOf(),
                            p.document(), new ReportedAssessment(null, content, money, null, null, "Monitor", null),
                            p.override()));
                } else {
                    reported.add(fact);
                }
            }
            return reported;
        }
    }

    @Property(tries = 300)
    void aReportNeverChangesAVerdictThatMeasurementsDecide(@ForAll("portfolios") List<Object> facts,
                                                           @ForAll("reports") Report report) {
        Firing plain = RuleVerifier.fire(facts);
        Firing reported = RuleVerifier.fire(report.applyTo(facts));
        String why = "without the report:\n" + plain.describe() + "\nwith " + report + ":\n" + reported.describe();

        List<TargetProgress> progress = facts.stream().filter(TargetProgress.class::isInstance)
                .map(TargetProgress.class::cast).toList();
        // still one verdict per subject with the report
        assertThat(reported.findings(TargetAssessment.class)).as(why).hasSize(progress.size());
        assertThat(reported.findings(ActionAssessment.class)).as(why)
                .hasSize((int) facts.stream().filter(Action.class::isInstance).count());
        assertThat(reported.findings(ColourScore.class)).as(why).extracting(ColourScore::aspect)
                .containsExactlyInAnyOrder(Aspect.values());
        Set<String> measured = progress.stream().filter(TargetProgress::measured).map(TargetProgress::targetId)
                .collect(Collectors.toSet());
        assertThat(targets(reported, measured)).as(why).isEqualTo(targets(plain, measured));

        // an action is decided by measurements when it has targets and every one of them is measured
        List<Action> actions = facts.stream().filter(Action.class::isInstance).map(Action.class::cast).toList();
        Set<String> measuredActions = actions.stream().filter(a -> a.withdrawn() != null || (!a.targets().isEmpty()
                        && a.targets().stream().allMatch(t -> measured.contains(t.id()))))
                .map(Action::id).collect(Collectors.toSet());
        assertThat(actions(reported, measuredActions)).as(why).isEqualTo(actions(plain, measuredActions));

        boolean contentMeasured = !measured.isEmpty() && actions.stream().filter(a -> a.withdrawn() == null)
                .allMatch(a -> measuredActions.contains(a.id()));
        if (contentMeasured) {
            assertThat(colour(reported, Aspect.CONTENT)).as(why).isEqualTo(colour(plain, Aspect.CONTENT));
        }
        boolean moneyMeasured = facts.stream().anyMatch(f -> f instanceof Saldo s && s.deviation() != null);
        if (moneyMeasured) {
            assertThat(colour(reported, Aspect.MONEY)).as(why).isEqualTo(colour(plain, Aspect.MONEY));
        }
        assertThat(reported.findings(BudgetChange.class)).as(why).isEqualTo(plain.findings(BudgetChange.class));

        // no report, no disagreement; with one, a disagreement exactly where the verdict and the report differ
        assertThat(plain.findings(Disagreement.class)).as(why).isEmpty();
        assertThat(reported.findings(Disagreement.class)).as(why)
                .extracting(d -> d.subject() + " " + d.computed() + "/" + d.reported())
                .containsExactlyInAnyOrderElementsOf(expectedDisagreements(reported, report.applyTo(facts)));
    }

    @Provide
    Arbitrary<List<Object>> portfolios() {
        return new OneFindingPerSubjectPropertiesTest().portfolios();
    }

    @Provide
    Arbitrary<Report> reports() {
        Arbitrary<Status> status = Arbitraries.of(Status.ACHIEVED, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK,
                Status.UNKNOWN).injectNull(0.4);
        Arbitrary<Colour> colour = Arbitraries.of(Colour.class).injectNull(0.4);
        return Combinators.combine(status.list().ofMinSize(1).ofMaxSize(4), colour, colour).as(Report::new);
    }

    private static List<String> targets(Firing firing, Set<String> measured) {
        return firing.findings(TargetAssessment.class).stream().filter(t -> measured.contains(t.targetId()))
                .map(Object::toString).sorted().toList();
    }

    private static List<String> actions(Firing firing, Set<String> ids) {
        return firing.findings(ActionAssessment.class).stream().filter(a -> ids.contains(a.actionId()))
                .map(Object::toString).sorted().toList();
    }

    private static ColourScore colour(Firing firing, Aspect aspect) {
        return firing.findings(ColourScore.class).stream().filter(c -> c.aspect() == aspect).findFirst().orElseThrow();
    }

    private static List<String> expectedDisagreements(Firing firing, List<Object> facts) {
        List<String> expected = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof Action a && a.reported() != null && a.withdrawn() == null) {
                Status computed = firing.findings(ActionAssessment.class).stream()
                        .filter(s -> s.actionId().equals(a.id())).findFirst().orElseThrow().status();
                if (computed != a.reported().status()) {
                    expected.add("action " + a.id() + " " + computed.code() + "/" + a.reported().status().code());
                }
            } else if (fact instanceof Performance p && p.reported() != null) {
                disagreement(expected, "content", colour(firing, Aspect.CONTENT).colour(), p.reportedContent());
                disagreement(expected, "money", colour(firing, Aspect.MONEY).colour(), p.reportedMoney());
            }
        }
        return expected;
    }

    private static void disagreement(List<String> expected, String subject, Colour computed, Colour reported) {
        if (reported != null && !Objects.equals(computed, reported)) {
            expected.add(subject + " " + computed.code() + "/" + reported.code());
        }
    }
}
