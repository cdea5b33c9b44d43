package nl.koers.evaluator.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import nl.koers.evaluator.DatedRule;
import nl.koers.evaluator.RuleSetException;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.time.SessionPseudoClock;
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
    /** Every rule with a validity date (date-effective, date-expires), by name. */
    private final List<DatedRule> datedRules;

    /**
     * Sessions run on a pseudo clock set to the peildatum: Drools checks a rule's date-effective and date-expires
     * against the session clock, and an evaluation at a peildatum must use the rules in force then, not today.
     * One instance for every pool, since a pool tells configurations apart by identity.
     */
    private static final KieSessionConfiguration PSEUDO_CLOCK = pseudoClock();

    private static KieSessionConfiguration pseudoClock() {
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(ClockTypeOption.PSEUDO);
        return configuration;
    }

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
        this.datedRules = datedRules(kieBase);
    }

    /** The rules of {@code kieBase} with a validity date, sorted by name. */
    private static List<DatedRule> datedRules(KieBase kieBase) {
        List<DatedRule> dated = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (org.kie.api.definition.rule.Rule rule : p.getRules()) {
                if (rule instanceof RuleImpl r && (r.getDateEffective() != null || r.getDateExpires() != null)) {
                    dated.add(new DatedRule(r.getName(), day(r.getDateEffective()), day(r.getDateExpires())));
                }
            }
        }
        dated.sort(Comparator.comparing(DatedRule::rule));
        return List.copyOf(dated);
    }

    /** The day a validity date falls on: Drools makes it the start of that day in the default time zone. */
    private static LocalDate day(Calendar calendar) {
        if (calendar == null) {
            return null;
        }
        return calendar instanceof GregorianCalendar g ? g.toZonedDateTime().toLocalDate()
                : calendar.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
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
                throw unreadableDate(e).map(date -> badShippedDate("shipped", date)).orElseGet(() ->
                        new RuleSetException("shipped", List.of("cannot load the compiled rules " + className + ": " + e)));
            }
        }
        String id = "koers-rules " + version;
        KieBase kieBase;
        try {
            kieBase = KieBaseBuilder.createKieBaseFromModel(models);
        } catch (RuntimeException e) {
            throw unreadableDate(e).map(date -> badShippedDate(id, date)).orElseThrow(() -> e);
        }
        requireRules(id, kieBase);
        LOG.debug("Built rule base {} with {} rules", id, ruleCount(kieBase));
        return new RuleBase(id, kieBase, SHIPPED_TEXTS, locations, false);
    }

    /** The validity date a failure to build the rules could not read, if that is why they failed. */
    private static java.util.Optional<String> unreadableDate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.time.format.DateTimeParseException p) {
                return java.util.Optional.of(p.getParsedString());
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The kjar is compiled by Drools itself, which hands a validity date to the rules as written; only its own mask
     * can be read back when the rules are built (a folder's rules are rewritten first, see ValidityDates).
     */
    private static RuleSetException badShippedDate(String id, String date) {
        return new RuleSetException(id, List.of("a validity date of the shipped rules cannot be read: '" + date
                + "'; in the shipped rules write date-effective and date-expires (and the DATE-EFFECTIVE and"
                + " DATE-EXPIRES cells) as 1-Jan-2018: Drools' own date mask, with English month names"));
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

    /** A fresh session, from the pool, its clock at today; {@code dispose()} resets it and gives it back. */
    public KieSession newSession() {
        return newSession(LocalDate.now());
    }

    /**
     * A fresh session whose clock stands at noon of {@code peildatum}, so that exactly the rules in force that day
     * fire: Drools makes a validity date the start of its day, and a rule is in force until the start of its
     * date-expires (noon keeps both ends unambiguous).
     */
    public KieSession newSession(LocalDate peildatum) {
        KieSession session = sessions.newKieSession(PSEUDO_CLOCK);
        SessionPseudoClock clock = session.getSessionClock();
        long noon = peildatum.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        clock.advanceTime(noon - clock.getCurrentTime(), java.util.concurrent.TimeUnit.MILLISECONDS);
        return session;
    }

    /** Every rule with a validity date, sorted by name. */
    public List<DatedRule> datedRules() {
        return datedRules;
    }

    /** The rules with a validity date that are in force at {@code peildatum}, sorted by name. */
    public List<DatedRule> datedRules(LocalDate peildatum) {
        return datedRules.stream().filter(r -> r.inForceAt(peildatum)).toList();
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
