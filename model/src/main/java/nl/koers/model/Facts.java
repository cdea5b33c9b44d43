package nl.koers.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The facts a rule set reasons over for one portfolio at one peildatum. */
public final class Facts {

    private Facts() {
    }

    /**
     * The {@link Peildatum}, the {@link Performance} (for its reported colours), every {@link Action}, a {@link TargetProgress} for each target of every
     * action that is not withdrawn, a {@link Saldo} for each line of the reporting year's jaarschijf (only the
     * exploitatie, or the only line, carries the money colour's deviation), every {@link Reallocation} and every
     * {@link ReportedChange} of the budget.
     */
    public static List<Object> of(Portfolio portfolio, LocalDate peildatum) {
        Performance p = portfolio.performance();
        List<Object> facts = new ArrayList<>();
        facts.add(new Peildatum(peildatum, p.period().reportingYear(), p.code(), p.document()));
        facts.add(p);
        for (Action action : portfolio.actions()) {
            facts.add(action);
            if (action.withdrawn() == null) {
                for (Target target : action.targets()) {
                    facts.add(TargetProgress.of(action, target, p.period(), peildatum));
                }
            }
        }
        int year = p.period().reportingYear();
        String colourLine = portfolio.budget().colourLine(year).orElse(null);
        for (Jaarschijf slice : portfolio.budget().slices(year)) {
            facts.add(Saldo.of(slice, p.reserve(), p.document(), slice.line().equals(colourLine)));
        }
        facts.addAll(portfolio.budget().reallocations());
        facts.addAll(portfolio.budget().changes());
        return facts;
    }
}
