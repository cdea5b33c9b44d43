package nl.koers.evaluator;

/**
 * Where an {@link Evaluator} takes its rules from.
 */
public sealed interface RuleSource permits RuleSource.BuiltIn {

    /** The rule set shipped in {@code koers-rules}, compiled to the executable model at build time. */
    static RuleSource builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** The shipped rule set. */
    enum BuiltIn implements RuleSource {
        INSTANCE
    }
}
