package nl.koers.model;

/** How exact a measured figure is: "meer dan 40" is {@link #MORE_THAN} 40. */
public enum Bound implements Coded {
    /** The figure is the realisation. */
    EXACT("exact"),
    /** The realisation is the figure or more ("minimaal"). */
    AT_LEAST("at-least"),
    /** The realisation is more than the figure ("meer dan"). */
    MORE_THAN("more-than"),
    /** The figure is an estimate; it counts as its value. */
    ESTIMATE("estimate");

    private final String code;

    Bound(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether the realisation may be higher than the figure, so that the figure is only a lower bound. */
    public boolean lowerBoundOnly() {
        return this == AT_LEAST || this == MORE_THAN;
    }
}
