package nl.koers.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One portfolio file: a prestatie with its actions and budget (format {@value #FORMAT}).
 *
 * @param performance the prestatie
 * @param actions     its actions; ids unique, target ids unique across the file
 * @param budget      optional
 */
public record Portfolio(Performance performance, List<Action> actions, Budget budget) {

    /** The format version this model reads and writes. */
    public static final String FORMAT = "koers/v1";

    public Portfolio {
        Objects.requireNonNull(performance, "performance");
        actions = Checks.copy(actions);
        Checks.requireUnique(actions, Action::id, "Action id");
        Checks.requireUnique(actions.stream().flatMap(a -> a.targets().stream()).toList(), Target::id, "Target id");
        for (Target target : actions.stream().flatMap(a -> a.targets().stream()).toList()) {
            // start and due default to the period, so each given date must also fit the other's default
            Checks.requireOrdered(target.startIn(performance.period()), target.dueIn(performance.period()),
                    "Target '" + target.id() + "' (start and due default to the period "
                            + performance.period().start() + " .. " + performance.period().end() + ")");
        }
        budget = budget == null ? new Budget(Budget.EUR, List.of()) : budget;
    }

    public Stream<Target> targets() {
        return actions.stream().flatMap(a -> a.targets().stream());
    }
}
