package nl.koers.evaluator.ruleset.internal.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.koers.evaluator.RuleProblem.Code;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.RuleSetException;
import nl.koers.evaluator.internal.RuleLocations;
import nl.koers.evaluator.ruleset.internal.guard.RuleBytecodeGuard;
import nl.koers.evaluator.ruleset.internal.guard.RuleGuard;
import nl.koers.evaluator.ruleset.internal.load.RuleCatalog;
import nl.koers.evaluator.ruleset.internal.load.RuleFile;
import nl.koers.evaluator.ruleset.internal.load.RuleFiles;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.internal.builder.InternalKieBuilder;

/**
 * Compiles the DRL files and decision tables of a rule set with the executable model, and hands back a rule
 * base only after {@link RuleBytecodeGuard} has passed every class the compilation produced: no class of the
 * folder is loaded, and so none of its code runs, before that. Tables are turned into DRL here, once per load
 * ({@link RuleFiles#table}), rather than by Drools, so that every message about them can name the spreadsheet
 * row, so that CSV tables need no extra configuration, and so that what is checked is what runs.
 */
public final class RuleCompiler {

    private static final String ROOT = "src/main/resources/rules/";

    private RuleCompiler() {
    }

    /** Builds the KieBase of {@code files}; every error, at its file and line, is thrown as one exception. */
    public static KieBase compile(String id, RuleFiles files) {
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
                    DecisionTables.Compiled table = files.table(file);
                    path = path + ".drl";
                    kfs.write(path, withDroolsDates(file, table.drl(), table::rowOf, problems));
                    sources.put(path, new Source(file.name(), table, null));
                } catch (IllegalArgumentException e) {
                    problems.add(RuleProblem.error(Code.COMPILE_ERROR, file.name(), 0, 0, null, e.getMessage()));
                }
            } else {
                String text = file.text();
                String drl = withDroolsDates(file, text, line -> line, problems);
                kfs.write(path, drl.equals(text) ? file.content() : drl.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sources.put(path, new Source(file.name(), null, file.text()));
            }
        }
        if (!problems.isEmpty()) {
            throw RuleSetException.of(id, problems);
        }
        KieBuilder builder;
        try {
            builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // the executable model's code generator throws on some constraints it cannot type (a date or a
            // number compared with a text literal) instead of reporting them
            services.getRepository().removeKieModule(release);
            throw RuleSetException.of(id, List.of(generatorFailure(e, sources)));
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        Map<String, String> generated = generatedSources(errors);
        for (Message m : errors) {
            String text = m.getText() == null ? "" : m.getText();
            // Drools adds the first after every parse error of a file, the second (the whole generated class)
            // before each Java error in it; the error itself says more
            if (!text.contains("Parser returned a null Package") && !text.startsWith(GENERATED_SOURCE)) {
                problems.add(problem(m, sources, generated));
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(refused(files, classes(builder)));
        }
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(release);
            throw RuleSetException.of(id, problems.stream().distinct().toList());
        }
        try {
            return services.newKieContainer(release).getKieBase();
        } catch (RuntimeException | LinkageError e) {
            // the checked classes are loaded now; a constant of a rule that cannot be made (the date literal in
            // due > "morgen") fails their initialisation
            throw RuleSetException.of(id, List.of(generatorFailure(e, sources)));
        } finally {
            // The container keeps what it needs; the global repository need not remember every reload.
            services.getRepository().removeKieModule(release);
        }
    }

    /**
     * {@code drl} with its validity dates (written as 2018-01-01) in the mask the executable model reads; each date
     * that cannot be read is a problem at its line, or for a table its row ({@code place}).
     */
    private static String withDroolsDates(RuleFile file, String drl, java.util.function.IntUnaryOperator place,
            List<RuleProblem> problems) {
        ValidityDates.Rewritten dated = ValidityDates.rewrite(drl);
        for (ValidityDates.Problem p : dated.problems()) {
            problems.add(RuleProblem.error(Code.BAD_DATE, file.name(), place.applyAsInt(p.line()), 0, p.rule(),
                    p.message()));
        }
        return dated.drl();
    }

    /** The class files the build produced, by internal name; the same module the container then loads from. */
    private static Map<String, byte[]> classes(KieBuilder builder) {
        InternalKieModule module = (InternalKieModule) ((InternalKieBuilder) builder).getKieModule();
        Map<String, byte[]> classes = new HashMap<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                classes.put(name.substring(0, name.length() - ".class".length()), module.getBytes(name));
            }
        }
        return classes;
    }

    /** What the bytecode guard refuses, each at the rule (its file and line, or table row) or declaration it is in. */
    private static List<RuleProblem> refused(RuleFiles files, Map<String, byte[]> classes) {
        if (classes.isEmpty()) {
            return List.of(RuleProblem.error(Code.COMPILE_ERROR, RuleProblem.RULE_SET, 0, 0, null,
                    "the rule set compiled to no code"));
        }
        List<RuleBytecodeGuard.Refusal> refusals = RuleBytecodeGuard.check(classes);
        if (refusals.isEmpty()) {
            return List.of();
        }
        RuleCatalog catalog = RuleCatalog.of(files);
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleBytecodeGuard.Refusal r : refusals) {
            String message = "may not use " + r.what() + ": compiled rule code may only use what the rule allowlist "
                    + "permits (see SECURITY.md)";
            RuleLocations.Location at = r.rules().isEmpty() ? null : catalog.locate(r.rules().get(0)).orElse(null);
            if (at == null) {
                at = catalog.declaration(simpleName(r.className())).or(() -> catalog.declaration(r.method())).orElse(null);
            }
            String rule = r.rules().isEmpty() ? null : r.rules().get(0);
            problems.add(at == null
                    ? RuleProblem.error(Code.GUARD_REFUSED, RuleProblem.RULE_SET, 0, 0, rule, message + " (in " + r.className() + ")")
                    : RuleProblem.error(Code.GUARD_REFUSED, at.file(), lineOfWord(files, at, r.word()), 0, rule, message));
        }
        return problems;
    }

    /**
     * The line of a DRL file, from where a rule or declaration starts to its {@code end}, that holds {@code word} as
     * a name: where the analyst wrote what is refused. The start itself when no line does, or for a table (whose
     * row is the place already).
     */
    private static int lineOfWord(RuleFiles files, RuleLocations.Location at, String word) {
        RuleFile file = files.file(at.file()).orElse(null);
        if (at.row() || word == null || file == null || file.isTable()) {
            return at.line();
        }
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}_$])" + java.util.regex.Pattern.quote(word)
                + "(?![\\p{L}\\p{N}_$])");
        String[] lines = file.text().split("\n", -1);
        for (int i = at.line() - 1; i >= 0 && i < lines.length; i++) {
            if (i > at.line() - 1 && lines[i].strip().matches("end\\b.*")) {
                break;
            }
            if (name.matcher(lines[i]).find() && i > at.line() - 1) {
                return i + 1;
            }
        }
        return at.line();
    }

    /** {@code nl.koers.rules.Teller} is Teller; a nested class is its outer class's. */
    private static String simpleName(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        return nested < 0 ? simple : simple.substring(0, nested);
    }

    /** A code-generator exception, at the file (and line) its message points to, without its stack trace. */
    private static RuleProblem generatorFailure(Throwable e, Map<String, Source> sources) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = String.valueOf(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage())
                .strip().replaceAll("\\s*\\n\\s*", " ");
        for (Source source : sources.values()) {
            int line = lineOfQuotedExpression(text, source.drl());
            if (line <= 0) {
                line = lineOfQuotedValue(text, source.drl());
            }
            if (line > 0) {
                return RuleProblem.error(Code.COMPILE_ERROR, source.name(), source.place(line), 0, null,
                        "cannot be compiled: " + text);
            }
        }
        return RuleProblem.error(Code.COMPILE_ERROR, RuleProblem.RULE_SET, 0, 0, null, "cannot be compiled: " + text);
    }

    private record Source(String name, DecisionTables.Compiled table, String text) {

        /** The DRL that was compiled: the file's text, or the DRL its table became. */
        String drl() {
            return table != null ? table.drl() : text;
        }

        /** Where a line of {@link #drl()} is for the analyst: that line, or for a table its spreadsheet row. */
        int place(int drlLine) {
            return table != null ? table.rowOf(drlLine) : drlLine;
        }
    }

    /** The first 1-based line of {@code drl} that holds {@code fragment}; 0 when none does. */
    private static int firstLineHolding(String drl, String fragment) {
        String[] lines = drl == null ? new String[0] : drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        return 0;
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
        return expression.length() < 3 ? 0 : firstLineHolding(drl, expression);
    }

    /** A value a message quotes ('morgen'), as a DRL text literal ("morgen"). */
    private static final java.util.regex.Pattern QUOTED_VALUE = java.util.regex.Pattern.compile("'([^'\n]{1,200})'");

    /** The first DRL line holding, as a text literal, a value the message quotes; 0 when none does. */
    static int lineOfQuotedValue(String message, String drl) {
        java.util.regex.Matcher m = QUOTED_VALUE.matcher(message);
        while (m.find()) {
            int line = firstLineHolding(drl, "\"" + m.group(1) + "\"");
            if (line > 0) {
                return line;
            }
        }
        return 0;
    }

    /** Drools often leaves line and column out of the message's fields but writes "Line 17:36" in its text. */
    private static final java.util.regex.Pattern LINE_IN_TEXT = java.util.regex.Pattern.compile("[Ll]ine (\\d+):(\\d+)");

    /** How Drools introduces the Java it generated for a class that does not compile. */
    private static final String GENERATED_SOURCE = "Java source of ";

    /** The generated Java of each class in error, by its path, as Drools quotes it. */
    private static Map<String, String> generatedSources(List<Message> errors) {
        Map<String, String> generated = new HashMap<>();
        for (Message m : errors) {
            String text = m.getText() == null ? "" : m.getText();
            int colon = text.indexOf(" in error:");
            if (text.startsWith(GENERATED_SOURCE) && colon > 0) {
                generated.put(text.substring(GENERATED_SOURCE.length(), colon).strip(),
                        text.substring(colon + " in error:".length()).replaceFirst("^\\r?\\n", ""));
            }
        }
        return generated;
    }

    /**
     * A Java error in the code Drools generated for a condition or consequence (a type error in a rule's action,
     * say) is about a line of a generated class; the analyst wrote the statement that holds the error's column,
     * so the DRL line (or table row) holding that statement is the place to report.
     */
    private static RuleProblem generatedCodeProblem(Message m, String generatedSource, Map<String, Source> sources, String text) {
        // Drools gives the line and, as "column", the offset of the error in the whole generated file
        String[] lines = generatedSource.split("\n", -1);
        int index = m.getLine() - 1;
        String code = "";
        int at = 0;
        if (m.getColumn() > 0 && m.getColumn() < generatedSource.length()) {
            code = generatedSource;
            at = m.getColumn();
        } else if (index >= 0 && index < lines.length) {
            code = lines[index];
            at = Math.max(0, Math.min(code.length(), m.getColumn()));
        }
        int start = Math.max(code.lastIndexOf(';', Math.max(0, at - 1)), code.lastIndexOf('{', Math.max(0, at - 1))) + 1;
        int end = code.indexOf(';', at);
        String statement = code.substring(start, end < 0 ? code.length() : end).strip().replace("drools.", "");
        for (Source source : sources.values()) {
            int line = statement.length() < 3 ? 0 : firstLineHolding(source.drl(), statement);
            if (line > 0) {
                return RuleProblem.error(Code.COMPILE_ERROR, source.name(), source.place(line), 0,
                        RuleGuard.ruleAt(source.drl(), offsetOfLine(source.drl(), line - 1)), text);
            }
        }
        return RuleProblem.error(Code.COMPILE_ERROR, RuleProblem.RULE_SET, 0, 0, null,
                text + " (in the code generated for a rule's condition or action)");
    }

    private static int offsetOfLine(String text, int lineIndex) {
        int offset = 0;
        for (int i = 0; i < lineIndex; i++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset;
    }

    private static RuleProblem problem(Message m, Map<String, Source> sources, Map<String, String> generated) {
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
        if (source == null && generated.containsKey(path)) {
            return generatedCodeProblem(m, generated.get(path), sources, text);
        }
        if (source == null) {
            return RuleProblem.error(Code.COMPILE_ERROR, path.isEmpty() ? RuleProblem.RULE_SET : path, Math.max(0, line),
                    Math.max(0, column), null, text);
        }
        if (line <= 0) {
            line = lineOfQuotedExpression(text, source.drl());
        }
        if (source.table() != null) {
            return RuleProblem.error(Code.COMPILE_ERROR, source.name(), source.place(line), 0, null, text);
        }
        return RuleProblem.error(Code.COMPILE_ERROR, source.name(), Math.max(0, line), Math.max(0, column), null, text);
    }
}
