package nl.koers.evaluator.ruleset.internal.compile;

import nl.koers.format.InputLimits;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/** POI's process-wide limits, set from {@link InputLimits} before any decision table is opened. */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /**
     * Sets POI's zip-bomb guards before any spreadsheet is opened. They are process-wide settings of POI;
     * setting them again is harmless.
     */
    public static void guard() {
        ZipSecureFile.setMinInflateRatio(InputLimits.MIN_SPREADSHEET_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(InputLimits.MAX_SPREADSHEET_ENTRY_BYTES);
        IOUtils.setByteArrayMaxOverride(InputLimits.MAX_SPREADSHEET_RECORD_BYTES);
    }
}
