package nl.koers.rules.archfixture;

import nl.koers.format.PortfolioException;

/** Breaks the layout on purpose, rules using format: {@code LayoutRulesTest} shows the rule catches it. */
public final class RulesReadingPortfolios {

    private RulesReadingPortfolios() {
    }

    static void use(PortfolioException target) {
    }
}
