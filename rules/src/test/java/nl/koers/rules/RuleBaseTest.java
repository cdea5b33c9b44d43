package nl.koers.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/** The rule base as a whole: every rule has a test, the rule files compile, and a broken one says where. */
class RuleBaseTest {

    private static final List<Class<?>> RULE_TESTS =
            List.of(TargetRulesTest.class, ActionRulesTest.class, ColourRulesTest.class, BudgetRulesTest.class,
                    ReportedRulesTest.class);
    private static final String RULE_FOLDER = "nl/koers/rules";
    private static final Pattern REASON_KEY = Pattern.compile("Reason\\.of\\(\\s*\"([^\"]+)\"");

    @Test
    void everyShippedRuleHasATestAndEveryTestedRuleIsShipped() {
        Set<String> covered = RULE_TESTS.stream()
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .map(m -> m.getAnnotation(Covers.class))
                .filter(Objects::nonNull)
                .map(Covers::value)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(covered)
                .as("rules named by @Covers in %s", RULE_TESTS)
                .isEqualTo(RuleVerifier.ruleNames());
    }

    @Test
    void ruleFilesHoldTheRulesOfTheRuleBase() throws IOException {
        Set<String> declared = new TreeSet<>();
        for (String drl : shippedRuleFiles().values()) {
            drl.lines().map(String::strip).filter(l -> l.startsWith("rule \""))
                    .map(l -> l.substring("rule \"".length(), l.lastIndexOf('"')))
                    .forEach(declared::add);
        }

        assertThat(RuleVerifier.ruleNames()).isEqualTo(declared);
    }

    /** The evaluator renders every finding's reason from these bundles; a missing key shows as a raw key. */
    @ParameterizedTest
    @ValueSource(strings = {"explanations.properties", "explanations_en.properties"})
    void everyReasonKeyOfTheRulesHasAnExplanation(String bundle) throws IOException {
        Properties explanations = new Properties();
        try (InputStream in = RuleBaseTest.class.getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            explanations.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        for (String drl : shippedRuleFiles().values()) {
            REASON_KEY.matcher(drl).results().map(m -> m.group(1)).forEach(keys::add);
        }

        assertThat(keys).isNotEmpty();
        assertThat(explanations.stringPropertyNames()).containsAll(keys);
    }

    /** The evaluator's road: kmodule.xml's kbase from the classpath container. */
    @Test
    void kmoduleKieBaseHoldsTheShippedRules() {
        KieBase fromKmodule = KieServices.get().getKieClasspathContainer().getKieBase("koers");

        assertThat(RuleVerifier.ruleNames(fromKmodule)).isEqualTo(RuleVerifier.ruleNames()).isNotEmpty();
    }

    /** The fallback road of {@link RuleVerifier} must not rot while the classpath container works. */
    @Test
    void generatedModelIndexYieldsTheSameRulesAsTheKieBase() {
        KieBase fromIndex = RuleVerifier.fromModelIndex();

        assertThat(RuleVerifier.ruleNames(fromIndex)).isEqualTo(RuleVerifier.ruleNames());
    }

    @Test
    void shippedRuleFilesCompileToTheExecutableModelWithoutErrors() throws IOException {
        KieFileSystem files = KieServices.get().newKieFileSystem();
        // Written as compiled here, so a table reaches the builder as the DRL it stands for.
        shippedRuleFiles().forEach((name, drl) -> files.write("src/main/resources/" + RULE_FOLDER + "/"
                + name.replace(".drl.xlsx", ".table.drl"), drl));

        List<Message> errors = build(files);

        assertThat(errors).isEmpty();
    }

    @Test
    void syntaxErrorIsReportedWithTheFileAndTheLine() {
        String drl = """
                package nl.koers.rules;

                import nl.koers.model.Saldo;

                rule "Money deviation without a bound"
                when
                    $s : Saldo( deviation > )
                then
                end
                """;
        KieFileSystem files = KieServices.get().newKieFileSystem();
        files.write("src/main/resources/" + RULE_FOLDER + "/broken.drl", drl);

        List<Message> errors = build(files);

        assertThat(errors).isNotEmpty();
        assertThat(errors).anySatisfy(error -> {
            assertThat(error.getPath()).endsWith("broken.drl");
            assertThat(error.getLine()).isEqualTo(7);
        });
    }

    private static List<Message> build(KieFileSystem files) {
        KieBuilder builder = KieServices.get().newKieBuilder(files).buildAll(ExecutableModelProject.class);
        return builder.getResults().getMessages(Message.Level.ERROR);
    }

    /**
     * The shipped DRL files, by file name. They are read from the sources: with the executable model the
     * kjar carries generated classes, not the DRL text.
     */
    private static Map<String, String> shippedRuleFiles() throws IOException {
        Path folder = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
                .resolve("src/main/resources").resolve(RULE_FOLDER);
        try (Stream<Path> paths = Files.list(folder)) {
            Map<String, String> drls = new TreeMap<>();
            for (Path path : paths.sorted().toList()) {
                String name = path.getFileName().toString();
                if (name.endsWith(".drl")) {
                    drls.put(name, Files.readString(path, StandardCharsets.UTF_8));
                } else if (name.endsWith(".drl.xlsx")) {
                    // A decision table is DRL too once compiled; each row is a rule.
                    try (InputStream in = Files.newInputStream(path)) {
                        drls.put(name, new SpreadsheetCompiler().compile(in, InputType.XLS));
                    }
                }
            }
            assertThat(drls).as("DRL files in " + folder).isNotEmpty();
            return drls;
        }
    }
}
