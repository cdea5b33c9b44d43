package nl.koers.model;

/** The verdict on a target or an action. */
public enum Status implements Coded {
    /** behaald */
    ACHIEVED("achieved"),
    /** op koers */
    ON_TRACK("on-track"),
    /** aandacht */
    AT_RISK("at-risk"),
    /** uit koers */
    OFF_TRACK("off-track"),
    /** geen of verouderde gegevens: no data is not a verdict */
    UNKNOWN("unknown"),
    /** vervallen: the action was dropped on purpose and does not count towards the colours */
    WITHDRAWN("withdrawn");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Achieved or on track: nothing to do. */
    public boolean fine() {
        return this == ACHIEVED || this == ON_TRACK || this == WITHDRAWN;
    }
}
