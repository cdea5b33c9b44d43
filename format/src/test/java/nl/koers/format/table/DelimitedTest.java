package nl.koers.format.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimitedTest {

    @Test
    void aHeaderWithMoreSemicolonsThanCommasIsSemicolonSeparated() {
        assertThat(Delimited.separator("target;date;value\n1a;2018-06-30;2,5\n")).isEqualTo(';');
        assertThat(Delimited.separator("target,date,value\n1a,2018-06-30,2.5\n")).isEqualTo(',');
    }

    @Test
    void separatorsInsideQuotesAndBlankLinesBeforeTheHeaderDoNotCount() {
        assertThat(Delimited.separator("\n\n\"a;b;c\",d,e\n")).isEqualTo(',');
        assertThat(Delimited.separator("\"a,b,c\";d;e\n")).isEqualTo(';');
    }

    @Test
    void aByteOrderMarkIsNoText() {
        assertThat(Delimited.withoutBom("\uFEFFtarget;date")).isEqualTo("target;date");
        assertThat(Delimited.withoutBom("target;date")).isEqualTo("target;date");
        assertThat(Delimited.withoutBom("")).isEmpty();
    }

    @Test
    void aQuotedCellHoldsTheSeparatorAndADoubledQuote() {
        assertThat(Delimited.split("a;\"b;c\";\"5\"\" scherm\";", ';')).containsExactly("a", "b;c", "5\" scherm", "");
    }

    @Test
    void onlyANumberWithADecimalCommaGetsAPoint() {
        assertThat(Delimited.decimalPoint("0,05")).isEqualTo("0.05");
        assertThat(Delimited.decimalPoint("-12,5")).isEqualTo("-12.5");
        assertThat(Delimited.decimalPoint("1,2,3")).isEqualTo("1,2,3");
        assertThat(Delimited.decimalPoint("Groen, met zorg")).isEqualTo("Groen, met zorg");
    }
}
