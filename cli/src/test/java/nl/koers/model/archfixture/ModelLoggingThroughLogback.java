package nl.koers.model.archfixture;

import ch.qos.logback.classic.Logger;

/** Breaks the layout on purpose, a library using Logback: {@code LayoutRulesTest} shows the rule catches it. */
public final class ModelLoggingThroughLogback {

    private ModelLoggingThroughLogback() {
    }

    static void use(Logger target) {
    }
}
