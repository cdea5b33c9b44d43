package nl.koers.evaluator.ruleset;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import nl.koers.evaluator.Evaluator;
import nl.koers.evaluator.internal.RuleBase;
import nl.koers.evaluator.internal.RuleRun;
import nl.koers.evaluator.internal.RuleTrace;
import nl.koers.evaluator.ruleset.internal.load.RuleFiles;
import nl.koers.evaluator.ruleset.internal.scenario.ScenarioRun;
import nl.koers.model.Facts;

/**
 * Runs the scenarios of a rule set — small portfolios with the outcome an analyst expects — and reports
 * them like a test runner ({@link ScenarioReport#print}). A rule set keeps its scenarios in
 * {@code scenarios/*.yaml}; the shipped set ships one file per topic.
 *
 * <h2>Scenario files</h2>
 * A scenario file (UTF-8 YAML) holds one scenario, a mapping, or several, a list of mappings:
 *
 * <pre>{@code
 * scenario: "Saldo uit de reserve gaat met een GS-wijziging naar 2019"   # required: the title in the report
 * note: "Jaarverslag 2018, prestatie 5.4.2"                             # optional, free text
 * portfolio: default        # required: 'default' (the embedded default), the path of a portfolio file
 *                           # relative to this file, or a koers/v1 portfolio written out as a mapping
 * asOf: 2018-12-31          # optional peildatum; default: the portfolio's own (asOf, else period end)
 * expect:                   # required, at least one key; only what is given is checked
 *   actions: { "1": achieved, "4": unknown }    # action id: achieved | on-track | at-risk | off-track | unknown | withdrawn
 *   targets: { "1b": achieved }                 # target id: the same codes
 *   contentColour: orange                        # green | orange | red | undetermined
 *   moneyColour: undetermined
 *   budgetChange: { type: gs, amount: 109000, year: 2019, source: "Reserve uitvoering Kwaliteit van Overijssel" }
 *                             # type none | gs | ps | result-allocation; each part optional; source: ~ expects
 *                             # general means (no reserve); budgetChange: none is short for { type: none }
 *   rules: ["Quantity target met"]              # rules that must have decided something
 * }</pre>
 *
 * An action, target or rule named under {@code expect} must exist in the portfolio or the rule set. A file in
 * {@code scenarios/} that is itself a portfolio ({@code format: koers/v1}, no {@code scenario}) is not a
 * scenario; scenarios can refer to it by path. In a rule folder, a path may point anywhere on disk; in the
 * shipped set only at files the set ships.
 *
 * <h2>Outcome</h2>
 * A scenario passes when every expectation holds. Each one that does not is a line such as
 * {@code action 4: expected on-track, got unknown (rule "...")}. A scenario that cannot be read or run fails
 * with its problem as {@code file:line:column: field: problem} (e.g.
 * {@code scenarios/x.yaml:7:12: expect.actions.4: expected one of achieved | on-track | ..., found the text "ontrack"});
 * the other scenarios still run. A rule <em>decided something</em> in a scenario when it made a verdict,
 * a colour or the budget change, or a fact (such as the GS mandate) that a rule making one of those used.
 *
 * <pre>{@code
 * ScenarioReport report = ScenarioRunner.runShipped(Evaluator.create(RuleSource.builtIn()));
 * report.print(new PrintWriter(System.out));   // last line: "12 passed, 0 failed"
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class ScenarioRunner {

    private ScenarioRunner() {
    }

    /**
     * Runs the scenarios shipped in koers-rules (listed in its {@code ruleset.txt}) against {@code evaluator}.
     *
     * @throws RuleSetException when the shipped rule set's files cannot be read
     */
    public static ScenarioReport runShipped(Evaluator evaluator) {
        Objects.requireNonNull(evaluator, "evaluator");
        return run(evaluator, RuleFiles.shipped(), null);
    }

    /**
     * Runs the scenarios in {@code ruleFolder}{@code /scenarios/*.yaml} (and {@code *.yml}), by file name,
     * against {@code evaluator}, which should be built from the rules of that folder.
     *
     * @throws RuleSetException when the folder cannot be read or holds no rule files
     */
    public static ScenarioReport run(Evaluator evaluator, Path ruleFolder) {
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(ruleFolder, "ruleFolder");
        return run(evaluator, RuleFiles.folder(ruleFolder), ruleFolder);
    }

    private static ScenarioReport run(Evaluator evaluator, RuleFiles files, Path folder) {
        // One rule base for the whole report, and one firing per scenario for its verdicts and its trace.
        RuleBase ruleBase = evaluator.ruleBase();
        ScenarioRun.Evaluate evaluate = (portfolio, peildatum) -> {
            List<Object> facts = Facts.of(portfolio, peildatum);
            RuleRun.Result run = RuleRun.fire(ruleBase, facts);
            return new ScenarioRun.Traced(Evaluator.assemble(portfolio, peildatum, ruleBase, facts, run),
                    RuleTrace.decidingRules(run));
        };
        return new ScenarioReport(files.origin(), ScenarioRun.run(evaluate, ruleBase.ruleNames(), files, folder),
                ruleBase.ruleNames());
    }
}
