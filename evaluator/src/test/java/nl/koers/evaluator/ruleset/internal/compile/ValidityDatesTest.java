package nl.koers.evaluator.ruleset.internal.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Validity dates are written as ISO dates and handed to Drools in its own mask, line for line. */
class ValidityDatesTest {

    private static final LocalDate NEW_YEAR_2018 = LocalDate.of(2018, 1, 1);

    @Test
    void isoDatesAndDroolsOwnMaskAreRead() {
        assertThat(ValidityDates.parse("2018-01-01")).contains(NEW_YEAR_2018);
        assertThat(ValidityDates.parse(" 2018-03-31 ")).contains(LocalDate.of(2018, 3, 31));
        assertThat(ValidityDates.parse("1-Jan-2018")).contains(NEW_YEAR_2018);
        assertThat(ValidityDates.parse("01-JAN-2018")).contains(NEW_YEAR_2018);
    }

    @Test
    void whatIsNoDateIsNotRead() {
        assertThat(ValidityDates.parse("2018-02-30")).isEmpty();
        assertThat(ValidityDates.parse("32-Jan-2018")).isEmpty();
        assertThat(ValidityDates.parse("1-1-2018")).isEmpty();
        assertThat(ValidityDates.parse("")).isEmpty();
    }

    @Test
    void theDrlGetsDroolsMaskAndKeepsItsLines() {
        ValidityDates.Rewritten r = ValidityDates.rewrite("""
                rule "A" date-effective "2018-01-01"
                    date-expires '2019-03-01'
                when
                then
                end
                """);

        assertThat(r.problems()).isEmpty();
        assertThat(r.drl()).isEqualTo("""
                rule "A" date-effective "1-Jan-2018"
                    date-expires "1-Mar-2019"
                when
                then
                end
                """);
    }

    @Test
    void aRuleThatExpiresTheDayItTakesEffectIsNeverInForce() {
        ValidityDates.Rewritten r = ValidityDates.rewrite("""
                rule "A"
                    date-expires "2018-01-01"
                    date-effective "2018-01-01"
                when
                then
                end
                """);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.rule()).isEqualTo("A");
            assertThat(p.message()).contains("expires on 2018-01-01, the day it takes effect");
        });
    }
}
