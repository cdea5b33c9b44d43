package nl.koers.evaluator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.koers.model.Action;
import nl.koers.model.BudgetChange;
import nl.koers.model.BudgetPart;
import nl.koers.model.Colour;
import nl.koers.model.Disagreement;
import nl.koers.model.Measurement;
import nl.koers.model.Status;
import nl.koers.model.StatusOverride;

/**
 * What changed between two evaluations of a prestatie, e.g. the previous report and this one: status moves
 * of actions, new and corrected measurements, changed target verdicts, the colours and the budget changes, the
 * disagreements with the owner's report and the overrides. Immutable.
 *
 * <p>{@code from} and {@code to} may be one portfolio at two peildata or two versions of the file. Actions
 * and targets are matched by id. A measurement counts on a side when it is dated on or before that side's
 * peildatum, so for one file at two dates the new measurements are the ones dated after the earlier
 * peildatum.
 *
 * @param from             the earlier evaluation
 * @param to               the later evaluation
 * @param actions          the actions that changed: those of {@code to} in file order, then those removed, in
 *                         the order of {@code from}; unchanged actions are left out
 * @param unchangedActions the ids of the actions of {@code to} with no change, in file order
 * @param content          the inhoudelijke kleurscore before and after
 * @param money            the financiële kleurscore before and after
 * @param budgetChange     the begrotingswijziging before and after
 * @param budgetChanges    every begrotingswijziging before and after, in the order of {@link Evaluation#budgetChanges()};
 *                         changed when one of them differs in what a reader acts on (including decider, line and
 *                         years)
 * @param disagreements    the disagreements that appeared, went away or now quote other verdicts, matched by subject
 * @param override         the prestatie's override of its colours before and after; {@code null} when neither side
 *                         has one
 */
