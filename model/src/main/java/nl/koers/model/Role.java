package nl.koers.model;

/** The role the province plays in a prestatie (rol provincie). */
public enum Role implements Coded {
    /** faciliteerder */
    FACILITATOR("facilitator"),
    /** stimulator */
    STIMULATOR("stimulator"),
    /** regisseur */
    DIRECTOR("director"),
    /** uitvoerder */
    EXECUTOR("executor"),
    /** financier */
    FINANCIER("financier"),
    /** situationeel: the role depends on the situation, as some pages write it */
    SITUATIONAL("situational");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
