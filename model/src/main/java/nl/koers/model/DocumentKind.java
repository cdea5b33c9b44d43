package nl.koers.model;

/**
 * The document of the planning and control cycle a portfolio is written from. Who may decide a budget change
 * depends on it: an overspend found in a monitor raises the current year's budget, one found in the jaarverslag
 * is settled with the result.
 */
public enum DocumentKind implements Coded {
    /** the begroting, adopted by PS before the year */
    BEGROTING("begroting"),
    /** the voorjaarsnota (kadernota), in spring */
    VOORJAARSNOTA("voorjaarsnota"),
    /** a monitor or bestuursrapportage during the year */
    MONITOR("monitor"),
    /** the najaarsnota, in autumn */
    NAJAARSNOTA("najaarsnota"),
    /** the jaarverslag (jaarstukken) after the year */
    JAARVERSLAG("jaarverslag");

    private final String code;

    DocumentKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Written during the year it reports on, when the current year's budget can still change. */
    public boolean inYear() {
        return switch (this) {
            case VOORJAARSNOTA, MONITOR, NAJAARSNOTA -> true;
            case BEGROTING, JAARVERSLAG -> false;
        };
    }
}
