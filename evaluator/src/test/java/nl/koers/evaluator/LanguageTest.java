package nl.koers.evaluator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "109000     | DUTCH   | € 109.000",
        "109000     | ENGLISH | €109,000",
        "109000.00  | DUTCH   | € 109.000",
        "1990000.5  | DUTCH   | € 1.990.000,50",
        "1990000.5  | ENGLISH | €1,990,000.50",
        "0.05       | ENGLISH | €0.05",
        "-2500      | DUTCH   | € -2.500",
    })
    void amountsAreWholeEurosOrEurosAndCents(String amount, Language language, String written) {
        assertThat(language.money(new BigDecimal(amount))).isEqualTo(written);
    }

    @Test
    void numbersKeepAtMostTwoDecimalsAndPercentagesOne() {
        assertThat(Language.DUTCH.number(new BigDecimal("1234.567"))).isEqualTo("1.234,57");
        assertThat(Language.ENGLISH.number(new BigDecimal("40"))).isEqualTo("40");
        assertThat(Language.ENGLISH.percent(new BigDecimal("0.0525"))).isEqualTo("5.3%");
    }

    @Test
    void datesAndPeriodsAreWrittenOut() {
        assertThat(Language.DUTCH.date(LocalDate.of(2018, 12, 31))).isEqualTo("31 december 2018");
        assertThat(Language.ENGLISH.date(LocalDate.of(2018, 12, 31))).isEqualTo("31 December 2018");
        assertThat(Language.DUTCH.period(Period.of(1, 2, 0))).isEqualTo("1 jaar en 2 maanden");
        assertThat(Language.ENGLISH.period(Period.ofMonths(1))).isEqualTo("1 month");
    }

    @Test
    void codesParseCaseInsensitivelyAndUnknownOnesAreRefused() {
        assertThat(Language.parse("EN")).isEqualTo(Language.ENGLISH);
        assertThat(Language.parse("nl")).isEqualTo(Language.DUTCH);
        assertThatThrownBy(() -> Language.parse("de")).hasMessageContaining("expected nl or en");
    }

    /** The formats are kept per thread; formatting from many threads at once must not garble a figure. */
    @Test
    void formattingFromManyThreadsGivesTheSameText() {
        List<String> expected = IntStream.range(0, 2_000)
                .mapToObj(i -> Language.DUTCH.money(BigDecimal.valueOf(i * 1_000_003L, 2)))
                .collect(Collectors.toList());
        List<String> parallel = IntStream.range(0, 2_000).parallel()
                .mapToObj(i -> Language.DUTCH.money(BigDecimal.valueOf(i * 1_000_003L, 2)))
                .collect(Collectors.toList());
        assertThat(parallel).isEqualTo(expected);
    }
}
