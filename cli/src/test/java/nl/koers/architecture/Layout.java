package nl.koers.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.evaluator.Evaluator;

/**
 * The module layout as rules: {@link LayoutTest} checks them on the main classes of every module,
 * {@link LayoutRulesTest} shows each of them failing on a class that breaks it.
 */
final class Layout {

    /** The modules whose jars an embedder takes; only cli may bring a logging backend or a command line. */
    private static final List<String> LIBRARIES = List.of("model", "rules", "format", "evaluator", "report");

    @ArchTest
    static final ArchRule MODEL_USES_NO_OTHER_MODULE = module("model");

    @ArchTest
    static final ArchRule RULES_USE_ONLY_MODEL = module("rules", "model");

    @ArchTest
    static final ArchRule FORMAT_USES_ONLY_MODEL = module("format", "model");

    @ArchTest
    static final ArchRule EVALUATOR_USES_ONLY_RULES_FORMAT_AND_MODEL = module("evaluator", "rules", "format", "model");

    @ArchTest
    static final ArchRule REPORT_USES_NEITHER_CLI_NOR_RULES = module("report", "evaluator", "format", "model");

    @ArchTest
    static final ArchRule NO_MODULE_USES_ANOTHER_MODULES_INTERNALS = classes()
            .that().resideInAPackage("nl.koers..")
            .should(new ArchCondition<JavaClass>("use no internal package of another module") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        String target = dependency.getTargetClass().getPackageName();
                        if (isInternal(target) && !moduleOf(target).equals(moduleOf(origin.getPackageName()))) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            })
            .because("an internal package makes no promise outside its own module");

    // Evaluator is the one seam: it compiles a rule folder through RuleSets and validates it on reload.
    @ArchTest
    static final ArchRule ENGINE_USES_RULE_SET_TOOLING_ONLY_IN_EVALUATOR = noClasses()
            .that().resideInAnyPackage("nl.koers.evaluator", "nl.koers.evaluator.internal")
            .and().doNotBelongToAnyOf(Evaluator.class)
            .should().dependOnClassesThat().resideInAPackage("nl.koers.evaluator.ruleset..")
            .because("evaluating a portfolio must not need the tooling that checks and explains rule sets");

    @ArchTest
    static final ArchRule LIBRARIES_LOG_THROUGH_SLF4J_AND_HAVE_NO_COMMAND_LINE = noClasses()
            .that().resideInAnyPackage(packages(LIBRARIES))
            .should().dependOnClassesThat().resideInAnyPackage("ch.qos.logback..", "picocli..")
            .because("an embedder chooses its own logging backend and has no command line");

    @ArchTest
    static final ArchRule ONLY_RULE_SET_TOOLING_READS_WORKBOOKS = noClasses()
            .that().resideInAnyPackage(packages(LIBRARIES))
            .and().resideOutsideOfPackage("nl.koers.evaluator.ruleset..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
            .because("POI serves the analysts' decision-table tooling, not the evaluation of a portfolio");

    private Layout() {
    }

    /**
     * Only the main classes of Koers: its modules' class folders or koers-* jars, never test classes,
     * so that the fixtures {@link LayoutRulesTest} breaks the rules with stay out.
     */
    static final class KoersMainClasses implements ImportOption {
        private static final ImportOption NOT_TESTS = new DoNotIncludeTests();

        @Override
        public boolean includes(Location location) {
            if (!NOT_TESTS.includes(location)) {
                return false;
            }
            return !location.isJar() || location.contains("/koers-") && !location.contains("-tests.jar");
        }
    }

    private static ArchRule module(String module, String... mayUse) {
        String[] own = packages(Stream.concat(Stream.of(module), Arrays.stream(mayUse)).toList());
        return noClasses()
                .that().resideInAPackage(packageOf(module))
                .should().dependOnClassesThat(resideInAPackage("nl.koers..").and(not(resideInAnyPackage(own))))
                .because("module dependencies point one way: cli -> report -> evaluator -> format -> model,"
                        + " and evaluator -> rules");
    }

    private static String[] packages(List<String> modules) {
        return modules.stream().map(Layout::packageOf).toArray(String[]::new);
    }

    private static String packageOf(String module) {
        return "nl.koers." + module + "..";
    }

    /** nl.koers.evaluator.ruleset.internal.load is evaluator's. */
    private static String moduleOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 ? parts[2] : packageName;
    }

    private static boolean isInternal(String packageName) {
        return packageName.startsWith("nl.koers.") && Arrays.asList(packageName.split("\\.")).contains("internal");
    }
}
