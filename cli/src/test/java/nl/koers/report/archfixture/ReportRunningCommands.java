package nl.koers.report.archfixture;

import nl.koers.cli.Main;

/** Breaks the layout on purpose, a report using the command line: {@code LayoutRulesTest} shows the rule catches it. */
public final class ReportRunningCommands {

    private ReportRunningCommands() {
    }

    static void use(Main target) {
    }
}
