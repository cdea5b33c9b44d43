package nl.koers.format;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Every limit on what Koers reads, in one place, so that hostile or mistaken input is refused quickly and
 * with a message naming the limit rather than by running out of memory or time. A portfolio is a few
 * kilobytes and a rule file a few hundred; each limit is far above honest use. Listed for users in
 * docs/portfolio-format.md, section "Limits".
 */
public final class InputLimits {

    /** A portfolio file, a portfolio read from standard input, and one record line of a JSON Lines file. */
    public static final long MAX_PORTFOLIO_BYTES = 16L * 1024 * 1024;
    /** A measurements CSV file ({@code measurementsFile}). */
    public static final long MAX_MEASUREMENTS_BYTES = 16L * 1024 * 1024;
    /** One file of a rule folder: DRL, a decision table, explanations or a scenario. */
    public static final long MAX_RULE_FILE_BYTES = 8L * 1024 * 1024;

    /** A portfolio is a handful of levels deep; anything deeper is not a portfolio. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Digits of one number: far beyond the 15 digits an amount may have, short of a denial of service. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /**
     * Decimals of one number (its scale, once trailing zeros are dropped): cents need 2 and a ratio a few more.
     * Without a bound, {@code 1e-100000000} is a number of a hundred million digits the moment it is added to
     * another, and Jackson refuses to write a scale beyond 9,999 at all.
     */
    public static final int MAX_DECIMALS = 12;
    /** Every number is below this in magnitude (format, "Interpretation"): amounts are euros below 10^15. */
    public static final java.math.BigDecimal MAX_MAGNITUDE = new java.math.BigDecimal("1E15");
    /**
     * The longest period (a monitoring target's maxAge) in years; a period beyond it would reach past the dates
     * a portfolio may hold at all.
     */
    public static final int MAX_PERIOD_YEARS = 100;
    /** Characters of one text value, e.g. an action's text as written in the begroting. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Characters of one field name. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** YAML anchors may be used this often; Koers refuses aliases anyway, this bounds the parser beneath. */
    public static final int MAX_YAML_ALIASES = 50;

    /**
     * A spreadsheet part may unpack to at most this many bytes; the shipped tables unpack to some tens of
     * kilobytes.
     */
    public static final long MAX_SPREADSHEET_ENTRY_BYTES = 64L * 1024 * 1024;
    /**
     * A spreadsheet part may be compressed at most 1 : 100 (POI's own default); a zip bomb is compressed far
     * more, a real workbook some 1 : 10.
     */
    public static final double MIN_SPREADSHEET_INFLATE_RATIO = 0.01;
    /** The largest single array POI may allocate while reading a spreadsheet record. */
    public static final int MAX_SPREADSHEET_RECORD_BYTES = 64 * 1024 * 1024;

    /** For Jackson, both JSON and YAML. */
    public static final StreamReadConstraints STREAM_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(MAX_PORTFOLIO_BYTES)
            .build();

    private InputLimits() {
    }

    /**
     * For SnakeYAML beneath Jackson: the same limits. Duplicate keys are left to {@link TreeParser}, which refuses
     * them naming the key and both lines; with {@code allowDuplicateKeys(false)} Jackson would refuse them first,
     * at the value and without the earlier line.
     */
    public static LoaderOptions yamlOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_YAML_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit((int) MAX_PORTFOLIO_BYTES);
        options.setAllowDuplicateKeys(true);
        return options;
    }


    /** "16 MiB": a limit as people say it. */
    public static String mebibytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
