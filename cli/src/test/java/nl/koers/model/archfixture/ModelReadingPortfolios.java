package nl.koers.model.archfixture;

import nl.koers.format.PortfolioException;

/** Breaks the layout on purpose, model using format: {@code LayoutRulesTest} shows the rule catches it. */
public final class ModelReadingPortfolios {

    private ModelReadingPortfolios() {
    }

    static void use(PortfolioException target) {
    }
}
