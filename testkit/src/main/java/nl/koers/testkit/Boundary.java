package nl.koers.testkit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.statistics.Statistics;
import nl.koers.model.Facts;
import nl.koers.model.Portfolio;
import nl.koers.model.TargetProgress;

/**
 * The days on which a verdict changes its mind, as the model reads a portfolio ({@link Facts#of}): a property
 * over {@link KoersDomain} proves little about them unless they come up often, so the properties count them
 * with {@link #collect(Portfolio, LocalDate)} and fail when one becomes rare.
 */
public enum Boundary {

    /** The peildatum is the start of some target: nothing is expected yet. */
    START_DAY("peildatum on a target's start"),
    /** The peildatum is the due day of some target: its time is up on that very day. */
    DUE_DAY("peildatum on a target's due day"),
    /** Some monitoring target's latest measurement is older than it may be. */
    STALE_MEASUREMENT("stale monitoring measurement");

    /**
     * How often, in percent of the tries, each boundary must come up. Below this a generator change has made
     * the case rare without anyone noticing; {@link KoersDomain} is tuned to stay well above it.
     */
    public static final double MINIMUM_PERCENTAGE = 5;

    private final String label;

    Boundary(String label) {
        this.label = label;
    }

    /** The statistics label, e.g. "peildatum on a target's due day". */
    public String label() {
        return label;
    }

    /** The boundaries {@code portfolio} touches at {@code peildatum}; withdrawn actions have no progress, so none. */
    public static Set<Boundary> in(Portfolio portfolio, LocalDate peildatum) {
        Set<Boundary> hit = EnumSet.noneOf(Boundary.class);
        for (Object fact : Facts.of(portfolio, peildatum)) {
            if (fact instanceof TargetProgress progress) {
                if (progress.start().equals(peildatum)) {
                    hit.add(START_DAY);
                }
                if (progress.due().equals(peildatum)) {
                    hit.add(DUE_DAY);
                }
                if (progress.stale()) {
                    hit.add(STALE_MEASUREMENT);
                }
            }
        }
        return hit;
    }

    /**
     * Counts, under each boundary's label, whether this try touches it, and requires every boundary in at least
     * {@link #MINIMUM_PERCENTAGE} of the tries. Call it from the property method: jqwik checks the coverage once
     * all tries have run.
     */
    public static void collect(Portfolio portfolio, LocalDate peildatum) {
        collect(portfolio, peildatum, EnumSet.allOf(Boundary.class));
    }

    /** As {@link #collect(Portfolio, LocalDate)}, requiring only {@code required}; the others are counted. */
    public static void collect(Portfolio portfolio, LocalDate peildatum, Set<Boundary> required) {
        Set<Boundary> hit = in(portfolio, peildatum);
        for (Boundary boundary : values()) {
            Statistics.label(boundary.label).collect(hit.contains(boundary));
            if (required.contains(boundary)) {
                Statistics.label(boundary.label).coverage(coverage -> coverage.check(true)
                        .percentage(p -> p >= MINIMUM_PERCENTAGE));
            }
        }
    }
}
