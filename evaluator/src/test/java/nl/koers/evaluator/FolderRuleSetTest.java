package nl.koers.evaluator;

import static nl.koers.evaluator.RuleFolders.money;
import static nl.koers.evaluator.RuleFolders.verdicts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.evaluator.ruleset.internal.load.RuleFiles;
import nl.koers.format.PortfolioReader;
import nl.koers.model.Portfolio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's folder of rules, as {@code koers rules init} writes it: an unchanged copy decides exactly like the
 * shipped set, says where each rule is written, and every way to break it is refused with the file and line.
 * Compiling a folder takes seconds, so the three folders that compile are built once for the class.
 */
class FolderRuleSetTest {

    private static final Evaluator SHIPPED = Evaluator.create(RuleSource.builtIn());
    private static final Portfolio DEFAULT = PortfolioReader.readDefault();

    /** Between them these reach every row of geldkleur.drl.xlsx and every kind of budget change. */
    private static final Map<String, Portfolio> MONEY = new LinkedHashMap<>();

    static {
        MONEY.put("50.000 afwijking", money("1000000", "950000"));
        MONEY.put("4 %", money("10000000", "9600000"));
        MONEY.put("precies 5 %", money("2000000", "1900000"));
        MONEY.put("9 %", money("2000000", "1820000"));
        MONEY.put("precies 10 %", money("2000000", "1800000"));
        MONEY.put("15 % overschreden", money("2000000", "2300000"));
        MONEY.put("niets begroot", money("0", "150000"));
        MONEY.put("saldo boven het GS-mandaat", money("5000000", "3000000"));
    }

    /**
     * The geldkleur table as a Dutch Excel saves "CSV UTF-8": semicolons, CRLF, a BOM, quotes only where needed. The
     * seven conditions share one Saldo pattern, so that cell is repeated with "..." in each of their columns.
     */
    private static final String GELDKLEUR_CSV = "\uFEFF" + String.join("\r\n",
            "RuleSet;nl.koers.rules;;;;;;;;",
            "Import;nl.koers.model.Saldo, nl.koers.model.ColourScore, nl.koers.model.Aspect, nl.koers.model.Colour, "
                    + "nl.koers.model.Reason;;;;;;;;",
            "Notes;\"Afwijking = |begroot - gerealiseerd|; aandeel = afwijking / begroot (0.05 = 5 %)\";;;;;;;;",
            ";;;;;;;;;",
            "RuleTable Geldkleur;;;;;;;;;",
            "NAME;PRIORITY;CONDITION;CONDITION;CONDITION;CONDITION;CONDITION;CONDITION;CONDITION;ACTION",
            ";;" + "$s : Saldo...;".repeat(7),   // Drools merges CSV cells that each end in "..."
            ";;deviation != null, deviation >= $paramB;deviation != null, deviation < $paramB;budgeted == $paramB;"
                    + "deviationShare != null, deviationShare >= $paramB;deviationShare != null, deviationShare > $paramB;"
                    + "deviationShare != null, deviationShare < $paramB;deviationShare != null, deviationShare <= $paramB;"
                    + "\"insert(new ColourScore(Aspect.MONEY, Colour.$param, Reason.of(\"\"money.band\"\", $s.year(), "
                    + "$s.budgeted(), $s.realised(), $s.deviation(), $s.deviationShare())));\"",
            "Regel (naam, uniek);Volgorde (niet wijzigen);Afwijking vanaf € (≥);Afwijking onder € (<);Begroot gelijk aan €;"
                    + "Aandeel vanaf (≥);Aandeel boven (>);Aandeel onder (<);Aandeel tot en met (≤);Kleur (GREEN, ORANGE, RED)",
            "Money green under 100,000 euros deviation;100;;100000;;;;;;GREEN",
            "Money green under 5 % deviation;100;100000;;;;;0.05;;GREEN",
            "Money orange from 5 % to 10 % deviation;100;100000;;;0.05;;;0.1;ORANGE",
            "Money red above 10 % deviation;100;100000;;;;0.1;;;RED",
            "Money red when spending 100,000 euros or more without a budget;100;100000;;0;;;;;RED",
            "");

    private static final String RETOLD_GS = "budget.gs=Naar jaarschijf {3,year}: {0,money} uit {2,reserve}, "
            + "zoals onze provincie het zegt.";

    @TempDir
    static Path dir;

    private static Path copy;
    private static Evaluator folder;
    private static Path retold;
    private static Evaluator retoldFolder;
    private static Path csv;
    private static Evaluator csvFolder;

