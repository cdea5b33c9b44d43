package nl.koers.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import nl.koers.model.Action;
import nl.koers.model.Bound;
import nl.koers.model.Budget;
import nl.koers.model.Direction;
import nl.koers.model.Facts;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Measurement;
import nl.koers.model.MilestoneTarget;
import nl.koers.model.MonitoringTarget;
import nl.koers.model.Peildatum;
import nl.koers.model.QuantityTarget;
import nl.koers.model.ReportingPeriod;
import nl.koers.model.Saldo;
import nl.koers.model.Target;
import nl.koers.model.TargetProgress;
import nl.koers.testkit.ActionBuilder;
import nl.koers.testkit.Portfolios;

/**
 * Named facts of the rule tests, built with the test kit's {@link Portfolios} and the model's own derivations
 * ({@link TargetProgress#of}, {@link Saldo#of}, {@link Facts#of}), so that the rule tests exercise the figures
 * the evaluator will really hand to the rules.
 *
 * <p>Quantity targets run a hundred days from {@link #START} to {@link #DUE}, so that on {@link #HALFWAY}
 * the straight line expects exactly half of the streefwaarde and a ratio is a round number.
 */
final class Fixtures {

    static final LocalDate START = LocalDate.of(2018, 1, 1);
    static final LocalDate HALFWAY = START.plusDays(50);
    static final LocalDate DUE = START.plusDays(100);
    static final int REPORTING_YEAR = 2018;
    static final ReportingPeriod YEAR_2018 = Portfolios.year(REPORTING_YEAR);
    static final String RESERVE = "Reserve uitvoering Kwaliteit van Overijssel";

    private Fixtures() {
    }

    static QuantityTarget atLeast(String id, String streefwaarde) {
        return new QuantityTarget(id, null, null, Direction.AT_LEAST, new BigDecimal(streefwaarde), null, START, DUE);
    }

    /** A ceiling to come down to from {@code baseline}, e.g. at most 50 complaints starting from 100. */
    static QuantityTarget atMost(String id, String streefwaarde, String baseline) {
        return new QuantityTarget(id, null, null, Direction.AT_MOST, new BigDecimal(streefwaarde),
                new BigDecimal(baseline), START, DUE);
    }

    static MilestoneTarget milestone(String id) {
        return new MilestoneTarget(id, null, START, DUE);
    }

    static MonitoringTarget monitoring(String id, Period maxAge) {
        return new MonitoringTarget(id, null, null, maxAge, START, DUE);
    }

    static Measurement figure(String target, LocalDate date, String value) {
        return Portfolios.measured(target, date, value);
    }

    static Measurement figure(String target, LocalDate date, String value, Bound bound) {
        return Portfolios.measured(target, date, value, bound);
    }

    static Measurement done(String target, LocalDate date, boolean done) {
        return Portfolios.done(target, date, done);
    }

    /** The progress of {@code target}, the only target of action "1", at {@code peildatum}. */
    static TargetProgress progress(Target target, LocalDate peildatum, Measurement... measurements) {
        Action action = Portfolios.action("1").target(target).measurements(List.of(measurements)).build();
        return TargetProgress.of(action, target, YEAR_2018, peildatum);
    }

    static Peildatum peildatum(LocalDate date) {
        return new Peildatum(date, REPORTING_YEAR, "5.4.2");
    }

    static Saldo saldo(String budgeted, String realised, boolean fromReserve, boolean continues) {
        return Saldo.of(slice(budgeted, realised, null, fromReserve, continues), RESERVE);
    }

    /** A jaarschijf of the reporting year; {@code null} amounts are unknown. */
    static Jaarschijf slice(String budgeted, String realised, String unspent, boolean fromReserve, boolean continues) {
        return Portfolios.jaarschijf(REPORTING_YEAR, budgeted, realised, unspent, fromReserve, continues);
    }

    /**
     * A target together with the measurements that put it, on {@link #HALFWAY}, in a known status.
     *
     * @param target       the target
     * @param measurements its measurements
     */
    record Measured(Target target, List<Measurement> measurements) {
    }

    static Measured achieved(String id) {
        return new Measured(atLeast(id, "100"), List.of(figure(id, HALFWAY, "100")));
    }

    static Measured onTrack(String id) {
        return new Measured(atLeast(id, "100"), List.of(figure(id, HALFWAY, "50")));
    }

    static Measured atRisk(String id) {
        return new Measured(atLeast(id, "100"), List.of(figure(id, HALFWAY, "40")));
    }

    static Measured offTrack(String id) {
        return new Measured(atLeast(id, "100"), List.of(figure(id, HALFWAY, "10")));
    }

    static Measured unmeasured(String id) {
        return new Measured(atLeast(id, "100"), List.of());
    }

    static Action action(String id, Measured... targets) {
        return with(Portfolios.action(id), targets).build();
    }

    static Action withdrawn(String id, Measured... targets) {
        return with(Portfolios.action(id), targets)
                .withdrawn(LocalDate.of(2018, 3, 1), "PS/2018/489", "Niet uitgevoerd")
                .build();
    }

    private static ActionBuilder with(ActionBuilder action, Measured... targets) {
        Arrays.stream(targets).forEach(t -> action.target(t.target()).measurements(t.measurements()));
        return action;
    }

    /** Every fact of a prestatie with {@code actions} and no budget, on {@link #HALFWAY}. */
    static List<Object> factsOf(Action... actions) {
        return factsOf(List.of(actions), List.of());
    }

    /** Every fact of a prestatie with {@code actions} and {@code slices}, on {@link #HALFWAY}, as the evaluator derives them. */
    static List<Object> factsOf(List<Action> actions, List<Jaarschijf> slices) {
        return factsAt(HALFWAY, actions, slices);
    }

    static List<Object> factsAt(LocalDate peildatum, List<Action> actions, List<Jaarschijf> slices) {
        return Portfolios.prestatie("5.4.2").reserve(RESERVE).peildatum(peildatum).actions(actions)
                .budget(new Budget(Budget.EUR, slices)).facts();
    }
}
