package nl.koers.report;

/**
 * The version of the JSON a report is written in. Version 1 stays the default, so that a consumer written for
 * it keeps reading what it expects; version 2 is asked for by name. Every document names its schema in its first
 * field, so a consumer can refuse a version it does not know instead of misreading it.
 */
public enum JsonVersion {
    /** koers-result/v1 and koers-diff/v1: one budget change per prestatie, no reported assessments or overrides. */
    V1("koers-result/v1", "koers-diff/v1"),
    /**
     * koers-result/v2 and koers-diff/v2: every budget change with its decider, line and years, the disagreements,
     * and per action and prestatie the reported assessment and the override beside the computed verdict.
     */
    V2("koers-result/v2", "koers-diff/v2");

    private final String result;
    private final String diff;

    JsonVersion(String result, String diff) {
        this.result = result;
        this.diff = diff;
    }

    /** The schema an evaluation is written in, e.g. "koers-result/v2". */
    public String resultSchema() {
        return result;
    }

    /** The schema a diff is written in, e.g. "koers-diff/v2". */
    public String diffSchema() {
        return diff;
    }

    /** The version numbered {@code number} (1 or 2). */
    public static JsonVersion of(int number) {
        return switch (number) {
            case 1 -> V1;
            case 2 -> V2;
            default -> throw new IllegalArgumentException("JSON version " + number + " does not exist; there are 1 and 2");
        };
    }
}
