package nl.koers.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The shipped rule a test is about. {@link RuleBaseTest} compares the rules named here with the rules in
 * the rule base, so that a rule without a test fails the build; {@link RuleVerifier#verifyThat(String)}
 * refuses a rule name that differs from the one its test claims to cover.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Covers {

    /** The rule name exactly as written in the DRL. */
    String value();
}