    @BeforeAll
    static void compileTheFolders() throws IOException {
        copy = RuleFolders.shippedCopy(dir.resolve("kopie"));
        folder = Evaluator.create(RuleSource.folder(copy));

        retold = RuleFolders.shippedCopy(dir.resolve("toelichting"));
        Path texts = retold.resolve("explanations.properties");
        String gs = RuleFolders.read(texts).lines().filter(l -> l.startsWith("budget.gs=")).findFirst().orElseThrow();
        RuleFolders.replace(texts, gs, RETOLD_GS);
        retoldFolder = Evaluator.create(RuleSource.folder(retold));

        csv = RuleFolders.shippedCopy(dir.resolve("csv"));
        Files.delete(csv.resolve("geldkleur.drl.xlsx"));
        Files.writeString(csv.resolve("geldkleur.drl.csv"), GELDKLEUR_CSV);
        csvFolder = Evaluator.create(RuleSource.folder(csv));
    }

    private static Map<String, Portfolio> everyPortfolio() {
        Map<String, Portfolio> all = new LinkedHashMap<>();
        all.put("5.4.2", DEFAULT);
        all.putAll(MONEY);
        return all;
    }

    private static String fingerprint(String ruleSet) {
        Matcher m = Pattern.compile("\\(([0-9a-f]{12})\\)$").matcher(ruleSet);
        assertThat(m.find()).as("a fingerprint at the end of %s", ruleSet).isTrue();
        return m.group(1);
    }

    private static List<Decision<?>> decisions(Evaluation e) {
        List<Decision<?>> all = new ArrayList<>();
        for (ActionOutcome action : e.actions()) {
            action.targets().forEach(t -> all.add(t.assessment()));
            all.add(action.status());
        }
        all.add(e.content());
        all.add(e.money());
        all.add(e.budgetChange());
        return all;
    }

    /** Opens the file a location names and checks that the rule is written there. */
    private static void assertWrittenAt(Path rules, String location, String rule) {
        Matcher drl = Pattern.compile("(.+\\.drl):(\\d+)").matcher(location);
        Matcher table = Pattern.compile("(.+\\.drl\\.xlsx) row (\\d+)").matcher(location);
        Matcher csvTable = Pattern.compile("(.+\\.drl\\.csv) row (\\d+)").matcher(location);
        if (drl.matches()) {
            assertThat(RuleFolders.line(rules.resolve(drl.group(1)), Integer.parseInt(drl.group(2))))
                    .as(location).contains("rule \"" + rule + "\"");
        } else if (table.matches()) {
            assertThat(RuleFolders.cell(rules.resolve(table.group(1)), "B" + table.group(2))).as(location).isEqualTo(rule);
        } else if (csvTable.matches()) {
            assertThat(RuleFolders.line(rules.resolve(csvTable.group(1)), Integer.parseInt(csvTable.group(2))))
                    .as(location).startsWith(rule + ";");
        } else {
            throw new AssertionError("'" + location + "' is neither file:line nor file row n");
        }
    }

    @Test
    void aCopyOfTheShippedRulesDecidesEveryPortfolioLikeTheShippedSet() {
        for (Map.Entry<String, Portfolio> p : everyPortfolio().entrySet()) {
            assertThat(verdicts(folder.evaluate(p.getValue())))
                    .as(p.getKey()).containsExactlyElementsOf(verdicts(SHIPPED.evaluate(p.getValue())));
        }
        for (LocalDate peildatum : List.of(LocalDate.of(2018, 6, 30), LocalDate.of(2019, 12, 31))) {
            assertThat(verdicts(folder.evaluate(DEFAULT, peildatum)))
                    .as("5.4.2 at %s", peildatum).containsExactlyElementsOf(verdicts(SHIPPED.evaluate(DEFAULT, peildatum)));
        }
        assertThat(MONEY.values().stream().map(p -> SHIPPED.evaluate(p).money().rule()).distinct())
                .as("the money portfolios reach every row of geldkleur.drl.xlsx")
                .containsExactlyInAnyOrder("Money green under 100,000 euros deviation", "Money green under 5 % deviation",
                        "Money orange from 5 % to 10 % deviation", "Money red above 10 % deviation",
                        "Money red when spending 100,000 euros or more without a budget");
    }

    @Test
    void theIdentityNamesTheFolderAndAFingerprintOfItsRuleFiles() {
        assertThat(folder.ruleSet()).matches("folder " + Pattern.quote(copy.toString()) + " \\([0-9a-f]{12}\\)");
        assertThat(folder.evaluate(DEFAULT).ruleSet()).isEqualTo(folder.ruleSet());
        assertThat(SHIPPED.ruleSet()).startsWith("koers-rules ");

        Path again = RuleFolders.shippedCopy(dir.resolve("nog-een-kopie"));
        assertThat(RuleFiles.folder(again).fingerprint())
                .as("the same files elsewhere").isEqualTo(fingerprint(folder.ruleSet()));
        assertThat(fingerprint(retoldFolder.ruleSet()))
                .as("one explanation text changed").isNotEqualTo(fingerprint(folder.ruleSet()));
        RuleFolders.replace(again.resolve("colours.drl"), "rule \"Content green", "// groen\nrule \"Content green");
        assertThat(RuleFiles.folder(again).fingerprint())
                .as("a comment added to a DRL file").isNotEqualTo(fingerprint(folder.ruleSet()));
        assertThat(fingerprint(csvFolder.ruleSet()))
                .as("a table saved as CSV instead").isNotEqualTo(fingerprint(folder.ruleSet()));
    }

