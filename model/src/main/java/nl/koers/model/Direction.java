package nl.koers.model;

/** Whether a quantity target is a floor, a ceiling or a range. */
public enum Direction implements Coded {
    /** The realisation must reach the streefwaarde (minimaal). */
    AT_LEAST("at-least"),
    /** The realisation must stay at or under the streefwaarde (maximaal). */
    AT_MOST("at-most"),
    /** The realisation must lie in the range from the streefwaarde to its upper value ("500–3000 TJ"). */
    WITHIN("within");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
