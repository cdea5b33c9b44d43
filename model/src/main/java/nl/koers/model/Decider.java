package nl.koers.model;

/** Who decides a budget change: Gedeputeerde Staten within their mandate, or Provinciale Staten. */
public enum Decider implements Coded {
    /** Gedeputeerde Staten ("hebben wij besloten") */
    GS("gs"),
    /** Provinciale Staten ("wij stellen u voor") */
    PS("ps");

    private final String code;

    Decider(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
