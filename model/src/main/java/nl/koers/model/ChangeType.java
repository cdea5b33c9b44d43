package nl.koers.model;

/** The kind of budget change (begrotingswijziging) a jaarschijf needs. */
public enum ChangeType implements Coded {
    /** geen */
    NONE("none"),
    /** GS-begrotingswijziging: Gedeputeerde Staten decide within their mandate, e.g. a reserve withdrawal */
    GS("gs"),
    /** PS-begrotingswijziging: Provinciale Staten must decide, e.g. on an overspend */
    PS("ps"),
    /** vooraankondiging resultaatbestemming: unspent general means announced for the next year */
    RESULT_ALLOCATION("result-allocation"),
    /**
     * not to be determined: the page does not state a fact the decision needs (whether the work continues, whether
     * the money came from the reserve); not stated is not false, so the rules do not guess
     */
    UNDETERMINED("undetermined");

    private final String code;

    ChangeType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** A change that moves money: not {@link #NONE} and not {@link #UNDETERMINED}. */
    public boolean movesMoney() {
        return switch (this) {
            case GS, PS, RESULT_ALLOCATION -> true;
            case NONE, UNDETERMINED -> false;
        };
    }
}
