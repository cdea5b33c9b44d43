package nl.koers.evaluator.ruleset.internal.scenario;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.koers.format.IsoDates;
import nl.koers.format.PortfolioException;
import nl.koers.format.tree.Decimals;
import nl.koers.format.tree.Documents;
import nl.koers.format.tree.Node;
import nl.koers.format.tree.Suggestions;
import nl.koers.format.tree.TreeParser;
import nl.koers.model.BudgetPart;
import nl.koers.model.ChangeType;
import nl.koers.model.Decider;
import nl.koers.model.Coded;
import nl.koers.model.Colour;
import nl.koers.model.Status;

/**
 * Reads one scenario file: a single scenario (a mapping) or several (a list of mappings), each stating a
 * portfolio, an optional peildatum and the outcome expected. Every problem is a {@link PortfolioException}
 * at the line and column of the offending key or value, in the form {@code file:line:column: field: problem}.
 * The portfolio itself is not bound here: {@link ScenarioRun} does that, so that a reference can be
 * resolved against the rule set the scenario belongs to.
 */
final class ScenarioFile {

    static final Set<String> SCENARIO = Set.of("scenario", "note", "portfolio", "asOf", "expect");
    static final Set<String> EXPECT = Set.of("actions", "targets", "contentColour", "moneyColour", "budgetChange",
            "budgetChanges", "rules", "disagreements", "overrides");
    static final Set<String> DISAGREEMENT = Set.of("subject", "computed", "reported");
    static final Set<String> OVERRIDE = Set.of("subject", "computed", "final");
    static final Set<String> BUDGET_CHANGE = Set.of("type", "amount", "source", "year");
    /** One entry of {@code budgetChanges:}, the list of every budget change (per line, and the shifts). */
    static final Set<String> BUDGET_CHANGES_ITEM = Set.of("type", "amount", "source", "year", "decider", "line",
            "parts");
    static final Set<String> PART = Set.of("year", "amount");

    private static final Documents.Within RULE_FOLDER = new Documents.Within("the scenario file",
            "e.g. ../portfolios/5.4.2.yaml, or 'default' for the embedded default", "the rule folder",
            "keep the portfolio in the rule folder");


    /** A value expected, with where it is written (for an id: where the id is), so that a later check can point at it. */
    record Expected<T>(T value, int line, int column, String field) {

        Expected(T value, Node at, String field) {
            this(value, at.line(), at.column(), field);
        }
    }

    /**
     * What a scenario expects of the budget change; a part not given is not checked.
     *
     * @param sourceGiven whether {@code source} was written; {@code source: ~} expects general means
     */
    record ExpectedChange(Expected<ChangeType> type, Expected<BigDecimal> amount, boolean sourceGiven,
                          Expected<String> source, Expected<Integer> year, Expected<Decider> decider,
                          boolean lineGiven, Expected<String> line, Expected<List<BudgetPart>> parts) {

        ExpectedChange(Expected<ChangeType> type, Expected<BigDecimal> amount, boolean sourceGiven,
                       Expected<String> source, Expected<Integer> year) {
            this(type, amount, sourceGiven, source, year, null, false, null, null);
        }
    }

    /**
     * A disagreement or override expected, as its three codes: subject ("action 1", "content", "money"), the rules'
     * verdict, and what the page reports (a disagreement) or the final verdict (an override).
     */
    record ExpectedPair(String subject, String computed, String other, Node at, String field) {

        String describe() {
            return subject + " " + computed + "/" + other;
        }
    }

