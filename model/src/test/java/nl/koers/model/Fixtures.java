package nl.koers.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;

/** Named building blocks for the model tests; every fixture is valid unless its name says otherwise. */
final class Fixtures {

    static final LocalDate JAN_1_2018 = LocalDate.of(2018, 1, 1);
    static final LocalDate DEC_31_2018 = LocalDate.of(2018, 12, 31);
    static final ReportingPeriod YEAR_2018 = new ReportingPeriod(JAN_1_2018, DEC_31_2018);
    static final String RESERVE = "Reserve uitvoering Kwaliteit van Overijssel";

    private Fixtures() {
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static BigDecimal amount(String figure) {
        return figure == null ? null : new BigDecimal(figure);
    }

    static Performance performance(ReportingPeriod period, LocalDate asOf) {
        return new Performance("5.4.2", "Internationaliseren", "Provincie Overijssel", null, null, null,
                Role.FACILITATOR, Looptijd.STRUCTURAL, RESERVE, null, period, asOf);
    }

    static Performance performance2018() {
        return performance(YEAR_2018, null);
    }

    static QuantityTarget quantity(String id, Direction direction, String value, String baseline,
                                   LocalDate start, LocalDate due) {
        return new QuantityTarget(id, "indicator of " + id, "units", direction, amount(value), amount(baseline),
                start, due);
    }

    static QuantityTarget atLeast(String id, String value) {
        return quantity(id, Direction.AT_LEAST, value, null, null, null);
    }

    static QuantityTarget atMost(String id, String value) {
        return quantity(id, Direction.AT_MOST, value, null, null, null);
    }

    static MilestoneTarget milestone(String id) {
        return new MilestoneTarget(id, "milestone " + id, null, null);
    }

    static MonitoringTarget monitoring(String id, Period maxAge) {
        return new MonitoringTarget(id, "monitoring " + id, "companies", maxAge, null, null);
    }

    static Measurement measured(String target, LocalDate date, String value) {
        return measured(target, date, value, Bound.EXACT);
    }

    static Measurement measured(String target, LocalDate date, String value, Bound bound) {
        return new Measurement(target, date, amount(value), bound, null, "source", null);
    }

    static Measurement reported(String target, LocalDate date, boolean done) {
        return new Measurement(target, date, null, null, done, "source", null);
    }

    static Action action(String id, List<Target> targets, Measurement... measurements) {
        return new Action(id, "action " + id, null, List.of(), null, targets, Arrays.asList(measurements));
    }

    static Action action(String id, Target target, Measurement... measurements) {
        return action(id, List.of(target), measurements);
    }

    static Action withdrawnAction(String id, Target target) {
        return new Action(id, "action " + id, null, List.of(), new Withdrawal(date("2018-03-01"), "PS/2018/489",
                "Niet uitgevoerd"), List.of(target), List.of());
    }

    static Jaarschijf slice(int year, String budgeted, String realised, String unspent) {
        return new Jaarschijf(year, amount(budgeted), amount(realised), amount(unspent), false, false, false);
    }
}
