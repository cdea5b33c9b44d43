package nl.koers.model;

/** A kleurscore: the content or money colour of a prestatie. */
public enum Colour implements Coded {
    GREEN("green"),
    ORANGE("orange"),
    RED("red"),
    /** The figures needed are missing. */
    UNDETERMINED("undetermined");

    private final String code;

    Colour(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
