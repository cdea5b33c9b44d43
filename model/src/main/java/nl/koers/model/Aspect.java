package nl.koers.model;

/** What a colour is about. */
public enum Aspect implements Coded {
    /** inhoudelijke kleurscore: are the actions on course? */
    CONTENT("content"),
    /** financiële kleurscore: does realised money deviate from the budget? */
    MONEY("money");

    private final String code;

    Aspect(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