    @Test
    void everyDecisionNamesTheLineOrRowWhereItsRuleIsWritten() {
        Evaluation seed = folder.evaluate(DEFAULT);
        for (Decision<?> d : decisions(seed)) {
            assertWrittenAt(copy, seed.ruleLocation(d).orElseThrow(() -> new AssertionError("no location for " + d.rule())),
                    d.rule());
        }
        assertThat(seed.ruleLocation(seed.actions().get(0).targets().get(0).assessment())).hasValue("targets.drl:27");
        assertThat(seed.ruleLocation(seed.budgetChange())).hasValue("begrotingswijziging.drl.xlsx row 18");

        for (Portfolio p : MONEY.values()) {
            Evaluation e = folder.evaluate(p);
            assertWrittenAt(copy, e.ruleLocation(e.money()).orElseThrow(), e.money().rule());
        }
        Evaluation orange = folder.evaluate(MONEY.get("9 %"));
        assertThat(orange.ruleLocation(orange.money())).hasValue("geldkleur.drl.xlsx row 14");

        Evaluation shipped = SHIPPED.evaluate(DEFAULT);
        assertThat(decisions(shipped).stream().map(d -> shipped.ruleLocation(d).orElseThrow()).toList())
                .as("the shipped set names the same places").isEqualTo(decisions(seed).stream()
                        .map(d -> seed.ruleLocation(d).orElseThrow()).toList());
    }

    @Test
    void aChangedExplanationShowsInDutchWhileEnglishKeepsTheShippedText() {
        Evaluation mine = retoldFolder.evaluate(DEFAULT);
        Evaluation shipped = SHIPPED.evaluate(DEFAULT);

        assertThat(mine.budgetChange().rule()).isEqualTo(shipped.budgetChange().rule());
        assertThat(mine.explain(mine.budgetChange().finding(), Language.DUTCH))
                .isEqualTo("Naar jaarschijf 2019: € 109.000 uit Reserve uitvoering Kwaliteit van Overijssel, "
                        + "zoals onze provincie het zegt.");
        assertThat(mine.explain(mine.budgetChange().finding(), Language.ENGLISH))
                .isEqualTo(shipped.explain(shipped.budgetChange().finding(), Language.ENGLISH))
                .startsWith("The balance of €109,000 of jaarschijf 2018");
        assertThat(mine.explain(mine.content().finding(), Language.DUTCH))
                .as("the texts not changed").isEqualTo(shipped.explain(shipped.content().finding(), Language.DUTCH));
        assertThat(folder.evaluate(DEFAULT).explain(mine.budgetChange().finding(), Language.DUTCH))
                .as("another folder keeps its own texts").isEqualTo(shipped.explain(shipped.budgetChange().finding(), Language.DUTCH));
    }

