package nl.koers.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.model.Action;
import nl.koers.model.BudgetChange;
import nl.koers.model.ChangeType;
import nl.koers.model.Colour;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Performance;
import nl.koers.model.Portfolio;
import nl.koers.model.Reason;
import nl.koers.model.Saldo;
import nl.koers.model.Status;
import nl.koers.model.Target;
import nl.koers.model.TargetProgress;

/**
 * The shipped default rules written straight in Java: the speed limit for the Drools evaluation, and an
 * oracle it must agree with. It shares the model's fact derivation ({@link TargetProgress}, {@link Saldo})
 * and decides with the shipped thresholds; a change to the shipped rules must be made here too, or the
 * agreement property fails.
 */
public final class ReferenceEvaluator {

    private static final BigDecimal ON_TRACK_FROM = new BigDecimal("0.9");
    private static final BigDecimal AT_RISK_FROM = new BigDecimal("0.75");
    private static final BigDecimal EURO_FLOOR = new BigDecimal("100000");
    private static final BigDecimal GREEN_BELOW = new BigDecimal("0.05");
    private static final BigDecimal ORANGE_UP_TO = new BigDecimal("0.10");
    private static final BigDecimal GS_MANDATE = new BigDecimal("1000000");

    /**
     * What the shipped rules decide for one portfolio.
     *
     * @param targets status per target id (targets of withdrawn actions are not assessed)
     * @param actions status per action id
     * @param content the content colour
     * @param money   the money colour
     * @param change  the budget change (its reason key only; the figures are those of the rules)
     */
    public record Outcome(Map<String, Status> targets, Map<String, Status> actions, Colour content, Colour money,
                          BudgetChange change) {
    }

    private ReferenceEvaluator() {
    }

    public static Outcome evaluate(Portfolio portfolio, LocalDate peildatum) {
        Performance p = portfolio.performance();
        Map<String, Status> targets = new LinkedHashMap<>();
        Map<String, Status> actions = new LinkedHashMap<>();
        List<Status> counting = new ArrayList<>();
        for (Action action : portfolio.actions()) {
            Status status;
            if (action.withdrawn() != null) {
                status = Status.WITHDRAWN;
            } else {
                List<Status> own = new ArrayList<>();
                for (Target target : action.targets()) {
                    Status t = target(TargetProgress.of(action, target, p.period(), peildatum));
                    targets.put(target.id(), t);
                    own.add(t);
                }
                status = action(own);
                counting.add(status);
            }
            actions.put(action.id(), status);
        }
        Jaarschijf slice = portfolio.budget().slice(p.period().reportingYear()).orElse(null);
        Saldo saldo = slice == null ? null : Saldo.of(slice, p.reserve());
        return new Outcome(targets, actions, content(counting), money(saldo), change(saldo));
    }

    static Status target(TargetProgress p) {
        if (!p.measured()) {
            return Status.UNKNOWN;
        }
        return switch (p.kind()) {
            case QUANTITY -> unlessSettled(p, banded(p.ratio()));
            case MILESTONE -> unlessSettled(p, Status.ON_TRACK);
            case MONITORING -> p.stale() ? Status.UNKNOWN : Status.ON_TRACK;
        };
    }

    /** Achieved when met, off track when the time is up, else {@code onItsWay}. */
    private static Status unlessSettled(TargetProgress p, Status onItsWay) {
        return p.met() ? Status.ACHIEVED : p.dueReached() ? Status.OFF_TRACK : onItsWay;
    }

    /** A quantity target on its way: on track when no progress is expected yet, else by its progress band. */
    private static Status banded(BigDecimal ratio) {
        if (ratio == null || ratio.compareTo(ON_TRACK_FROM) >= 0) {
            return Status.ON_TRACK;
        }
        return ratio.compareTo(AT_RISK_FROM) >= 0 ? Status.AT_RISK : Status.OFF_TRACK;
    }

    static Status action(List<Status> targets) {
        if (targets.isEmpty()) {
            return Status.UNKNOWN;
        }
        for (Status worst : new Status[] {Status.OFF_TRACK, Status.AT_RISK, Status.UNKNOWN}) {
            if (targets.contains(worst)) {
                return worst;
            }
        }
        return targets.stream().allMatch(s -> s == Status.ACHIEVED) ? Status.ACHIEVED : Status.ON_TRACK;
    }

    static Colour content(List<Status> actions) {
        if (actions.isEmpty()) {
            return Colour.UNDETERMINED;
        }
        if (actions.contains(Status.OFF_TRACK)) {
            return Colour.RED;
        }
        return actions.contains(Status.AT_RISK) || actions.contains(Status.UNKNOWN) ? Colour.ORANGE : Colour.GREEN;
    }

    static Colour money(Saldo s) {
        if (s == null || s.deviation() == null) {
            return Colour.UNDETERMINED;
        }
        if (s.deviation().compareTo(EURO_FLOOR) < 0) {
            return Colour.GREEN;
        }
        if (s.deviationShare() == null) {
            return Colour.RED;
        }
        if (s.deviationShare().compareTo(GREEN_BELOW) < 0) {
            return Colour.GREEN;
        }
        return s.deviationShare().compareTo(ORANGE_UP_TO) <= 0 ? Colour.ORANGE : Colour.RED;
    }

    static BudgetChange change(Saldo s) {
        if (s == null) {
            return BudgetChange.none(Reason.of("budget.no-slice"));
        }
        if (s.overspent()) {
            return BudgetChange.proposed(ChangeType.PS, s, "budget.ps");
        }
        if (!s.balanceKnown()) {
            return BudgetChange.proposed(ChangeType.NONE, s, "budget.balance-unknown");
        }
        if (!s.leftOver()) {
            return BudgetChange.proposed(ChangeType.NONE, s, "budget.nothing-left");
        }
        if (!s.continues()) {
            return BudgetChange.proposed(ChangeType.NONE, s, "budget.work-ended");
        }
        if (!s.fromReserve()) {
            return BudgetChange.proposed(ChangeType.RESULT_ALLOCATION, s, "budget.result-allocation");
        }
        return s.unspent().compareTo(GS_MANDATE) <= 0
                ? BudgetChange.proposed(ChangeType.GS, s, "budget.gs")
                : BudgetChange.proposed(ChangeType.PS, s, "budget.ps-mandate");
    }
}
