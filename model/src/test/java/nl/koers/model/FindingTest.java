package nl.koers.model;

import static nl.koers.model.Fixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FindingTest {

    private static final Reason WHY = Reason.of("quantity.met", 3, 3);

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void aReasonNeedsAKey(String key) {
        assertThatThrownBy(() -> new Reason(key, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reason.key is required and may not be empty");
    }

    @Test
    void aReasonKeepsItsFiguresInOrderIncludingUnknownOnes() {
        Reason reason = Reason.of("money.deviation", new BigDecimal("0.05"), null, "Reserve");

        assertThat(reason.key()).isEqualTo("money.deviation");
        assertThat(reason.figures()).containsExactly(new BigDecimal("0.05"), null, "Reserve");
    }

    @Test
    void theFiguresOfAReasonAreACopyThatCannotBeModified() {
        List<Object> figures = new ArrayList<>(Arrays.asList(1, 2));
        Reason reason = new Reason("k", figures);

        figures.set(0, 99);

        assertThat(reason.figures()).containsExactly(1, 2);
        assertThatThrownBy(() -> reason.figures().add(3)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aTargetAssessmentNeedsAllItsParts() {
        assertThatThrownBy(() -> new TargetAssessment(" ", "1a", Status.ON_TRACK, WHY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("actionId is required and may not be empty");
        assertThatThrownBy(() -> new TargetAssessment("1", null, Status.ON_TRACK, WHY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("targetId is required and may not be empty");
        assertThatThrownBy(() -> new TargetAssessment("1", "1a", null, WHY))
                .isInstanceOf(NullPointerException.class).hasMessage("status");
        assertThatThrownBy(() -> new TargetAssessment("1", "1a", Status.ON_TRACK, null))
                .isInstanceOf(NullPointerException.class).hasMessage("reason");
    }

    @Test
    void aTargetAssessmentCarriesItsReason() {
        assertThat(new TargetAssessment("1", "1a", Status.ACHIEVED, WHY).reason()).isEqualTo(WHY);
    }

    @Test
    void aTargetAssessmentIsNeverWithdrawn() {
        assertThatThrownBy(() -> new TargetAssessment("1", "1a", Status.WITHDRAWN, WHY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anActionAssessmentNeedsAllItsParts() {
        assertThatThrownBy(() -> new ActionAssessment("", Status.ON_TRACK, WHY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("actionId is required and may not be empty");
        assertThatThrownBy(() -> new ActionAssessment("1", null, WHY))
                .isInstanceOf(NullPointerException.class).hasMessage("status");
        assertThatThrownBy(() -> new ActionAssessment("1", Status.WITHDRAWN, null))
                .isInstanceOf(NullPointerException.class).hasMessage("reason");
    }

    @Test
    void aColourScoreNeedsAllItsParts() {
        assertThatThrownBy(() -> new ColourScore(null, Colour.GREEN, WHY))
                .isInstanceOf(NullPointerException.class).hasMessage("aspect");
        assertThatThrownBy(() -> new ColourScore(Aspect.MONEY, null, WHY))
                .isInstanceOf(NullPointerException.class).hasMessage("colour");
        assertThatThrownBy(() -> new ColourScore(Aspect.MONEY, Colour.GREEN, null))
                .isInstanceOf(NullPointerException.class).hasMessage("reason");
    }

    @Test
    void aBudgetChangeNeedsTypeAmountAndReason() {
        assertThatThrownBy(() -> new BudgetChange(null, BigDecimal.ONE, null, 2019, WHY))
                .isInstanceOf(NullPointerException.class).hasMessage("type");
        assertThatThrownBy(() -> new BudgetChange(ChangeType.GS, null, null, 2019, WHY))
                .isInstanceOf(NullPointerException.class).hasMessage("amount");
        assertThatThrownBy(() -> new BudgetChange(ChangeType.GS, BigDecimal.ONE, null, 2019, null))
                .isInstanceOf(NullPointerException.class).hasMessage("reason");
    }

    @Test
    void aNegativeBudgetChangeIsRefusedNamingTheAmount() {
        assertThatThrownBy(() -> new BudgetChange(ChangeType.PS, new BigDecimal("-1.00"), null, 2019, WHY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("budget change amount -1.00 is negative");
    }

    @ParameterizedTest
    @EnumSource(value = ChangeType.class, names = {"NONE", "UNDETERMINED"}, mode = EnumSource.Mode.EXCLUDE)
    void aRealBudgetChangeNeedsTheYearTheMoneyMovesTo(ChangeType type) {
        assertThatThrownBy(() -> new BudgetChange(type, BigDecimal.TEN, "Reserve", null, WHY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a " + type.code() + " budget change needs the year the money moves to");
    }

    @Test
    void aBudgetChangeWithAYearIsAccepted() {
        BudgetChange change = new BudgetChange(ChangeType.RESULT_ALLOCATION, new BigDecimal("109000.00"), null, 2019,
                WHY);

        assertThat(change.year()).isEqualTo(2019);
        assertThat(change.source()).isNull();
    }

    @Test
    void noBudgetChangeIsZeroEurosToNoYear() {
        BudgetChange none = BudgetChange.none(WHY);

        assertThat(none.type()).isEqualTo(ChangeType.NONE);
        assertThat(none.amount()).isZero();
        assertThat(none.source()).isNull();
        assertThat(none.year()).isNull();
        assertThat(none.reason()).isEqualTo(WHY);
    }

    @Test
    void aPeildatumNeedsADate() {
        assertThatThrownBy(() -> new Peildatum(null, 2018, "5.4.2"))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThat(new Peildatum(date("2018-12-31"), 2018, "5.4.2").reportingYear()).isEqualTo(2018);
    }

    @Test
    void targetProgressNeedsItsIdentity() {
        assertThatThrownBy(() -> progress(null, "1a", TargetKind.QUANTITY, date("2018-12-31")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("actionId is required and may not be empty");
        assertThatThrownBy(() -> progress("1", " ", TargetKind.QUANTITY, date("2018-12-31")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("targetId is required and may not be empty");
        assertThatThrownBy(() -> progress("1", "1a", null, date("2018-12-31")))
                .isInstanceOf(NullPointerException.class).hasMessage("kind");
        assertThatThrownBy(() -> progress("1", "1a", TargetKind.QUANTITY, null))
                .isInstanceOf(NullPointerException.class).hasMessage("peildatum");
    }

    /** Through the canonical constructor: only it can be handed a null identity, and it must refuse one. */
    private static TargetProgress progress(String actionId, String targetId, TargetKind kind,
                                           java.time.LocalDate peildatum) {
        return new TargetProgress(actionId, targetId, kind, peildatum, null, null, false, false, null, null, null,
                false, null, null, null, null, null, false, null, false);
    }
}
