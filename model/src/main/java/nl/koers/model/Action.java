package nl.koers.model;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An action (actie) of a prestatie with its targets and the measurements reported so far.
 *
 * @param id           unique within the file, e.g. "1"
 * @param title        short title, optional
 * @param text         the action as written in the begroting, optional
 * @param partners     optional
 * @param withdrawn    set when the action was dropped on purpose (vervallen)
 * @param targets      its measurable targets
 * @param measurements its realisations; each names a target of this action
 * @param reported     the owner's own judgement of the action's status, optional
 * @param override     the final status set by the person responsible, optional
 */
public record Action(String id, String title, String text, List<String> partners, Withdrawal withdrawn,
                     List<Target> targets, List<Measurement> measurements, ReportedAssessment reported,
                     StatusOverride override) {

    public Action {
        Checks.requireText(id, "action.id");
        if (reported != null && reported.status() == null) {
            throw new IllegalArgumentException("action " + id + " is reported with a status, not colours");
        }
        if (reported != null && reported.status() == Status.WITHDRAWN) {
            // a dropped action is written as withdrawn (with its decision); a report cannot drop it
            throw new IllegalArgumentException("action " + id + " is reported as withdrawn; write withdrawn: with the "
                    + "decision instead, a report gives the status of work that goes on");
        }
        if (override != null && override.status() == null) {
            throw new IllegalArgumentException("the override of action " + id + " sets a status, not colours");
        }
        partners = Checks.copy(partners);
        targets = Checks.copy(targets);
        measurements = Checks.copy(measurements);
        Checks.requireUnique(targets, Target::id, "Target id");
        Map<String, Target> byId = targets.stream().collect(Collectors.toMap(Target::id, Function.identity()));
        Set<String> seen = new HashSet<>();
        for (Measurement m : measurements) {
            Target t = byId.get(m.target());
            if (t == null) {
                throw new IllegalArgumentException("measurement names target '" + m.target() + "', which action "
                        + id + " does not have" + (byId.isEmpty() ? "" : "; its targets are " + byId.keySet()));
            }
            requireFitsKind(m, t);
            if (!seen.add(m.target() + "@" + m.date())) {
                throw new IllegalArgumentException("target '" + m.target() + "' has two measurements dated " + m.date());
            }
        }
    }

    /** An action without a report or override, as format version 1 first wrote it. */
    public Action(String id, String title, String text, List<String> partners, Withdrawal withdrawn,
                  List<Target> targets, List<Measurement> measurements) {
        this(id, title, text, partners, withdrawn, targets, measurements, null, null);
    }

    /** This action with {@code more} measurements after its own. */
    public Action withMeasurements(List<Measurement> more) {
        List<Measurement> all = new java.util.ArrayList<>(measurements);
        all.addAll(more);
        return new Action(id, title, text, partners, withdrawn, targets, all, reported, override);
    }

    private static void requireFitsKind(Measurement m, Target t) {
        // A switch expression, not a statement: only an expression must name every kind (Java 17).
        String problem = switch (t.kind()) {
            case MILESTONE -> milestoneProblem(m, t);
            case QUANTITY, MONITORING -> figureProblem(m, t);
        };
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why {@code m} cannot be a measurement of milestone {@code t}, or {@code null} when it can. */
    private static String milestoneProblem(Measurement m, Target t) {
        if (m.value() != null) {
            return "measurement of milestone '" + t.id()
                    + "' has a value; a milestone is reported with done: true or false";
        }
        if (m.done() == null && !m.notReported()) {
            return "measurement of milestone '" + t.id() + "' dated " + m.date() + " needs done: true or false";
        }
        if (m.bound() != Bound.EXACT) {
            return "measurement of milestone '" + t.id()
                    + "' has a bound; bound belongs to quantity and monitoring measurements";
        }
        return null;
    }

    /** Why {@code m} cannot be a measurement of {@code t}, a target with figures, or {@code null} when it can. */
    private static String figureProblem(Measurement m, Target t) {
        if (m.done() != null) {
            return "measurement of " + t.kind().code() + " target '" + t.id()
                    + "' has done; done belongs to milestone measurements";
        }
        if (m.value() == null && !m.notReported()) {
            return "measurement of " + t.kind().code() + " target '" + t.id() + "' dated " + m.date()
                    + " needs a value";
        }
        return null;
    }

    /** The measurements of one target, in file order. */
    public List<Measurement> measurementsOf(String targetId) {
        return measurements.stream().filter(m -> m.target().equals(targetId)).toList();
    }
}
