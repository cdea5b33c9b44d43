package nl.koers.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import nl.koers.format.PortfolioReader;
import nl.koers.model.ChangeType;
import nl.koers.model.Colour;
import nl.koers.model.Status;
import org.junit.jupiter.api.Test;

/** The embedded default, prestatie 5.4.2 of Overijssel in the jaarverslag 2018, evaluated with the shipped rules. */
class SeedEvaluationTest {

    private static final Evaluator EVALUATOR = Evaluator.create(RuleSource.builtIn());
    private static final Evaluation SEED = EVALUATOR.evaluate(PortfolioReader.readDefault());

    private static Map<String, Status> statuses(Evaluation evaluation) {
        return evaluation.actions().stream()
                .collect(Collectors.toMap(a -> a.action().id(), ActionOutcome::statusValue));
    }

    @Test
    void theSeedIsEvaluatedAtTheEndOf2018() {
        assertThat(SEED.peildatum()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(SEED.portfolio().performance().code()).isEqualTo("5.4.2");
        assertThat(SEED.actions()).hasSize(5);
    }

    @Test
    void actionOneIsAchievedWithThreeMissionsAndMoreThanFortyParticipants() {
        ActionOutcome one = SEED.actions().get(0);
        assertThat(one.statusValue()).isEqualTo(Status.ACHIEVED);
        assertThat(one.status().rule()).isEqualTo("Action with every target achieved is achieved");
        assertThat(one.targets()).extracting(t -> t.assessment().finding().status())
                .containsExactly(Status.ACHIEVED, Status.ACHIEVED);
        assertThat(SEED.explain(one.targets().get(1).assessment().finding(), Language.DUTCH))
                .isEqualTo("Gerealiseerd meer dan 40 (meting van 31 december 2018); dat voldoet aan de streefwaarde van minimaal 30.");
    }

    @Test
    void eachActionGetsTheStatusTheTextSupports() {
        assertThat(statuses(SEED)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "1", Status.ACHIEVED,
                "2", Status.ON_TRACK,
                "3", Status.ACHIEVED,
                "4", Status.UNKNOWN,
                "5", Status.ACHIEVED));
    }

    @Test
    void theBalanceOf109000MovesFromTheReserveToJaarschijf2019ByGs() {
        var change = SEED.budgetChange();
        assertThat(change.finding().type()).isEqualTo(ChangeType.GS);
        assertThat(change.finding().amount()).isEqualByComparingTo(new BigDecimal("109000"));
        assertThat(change.finding().source()).isEqualTo("Reserve uitvoering Kwaliteit van Overijssel");
        assertThat(change.finding().year()).isEqualTo(2019);
        assertThat(change.rule()).startsWith("Unspent reserve money for continuing work");
        assertThat(SEED.explain(change.finding(), Language.DUTCH))
                .contains("€ 109.000", "Reserve uitvoering Kwaliteit van Overijssel", "jaarschijf 2019");
        assertThat(SEED.explain(change.finding(), Language.ENGLISH)).contains("€109,000", "jaarschijf 2019");
    }

    @Test
    void theMoneyColourIsUndeterminedBecauseTheTextGivesNoBudgetedAmount() {
        assertThat(SEED.money().finding().colour()).isEqualTo(Colour.UNDETERMINED);
        assertThat(SEED.content().finding().colour()).isEqualTo(Colour.ORANGE);
        assertThat(SEED.needsAttention()).isTrue();
    }
}
