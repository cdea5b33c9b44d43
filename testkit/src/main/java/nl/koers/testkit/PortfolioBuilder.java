package nl.koers.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import nl.koers.model.Action;
import nl.koers.model.Budget;
import nl.koers.model.Facts;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Performance;
import nl.koers.model.Portfolio;
import nl.koers.model.ReportingPeriod;

/**
 * A portfolio to be, started by {@link Portfolios#prestatie(String)}. Every setter returns this builder;
 * {@link #build()} hands the parts to the model's constructors, which refuse what a portfolio file would not
 * be allowed to say.
 */
public final class PortfolioBuilder {

    private final String code;
    private String title = "Internationaliseren";
    private String organisation;
    private String reserve;
    private ReportingPeriod period = Portfolios.year(2018);
    private LocalDate asOf;
    private final List<Action> actions = new ArrayList<>();
    private final List<Jaarschijf> slices = new ArrayList<>();

    PortfolioBuilder(String code) {
        this.code = code;
    }

    public PortfolioBuilder title(String title) {
        this.title = title;
        return this;
    }

    public PortfolioBuilder organisation(String organisation) {
        this.organisation = organisation;
        return this;
    }

    /** The name of the reserve the prestatie is funded from; {@code null} for none. */
    public PortfolioBuilder reserve(String reserve) {
        this.reserve = reserve;
        return this;
    }

    /** The period reported on; the year 2018 unless set. */
    public PortfolioBuilder period(ReportingPeriod period) {
        this.period = Objects.requireNonNull(period, "period");
        return this;
    }

    /** The peildatum written in the file; without it the model takes the period's end. */
    public PortfolioBuilder peildatum(LocalDate peildatum) {
        this.asOf = peildatum;
        return this;
    }

    /** Adds the action with {@code id} that {@code spec} describes. */
    public PortfolioBuilder action(String id, Consumer<ActionBuilder> spec) {
        ActionBuilder action = Portfolios.action(id);
        spec.accept(action);
        return action(action.build());
    }

    public PortfolioBuilder action(Action action) {
        actions.add(Objects.requireNonNull(action, "action"));
        return this;
    }

    public PortfolioBuilder actions(List<Action> more) {
        more.forEach(this::action);
        return this;
    }

    /** Adds a plain jaarschijf; see {@link Portfolios#jaarschijf(int, String, String, String)}. */
    public PortfolioBuilder jaarschijf(int year, String budgeted, String realised, String unspent) {
        return jaarschijf(Portfolios.jaarschijf(year, budgeted, realised, unspent));
    }

    public PortfolioBuilder jaarschijf(Jaarschijf slice) {
        slices.add(Objects.requireNonNull(slice, "slice"));
        return this;
    }

    /** Replaces the jaarschijven with those of {@code budget}; {@code null} is no budget, as in a file without one. */
    public PortfolioBuilder budget(Budget budget) {
        slices.clear();
        if (budget != null) {
            slices.addAll(budget.slices());
        }
        return this;
    }

    public Performance performance() {
        return new Performance(code, title, organisation, null, null, null, null, null, reserve, null, period, asOf);
    }

    public Portfolio build() {
        return new Portfolio(performance(), actions, new Budget(Budget.EUR, slices));
    }

    /** Every fact the evaluator hands the rules for this portfolio at its peildatum ({@link Facts#of}). */
    public List<Object> facts() {
        Portfolio portfolio = build();
        return Facts.of(portfolio, portfolio.performance().peildatum());
    }
}
