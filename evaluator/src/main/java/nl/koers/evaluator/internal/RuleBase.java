package nl.koers.evaluator.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import nl.koers.evaluator.RuleSetException;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A built rule base with its identity and explanation texts. Immutable and safe to share between threads:
 * a {@link KieBase} is, and every evaluation opens its own session.
 */
public final class RuleBase {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);

    /** Where kie-maven-plugin lists the executable-model classes of the shipped kjar. */
    static final String SHIPPED_MODEL_INDEX = "META-INF/kie/nl.koers/koers-rules/drools-model";
    static final String SHIPPED_EXPLANATIONS = "nl.koers.rules.explanations";

    private static final Explanations SHIPPED_TEXTS = Explanations.load(SHIPPED_EXPLANATIONS, RuleBase.class.getClassLoader());

    private final String id;
    private final KieBase kieBase;
    /** Sessions are reset and reused rather than built per evaluation: their node memories are most of the cost. */
    private final KieSessionsPool sessions;
    private final Explanations explanations;
    private final Supplier<? extends RuleLocations> locate;
    private volatile RuleLocations locations;

    /**
     * Whether each evaluation runs under the run-time budget ({@link RuleRun}): a folder's rules are someone
     * else's code, the shipped rules are this repository's.
     */
    private final boolean budgeted;

    private RuleBase(String id, KieBase kieBase, Explanations explanations, Supplier<? extends RuleLocations> locate,
            boolean budgeted) {
        this.id = id;
        this.budgeted = budgeted;
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.explanations = explanations;
        this.locate = locate;
    }

    /**
     * The shipped rules, built straight from the executable model the build generated. Going past the
     * classpath KieContainer means no DRL is parsed at start, and a shaded jar cannot lose the model
     * to another jar's {@code pom.properties}.
     */
    public static RuleBase shipped(Supplier<? extends RuleLocations> locations) {
        ClassLoader loader = RuleBase.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        String version = "unknown";
        for (String className : modelClassNames(loader)) {
            try {
                Class<?> type = Class.forName(className, true, loader);
                models.add((Model) type.getDeclaredConstructor().newInstance());
                version = Objects.requireNonNullElse(type.getPackage().getImplementationVersion(), version);
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                throw new RuleSetException("shipped", List.of("cannot load the compiled rules " + className + ": " + e));
            }
        }
        String id = "koers-rules " + version;
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models);
        requireRules(id, kieBase);
        LOG.debug("Built rule base {} with {} rules", id, ruleCount(kieBase));
        return new RuleBase(id, kieBase, SHIPPED_TEXTS, locations, false);
    }

    /**
     * A rule base of someone else's rules, compiled (and checked) by the rule-set tooling: evaluated under the
     * run-time budget.
     *
     * @throws RuleSetException when it holds no rules
     */
    public static RuleBase ofFolder(String id, KieBase kieBase, Explanations explanations,
            Supplier<? extends RuleLocations> locations) {
        requireRules(id, kieBase);
        LOG.debug("Compiled rule set {} with {} rules", id, ruleCount(kieBase));
        return new RuleBase(id, kieBase, explanations, locations, true);
    }

    /** The shipped explanation texts, which a folder's texts fall back to. */
    public static Explanations shippedTexts() {
        return SHIPPED_TEXTS;
    }

    private static List<String> modelClassNames(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(SHIPPED_MODEL_INDEX)) {
            if (in == null) {
                throw new RuleSetException("shipped", List.of(SHIPPED_MODEL_INDEX
                        + " is not on the class path: koers-rules is missing or was built without the executable model"));
            }
            List<String> names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.contains(":"))
                    .toList();
            if (names.isEmpty()) {
                throw new RuleSetException("shipped", List.of(SHIPPED_MODEL_INDEX + " lists no rule classes"));
            }
            return names;
        } catch (IOException e) {
            throw new RuleSetException("shipped", List.of("cannot read " + SHIPPED_MODEL_INDEX + ": " + e.getMessage()));
        }
    }

    /** Drools hands back an empty rule base on many failures and only logs why; an empty one is an error here. */
    static void requireRules(String id, KieBase kieBase) {
        if (ruleCount(kieBase) == 0) {
            throw new RuleSetException(id, List.of("the rule base holds no rules"));
        }
    }

    static int ruleCount(KieBase kieBase) {
        return kieBase.getKiePackages().stream().map(KiePackage::getRules).mapToInt(java.util.Collection::size).sum();
    }

    /** E.g. "koers-rules 0.1.0". */
    public String id() {
        return id;
    }

    /** Whether evaluations of this rule base run under the run-time budget: true for a folder's rules. */
    public boolean budgeted() {
        return budgeted;
    }

    /** A fresh session, from the pool; {@code dispose()} resets it and gives it back. */
    public KieSession newSession() {
        return sessions.newKieSession();
    }

    public Explanations explanations() {
        return explanations;
    }

    /** Where each rule is written; found out on first use, since only explanations need it. */
    public RuleLocations locations() {
        RuleLocations l = locations;
        if (l == null) {
            l = locate.get();
            locations = l;
        }
        return l;
    }

    /** The names of all rules, for listings and checks. */
    public List<String> ruleNames() {
        return kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .map(org.kie.api.definition.rule.Rule::getName)
                .sorted()
                .toList();
    }
}
