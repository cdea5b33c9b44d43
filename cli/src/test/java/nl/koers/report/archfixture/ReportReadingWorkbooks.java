package nl.koers.report.archfixture;

import org.apache.poi.ss.usermodel.Workbook;

/** Breaks the layout on purpose, a report reading workbooks with POI: {@code LayoutRulesTest} shows the rule catches it. */
public final class ReportReadingWorkbooks {

    private ReportReadingWorkbooks() {
    }

    static void use(Workbook target) {
    }
}
