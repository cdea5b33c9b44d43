package nl.koers.model;

/**
 * What the money colour (financiële kleurscore) compares, per the analyst's table "Geldkleur-grondslag":
 * begroot against gerealiseerd of the lasten (the shipped choice and the only one before issue 12), of the baten,
 * or of the saldo (lasten minus baten: the net cost).
 */
public enum MoneyBasis implements Coded {
    /** lasten: expenditure */
    LASTEN("lasten"),
    /** baten: income */
    BATEN("baten"),
    /** saldo: lasten minus baten */
    SALDO("saldo");

    private final String code;

    MoneyBasis(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
