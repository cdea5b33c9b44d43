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
     * action that is not withdrawn, and the {@link Saldo} of the reporting year's jaarschijf if there is one.
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
        portfolio.budget().slice(p.period().reportingYear())
                .ifPresent(slice -> facts.add(Saldo.of(slice, p.reserve())));
        return facts;
    }
}
