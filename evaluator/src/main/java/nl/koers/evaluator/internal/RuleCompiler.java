package nl.koers.evaluator.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSetException;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles the DRL files and decision tables of a rule set with the executable model. Tables are turned
 * into DRL here rather than by Drools, so that every message about them can name the spreadsheet row, and
 * so that CSV tables need no extra configuration.
 */
final class RuleCompiler {

    private static final String ROOT = "src/main/resources/rules/";

    private RuleCompiler() {
    }

    /** Builds the KieBase of {@code files}; every error, at its file and line, is thrown as one exception. */
    static KieBase compile(String id, RuleFiles files) {
        KieServices services = KieServices.get();
        KieFileSystem kfs = services.newKieFileSystem();
        ReleaseId release = services.newReleaseId("nl.koers.ruleset", "rules-" + files.fingerprint(),
                "1.0." + System.nanoTime());
        kfs.generateAndWritePomXML(release);
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Source> sources = new HashMap<>();
        for (RuleFile file : files.rules()) {
            String path = ROOT + file.name().replaceAll("[^A-Za-z0-9._/-]", "_");
            if (file.isTable()) {
                try {
                    DecisionTables.Compiled table = DecisionTables.compile(file);
                    path = path + ".drl";
                    kfs.write(path, table.drl());
                    sources.put(path, new Source(file.name(), table, null));
                } catch (IllegalArgumentException e) {
                    problems.add(RuleProblem.error(file.name(), 0, 0, null, e.getMessage()));
                }
            } else {
                kfs.write(path, file.content());
                sources.put(path, new Source(file.name(), null, file.text()));
            }
        }
        if (!problems.isEmpty()) {
            throw RuleSetException.of(id, problems);
        }
        KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            // Drools adds this after every parse error of a file; the parse error itself says more.
            if (m.getText() == null || !m.getText().contains("Parser returned a null Package")) {
                problems.add(problem(m, sources));
            }
        }
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(release);
            throw RuleSetException.of(id, problems);
        }
        try {
            return services.newKieContainer(release).getKieBase();
        } finally {
            // The container keeps what it needs; the global repository need not remember every reload.
            services.getRepository().removeKieModule(release);
        }
    }

    private record Source(String name, DecisionTables.Compiled table, String text) {
    }

    /**
     * Some Drools messages give no line but quote the expression ("Unable to parse left part of expression:
     * measurd == false"); the first line that holds it is where the analyst should look.
     */
    static int lineOfQuotedExpression(String message, String drl) {
        int colon = message.lastIndexOf(": ");
        if (colon < 0 || drl == null) {
            return 0;
        }
        String expression = message.substring(colon + 2).strip();
        if (expression.length() < 3) {
            return 0;
        }
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(expression)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Drools often leaves line and column out of the message's fields but writes "Line 17:36" in its text. */
    private static final java.util.regex.Pattern LINE_IN_TEXT = java.util.regex.Pattern.compile("[Ll]ine (\\d+):(\\d+)");

    private static RuleProblem problem(Message m, Map<String, Source> sources) {
        String path = m.getPath() == null ? "" : m.getPath();
        int line = m.getLine();
        int column = m.getColumn();
        java.util.regex.Matcher at = LINE_IN_TEXT.matcher(m.getText() == null ? "" : m.getText());
        if (at.find() && (line <= 0 || column <= 0)) {
            line = line > 0 ? line : Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2)) + 1;
        }
        Source source = sources.entrySet().stream()
                .filter(e -> path.endsWith(e.getKey()) || e.getKey().endsWith(path) && !path.isEmpty())
                .map(Map.Entry::getValue).findFirst().orElse(null);
        String text = m.getText() == null ? "" : m.getText().strip().replaceAll("\\s*\\n\\s*", " ");
        if (source == null) {
            return RuleProblem.error(path.isEmpty() ? "(rule set)" : path, Math.max(0, line), Math.max(0, column), null, text);
        }
        if (line <= 0) {
            line = lineOfQuotedExpression(text, source.table() != null ? source.table().drl() : source.text());
        }
        if (source.table() != null) {
            return RuleProblem.error(source.name(), source.table().rowOf(line), 0, null, text);
        }
        return RuleProblem.error(source.name(), Math.max(0, line), Math.max(0, column), null, text);
    }
}