    @Test
    void aDrlSyntaxErrorNamesTheFileAndLine() {
        Path broken = RuleFolders.shippedCopy(dir.resolve("syntaxfout"));
        RuleFolders.replace(broken.resolve("targets.drl"), "TargetProgress( measured == false )",
                "TargetProgress( measured === false )");   // line 19; the third '=' is column 37

        RuleSetException e = catchThrowableOfType(() -> Evaluator.create(RuleSource.folder(broken)), RuleSetException.class);

        assertThat(e).as("refused").isNotNull();
        assertThat(e.ruleProblems()).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo("targets.drl");
            assertThat(p.line()).isEqualTo(19);
            assertThat(p.column()).as("Drools says 'Line 19:36', 0-based; the column when given is 1-based").isIn(0, 37);
            assertThat(p.message()).contains("no viable alternative at input '='");
        });
        assertThat(e.ruleProblems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("targets.drl"));
        assertThat(e.getMessage()).contains(broken.toString(), "targets.drl:19");
    }

    @Test
    void aMistypedFieldNamesTheFileAndLine() {
        Path broken = RuleFolders.shippedCopy(dir.resolve("veldnaam"));
        RuleFolders.replace(broken.resolve("targets.drl"), "TargetProgress( measured == false )",
                "TargetProgress( measurd == false )");   // line 19

        RuleSetException e = catchThrowableOfType(() -> Evaluator.create(RuleSource.folder(broken)), RuleSetException.class);

        assertThat(e.ruleProblems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("targets.drl");
            assertThat(p.line()).isEqualTo(19);
            assertThat(p.message()).contains("measurd");
        });
    }

    @Test
    void aTableWithTextWhereANumberBelongsIsRefusedNamingTheTable() {
        Path broken = RuleFolders.shippedCopy(dir.resolve("acht-procent-refused"));
        RuleFolders.setCell(broken.resolve("geldkleur.drl.xlsx"), "J14", "acht procent");

        RuleSetException e = catchThrowableOfType(() -> Evaluator.create(RuleSource.folder(broken)), RuleSetException.class);

        assertThat(e).as("refused").isNotNull();
        assertThat(e.ruleProblems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo("geldkleur.drl.xlsx");
            assertThat(p.line()).isBetween(12, 16);
        });
    }

    @Test
    void aTableCellWithTextWhereANumberBelongsIsReportedAtItsRow() {
        Path broken = RuleFolders.shippedCopy(dir.resolve("acht-procent"));
        RuleFolders.setCell(broken.resolve("geldkleur.drl.xlsx"), "J14", "acht procent");

        RuleSetException e = catchThrowableOfType(() -> Evaluator.create(RuleSource.folder(broken)), RuleSetException.class);

        assertThat(e.ruleProblems()).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo("geldkleur.drl.xlsx");
            assertThat(p.line()).isEqualTo(14);
            assertThat(p.message()).contains("acht procent");
        });
    }

    @Test
    void anActionCellWithTextWhereANumberBelongsIsRefusedAtItsRow() {
        Path broken = RuleFolders.shippedCopy(dir.resolve("een-miljoen"));
        RuleFolders.setCell(broken.resolve("gs-mandaat.drl.xlsx"), "D12", "een miljoen");

        RuleSetException e = catchThrowableOfType(() -> Evaluator.create(RuleSource.folder(broken)), RuleSetException.class);

        assertThat(e).as("refused when loaded, not when evaluating").isNotNull();
        assertThat(e.ruleProblems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("gs-mandaat.drl.xlsx");
            assertThat(p.line()).isEqualTo(12);
        });
    }

    @Test
    void aFolderWithoutRuleFilesIsRefused() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("alleen-tekst"));
        Files.writeString(empty.resolve("README.md"), "# Regels\n");
        Files.writeString(empty.resolve("explanations.properties"), "content.green=Groen.\n");

        assertThatThrownBy(() -> Evaluator.create(RuleSource.folder(empty)))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("holds no rule files (*.drl, *.drl.xlsx, *.drl.xls, *.drl.csv)")
                .hasMessageContaining("'koers rules init");
    }

    @Test
    void aMissingFolderIsRefused() {
        Path missing = dir.resolve("bestaat-niet");

        assertThatThrownBy(() -> Evaluator.create(RuleSource.folder(missing)))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining(missing + ": error: no such folder");
    }

    @Test
    void aSemicolonSeparatedCsvTableDecidesLikeTheSpreadsheet() {
        for (Map.Entry<String, Portfolio> p : everyPortfolio().entrySet()) {
            assertThat(verdicts(csvFolder.evaluate(p.getValue())))
                    .as(p.getKey()).containsExactlyElementsOf(verdicts(SHIPPED.evaluate(p.getValue())));
        }
        Evaluation orange = csvFolder.evaluate(MONEY.get("9 %"));
        assertThat(orange.ruleLocation(orange.money())).hasValue("geldkleur.drl.csv row 12");
        for (Portfolio p : MONEY.values()) {
            Evaluation e = csvFolder.evaluate(p);
            assertWrittenAt(csv, e.ruleLocation(e.money()).orElseThrow(), e.money().rule());
        }
    }

    /** A Dutch Excel writes 0,05 for the number 0.05 in a semicolon-separated CSV; it means the same. */
    @Test
    void aCsvTableWithDecimalCommasDecidesLikeTheSpreadsheet() throws IOException {
        Path commas = RuleFolders.shippedCopy(dir.resolve("csv-komma"));
        Files.delete(commas.resolve("geldkleur.drl.xlsx"));
        Files.writeString(commas.resolve("geldkleur.drl.csv"), GELDKLEUR_CSV.replace(";0.05;", ";0,05;")
                .replace(";0.1;", ";0,1;"));
        assertThat(Files.readString(commas.resolve("geldkleur.drl.csv"))).contains("0,05", "0,1");

        Evaluator withCommas = Evaluator.create(RuleSource.folder(commas));

        for (Portfolio p : MONEY.values()) {
            assertThat(verdicts(withCommas.evaluate(p))).containsExactlyElementsOf(verdicts(SHIPPED.evaluate(p)));
        }
    }
}
