package nl.koers.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.koers.evaluator.Evaluation;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Action;
import nl.koers.model.Baten;
import nl.koers.model.Budget;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Portfolio;
import nl.koers.model.QuantityTarget;
import nl.koers.model.Revision;
import nl.koers.model.Target;

/**
 * The seed portfolio (5.4.2, jaarverslag 2018) with what issue 12 lets a page say about its figures, built with the
 * model's constructors: target 1b's streefwaarde of 30 ondernemers revised to 35 by the Voorjaarsnota 2018 from
 * 1 June 2018, and the jaarschijf 2018 with baten begroot € 80.000 and gerealiseerd € 75.000.
 */
final class IncomeAndRevisionFixtures {

    static final Revision REVISION = new Revision(LocalDate.of(2018, 6, 1), new BigDecimal("35"), "Voorjaarsnota 2018");
    static final Baten INCOME = new Baten(new BigDecimal("80000"), new BigDecimal("75000"));

    private IncomeAndRevisionFixtures() {
    }

    /** The seed with {@code revisions} on target 1b and {@code income} on every slice (none for {@code null}). */
    static Portfolio seedWith(List<Revision> revisions, Baten income) {
        Portfolio seed = PortfolioReader.readDefault();
        List<Action> actions = new ArrayList<>();
        for (Action a : seed.actions()) {
            List<Target> targets = a.targets().stream().map(t -> t.id().equals("1b") ? revised((QuantityTarget) t, revisions) : t)
                    .toList();
            actions.add(new Action(a.id(), a.title(), a.text(), a.partners(), a.withdrawn(), targets, a.measurements(),
                    a.reported(), a.override()));
        }
        List<Jaarschijf> slices = seed.budget().slices().stream().map(s -> new Jaarschijf(s.year(), s.budgeted(),
                s.realised(), s.unspent(), s.fromReserve(), s.continues(), s.forecast(), s.line(), s.overspend(), income,
                s.continuesInto(), s.funding(), s.proMemorie())).toList();
        Budget b = seed.budget();
        return new Portfolio(seed.performance(), actions, new Budget(b.currency(), slices, b.reallocations(), b.changes()));
    }

    private static QuantityTarget revised(QuantityTarget t, List<Revision> revisions) {
        return new QuantityTarget(t.id(), t.indicator(), t.unit(), t.direction(), t.value(), t.baseline(), t.start(),
                t.due(), t.upper(), t.norm(), t.path(), revisions, t.maxAge());
    }

    /** The seed with the revision and the baten, evaluated by the shipped rules. */
    static Evaluation evaluated() {
        return ReportedFixtures.EVALUATOR.evaluate(seedWith(List.of(REVISION), INCOME));
    }

    /** The seed rebuilt through the same constructors without either: what every report showed before. */
    static Evaluation without() {
        return ReportedFixtures.EVALUATOR.evaluate(seedWith(List.of(), null));
    }
}
