package nl.koers.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.EvaluationsWithFindings;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.RuleSource;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Action;
import nl.koers.model.BudgetChange;
import nl.koers.model.BudgetPart;
import nl.koers.model.ChangeType;
import nl.koers.model.Colour;
import nl.koers.model.Decider;
import nl.koers.model.Disagreement;
import nl.koers.model.DocumentKind;
import nl.koers.model.Performance;
import nl.koers.model.Portfolio;
import nl.koers.model.Reason;
import nl.koers.model.ReportedAssessment;
import nl.koers.model.Status;
import nl.koers.model.StatusOverride;

/**
 * The seed portfolio (5.4.2, jaarverslag 2018) with what issue 12 lets a page say beside the figures, built with the
 * model's constructors (the reader does not read them yet): action 1 reported on track by its owner (the rules
 * find it achieved), action 2
 * overridden to achieved, the prestatie's colours reported and its content colour overridden, the document named.
 */
public final class ReportedFixtures {

    public static final Evaluator EVALUATOR = Evaluator.create(RuleSource.builtIn());

    public static final ReportedAssessment ACTION_1_REPORTED = new ReportedAssessment(Status.ON_TRACK, null, null,
            LocalDate.of(2018, 12, 31), "Geen afwijking.", "Monitor 2018-II", "afdeling EMT");
    public static final StatusOverride ACTION_2_OVERRIDE = new StatusOverride(Status.ACHIEVED, null, null,
            "Het exportbureau draait zelfstandig.", "J. Jansen", LocalDate.of(2019, 2, 1));
    public static final ReportedAssessment PRESTATIE_REPORTED = new ReportedAssessment(null, Colour.GREEN, Colour.ORANGE,
            LocalDate.of(2018, 12, 31), null, "Jaarverslag 2018", null);
    public static final StatusOverride PRESTATIE_OVERRIDE = new StatusOverride(null, Colour.GREEN, null,
            "De liaison-officers zijn aangesteld; de meting volgt.", "afdelingshoofd", null);

    private ReportedFixtures() {
    }

    /** The seed with reports and overrides, at its peildatum. */
    public static Portfolio reported() {
        Portfolio seed = PortfolioReader.readDefault();
        List<Action> actions = new ArrayList<>();
        for (Action a : seed.actions()) {
            ReportedAssessment reported = a.id().equals("1") ? ACTION_1_REPORTED : null;
            StatusOverride override = a.id().equals("2") ? ACTION_2_OVERRIDE : null;
            actions.add(new Action(a.id(), a.title(), a.text(), a.partners(), a.withdrawn(), a.targets(), a.measurements(),
                    reported, override));
        }
        Performance p = seed.performance();
        Performance performance = new Performance(p.code(), p.title(), p.organisation(), p.programme(), p.goal(),
                p.portfolioHolder(), p.role(), p.duration(), p.reserve(), p.decision(), p.period(), p.asOf(),
                DocumentKind.JAARVERSLAG, PRESTATIE_REPORTED, PRESTATIE_OVERRIDE);
        return new Portfolio(performance, actions, seed.budget());
    }

    /** {@link #reported()} evaluated by the shipped rules. */
    public static Evaluation evaluated() {
        return EVALUATOR.evaluate(reported());
    }

    /**
     * {@link #evaluated()} with what the rules of other helpers will decide: the seed's own budget change plus a
     * result allocation on the investering line, split over two years and decided by PS, and a disagreement on
     * action 1 (achieved by its figures; the owner reports it on track).
     */
    public static Evaluation withFindings() {
        Evaluation e = evaluated();
        Decision<BudgetChange> own = e.budgetChange();
        BudgetChange split = new BudgetChange(ChangeType.RESULT_ALLOCATION, new BigDecimal("1330000"), null, 2022,
                own.finding().reason(), Decider.PS, "investering",
                List.of(new BudgetPart(2022, new BigDecimal("900000")), new BudgetPart(2023, new BigDecimal("430000"))));
        Decision<BudgetChange> second = new Decision<>(split, own.rule(), own.facts());
        Disagreement d = new Disagreement("action 1", "achieved", "on-track",
                Reason.of("disagreement.action", "1", "achieved", "on-track"));
        Decision<Disagreement> disagreement = new Decision<>(d, "Action reported otherwise than the rules decide",
                List.of(e.portfolio().actions().get(0)));
        return EvaluationsWithFindings.with(EVALUATOR, e, List.of(own, second), List.of(disagreement));
    }
}