    /**
     * The outcome a scenario expects; everything optional, and only what is given is checked.
     *
     * @param disagreements every disagreement expected, or {@code null} when not checked ({@code []}: none)
     * @param overrides     every override expected, or {@code null} when not checked
     */
    record Expectations(Map<String, Expected<Status>> actions, Map<String, Expected<Status>> targets,
                        Expected<Colour> contentColour, Expected<Colour> moneyColour, ExpectedChange budgetChange,
                        List<Expected<String>> rules, Expected<List<ExpectedChange>> budgetChanges,
                        List<ExpectedPair> disagreements, List<ExpectedPair> overrides) {

        Expectations(Map<String, Expected<Status>> actions, Map<String, Expected<Status>> targets,
                     Expected<Colour> contentColour, Expected<Colour> moneyColour, ExpectedChange budgetChange,
                     List<Expected<String>> rules) {
            this(actions, targets, contentColour, moneyColour, budgetChange, rules, null, null, null);
        }
    }

    /**
     * One scenario as written.
     *
     * @param line      the line it starts on when the file holds a list of scenarios, else 0
     * @param path      its place in the file for messages: "" for a file of one scenario, "[2]" in a list
     * @param portfolio the text "default", a path, or an inline portfolio mapping
     * @param asOf      the peildatum, or {@code null} for the portfolio's own
     */
    record Spec(String file, int line, String path, String name, Node portfolio, LocalDate asOf, Expectations expect) {
    }

    private final String file;

    ScenarioFile(String file) {
        this.file = file;
    }

    /** Whether {@code root} is a portfolio kept among the scenarios for them to refer to, not a scenario. */
    static boolean isPortfolio(Node root) {
        return root instanceof Node.Mapping m && m.entries().containsKey("format") && !m.entries().containsKey("scenario");
    }

    /** The parsed tree of the file's bytes; an empty file is refused. */
    Node tree(byte[] bytes) {
        String text = Documents.decode(file, bytes);
        if (text.isBlank()) {
            throw new PortfolioException(file, 0, 0, "", "the file is empty; expected a scenario starting with 'scenario:'");
        }
        try {
            return new TreeParser(file).parse(text, false);
        } catch (PortfolioException e) {
            throw new PortfolioException(e.file(), e.line(), e.column(), e.field(),
                    e.problem().replace("portfolio", "scenario"));
        }
    }

    /** The scenarios in {@code root}: one for a mapping, one per item for a list. */
    List<Spec> scenarios(Node root) {
        if (root instanceof Node.Sequence s) {
            if (s.items().isEmpty()) {
                throw error(s, "", "the list of scenarios is empty");
            }
            List<Spec> specs = new ArrayList<>();
            for (int i = 0; i < s.items().size(); i++) {
                Node item = s.items().get(i);
                specs.add(scenario(item, "[" + i + "]", item.line()));
            }
            return specs;
        }
        return List.of(scenario(root, "", 0));
    }

    private Spec scenario(Node node, String path, int line) {
        Node.Mapping m = mapping(node, path, SCENARIO, "a scenario");
        String name = text(required(m, path, "scenario"), join(path, "scenario"));
        if (name.isBlank()) {
            throw error(m.entries().get("scenario"), join(path, "scenario"), "required field may not be empty");
        }
        if (m.entries().containsKey("note")) {
            text(m.entries().get("note"), join(path, "note"));
        }
        Node portfolio = required(m, path, "portfolio");
        if (!(portfolio instanceof Node.Mapping) && !(portfolio instanceof Node.Scalar s && s.type() == Node.Scalar.Type.TEXT)) {
            throw error(portfolio, join(path, "portfolio"), "expected 'default', the path of a portfolio file, or a "
                    + "portfolio written out (format: koers/v1 ...), found " + portfolio.describe());
        }
        if (portfolio instanceof Node.Scalar s && !s.text().strip().equals("default")) {
            staysInTheRuleFolder(s, join(path, "portfolio"));
        }
        LocalDate asOf = m.entries().containsKey("asOf") ? date(m.entries().get("asOf"), join(path, "asOf")) : null;
        Expectations expect = expectations(required(m, path, "expect"), join(path, "expect"));
        return new Spec(file, line, path, name.strip(), portfolio, asOf, expect);
    }

