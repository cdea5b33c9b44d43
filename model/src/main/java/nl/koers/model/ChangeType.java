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
    RESULT_ALLOCATION("result-allocation");

    private final String code;

    ChangeType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
