package nl.koers.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import nl.koers.model.Baten;
import nl.koers.model.BudgetPart;
import nl.koers.model.ChangeType;
import nl.koers.model.Decider;
import nl.koers.model.Funding;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Portfolio;
import nl.koers.model.Reallocation;
import nl.koers.model.ReportedChange;
import org.junit.jupiter.api.Test;

/** The money fields of real cycles (issue 12): written, read, and written back. */
class MoneyFormatTest {

    private static final String FILE = """
            format: koers/v1
            performance: { code: "4.3.1", title: "Geld", document: najaarsnota, period: { start: 2019-01-01, end: 2019-12-31 } }
            budget:
              slices:
                - { year: 2019, budgeted: 5000000, realised: 5417000, forecast: true,
                    income: { budgeted: 80000, realised: 80000 },
                    funding: [ { source: "Reserve", amount: 309000 }, { source: "beleidsdoel 3.2", amount: 108000 } ] }
                - { year: 2019, line: investering, budgeted: p.m., unspent: 297000, continues: true,
                    continuesInto: [ { year: 2020, amount: 200000 }, { year: 2021 } ] }
                - { year: 2018, overspend: 7342000 }
              reallocations:
                - { from: "4.6.10", amount: 2400000 }
                - { to: "4.5.1", amount: 550000 }
              changes:
                - { type: ps, decider: ps, amount: 417000, parts: [ { year: 2019, amount: 417000 } ], text: "verhogen" }
            """;

    private static Portfolio read(String yaml) {
        return PortfolioReader.read("money.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyMoneyFieldIsRead() {
        Portfolio p = read(FILE);
        Jaarschijf exploitatie = p.budget().slices().get(0);
        assertThat(exploitatie.line()).isEqualTo(Jaarschijf.EXPLOITATIE);
        assertThat(exploitatie.income()).isEqualTo(new Baten(new BigDecimal("80000"), new BigDecimal("80000")));
        assertThat(exploitatie.funding()).extracting(Funding::source).containsExactly("Reserve", "beleidsdoel 3.2");
        assertThat(exploitatie.fromReserve()).as("not stated").isNull();
        assertThat(exploitatie.continues()).as("not stated").isNull();
        Jaarschijf investering = p.budget().slices().get(1);
        assertThat(investering.line()).isEqualTo(Jaarschijf.INVESTERING);
        assertThat(investering.budgeted()).isNull();
        assertThat(investering.proMemorie()).containsExactly("budgeted");
        assertThat(investering.continues()).isTrue();
        assertThat(investering.continuesInto()).containsExactly(new BudgetPart(2020, new BigDecimal("200000")),
                new BudgetPart(2021, null));
        assertThat(p.budget().slices().get(2).overspend()).isEqualByComparingTo("7342000");
        assertThat(p.budget().reallocations()).containsExactly(new Reallocation("4.6.10", new BigDecimal("2400000")),
                new Reallocation("4.5.1", new BigDecimal("-550000")));
        ReportedChange change = p.budget().changes().get(0);
        assertThat(change.type()).isEqualTo(ChangeType.PS);
        assertThat(change.decider()).isEqualTo(Decider.PS);
        assertThat(change.line()).isEqualTo(Jaarschijf.EXPLOITATIE);
        assertThat(change.text()).isEqualTo("verhogen");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        Portfolio p = read(FILE);
        StringWriter out = new StringWriter();
        PortfolioWriter.write(p, out, true);
        Portfolio back = read(out.toString());
        assertThat(back.budget()).isEqualTo(p.budget());
        assertThat(out.toString()).doesNotContain("\"fromReserve\"").contains("\"budgeted\" : \"p.m.\"");
    }

    @Test
    void aSecondSliceOfOneYearNeedsItsOwnLine() {
        assertThatThrownBy(() -> read("""
                format: koers/v1
                performance: { code: "X", title: "X", period: { start: 2019-01-01, end: 2019-12-31 } }
                budget:
                  slices:
                    - { year: 2019, budgeted: 1 }
                    - { year: 2019, line: exploitatie, budgeted: 2 }
                """)).isInstanceOf(PortfolioException.class).hasMessageContaining("already used");
    }

    @Test
    void aShiftNamesEitherWhereFromOrWhereTo() {
        assertThatThrownBy(() -> read("""
                format: koers/v1
                performance: { code: "X", title: "X", period: { start: 2019-01-01, end: 2019-12-31 } }
                budget:
                  reallocations:
                    - { from: "A", to: "B", amount: 1 }
                """)).isInstanceOf(PortfolioException.class).hasMessageContaining("either from");
    }
}
