package nl.koers.evaluator.ruleset.internal.guard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.evaluator.RuleProblem.Code;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.ruleset.internal.compile.CsvTable;
import nl.koers.evaluator.ruleset.internal.compile.DecisionTables;
import nl.koers.evaluator.ruleset.internal.load.RuleFile;
import nl.koers.evaluator.ruleset.internal.load.RuleFiles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Refuses a rule set that could do more than decide: DRL, and the action cells of a decision table, can
 * call any Java, so a rule set loaded from a folder may use only the Koers model types ({@code nl.koers.model})
 * and the value types of java.lang, java.math and java.time (plus {@code java.util} List, Set, Map and
 * Collection, which {@code accumulate}/{@code collectList} produce). Every other use is an ERROR naming the
 * file and line, for a decision table the file and the spreadsheet row (and column when the cell is found).
 *
 * <p>This is a text scanner, not Drools' type resolution; it is conservative: whatever it cannot prove
 * harmless it refuses. Each DRL file, and the DRL each decision table compiles to, is read as follows.
 * <ol>
 *   <li><b>Unicode escapes.</b> Any {@code \}{@code uXXXX} escape, anywhere (also in comments and strings),
 *       is refused: Java decodes them before it sees comments and strings, so {@code \}{@code u000a} ends a
 *       comment and {@code \}{@code u0022} ends a string. The escapes are then decoded, so what they
 *       spell is checked as well.</li>
 *   <li><b>Comments and strings.</b> Comments ({@code //}, {@code /* *}{@code /}) and the contents of string
 *       and character literals ({@code "..."}, {@code '...'}) are set aside. A literal must close on the line
 *       it opens: one that does not is refused, and so is a text block ({@code """}), because Java and the
 *       DRL parser let those run on over line ends, and the code after them would be read as text here.
 *       The code is read twice: once with each comment as a space, once with comments removed, so that
 *       {@code Sys/**}{@code /tem} is read as {@code System}. Invisible characters Java ignores in names
 *       (zero-width space and the like) are dropped.</li>
 *   <li><b>Statements.</b> {@code import} only of {@code nl.koers.model} types, the allowed java.math and
 *       java.time types, java.lang value types and java.util List/Set/Map/Collection; never
 *       {@code import static}, {@code import function}, {@code import accumulate}. No {@code function},
 *       MVEL {@code def}, {@code global}, {@code eval(}, {@code accumulate} with {@code init/action/reverse/result}
 *       code; {@code declare} fields only of allowed types; no {@code package} in java, javax, jakarta, jdk,
 *       sun, com.sun, org.kie, org.drools, org.mvel2 or nl.koers outside nl.koers.rules.</li>
 *   <li><b>Names.</b> Every name that starts with an upper-case letter, and every qualified name that starts
 *       with a package (java, javax, org, com, ... or any name with an upper-case part after a lower-case
 *       one, such as {@code java . io . File}), must be an allowed type: a public type of
 *       {@code nl.koers.model}, a type declared with {@code declare} in the rule set, or one of
 *       {@link #LANG_TYPES}, {@link #MATH_TYPES}, {@link #TIME_TYPES}, {@link #UTIL_TYPES}.
 *       {@code Objects}, {@code ArrayList} and friends are refused on purpose: rules do not need them.
 *       {@code new X(...)} only of model types, declared types, BigDecimal, BigInteger, MathContext and
 *       String; never an anonymous class body.</li>
 *   <li><b>Members.</b> Calls and property reads named in {@link #DENIED_MEMBERS} are refused whatever
 *       their receiver ({@code exit}, {@code getProperty}, {@code getenv}, {@code forName},
 *       {@code getClass}, {@code class}, {@code getDeclaringClass}, {@code TYPE}, {@code invoke}, {@code exec},
 *       {@code parallelStream}, {@code getKieRuntime}, ...), each getter also as the property MVEL reads it by
 *       ({@code getMethods} as {@code methods}), and so is MVEL's {@code $x['name']}. {@code drools} may be
 *       used only as {@code drools.getRule()}; {@code kcontext} not at all. {@code insert}, {@code modify},
 *       {@code update}, {@code delete} and {@code retract} stay allowed (the evaluator's firing limit stops
 *       loops). {@code start()} is not refused by name because model types have a {@code start()} date; a
 *       thread can only be reached through refused types.</li>
 * </ol>
 * When a reflective call is found, the strings passed to it are joined and named in the message, so that
 * {@code Class.forName("java.lang." + "System")} reads as naming {@code "java.lang.System"}.
 */
public final class RuleGuard {

    static final String ALLOWED = "a rule set may only use the Koers model types and java.lang, java.math and java.time value types";

    static final Set<String> LANG_TYPES = Set.of("String", "Math", "Integer", "Long", "Short", "Byte", "Boolean",
            "Double", "Float", "Character", "Number");
    static final Set<String> MATH_TYPES = Set.of("BigDecimal", "BigInteger", "RoundingMode", "MathContext");
    static final Set<String> TIME_TYPES = Set.of("LocalDate", "LocalDateTime", "LocalTime", "Year", "YearMonth",
            "MonthDay", "Month", "DayOfWeek", "Period", "Duration", "Instant");
    static final Set<String> TEMPORAL_TYPES = Set.of("ChronoUnit");
    static final Set<String> UTIL_TYPES = Set.of("List", "Set", "Map", "Collection");
    static final Set<String> CONSTRUCTIBLE = Set.of("BigDecimal", "BigInteger", "MathContext", "String");
    static final Set<String> PRIMITIVES = Set.of("int", "long", "short", "byte", "double", "float", "boolean",
            "char", "void");

    /** Lower-case first parts that are taken as the start of a package name, never as a variable. */
    static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "jdk", "sun", "com", "org", "net",
            "io", "nl", "ch", "de", "edu", "groovy", "kotlin", "scala", "picocli", "lombok", "oracle", "apple",
            "android", "ognl", "mvel", "mvel2", "junit");

    private static final String STOP = "stopping the program is not allowed";
    private static final String PROPS = "reading or changing system properties or the environment is not allowed";
    private static final String NATIVE = "loading native code is not allowed";
    private static final String REFLECT = "reflection and class loading are not allowed";
    private static final String PROCESS = "starting processes is not allowed";
    private static final String THREAD = "threads, waiting and parallel streams are not allowed";
    private static final String ENGINE = "reaching into the rule engine is not allowed; a rule may use insert, "
            + "modify, update, delete and drools.getRule()";
    private static final String RUNTIME = "changing the console or the Java runtime is not allowed";

    /** Method and property names refused on any receiver, with why. */
    static final Map<String, String> DENIED_MEMBERS = deniedMembers();

    private static Map<String, String> deniedMembers() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String s : List.of("exit", "halt")) {
            m.put(s, STOP);
        }
        for (String s : List.of("getProperty", "setProperty", "getProperties", "setProperties", "clearProperty",
                "getenv", "getInteger", "getLong", "getBoolean")) {
            m.put(s, PROPS);
        }
        for (String s : List.of("load", "loadLibrary", "mapLibraryName")) {
            m.put(s, NATIVE);
        }
        for (String s : List.of("forName", "getClass", "class", "getDeclaringClass", "TYPE", "describeConstable",
                "resolveConstantDesc", "getRecordComponents", "getAccessor", "getClassLoader", "classLoader",
                "getContextClassLoader", "contextClassLoader", "setContextClassLoader", "getSystemClassLoader",
                "getPlatformClassLoader", "loadClass", "defineClass", "findClass", "getDeclaredMethod",
                "getDeclaredMethods", "declaredMethods", "getMethod", "getMethods", "getDeclaredField",
                "getDeclaredFields", "declaredFields", "getField", "getFields", "getDeclaredConstructor",
                "getDeclaredConstructors", "declaredConstructors", "getConstructor", "getConstructors",
                "newInstance", "invoke", "invokeExact", "invokeWithArguments", "setAccessible", "trySetAccessible",
                "lookup", "privateLookupIn", "findStatic", "findVirtual", "findConstructor", "getModule",
                "getResource", "getResourceAsStream", "getProtectionDomain")) {
            m.put(s, REFLECT);
        }
        for (String s : List.of("exec", "getRuntime", "runtime", "inheritIO")) {
            m.put(s, PROCESS);
        }
        for (String s : List.of("sleep", "wait", "notify", "notifyAll", "interrupt", "parallel", "parallelStream",
                "setDaemon", "currentThread", "startVirtualThread", "ofVirtual", "ofPlatform", "newThread")) {
            m.put(s, THREAD);
        }
        for (String s : List.of("getKieRuntime", "getKnowledgeRuntime", "getKieBase", "getKnowledgeBase",
                "getKieSession", "getWorkingMemory", "getEntryPoint", "getEntryPoints", "getChannels", "getGlobal",
                "setGlobal", "getGlobals", "getSessionClock", "fireAllRules", "fireUntilHalt", "dispose")) {
            m.put(s, ENGINE);
        }
        for (String s : List.of("gc", "runFinalization", "setOut", "setErr", "setIn", "setSecurityManager",
                "getSecurityManager", "finalize")) {
            m.put(s, RUNTIME);
        }
        // MVEL reads a getter as a property: $d.class.methods is $d.getClass().getMethods()
        for (Map.Entry<String, String> e : List.copyOf(m.entrySet())) {
            String name = e.getKey();
            if (name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) {
                m.putIfAbsent(Character.toLowerCase(name.charAt(3)) + name.substring(4), e.getValue());
            }
        }
        return Map.copyOf(m);
    }

    private static final String ID = "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*";
    private static final String CHAIN = ID + "(?:\\s*\\.\\s*" + ID + ")*";
    private static final String NOT_AFTER_ID = "(?<![\\p{javaJavaIdentifierPart}])";
    private static final String NOT_BEFORE_ID = "(?![\\p{javaJavaIdentifierPart}])";
    private static final Pattern CHAINS = Pattern.compile(NOT_AFTER_ID + CHAIN);
    private static final Pattern TAIL_MEMBERS = Pattern.compile("(?:\\.\\s*\\??|::)\\s*(" + ID + ")");
    private static final Pattern DOTS = Pattern.compile("\\s*\\.\\s*");
    private static final Pattern PACKAGE = Pattern.compile(NOT_AFTER_ID + "package" + NOT_BEFORE_ID + "\\s*(" + CHAIN + ")?");
    private static final Pattern IMPORT = Pattern.compile(NOT_AFTER_ID + "import" + NOT_BEFORE_ID + "([^;\\n\\r]*)");
    private static final Pattern KEYWORDS = Pattern.compile(NOT_AFTER_ID + "(function|def|global|eval|accumulate|declare)" + NOT_BEFORE_ID);
    private static final Pattern FUNCTION_NAME = Pattern.compile("\\G\\s+[^(;{]*?(" + ID + ")\\s*\\(");
    private static final Pattern GLOBAL_NAME = Pattern.compile("\\G\\s+(" + CHAIN + ")(?:\\s*<[^>;]*>)?\\s+(" + ID + ")");
    private static final Pattern ACCUMULATE_CODE = Pattern.compile(NOT_AFTER_ID + "(init|action|reverse|result)\\s*\\(");
    private static final Pattern DECLARE_HEAD = Pattern.compile(NOT_AFTER_ID + "declare\\s+(?:(trait|enum|window)\\s+)?(" + ID + ")");
    private static final Pattern DECLARE_FIELD = Pattern.compile(NOT_AFTER_ID + "(" + ID + ")\\s*:\\s*(" + CHAIN + ")");
    private static final Pattern NAMED_PROPERTY = Pattern.compile("\\[\\s*[\"']");
    private static final Pattern END = Pattern.compile(NOT_AFTER_ID + "end" + NOT_BEFORE_ID);
    private static final Pattern NEW = Pattern.compile(NOT_AFTER_ID + "new\\s+(" + CHAIN + ")\\s*(?:<[^>;]*>\\s*)?([(\\[{])");
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^[ \\t]*rule\\s+(?:\"((?:[^\"\\\\\\n]|\\\\.)*)\"|'([^'\\n]*)'|(\\S+))");
    private static final Pattern RULE_END = Pattern.compile("(?m)^[ \\t]*end\\b");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"|'((?:[^'\\\\\\n]|\\\\.)*)'");

    private RuleGuard() {
    }

    /**
     * Checks every DRL file and decision table of {@code files}.
     *
     * @return one ERROR per offending place, ordered by file and line; empty when the rule set only uses what
     *         rules may use
     */
    public static List<RuleProblem> check(RuleFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<RuleFile, String> drl = new LinkedHashMap<>();
        Map<RuleFile, DecisionTables.Compiled> tables = new LinkedHashMap<>();
        for (RuleFile file : files.rules()) {
            if (file.isTable()) {
                try {
                    DecisionTables.Compiled compiled = files.table(file);
                    tables.put(file, compiled);
                    drl.put(file, compiled.drl());
                } catch (IllegalArgumentException e) {
                    problems.add(RuleProblem.error(Code.GUARD_REFUSED, file.name(), 0, 0, null,
                            "cannot be checked for what its rules use: " + e.getMessage()));
                }
            } else {
                drl.put(file, file.text());
            }
        }
        Set<String> declared = new HashSet<>();
        for (String text : drl.values()) {
            declared.addAll(declaredTypes(text));
        }
        for (Map.Entry<RuleFile, String> e : drl.entrySet()) {
            RuleFile file = e.getKey();
            List<Finding> findings = scan(e.getValue(), declared);
            DecisionTables.Compiled compiled = tables.get(file);
            problems.addAll(compiled == null ? drlProblems(file.name(), e.getValue(), findings)
                    : tableProblems(file, compiled, findings));
        }
        return List.copyOf(problems);
    }

    /** Something refused, at {@code start..end} of the DRL text as written; {@code subjects} find its cell. */
    record Finding(int start, int end, String message, List<String> subjects) {
    }

    private static List<RuleProblem> drlProblems(String file, String text, List<Finding> findings) {
        Lines lines = new Lines(text);
        List<RuleProblem> problems = new ArrayList<>();
        for (Finding f : findings) {
            problems.add(RuleProblem.error(Code.GUARD_REFUSED, file, lines.line(f.start()), lines.column(f.start()),
                    ruleAt(text, f.start()), f.message()));
        }
        return problems;
    }

    private static List<RuleProblem> tableProblems(RuleFile file, DecisionTables.Compiled compiled, List<Finding> findings) {
        Lines lines = new Lines(compiled.drl());
        List<List<String>> cells = cells(file);
        Map<String, RuleProblem> problems = new LinkedHashMap<>();
        for (Finding f : findings) {
            int row = compiled.rowOf(lines.line(f.start()));
            int[] cell = locate(cells, row, f.subjects());
            int at = cell == null ? row : cell[0];
            int column = cell == null ? 0 : cell[1];
            String rule = cell == null || cell[0] == row ? ruleAt(compiled.drl(), f.start()) : null;
            problems.putIfAbsent(at + ":" + column + ":" + f.message(),
                    RuleProblem.error(Code.GUARD_REFUSED, file.name(), at, column, rule, f.message()));
        }
        return List.copyOf(problems.values());
    }

    /** The first cell holding one of {@code subjects}: in {@code row} if any there does, else anywhere (a template or header). */
    static int[] locate(List<List<String>> cells, int row, List<String> subjects) {
        for (String subject : subjects) {
            Pattern p = subject.matches(ID) ? Pattern.compile(NOT_AFTER_ID + Pattern.quote(subject) + NOT_BEFORE_ID)
                    : Pattern.compile(Pattern.quote(subject));
            if (row >= 1 && row <= cells.size()) {
                List<String> r = cells.get(row - 1);
                for (int c = 0; c < r.size(); c++) {
                    if (p.matcher(r.get(c)).find()) {
                        return new int[] {row, c + 1};
                    }
                }
            }
            for (int i = 0; i < cells.size(); i++) {
                List<String> r = cells.get(i);
                for (int c = 0; c < r.size(); c++) {
                    if (p.matcher(r.get(c)).find()) {
                        return new int[] {i + 1, c + 1};
                    }
                }
            }
        }
        return null;
    }

    /** The text of every cell, by 1-based row and column (index 0 is row 1), over all sheets; empty when unreadable. */
    static List<List<String>> cells(RuleFile table) {
        List<List<String>> rows = new ArrayList<>();
        if (table.kind() == RuleFile.Kind.TABLE_CSV) {
            return CsvTable.read(table.text()).rows();
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(table.content()))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    while (rows.size() <= row.getRowNum()) {
                        rows.add(new ArrayList<>());
                    }
                    List<String> r = rows.get(row.getRowNum());
                    for (Cell cell : row) {
                        while (r.size() <= cell.getColumnIndex()) {
                            r.add("");
                        }
                        r.set(cell.getColumnIndex(), r.get(cell.getColumnIndex()) + "\n" + text(cell, formatter, evaluator));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the table compiled, so this does not happen; without cells a problem names the row only
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        try {
            return formatter.formatCellValue(cell, evaluator) + "\n" + cell;
        } catch (RuntimeException e) {
            return String.valueOf(cell);
        }
    }

    /** The rule whose text holds {@code offset}, or null outside any rule. */
    public static String ruleAt(String text, int offset) {
        String name = null;
        Matcher m = RULE_NAME.matcher(text);
        while (m.find() && m.start() <= offset) {
            Matcher end = RULE_END.matcher(text);
            boolean open = !end.find(m.end()) || end.start() >= offset;
            name = open ? (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)) : null;
        }
        return name;
    }

    /** Names of the types declared with {@code declare} in a DRL text. */
    static Set<String> declaredTypes(String drl) {
        Set<String> names = new HashSet<>();
        Source view = strip(decode(drl, new ArrayList<>()), false);
        Matcher m = DECLARE_HEAD.matcher(view.text());
        while (m.find()) {
            names.add(m.group(2));
            if ("enum".equals(m.group(1))) {
                int stop = view.text().indexOf(';', m.end());
                Matcher constant = Pattern.compile(NOT_AFTER_ID + "([A-Z][A-Za-z0-9_]*)").matcher(
                        view.text().substring(m.end(), stop < 0 ? view.text().length() : stop));
                while (constant.find()) {
                    names.add(constant.group(1));
                }
            }
        }
        return names;
    }

    // ---------------------------------------------------------------- scanning

    /** Finds what {@code drl} uses that a rule set may not; {@code declared} are the rule set's own types. */
    static List<Finding> scan(String drl, Set<String> declared) {
        List<Finding> findings = new ArrayList<>();
        Source decoded = decode(drl, findings);
        Scan scan = new Scan(decoded, declared, findings);
        scan.run(strip(decoded, true));
        Source spaced = strip(decoded, false);
        for (int start : spaced.unclosed()) {
            findings.add(unclosedLiteral(decoded, start));
        }
        scan.run(spaced);
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    /**
     * Text with, for each char, its offset in the DRL as written ({@code at.length == text.length() + 1});
     * for a stripped view {@code dec} gives the offset in the decoded text, and {@code unclosed} the offsets in the
     * decoded text of the string and character literals that do not close on their line.
     */
    record Source(String text, int[] at, int[] dec, List<Integer> unclosed) {
    }

    /**
     * A string or character literal that does not close on its line: Java's text blocks ({@code """}) and the DRL
     * parser's strings run on over line ends, so the code after it could be read as text here and as code there.
     */
    private static Finding unclosedLiteral(Source decoded, int start) {
        String s = decoded.text();
        boolean textBlock = start >= 2 && s.startsWith("\"\"\"", start - 2);
        int from = textBlock ? start - 2 : start;
        String what = textBlock ? "uses a text block (\"\"\")" : "has a string that does not end on its line";
        return new Finding(decoded.at()[from], decoded.at()[start + 1], what + ": a rule set may only use strings "
                + "that open and close on one line, so that what is text and what is code cannot be read two ways",
                List.of(textBlock ? "\"\"\"" : s.substring(start, start + 1)));
    }

    /** Decodes Unicode escapes as Java does, reporting each line that holds one. */
    static Source decode(String s, List<Finding> findings) {
        StringBuilder out = new StringBuilder(s.length());
        int[] at = new int[s.length() + 1];
        int n = 0;
        int backslashes = 0;
        int line = 1;
        int lastLine = -1;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < s.length() && s.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 <= s.length() && s.substring(j, j + 4).matches("[0-9a-fA-F]{4}")) {
                    char decodedChar = (char) Integer.parseInt(s.substring(j, j + 4), 16);
                    if (line != lastLine) {
                        lastLine = line;
                        findings.add(new Finding(i, j + 4, "contains the Unicode escape " + s.substring(i, j + 4)
                                + " (" + printable(decodedChar) + "): a rule set may not use \\u escapes, because Java "
                                + "decodes them before comments and strings; write the character itself (rule files are UTF-8)",
                                List.of(s.substring(i, j + 4), "\\u")));
                    }
                    out.append(decodedChar);
                    at[n++] = i;
                    i = j + 4;
                    backslashes = 0;
                    continue;
                }
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            if (c == '\n') {
                line++;
            }
            out.append(c);
            at[n++] = i;
            i++;
        }
        at[n] = s.length();
        return new Source(out.toString(), Arrays.copyOf(at, n + 1), null, List.of());
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }

    /**
     * The code of {@code decoded}: comments removed ({@code join}) or each replaced by a space, string and
     * character literals emptied (quotes kept), characters Java ignores in names dropped.
     */
    static Source strip(Source decoded, boolean join) {
        String s = decoded.text();
        StringBuilder out = new StringBuilder(s.length());
        int[] dec = new int[s.length() + 1];
        List<Integer> unclosed = new ArrayList<>();
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                int j = i;
                while (j < s.length() && s.charAt(j) != '\n' && s.charAt(j) != '\r') {
                    j++;
                }
                if (!join) {
                    out.append(' ');
                    dec[n++] = i;
                }
                i = j;
            } else if (c == '/' && next == '*') {
                int close = s.indexOf("*/", i + 2);
                if (!join) {
                    out.append(' ');
                    dec[n++] = i;
                }
                i = close < 0 ? s.length() : close + 2;
            } else if (c == '"' || c == '\'') {
                out.append(c);
                dec[n++] = i;
                int j = i + 1;
                while (j < s.length()) {
                    char d = s.charAt(j);
                    if (d == '\\' && j + 1 < s.length() && s.charAt(j + 1) != '\n' && s.charAt(j + 1) != '\r') {
                        j += 2;
                    } else if (d == c || d == '\n' || d == '\r') {
                        break;
                    } else {
                        j++;
                    }
                }
                if (j < s.length() && s.charAt(j) == c) {
                    out.append(c);
                    dec[n++] = j;
                    i = j + 1;
                } else {
                    unclosed.add(i);
                    i = j;
                }
            } else if (Character.isIdentifierIgnorable(c)) {
                i++;
            } else {
                out.append(c);
                dec[n++] = i;
                i++;
            }
        }
        dec[n] = s.length();
        dec = Arrays.copyOf(dec, n + 1);
        int[] at = new int[n + 1];
        for (int k = 0; k <= n; k++) {
            at[k] = decoded.at()[dec[k]];
        }
        return new Source(out.toString(), at, dec, List.copyOf(unclosed));
    }

    /** One pass of the rules over the views of one text; findings are shared, a place is reported once. */
    private static final class Scan {
        private final Source decoded;
        private final Set<String> declared;
        private final List<Finding> findings;
        /** Places reported, in offsets of the text as written: reported once, whichever view finds them. */
        private final List<int[]> reported = new ArrayList<>();
        /** Places this view found allowed; only for this view, since the other may read them differently. */
        private final List<int[]> passed = new ArrayList<>();
        private Source view;

        Scan(Source decoded, Set<String> declared, List<Finding> findings) {
            this.decoded = decoded;
            this.declared = declared;
            this.findings = findings;
        }

        private static boolean within(List<int[]> spans, int start) {
            for (int[] span : spans) {
                if (start >= span[0] && start < span[1]) {
                    return true;
                }
            }
            return false;
        }

        boolean isClaimed(int start) {
            return within(reported, start) || within(passed, start);
        }

        /** Reports {@code message} for view span {@code from..to} unless that place was reported already. */
        void report(int from, int to, String message, String... subjects) {
            int start = view.at()[from];
            int end = view.at()[to];
            if (isClaimed(start)) {
                return;
            }
            reported.add(new int[] {start, Math.max(end, start + 1)});
            findings.add(new Finding(start, end, message, List.of(subjects)));
            claimContinuation(to);
        }

        /**
         * Members called on what was just reported belong to the same place: {@code Runtime.getRuntime().halt(0)}
         * is one problem. Only the member names are claimed, so what is passed as arguments is still checked.
         */
        private void claimContinuation(int to) {
            int i = to;
            while (true) {
                int j = skipSpace(i);
                if (j >= text().length()) {
                    return;
                }
                if (text().charAt(j) == '(') {
                    i = closing(j) + 1;
                    continue;
                }
                Matcher member = TAIL_MEMBERS.matcher(text()).region(j, text().length());
                if (member.lookingAt()) {
                    reported.add(new int[] {view.at()[member.start(1)], view.at()[member.end(1)]});
                    i = member.end();
                    continue;
                }
                return;
            }
        }

        /** Marks view span {@code from..to} as checked, so later rules leave it alone. */
        void pass(int from, int to) {
            passed.add(new int[] {view.at()[from], Math.max(view.at()[to], view.at()[from] + 1)});
        }

        boolean isClaimedView(int from) {
            return isClaimed(view.at()[from]);
        }

        void run(Source v) {
            this.view = v;
            passed.clear();
            packages();
            imports();
            declares();
            keywords();
            news();
            chains();
            tails();
            namedProperties();
        }

        /** MVEL reads any property by name with {@code $x['class']}; rules do not need it. */
        private void namedProperties() {
            Matcher m = NAMED_PROPERTY.matcher(text());
            while (m.find()) {
                report(m.start(), m.end(), "reads a property by its name in quotes ([\"...\"]): a rule set may "
                        + "not index with a string, because MVEL then reads any property, class and class loader "
                        + "included; write the property itself, e.g. $p.ratio", "[");
            }
        }

        private String text() {
            return view.text();
        }

        private void packages() {
            Matcher m = PACKAGE.matcher(text());
            while (m.find()) {
                String name = m.group(1) == null ? "" : normal(m.group(1));
                if (reservedPackage(name)) {
                    report(m.start(), m.end(), "declares package " + name + ": a rule set may not put its rules in a "
                            + "package of Java, Drools or Koers itself; use nl.koers.rules", "package", last(name));
                } else {
                    pass(m.start(), m.end());
                }
            }
        }

        private void imports() {
            Matcher m = IMPORT.matcher(text());
            while (m.find()) {
                if (isClaimedView(m.start())) {
                    continue;
                }
                String content = m.group(1).strip();
                String first = content.split("\\s+", 2)[0];
                String rest = content.substring(first.length()).strip();
                String name = normal(rest);
                if (first.equals("static")) {
                    report(m.start(), m.end(), "imports static members (" + name + "): a rule set may not use import "
                            + "static; write the type before the member, e.g. Status.ON_TRACK", last(name), "static");
                } else if (first.equals("function")) {
                    report(m.start(), m.end(), "imports the function " + name + ": a rule set may not import functions, "
                            + "because they can run any Java", last(name), "function");
                } else if (first.equals("accumulate")) {
                    report(m.start(), m.end(), "imports the accumulate function " + normal(rest.split("\\s+")[0])
                            + ": a rule set may only use the built-in accumulate functions such as collectList, count, "
                            + "sum, min, max and average", "accumulate", last(normal(rest.split("\\s+")[0])));
                } else if (!allowedImport(normal(content))) {
                    report(m.start(), m.end(), "imports " + normal(content) + ": a rule set may only import nl.koers.model "
                            + "types, java.math and java.time value types, java.lang value types and java.util List, "
                            + "Set, Map and Collection", last(normal(content)));
                } else {
                    pass(m.start(), m.end());
                }
            }
        }

        private void declares() {
            Matcher m = DECLARE_HEAD.matcher(text());
            while (m.find()) {
                String name = m.group(2);
                if (!isClaimedView(m.start()) && !declaredNameAllowed(name)) {
                    report(m.start(2), m.end(2), "declares the type " + name + ", which would hide a Java type: "
                            + "choose another name", name);
                }
                if ("enum".equals(m.group(1))) {
                    continue;
                }
                Matcher end = END.matcher(text());
                int stop = end.find(m.end()) ? end.start() : text().length();
                Matcher field = DECLARE_FIELD.matcher(text()).region(m.end(), stop);
                while (field.find()) {
                    String type = normal(field.group(2));
                    if (!PRIMITIVES.contains(type) && !allowedType(type)) {
                        report(field.start(), field.end(), "declares field " + field.group(1) + " of type " + type
                                + ": " + ALLOWED, last(type), field.group(1));
                    } else {
                        pass(field.start(2), field.end(2));
                    }
                }
            }
        }

        private void keywords() {
            Matcher m = KEYWORDS.matcher(text());
            while (m.find()) {
                if (afterDot(m.start())) {
                    continue;
                }
                String word = m.group(1);
                switch (word) {
                    case "function" -> {
                        Matcher name = FUNCTION_NAME.matcher(text());
                        String what = name.find(m.end()) ? "function '" + name.group(1) + "'" : "a function";
                        report(m.start(), m.end(), "declares " + what + ": a rule set may not declare functions, "
                                + "because they can run any Java; write the logic in the rule", "function");
                    }
                    case "def" -> {
                        if (nextNonSpace(m.end()) != '(' && nextNonSpace(m.end()) != ':') {
                            report(m.start(), m.end(), "declares an MVEL function (def): a rule set may not declare "
                                    + "functions, because they can run any Java", "def");
                        }
                    }
                    case "global" -> {
                        Matcher name = GLOBAL_NAME.matcher(text());
                        String what = name.find(m.end()) ? "global '" + name.group(2) + "' of type " + normal(name.group(1))
                                : "a global";
                        report(m.start(), m.end(), "declares " + what + ": a rule set may not use globals; rules "
                                + "work only on the facts Koers gives them", "global",
                                name.find(m.end()) ? last(normal(name.group(1))) : "global");
                    }
                    case "eval" -> {
                        if (nextNonSpace(m.end()) == '(') {
                            report(m.start(), m.end(), "uses eval(...): a rule set may not use eval; write the "
                                    + "condition as a constraint on a fact, e.g. TargetProgress( ratio < 0.75 )", "eval");
                        }
                    }
                    case "accumulate" -> accumulate(m.end());
                    default -> {
                        // declare: its fields are checked in declares()
                    }
                }
            }
        }

        private void accumulate(int from) {
            int open = skipSpace(from);
            if (open >= text().length() || text().charAt(open) != '(') {
                return;
            }
            int close = closing(open);
            Matcher code = ACCUMULATE_CODE.matcher(text()).region(open + 1, close);
            if (code.find()) {
                report(code.start(), code.end() - 1, "uses accumulate with " + code.group(1) + "(...) code: a rule "
                        + "set may only use the built-in accumulate functions such as collectList, count, sum, min, "
                        + "max and average", code.group(1));
            }
        }

        private void news() {
            Matcher m = NEW.matcher(text());
            while (m.find()) {
                if (isClaimedView(m.start()) || afterDot(m.start())) {
                    continue;
                }
                String type = normal(m.group(1));
                String bracket = m.group(2);
                if (bracket.equals("(")) {
                    if (!constructible(type)) {
                        report(m.start(), m.end(1), "creates " + type + ": a rule set may only create Koers model "
                                + "types, BigDecimal and String", last(type), "new");
                        continue;
                    }
                    int close = closing(m.start(2));
                    if (close < text().length() && nextNonSpace(close + 1) == '{') {
                        report(m.start(), m.end(1), "declares an anonymous class of " + type + ": a rule set may "
                                + "only create Koers model types, BigDecimal and String, without a class body",
                                last(type), "new");
                        continue;
                    }
                    pass(m.start(1), m.end(1));
                } else if (PRIMITIVES.contains(type)) {
                    pass(m.start(1), m.end(1));
                }
            }
        }

        private void chains() {
            Matcher m = CHAINS.matcher(text());
            while (m.find()) {
                if (isClaimedView(m.start())) {
                    continue;
                }
                char before = previousNonSpace(m.start());
                if (before == '.' || (before == ':' && previousNonSpace(previousIndex(m.start())) == ':')) {
                    continue; // a member or a method reference's name: checked by tails()
                }
                chain(m.start(), m.end(), DOTS.split(m.group()));
            }
        }

        private void chain(int from, int to, String[] segs) {
            String root = segs[0];
            boolean call = nextNonSpace(to) == '(';
            if (root.equals("drools")) {
                if (!(segs.length == 2 && segs[1].equals("getRule") && call)) {
                    report(from, to, "uses " + String.join(".", segs) + ": a rule may only use drools.getRule() of the "
                            + "rule context", "drools");
                }
                return;
            }
            if (root.equals("kcontext")) {
                report(from, to, "uses " + String.join(".", segs) + ": " + ENGINE, "kcontext");
                return;
            }
            int member = 1;
            if (Character.isUpperCase(root.charAt(0))) {
                if (!allowedSimpleType(root)) {
                    refuseType(from, to, segs, 1, root);
                    return;
                }
            } else if (!root.startsWith("$") && (PACKAGE_ROOTS.contains(root) || hasUpperAfterLower(segs))) {
                int k = 0;
                while (k < segs.length && !Character.isUpperCase(segs[k].charAt(0))) {
                    k++;
                }
                String pkg = String.join(".", Arrays.copyOfRange(segs, 0, k));
                if (k == segs.length || !allowedQualified(pkg, segs[k])) {
                    refuseType(from, to, segs, Math.min(k + 1, segs.length), k < segs.length ? segs[k] : segs[segs.length - 1]);
                    return;
                }
                member = k + 1;
            } else if (segs.length == 1 && call && DENIED_MEMBERS.containsKey(root)) {
                report(from, to, "calls " + root + "(...)" + naming(to) + ": " + DENIED_MEMBERS.get(root) + "; " + ALLOWED, root);
                return;
            }
            for (int i = Math.max(member, 1); i < segs.length; i++) {
                if (DENIED_MEMBERS.containsKey(segs[i])) {
                    String what = String.join(".", Arrays.copyOfRange(segs, 0, i + 1));
                    report(from, to, "calls " + what + naming(i == segs.length - 1 ? to : -1) + ": "
                            + DENIED_MEMBERS.get(segs[i]) + "; " + ALLOWED, segs[i]);
                    return;
                }
            }
            pass(from, to);
        }

        /** Reports a refused type, naming the chain up to and including the first denied member after it. */
        private void refuseType(int from, int to, String[] segs, int typeEnd, String subject) {
            int shown = typeEnd;
            if (shown < segs.length) {
                shown++; // the member used on the type: System.exit, Runtime.getRuntime
            }
            String what = String.join(".", Arrays.copyOfRange(segs, 0, shown));
            report(from, to, "uses " + what + naming(shown == segs.length ? to : -1) + ": " + ALLOWED, subject);
        }

        private void tails() {
            Matcher m = TAIL_MEMBERS.matcher(text());
            while (m.find()) {
                String name = m.group(1);
                if (isClaimedView(m.start(1)) || !DENIED_MEMBERS.containsKey(name)) {
                    continue;
                }
                report(m.start(1), m.end(1), "calls ." + name + naming(m.end(1)) + ": " + DENIED_MEMBERS.get(name)
                        + "; " + ALLOWED, name);
            }
        }

        /** For a reflective call at view offset {@code end}, the strings passed to it, joined: {@code  naming "java.lang.System"}. */
        private String naming(int end) {
            if (end < 0 || nextNonSpace(end) != '(' || !REFLECT.equals(DENIED_MEMBERS.get(lastName(end)))) {
                return "";
            }
            int open = skipSpace(end);
            int close = closing(open);
            String args = decoded.text().substring(view.dec()[open], view.dec()[Math.min(close, text().length())]);
            StringBuilder joined = new StringBuilder();
            Matcher s = STRING_LITERAL.matcher(args);
            while (s.find()) {
                joined.append(s.group(1) != null ? s.group(1) : s.group(2));
            }
            return joined.isEmpty() ? "" : " (naming \"" + joined + "\")";
        }

        /** The name that ends at view offset {@code end}. */
        private String lastName(int end) {
            int i = end;
            while (i > 0 && Character.isJavaIdentifierPart(text().charAt(i - 1))) {
                i--;
            }
            return text().substring(i, end);
        }

        private int closing(int open) {
            int depth = 0;
            for (int i = open; i < text().length(); i++) {
                char c = text().charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            return text().length();
        }

        private int skipSpace(int from) {
            int i = from;
            while (i < text().length() && Character.isWhitespace(text().charAt(i))) {
                i++;
            }
            return i;
        }

        private char nextNonSpace(int from) {
            int i = skipSpace(from);
            return i < text().length() ? text().charAt(i) : 0;
        }

        private int previousIndex(int from) {
            int i = from - 1;
            while (i >= 0 && Character.isWhitespace(text().charAt(i))) {
                i--;
            }
            return i;
        }

        private char previousNonSpace(int from) {
            int i = previousIndex(from);
            return i >= 0 ? text().charAt(i) : 0;
        }

        private boolean afterDot(int from) {
            return previousNonSpace(from) == '.';
        }

        private boolean allowedSimpleType(String name) {
            return LANG_TYPES.contains(name) || MATH_TYPES.contains(name) || TIME_TYPES.contains(name)
                    || TEMPORAL_TYPES.contains(name) || UTIL_TYPES.contains(name) || declared.contains(name)
                    || isModelType(name);
        }

        private boolean allowedType(String name) {
            String[] segs = name.split("\\.");
            int k = 0;
            while (k < segs.length && !Character.isUpperCase(segs[k].charAt(0))) {
                k++;
            }
            if (k == segs.length) {
                return false;
            }
            return k == 0 ? allowedSimpleType(segs[0]) : allowedQualified(String.join(".",
                    Arrays.copyOfRange(segs, 0, k)), segs[k]);
        }

        private boolean constructible(String name) {
            String simple = last(name);
            if (!allowedType(name)) {
                return false;
            }
            return CONSTRUCTIBLE.contains(simple) || declared.contains(simple) || isModelType(simple);
        }
    }

    static boolean allowedQualified(String pkg, String type) {
        return switch (pkg) {
            case "nl.koers.model" -> isModelType(type);
            case "java.lang" -> LANG_TYPES.contains(type);
            case "java.math" -> MATH_TYPES.contains(type);
            case "java.time" -> TIME_TYPES.contains(type);
            case "java.time.temporal" -> TEMPORAL_TYPES.contains(type);
            case "java.util" -> UTIL_TYPES.contains(type);
            default -> false;
        };
    }

    static boolean allowedImport(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String pkg = name.substring(0, dot);
        String type = name.substring(dot + 1);
        if (type.equals("*")) {
            return Set.of("nl.koers.model", "java.math", "java.time", "java.time.temporal").contains(pkg);
        }
        return allowedQualified(pkg, type);
    }

    static boolean reservedPackage(String name) {
        if (name.equals("nl.koers.rules") || name.startsWith("nl.koers.rules.")) {
            return false;
        }
        for (String root : List.of("java", "javax", "jakarta", "jdk", "sun", "com.sun", "org.kie", "org.drools",
                "org.mvel2", "nl.koers")) {
            if (name.equals(root) || name.startsWith(root + ".")) {
                return true;
            }
        }
        return false;
    }

    /** A declared type may not take the name of a java.lang type, which it would hide (or be hidden by). */
    static boolean declaredNameAllowed(String name) {
        try {
            Class.forName("java.lang." + name, false, ClassLoader.getPlatformClassLoader());
            return false;
        } catch (ClassNotFoundException | LinkageError e) {
            return true;
        }
    }

    /** A public type of nl.koers.model, looked up without initialising it. */
    static boolean isModelType(String name) {
        if (!name.matches("[A-Z][A-Za-z0-9_]*")) {
            return false;
        }
        try {
            Class<?> type = Class.forName("nl.koers.model." + name, false, RuleGuard.class.getClassLoader());
            return Modifier.isPublic(type.getModifiers());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean hasUpperAfterLower(String[] segs) {
        for (int i = 1; i < segs.length; i++) {
            if (Character.isUpperCase(segs[i].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String chain) {
        return chain.replaceAll("\\s+", "");
    }

    private static String last(String name) {
        String n = name.endsWith(".*") ? name.substring(0, name.length() - 2) : name;
        return n.substring(n.lastIndexOf('.') + 1);
    }

    /** Line and column of an offset. */
    private static final class Lines {
        private final int[] starts;

        Lines(String text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int line(int offset) {
            int i = Arrays.binarySearch(starts, offset);
            return (i >= 0 ? i : -i - 2) + 1;
        }

        int column(int offset) {
            return offset - starts[line(offset) - 1] + 1;
        }
    }
}
