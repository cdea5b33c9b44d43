package nl.koers.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import nl.koers.model.Finding;
import nl.koers.model.Peildatum;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.time.SessionPseudoClock;

/**
 * Fires the shipped rule base on hand-made facts and tells which rule produced which finding, so that
 * a rule test can say "this rule, and no other, decided that".
 *
 * <pre>{@code
 * verifyThat("Quantity target met").given(QUANTITY_MET).produces(targetVerdict("1a", ACHIEVED));
 * }</pre>
 */
final class RuleVerifier {

    private static final String KIE_BASE_NAME = "koers";
    private static final String RULE_PACKAGE = "nl.koers.rules";
    /** Written by the kie-maven-plugin: a version header, then one generated Model class per line. */
    private static final String MODEL_INDEX = "META-INF/kie/nl.koers/koers-rules/drools-model";

    private static final KieBase KIE_BASE = load();

    private RuleVerifier() {
    }

    /** The shipped rule base, built once for all tests. */
    static KieBase kieBase() {
        return KIE_BASE;
    }

    /** The names of the shipped rules. */
    static Set<String> ruleNames() {
        return ruleNames(KIE_BASE);
    }

    static Set<String> ruleNames(KieBase kieBase) {
        return kieBase.getKiePackages().stream()
                .filter(p -> p.getName().equals(RULE_PACKAGE))
                .map(KiePackage::getRules)
                .flatMap(Collection::stream)
                .map(Rule::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Verification verifyThat(String ruleName) {
        if (!ruleNames().contains(ruleName)) {
            fail("There is no shipped rule named \"%s\". The rules are:%n  %s",
                    ruleName, String.join("\n  ", ruleNames()));
        }
        coveredRuleOfCaller().filter(covered -> !covered.equals(ruleName)).ifPresent(covered ->
                fail("The test says it covers \"%s\" but verifies \"%s\"", covered, ruleName));
        return new Verification(ruleName);
    }

    static Firing fire(Object... facts) {
        return fire(Arrays.asList(facts));
    }

    /**
     * Inserts {@code facts} into a fresh session, fires every rule and returns what was inserted, by whom. The
     * session's clock stands at the peildatum of the facts (else today), as in the evaluator, so that rules with a
     * validity date (date-effective, date-expires) fire when they are in force at the peildatum, not today.
     */
    static Firing fire(Collection<?> facts) {
        List<Produced> produced = new ArrayList<>();
        KieSession session = newSession(facts.stream().filter(Peildatum.class::isInstance)
                .map(f -> ((Peildatum) f).date()).findFirst().orElseGet(LocalDate::now));
        try {
            session.addEventListener(new RuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getObject() instanceof Finding finding) {
                        String rule = event.getRule() == null ? null : event.getRule().getName();
                        produced.add(new Produced(finding, rule));
                    }
                }

                @Override
                public void objectUpdated(ObjectUpdatedEvent event) {
                    fail("A rule modified %s; rules insert findings and never change facts", event.getObject());
                }

                @Override
                public void objectDeleted(ObjectDeletedEvent event) {
                    fail("A rule deleted %s; rules insert findings and never change facts", event.getOldObject());
                }
            });
            facts.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return new Firing(List.copyOf(produced));
    }

    /**
     * A fresh session whose pseudo clock stands at noon of {@code day}: Drools makes a validity date the start of
     * its day, so noon is unambiguously inside the day (as the evaluator's RuleBase does).
     */
    static KieSession newSession(LocalDate day) {
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(ClockTypeOption.PSEUDO);
        KieSession session = KIE_BASE.newKieSession(configuration, null);
        SessionPseudoClock clock = session.getSessionClock();
        long noon = day.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        clock.advanceTime(noon - clock.getCurrentTime(), TimeUnit.MILLISECONDS);
        return session;
    }

    /**
     * Prefers the kbase from kmodule.xml, as the evaluator loads it. When the classpath container cannot
     * see the generated model (it depends on how the test classpath is laid out), the model classes
     * listed in the index are loaded directly; both roads lead to the same compiled rules.
     */
    private static KieBase load() {
        KieBase kieBase = fromClasspathContainer().orElseGet(RuleVerifier::fromModelIndex);
        if (ruleNames(kieBase).isEmpty()) {
            throw new IllegalStateException("The KieBase '" + KIE_BASE_NAME + "' holds no rules of package "
                    + RULE_PACKAGE + "; was the executable model generated (kie-maven-plugin, generateModel=YES)?");
        }
        return kieBase;
    }

