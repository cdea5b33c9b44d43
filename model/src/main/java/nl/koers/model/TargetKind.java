package nl.koers.model;

/** What kind of target an action has. */
public enum TargetKind implements Coded {
    /** A number to reach or stay under (streefwaarde), e.g. "at least 30 entrepreneurs". */
    QUANTITY("quantity"),
    /** Something that happens, or not, by the due date. */
    MILESTONE("milestone"),
    /** A result that must be reported regularly, without a norm. */
    MONITORING("monitoring");

    private final String code;

    TargetKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