    /**
     * Refuses a portfolio path that leaves the rule folder: absolute, or climbing out with '..'. A scenario is
     * shared with the rule set, and what it reads is echoed in its failures; it may read the rule set's own files only.
     */
    private void staysInTheRuleFolder(Node.Scalar reference, String path) {
        Path scenarioFolder = Path.of(file).getParent();
        try {
            Documents.inside(scenarioFolder == null ? Path.of("") : scenarioFolder, reference.text().strip(),
                    RULE_FOLDER);
        } catch (IllegalArgumentException e) {
            throw error(reference, path, e.getMessage());
        }
    }

    private Expectations expectations(Node node, String path) {
        Node.Mapping m = mapping(node, path, EXPECT, "expect");
        if (m.entries().isEmpty()) {
            throw error(m, path, "nothing is expected; give at least one of: " + String.join(", ", new TreeSet<>(EXPECT)));
        }
        Map<String, Expected<Status>> actions = statuses(m.entries().get("actions"), join(path, "actions"), "action id");
        Map<String, Expected<Status>> targets = statuses(m.entries().get("targets"), join(path, "targets"), "target id");
        Expected<Colour> content = colour(m.entries().get("contentColour"), join(path, "contentColour"));
        Expected<Colour> money = colour(m.entries().get("moneyColour"), join(path, "moneyColour"));
        ExpectedChange change = m.entries().containsKey("budgetChange")
                ? budgetChange(m.entries().get("budgetChange"), join(path, "budgetChange")) : null;
        List<Expected<String>> rules = new ArrayList<>();
        if (m.entries().containsKey("rules")) {
            String rulesPath = join(path, "rules");
            Node list = m.entries().get("rules");
            if (!(list instanceof Node.Sequence s)) {
                throw error(list, rulesPath, "expected a list of rule names, e.g. [\"Quantity target met\"], found "
                        + list.describe());
            }
            for (int i = 0; i < s.items().size(); i++) {
                String itemPath = rulesPath + "[" + i + "]";
                rules.add(new Expected<>(text(s.items().get(i), itemPath).strip(), s.items().get(i), itemPath));
            }
        }
        Expected<List<ExpectedChange>> changes = null;
        if (m.entries().containsKey("budgetChanges")) {
            String listPath = join(path, "budgetChanges");
            Node list = m.entries().get("budgetChanges");
            if (!(list instanceof Node.Sequence seq)) {
                throw error(list, listPath, "expected a list of budget changes, e.g. [{ type: gs, line: exploitatie }],"
                        + " found " + list.describe());
            }
            List<ExpectedChange> items = new ArrayList<>();
            for (int i = 0; i < seq.items().size(); i++) {
                items.add(listedChange(seq.items().get(i), listPath + "[" + i + "]"));
            }
            changes = new Expected<>(List.copyOf(items), list, listPath);
        }
        List<ExpectedPair> disagreements = pairs(m.entries().get("disagreements"), join(path, "disagreements"),
                DISAGREEMENT, "reported");
        List<ExpectedPair> overrides = pairs(m.entries().get("overrides"), join(path, "overrides"), OVERRIDE, "final");
        return new Expectations(actions, targets, content, money, change, List.copyOf(rules), changes, disagreements,
                overrides);
    }