public record EvaluationDiff(Evaluation from, Evaluation to, List<ActionChange> actions, List<String> unchangedActions,
                             Change<Colour> content, Change<Colour> money, Change<BudgetChange> budgetChange,
                             Change<List<BudgetChange>> budgetChanges, List<DisagreementChange> disagreements,
                             Change<StatusOverride> override) {

    public EvaluationDiff {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        actions = List.copyOf(actions);
        unchangedActions = List.copyOf(unchangedActions);
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(budgetChange, "budgetChange");
        Objects.requireNonNull(budgetChanges, "budgetChanges");
        disagreements = List.copyOf(disagreements);
    }

    /** A diff as format version 1 knew it: one budget change, no disagreements or overrides. */
    public EvaluationDiff(Evaluation from, Evaluation to, List<ActionChange> actions, List<String> unchangedActions,
                          Change<Colour> content, Change<Colour> money, Change<BudgetChange> budgetChange) {
        this(from, to, actions, unchangedActions, content, money, budgetChange,
                new Change<>(List.of(budgetChange.from()), List.of(budgetChange.to()), budgetChange.changed()),
                List.of(), null);
    }

    /** What changed from {@code from} to {@code to}. */
    public static EvaluationDiff between(Evaluation from, Evaluation to) {
        Map<String, ActionOutcome> before = byId(from.actions(), a -> a.action().id());
        List<ActionChange> changes = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (ActionOutcome after : to.actions()) {
            ActionOutcome earlier = before.get(after.action().id());
            ActionChange change = earlier == null ? ActionChange.added(after)
                    : ActionChange.of(earlier, from.peildatum(), after, to.peildatum());
            if (change.isEmpty()) {
                unchanged.add(after.action().id());
            } else {
                changes.add(change);
            }
        }
        Map<String, ActionOutcome> after = byId(to.actions(), a -> a.action().id());
        from.actions().stream().filter(a -> !after.containsKey(a.action().id()))
                .forEach(a -> changes.add(ActionChange.removed(a)));
        BudgetChange oldChange = from.budgetChange().finding();
        BudgetChange newChange = to.budgetChange().finding();
        List<BudgetChange> oldChanges = from.budgetChanges().stream().map(Decision::finding).toList();
        List<BudgetChange> newChanges = to.budgetChanges().stream().map(Decision::finding).toList();
        return new EvaluationDiff(from, to, changes, unchanged,
                new Change<>(from.content().finding().colour(), to.content().finding().colour()),
                new Change<>(from.money().finding().colour(), to.money().finding().colour()),
                new Change<>(oldChange, newChange, !sameChange(oldChange, newChange)),
                new Change<>(oldChanges, newChanges, !sameChanges(oldChanges, newChanges)),
                DisagreementChange.between(from.disagreements(), to.disagreements()),
                overrideChange(from.portfolio().performance().override(), to.portfolio().performance().override()));
    }

    /** Whether nothing changed at all. */
    public boolean isEmpty() {
        return actions.isEmpty() && !content.changed() && !money.changed() && !budgetChange.changed()
                && !budgetChanges.changed() && disagreements.isEmpty() && (override == null || !override.changed());
    }

    /** Every change alike, in order, in what a reader acts on, including who decides, the line and the years. */
    private static boolean sameChanges(List<BudgetChange> a, List<BudgetChange> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            BudgetChange x = a.get(i);
            BudgetChange y = b.get(i);
            if (!sameChange(x, y) || x.decider() != y.decider() || !Objects.equals(x.line(), y.line())
                    || !sameParts(x.parts(), y.parts())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameParts(List<BudgetPart> a, List<BudgetPart> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            BigDecimal x = a.get(i).amount();
            BigDecimal y = b.get(i).amount();
            boolean sameAmount = x == null ? y == null : y != null && x.compareTo(y) == 0;
            if (a.get(i).year() != b.get(i).year() || !sameAmount) {
                return false;
            }
        }
        return true;
    }

    /** An override before and after, or {@code null} when neither side has one. */
    static Change<StatusOverride> overrideChange(StatusOverride from, StatusOverride to) {
        return from == null && to == null ? null : new Change<>(from, to);
    }

    /** Equal in what a reader acts on: type, amount, source and target year; the wording of the reason may differ. */
    private static boolean sameChange(BudgetChange a, BudgetChange b) {
        return a.type() == b.type() && a.amount().compareTo(b.amount()) == 0
                && Objects.equals(a.source(), b.source()) && Objects.equals(a.year(), b.year());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * A value before and after. {@code from} is {@code null} for something added, {@code to} for something
     * removed; never both.
     *
     * @param from    the earlier value
     * @param to      the later value
     * @param changed whether they differ in a way that matters
     * @param <T>     the kind of value
     */
    public record Change<T>(T from, T to, boolean changed) {

        public Change {
            if (from == null && to == null) {
                throw new IllegalArgumentException("a change needs a value before or after");
            }
        }

        /** A change that is one when the values are not equal. */
        public Change(T from, T to) {
            this(from, to, !Objects.equals(from, to));
        }

        /** Present after, not before. */
        public boolean added() {
            return from == null;
        }

        /** Present before, not after. */
        public boolean removed() {
            return to == null;
        }
    }

    /**
     * The change of one action. An added or removed action carries only its status; for an action in both,
     * the targets whose verdict changed (none when it is withdrawn on either side) and the measurements that
     * changed.
     *
     * @param id           the action's id
     * @param title        its title (the later one when it is in both), or {@code null}
     * @param status       its status before and after
     * @param targets      the targets whose verdict changed, or that were added or removed
     * @param measurements the measurements that are new, corrected or gone
     * @param override     the final status set by the person responsible, before and after; {@code null} when
     *                     neither side has one
     */
    public record ActionChange(String id, String title, Change<Status> status, List<TargetChange> targets,
                               List<MeasurementChange> measurements, Change<StatusOverride> override) {

        public ActionChange {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            targets = List.copyOf(targets);
            measurements = List.copyOf(measurements);
        }

        /** An action's change without an override, as format version 1 knew it. */
        public ActionChange(String id, String title, Change<Status> status, List<TargetChange> targets,
                            List<MeasurementChange> measurements) {
            this(id, title, status, targets, measurements, null);
        }

        /** Whether the override was set, lifted or changed. */
        public boolean overrideChanged() {
            return override != null && override.changed();
        }

        /** Withdrawn (vervallen) since {@code from}: its status moved to withdrawn. */
        public boolean withdrawn() {
            return status.to() == Status.WITHDRAWN && status.from() != Status.WITHDRAWN;
        }

        boolean isEmpty() {
            return !status.changed() && targets.isEmpty() && measurements.isEmpty() && !overrideChanged();
        }

        static ActionChange added(ActionOutcome action) {
            return new ActionChange(action.action().id(), action.action().title(),
                    new Change<>(null, action.statusValue()), List.of(), List.of(),
                    overrideChange(null, action.action().override()));
        }

        static ActionChange removed(ActionOutcome action) {
            return new ActionChange(action.action().id(), action.action().title(),
                    new Change<>(action.statusValue(), null), List.of(), List.of(),
                    overrideChange(action.action().override(), null));
        }

        static ActionChange of(ActionOutcome from, LocalDate fromDate, ActionOutcome to, LocalDate toDate) {
            return new ActionChange(to.action().id(), to.action().title(),
                    new Change<>(from.statusValue(), to.statusValue()), targets(from, to),
                    measurements(from.action(), fromDate, to.action(), toDate),
                    overrideChange(from.action().override(), to.action().override()));
        }

        /** A withdrawn action has no target verdicts; its withdrawal is the change, not targets gone. */
        private static List<TargetChange> targets(ActionOutcome from, ActionOutcome to) {
            if (from.statusValue() == Status.WITHDRAWN || to.statusValue() == Status.WITHDRAWN) {
                return List.of();
            }
            Map<String, TargetOutcome> before = byId(from.targets(), t -> t.target().id());
            Map<String, TargetOutcome> after = byId(to.targets(), t -> t.target().id());
            List<TargetChange> changes = new ArrayList<>();
            for (TargetOutcome target : to.targets()) {
                TargetOutcome earlier = before.get(target.target().id());
                Change<Status> verdict = new Change<>(earlier == null ? null : status(earlier), status(target));
                if (verdict.changed()) {
                    changes.add(new TargetChange(target.target().id(), target.target().indicator(), verdict));
                }
            }
            from.targets().stream().filter(t -> !after.containsKey(t.target().id()))
                    .forEach(t -> changes.add(new TargetChange(t.target().id(), t.target().indicator(),
                            new Change<>(status(t), null))));
            return changes;
        }

        private static Status status(TargetOutcome target) {
            return target.assessment().finding().status();
        }

        private static List<MeasurementChange> measurements(Action from, LocalDate fromDate, Action to,
                                                            LocalDate toDate) {
            Map<String, Measurement> before = counted(from, fromDate);
            Map<String, Measurement> after = counted(to, toDate);
            List<MeasurementChange> changes = new ArrayList<>();
            after.forEach((key, measurement) -> {
                Measurement earlier = before.get(key);
                if (earlier == null || !sameFigure(earlier, measurement)) {
                    changes.add(new MeasurementChange(earlier, measurement));
                }
            });
            before.forEach((key, measurement) -> {
                if (!after.containsKey(key)) {
                    changes.add(new MeasurementChange(measurement, null));
                }
            });
            return changes;
        }

        /** The measurements that count at {@code peildatum}, by target and date (unique within an action). */
        private static Map<String, Measurement> counted(Action action, LocalDate peildatum) {
            return byId(action.measurements().stream().filter(m -> !m.date().isAfter(peildatum)).toList(),
                    m -> m.target() + "@" + m.date());
        }

        /** Equal figures; the source and note are provenance, not figures. */
        private static boolean sameFigure(Measurement a, Measurement b) {
            boolean sameValue = a.value() == null ? b.value() == null
                    : b.value() != null && a.value().compareTo(b.value()) == 0;
            return sameValue && a.bound() == b.bound() && Objects.equals(a.done(), b.done());
        }
    }

    /**
     * A target whose verdict changed, or that was added to or removed from an action.
     *
     * @param id        the target's id
     * @param indicator what it measures, or {@code null}
     * @param status    its verdict before and after
     */
    public record TargetChange(String id, String indicator, Change<Status> status) {

        public TargetChange {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * A measurement that is new (no {@code from}), corrected (both: same target and date, another figure) or
     * gone ({@code to} absent) between the two evaluations.
     *
     * @param from the measurement as it counted before, or {@code null}
     * @param to   the measurement as it counts now, or {@code null}
     */
    public record MeasurementChange(Measurement from, Measurement to) {

        public MeasurementChange {
            if (from == null && to == null) {
                throw new IllegalArgumentException("a measurement change needs a measurement before or after");
            }
        }

        /** The target measured. */
        public String target() {
            return (to != null ? to : from).target();
        }

        /** The date of the measurement. */
        public LocalDate date() {
            return (to != null ? to : from).date();
        }
    }

    /**
     * A disagreement that appeared (no {@code from}), went away (no {@code to}), or now quotes another verdict of the
     * rules or another report (both).
     *
     * @param subject what is disagreed on, e.g. "action 1"
     * @param from    the disagreement before, or {@code null}
     * @param to      the disagreement now, or {@code null}
     */
    public record DisagreementChange(String subject, Disagreement from, Disagreement to) {

        public DisagreementChange {
            Objects.requireNonNull(subject, "subject");
            if (from == null && to == null) {
                throw new IllegalArgumentException("a disagreement change needs a disagreement before or after");
            }
        }

        /** The disagreements that differ between {@code from} and {@code to}: those of {@code to} first, in order. */
        static List<DisagreementChange> between(List<Decision<Disagreement>> from, List<Decision<Disagreement>> to) {
            Map<String, Disagreement> before = byId(from.stream().map(Decision::finding).toList(), Disagreement::subject);
            Map<String, Disagreement> after = byId(to.stream().map(Decision::finding).toList(), Disagreement::subject);
            List<DisagreementChange> changes = new ArrayList<>();
            after.forEach((subject, now) -> {
                Disagreement earlier = before.get(subject);
                if (earlier == null || !earlier.computed().equals(now.computed())
                        || !earlier.reported().equals(now.reported())) {
                    changes.add(new DisagreementChange(subject, earlier, now));
                }
            });
            before.forEach((subject, earlier) -> {
                if (!after.containsKey(subject)) {
                    changes.add(new DisagreementChange(subject, earlier, null));
                }
            });
            return changes;
        }
    }
}
