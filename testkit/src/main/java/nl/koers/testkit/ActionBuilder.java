package nl.koers.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.koers.model.Action;
import nl.koers.model.Bound;
import nl.koers.model.Measurement;
import nl.koers.model.Target;
import nl.koers.model.Withdrawal;

/**
 * An action to be, started by {@link Portfolios#action(String)} or inside
 * {@link PortfolioBuilder#action(String, java.util.function.Consumer)}: its targets and their measurements,
 * in the order given.
 */
public final class ActionBuilder {

    private final String id;
    private String title;
    private Withdrawal withdrawn;
    private final List<Target> targets = new ArrayList<>();
    private final List<Measurement> measurements = new ArrayList<>();

    ActionBuilder(String id) {
        this.id = id;
        this.title = "Actie " + id;
    }

    /** The title; {@code null} for none. */
    public ActionBuilder title(String title) {
        this.title = title;
        return this;
    }

    /** Dropped on purpose: by {@code decision} on {@code date}, for {@code reason}. */
    public ActionBuilder withdrawn(LocalDate date, String decision, String reason) {
        return withdrawn(new Withdrawal(date, decision, reason));
    }

    /** Dropped on purpose; {@code null} keeps it running. */
    public ActionBuilder withdrawn(Withdrawal withdrawal) {
        this.withdrawn = withdrawal;
        return this;
    }

    public ActionBuilder target(Target target) {
        targets.add(Objects.requireNonNull(target, "target"));
        return this;
    }

    public ActionBuilder targets(List<? extends Target> more) {
        more.forEach(this::target);
        return this;
    }

    public ActionBuilder measurement(Measurement measurement) {
        measurements.add(Objects.requireNonNull(measurement, "measurement"));
        return this;
    }

    public ActionBuilder measurements(List<Measurement> more) {
        more.forEach(this::measurement);
        return this;
    }

    /** An exact figure; see {@link Portfolios#measured(String, LocalDate, String)}. */
    public ActionBuilder measured(String target, LocalDate date, String value) {
        return measurement(Portfolios.measured(target, date, value));
    }

    public ActionBuilder measured(String target, LocalDate date, String value, Bound bound) {
        return measurement(Portfolios.measured(target, date, value, bound));
    }

    /** Whether milestone {@code target} happened, reported on {@code date}. */
    public ActionBuilder done(String target, LocalDate date, boolean done) {
        return measurement(Portfolios.done(target, date, done));
    }

    /** The action; the model refuses a measurement of a target this action does not have. */
    public Action build() {
        return new Action(id, title, null, List.of(), withdrawn, targets, measurements);
    }
}