    private static Optional<KieBase> fromClasspathContainer() {
        try {
            return Optional.ofNullable(KieServices.get().getKieClasspathContainer().getKieBase(KIE_BASE_NAME));
        } catch (RuntimeException notThere) {
            return Optional.empty();
        }
    }

    static KieBase fromModelIndex() {
        InputStream index = RuleVerifier.class.getClassLoader().getResourceAsStream(MODEL_INDEX);
        if (index == null) {
            throw new IllegalStateException("Neither the KieBase '" + KIE_BASE_NAME + "' nor " + MODEL_INDEX
                    + " is on the test classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            List<Model> models = new ArrayList<>();
            for (String line : reader.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                models.add((Model) Class.forName(line).getDeclaredConstructor().newInstance());
            }
            return KieBaseBuilder.createKieBaseFromModel(models);
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot load the rule models listed in " + MODEL_INDEX, e);
        }
    }

    /** The rule named by {@link Covers} on the test method that called {@link #verifyThat}, if any. */
    private static Optional<String> coveredRuleOfCaller() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .filter(f -> f.getDeclaringClass() != RuleVerifier.class)
                .findFirst()
                .flatMap(f -> Arrays.stream(f.getDeclaringClass().getDeclaredMethods())
                        .filter(m -> m.getName().equals(f.getMethodName()))
                        .map(m -> m.getAnnotation(Covers.class))
                        .filter(c -> c != null)
                        .map(Covers::value)
                        .findFirst()));
    }

    /**
     * A finding and the rule that inserted it.
     *
     * @param finding the finding
     * @param rule    the rule's name, or {@code null} when it was inserted from outside the rules
     */
    record Produced(Finding finding, String rule) {

        @Override
        public String toString() {
            return "\"" + rule + "\" -> " + finding;
        }
    }

    /** What one firing produced. */
    record Firing(List<Produced> produced) {

        <F extends Finding> List<F> findings(Class<F> type) {
            return produced.stream().map(Produced::finding).filter(type::isInstance).map(type::cast).toList();
        }

        List<Produced> about(ExpectedFinding<?> expected) {
            return produced.stream().filter(p -> expected.isAbout(p.finding())).toList();
        }

        String describe() {
            return produced.isEmpty() ? "no findings"
                    : produced.stream().map(Produced::toString).collect(Collectors.joining("\n  ", "  ", ""));
        }
    }

    /** A rule under test, waiting for its facts. */
    static final class Verification {

        private final String ruleName;

        private Verification(String ruleName) {
            this.ruleName = ruleName;
        }

        Outcome given(Object... facts) {
            return given(Arrays.asList(facts));
        }

        Outcome given(Collection<?> facts) {
            return new Outcome(ruleName, fire(facts));
        }
    }

    /** The findings of a rule under test, to be checked. */
    static final class Outcome {

        private final String ruleName;
        private final Firing firing;

        private Outcome(String ruleName, Firing firing) {
            this.ruleName = ruleName;
            this.firing = firing;
        }

        /**
         * Exactly one finding is about the expected subject; it carries the expected verdict; and the rule
         * under test inserted it. A second finding about the same subject fails too: two rules disagreeing
         * is a bug even when one of them is right.
         */
        Outcome produces(ExpectedFinding<?> expected) {
            List<Produced> about = firing.about(expected);
            assertThat(about)
                    .as("findings about %s, among:%n%s", expected.subject(), firing.describe())
                    .hasSize(1);
            Produced only = about.get(0);
            assertThat(expected.isMetBy(only.finding()))
                    .as("%s should be %s, but \"%s\" found %s", expected.subject(), expected.verdict(),
                            only.rule(), only.finding())
                    .isTrue();
            assertThat(only.rule())
                    .as("the rule that found %s %s", expected.subject(), expected.verdict())
                    .isEqualTo(ruleName);
            return this;
        }

        Firing firing() {
            return firing;
        }
    }
}
