package nl.koers.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CodedTest {

    @Test
    void aCodeParsesToItsConstant() {
        assertThat(Coded.parse(Bound.class, "more-than")).contains(Bound.MORE_THAN);
        assertThat(Coded.parse(ChangeType.class, "result-allocation")).contains(ChangeType.RESULT_ALLOCATION);
        assertThat(Coded.parse(Status.class, "off-track")).contains(Status.OFF_TRACK);
    }

    @Test
    void anUnknownCodeOrTheConstantNameParsesToNothing() {
        assertThat(Coded.parse(Direction.class, "at_least")).isEmpty();
        assertThat(Coded.parse(Direction.class, "AT_LEAST")).isEmpty();
        assertThat(Coded.parse(Direction.class, null)).isEmpty();
    }

    @Test
    void theCodesAreListedInDeclarationOrderForMessages() {
        assertThat(Coded.codes(Direction.class)).isEqualTo("at-least | at-most | within");
        assertThat(Coded.codes(TargetKind.class)).isEqualTo("quantity | milestone | monitoring");
        assertThat(Coded.codes(Role.class)).isEqualTo("facilitator | stimulator | director | executor | financier | situational");
    }

    @Test
    void theCodesAreTheOnesThePortfolioFormatSpells() {
        assertThat(Arrays.stream(Bound.values()).map(Coded::code))
                .containsExactly("exact", "at-least", "more-than", "estimate");
        assertThat(Arrays.stream(Status.values()).map(Coded::code))
                .containsExactly("achieved", "on-track", "at-risk", "off-track", "unknown", "withdrawn");
        assertThat(Arrays.stream(Colour.values()).map(Coded::code))
                .containsExactly("green", "orange", "red", "undetermined");
        assertThat(Arrays.stream(ChangeType.values()).map(Coded::code))
                .containsExactly("none", "gs", "ps", "result-allocation", "undetermined");
        assertThat(Arrays.stream(Aspect.values()).map(Coded::code)).containsExactly("content", "money");
    }

    @Test
    void onlyAtLeastAndMoreThanAreLowerBounds() {
        assertThat(Arrays.stream(Bound.values()).filter(Bound::lowerBoundOnly))
                .containsExactly(Bound.AT_LEAST, Bound.MORE_THAN);
    }

    @Test
    void achievedOnTrackAndWithdrawnNeedNothingDone() {
        assertThat(Arrays.stream(Status.values()).filter(Status::fine))
                .containsExactly(Status.ACHIEVED, Status.ON_TRACK, Status.WITHDRAWN);
    }
}
