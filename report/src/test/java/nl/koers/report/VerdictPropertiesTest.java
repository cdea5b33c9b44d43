package nl.koers.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import nl.koers.evaluator.ActionOutcome;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.Language;
import nl.koers.evaluator.RuleSource;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.model.Action;
import nl.koers.model.Finding;
import nl.koers.model.Portfolio;
import nl.koers.model.Status;
import nl.koers.model.Target;
import nl.koers.model.Withdrawal;
import nl.koers.report.json.EvaluationJson;
import nl.koers.testkit.KoersDomain.PortfolioCase;
import nl.koers.testkit.KoersDomain.WithdrawnCase;
import nl.koers.testkit.KoersDomain;
import nl.koers.testkit.Boundary;

/** Whatever valid portfolio an analyst writes, the report is complete and reads as sentences. */
@Domain(KoersDomain.class)
class VerdictPropertiesTest {

    private static final Evaluator EVALUATOR = Evaluator.create(RuleSource.builtIn());

    @Property(tries = 200)
    void everyTargetAndActionGetsExactlyOneVerdict(@ForAll PortfolioCase c) {
        Boundary.collect(c.portfolio(), c.peildatum());
        Evaluation evaluation = EVALUATOR.evaluate(c.portfolio(), c.peildatum());

        assertThat(evaluation.actions()).extracting(a -> a.action().id())
                .containsExactlyElementsOf(c.portfolio().actions().stream().map(Action::id).toList());
        for (ActionOutcome outcome : evaluation.actions()) {
            Action action = outcome.action();
            if (action.withdrawn() != null) {
                assertThat(outcome.statusValue()).isEqualTo(Status.WITHDRAWN);
                assertThat(outcome.targets()).isEmpty();
            } else {
                assertThat(outcome.statusValue()).isNotEqualTo(Status.WITHDRAWN);
                assertThat(outcome.targets()).extracting(t -> t.target().id())
                        .containsExactlyElementsOf(action.targets().stream().map(Target::id).toList());
            }
            readsAsASentence(evaluation, outcome.status());
            for (TargetOutcome target : outcome.targets()) {
                assertThat(target.assessment().finding().status()).isNotEqualTo(Status.WITHDRAWN);
                assertThat(target.assessment().finding().targetId()).isEqualTo(target.target().id());
                readsAsASentence(evaluation, target.assessment());
            }
        }
        readsAsASentence(evaluation, evaluation.content());
        readsAsASentence(evaluation, evaluation.money());
        readsAsASentence(evaluation, evaluation.budgetChange());

        StringWriter json = new StringWriter();
        EvaluationJson.write(evaluation, Language.DUTCH, json);
        assertThat(json.toString()).startsWith("{").endsWith("}\n");
    }

    @Property(tries = 200)
    void withdrawnActionsDoNotCountTowardsTheContentColour(@ForAll WithdrawnCase c) {
        Portfolio without = c.portfolio();
        List<Action> actions = new ArrayList<>(without.actions());
        actions.add(c.extra().build("w", new Withdrawal(null, "PS/2018/489", "Vervallen"),
                without.performance().period().start()));
        Portfolio with = new Portfolio(without.performance(), actions, without.budget());

        Evaluation before = EVALUATOR.evaluate(without, c.peildatum());
        Evaluation after = EVALUATOR.evaluate(with, c.peildatum());

        assertThat(after.actions().get(actions.size() - 1).statusValue()).isEqualTo(Status.WITHDRAWN);
        assertThat(after.content().finding().colour()).isEqualTo(before.content().finding().colour());
        assertThat(after.content().rule()).isEqualTo(before.content().rule());
        assertThat(after.explain(after.content().finding(), Language.DUTCH))
                .isEqualTo(before.explain(before.content().finding(), Language.DUTCH));
    }

    private static void readsAsASentence(Evaluation evaluation, Decision<? extends Finding> decision) {
        assertThat(decision.rule()).isNotBlank();
        for (Language language : Language.values()) {
            String sentence = evaluation.explain(decision.finding(), language);
            assertThat(sentence).as("%s explanation of %s", language, decision.finding())
                    .isNotBlank()
                    .doesNotContain("null")
                    .doesNotContainPattern("\\{\\d")
                    .doesNotContain(decision.finding().reason().key());
        }
    }
}
