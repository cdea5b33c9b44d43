package nl.koers.model;

/** Whether a quantity target is a floor or a ceiling. */
public enum Direction implements Coded {
    /** The realisation must reach the streefwaarde (minimaal). */
    AT_LEAST("at-least"),
    /** The realisation must stay at or under the streefwaarde (maximaal). */
    AT_MOST("at-most");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