    /** A list of {subject, computed, reported|final}; {@code null} when the field is not given. */
    private List<ExpectedPair> pairs(Node node, String path, Set<String> fields, String other) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof Node.Sequence s)) {
            throw error(node, path, "expected a list such as [{ subject: \"action 1\", computed: off-track, " + other
                    + ": on-track }], or [] for none, found " + node.describe());
        }
        List<ExpectedPair> pairs = new ArrayList<>();
        for (int i = 0; i < s.items().size(); i++) {
            String itemPath = path + "[" + i + "]";
            Node.Mapping item = mapping(s.items().get(i), itemPath, fields, path);
            pairs.add(new ExpectedPair(text(required(item, itemPath, "subject"), join(itemPath, "subject")).strip(),
                    text(required(item, itemPath, "computed"), join(itemPath, "computed")).strip(),
                    text(required(item, itemPath, other), join(itemPath, other)).strip(), item, itemPath));
        }
        return List.copyOf(pairs);
    }

    /** One entry of {@code budgetChanges:}; a part not given is not checked, {@code line: ~} expects no line. */
    private ExpectedChange listedChange(Node node, String path) {
        Node.Mapping m = mapping(node, path, BUDGET_CHANGES_ITEM, "budgetChanges");
        if (m.entries().isEmpty()) {
            throw error(m, path, "nothing is expected; give at least one of: "
                    + String.join(", ", new TreeSet<>(BUDGET_CHANGES_ITEM)));
        }
        ExpectedChange base = budgetChange(filtered(m, BUDGET_CHANGE), path);
        Node decider = m.entries().get("decider");
        Node line = m.entries().get("line");
        Node parts = m.entries().get("parts");
        Expected<List<BudgetPart>> expectedParts = null;
        if (parts != null) {
            String partsPath = join(path, "parts");
            if (!(parts instanceof Node.Sequence seq)) {
                throw error(parts, partsPath, "expected a list of { year, amount }, found " + parts.describe());
            }
            List<BudgetPart> list = new ArrayList<>();
            for (int i = 0; i < seq.items().size(); i++) {
                String partPath = partsPath + "[" + i + "]";
                Node.Mapping p = mapping(seq.items().get(i), partPath, PART, "a part");
                int y = year(required(p, partPath, "year"), join(partPath, "year"));
                BigDecimal a = decimal(required(p, partPath, "amount"), join(partPath, "amount"));
                list.add(new BudgetPart(y, a));
            }
            expectedParts = new Expected<>(List.copyOf(list), parts, partsPath);
        }
        String deciderPath = join(path, "decider");
        String linePath = join(path, "line");
        return new ExpectedChange(base == null ? null : base.type(), base == null ? null : base.amount(),
                base != null && base.sourceGiven(), base == null ? null : base.source(), base == null ? null : base.year(),
                decider == null ? null : new Expected<>(code(decider, deciderPath, Decider.class), decider, deciderPath),
                line != null, line == null ? null : new Expected<>(nullableText(line, linePath), line, linePath),
                expectedParts);
    }

    /** {@code m} with only the fields in {@code keep}, or {@code null} when none of them is given. */
    private static Node.Mapping filtered(Node.Mapping m, Set<String> keep) {
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Node.Key> keys = new LinkedHashMap<>();
        m.entries().forEach((k, v) -> {
            if (keep.contains(k)) {
                entries.put(k, v);
                keys.put(k, m.keys().get(k));
            }
        });
        return entries.isEmpty() ? null : new Node.Mapping(entries, keys, m.line(), m.column());
    }

    private Map<String, Expected<Status>> statuses(Node node, String path, String what) {
        Map<String, Expected<Status>> statuses = new LinkedHashMap<>();
        if (node == null) {
            return statuses;
        }
        if (!(node instanceof Node.Mapping m)) {
            throw error(node, path, "expected a mapping of " + what + " to status, e.g. { \"1\": achieved }, found "
                    + node.describe());
        }
        for (Map.Entry<String, Node> e : m.entries().entrySet()) {
            String field = path + "." + e.getKey();
            Node.Key key = m.keys().get(e.getKey());
            statuses.put(e.getKey(), new Expected<>(code(e.getValue(), field, Status.class), key.line(), key.column(), field));
        }
        return statuses;
    }

    private Expected<Colour> colour(Node node, String path) {
        return node == null ? null : new Expected<>(code(node, path, Colour.class), node, path);
    }

    private ExpectedChange budgetChange(Node node, String path) {
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Scalar) {
            return new ExpectedChange(new Expected<>(code(node, path, ChangeType.class), node, path), null, false, null, null);
        }
        Node.Mapping m = mapping(node, path, BUDGET_CHANGE, "budgetChange");
        Node type = m.entries().get("type");
        Node amount = m.entries().get("amount");
        Node source = m.entries().get("source");
        Node year = m.entries().get("year");
        if (m.entries().isEmpty()) {
            throw error(m, path, "nothing is expected; give at least one of: amount, source, type, year");
        }
        String typePath = join(path, "type");
        String amountPath = join(path, "amount");
        String sourcePath = join(path, "source");
        String yearPath = join(path, "year");
        return new ExpectedChange(
                type == null ? null : new Expected<>(code(type, typePath, ChangeType.class), type, typePath),
                amount == null ? null : new Expected<>(decimal(amount, amountPath), amount, amountPath),
                source != null,
                source == null ? null : new Expected<>(nullableText(source, sourcePath), source, sourcePath),
                year == null ? null : new Expected<>(year(year, yearPath), year, yearPath));
    }

    // ---- values

    private Node.Mapping mapping(Node node, String path, Set<String> allowed, String what) {
        if (!(node instanceof Node.Mapping m)) {
            throw error(node, path, "expected a mapping of fields (" + what + "), found " + node.describe());
        }
        for (Node.Key key : m.keys().values()) {
            if (!allowed.contains(key.name())) {
                throw new PortfolioException(file, key.line(), key.column(), join(path, key.name()),
                        "unknown field for " + what + Suggestions.didYouMean(key.name(), allowed)
                                + "; expected one of: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return m;
    }

    private Node required(Node.Mapping m, String path, String name) {
        Node n = m.entries().get(name);
        if (n == null || n instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL) {
            throw error(n == null ? m : n, join(path, name), "required field is missing");
        }
        return n;
    }

    private String text(Node node, String path) {
        if (node instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL && s.type() != Node.Scalar.Type.BOOLEAN) {
            return s.text();
        }
        throw error(node, path, "expected a text, found " + node.describe());
    }

    private String nullableText(Node node, String path) {
        return node instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL ? null : text(node, path);
    }

    private LocalDate date(Node node, String path) {
        if (node instanceof Node.Scalar s && s.type() == Node.Scalar.Type.TEXT) {
            try {
                return IsoDates.parse(s.text());
            } catch (DateTimeParseException e) {
                throw error(s, path, "expected a date YYYY-MM-DD, found " + s.describe()
                        + (s.text().matches("\\d{4}-\\d{2}-\\d{2}") ? ", which is not a date in the calendar" : ""));
            }
        }
        throw error(node, path, "expected a date YYYY-MM-DD, found " + node.describe());
    }

    private BigDecimal decimal(Node node, String path) {
        if (node instanceof Node.Scalar s && (s.type() == Node.Scalar.Type.INTEGER || s.type() == Node.Scalar.Type.DECIMAL)) {
            try {
                return Decimals.parse(s.text());
            } catch (NumberFormatException e) {
                // reported below
            } catch (IllegalArgumentException e) {
                throw error(node, path, e.getMessage());
            }
        }
        throw error(node, path, "expected an amount in euros such as 109000 or 1000000.01, found " + node.describe());
    }

    private Integer year(Node node, String path) {
        if (node instanceof Node.Scalar s && s.type() == Node.Scalar.Type.INTEGER && s.text().matches("\\d{4}")) {
            return Integer.valueOf(s.text());
        }
        throw error(node, path, "expected a year such as 2019, found " + node.describe());
    }

    private <E extends Enum<E> & Coded> E code(Node node, String path, Class<E> type) {
        if (node instanceof Node.Scalar s && s.type() == Node.Scalar.Type.TEXT) {
            E value = Coded.parse(type, s.text().strip()).orElse(null);
            if (value != null) {
                return value;
            }
        }
        throw error(node, path, "expected one of " + Coded.codes(type) + ", found " + node.describe());
    }

    private PortfolioException error(Node at, String path, String problem) {
        return new PortfolioException(file, at.line(), at.column(), path, problem);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

}
