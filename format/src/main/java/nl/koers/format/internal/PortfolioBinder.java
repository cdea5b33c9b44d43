package nl.koers.format.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.format.InputLimits;
import nl.koers.format.IsoDates;
import nl.koers.format.PortfolioException;
import nl.koers.format.tree.Decimals;
import nl.koers.format.tree.Node;
import nl.koers.format.tree.Suggestions;
import nl.koers.model.Action;
import nl.koers.model.Bound;
import nl.koers.model.Baten;
import nl.koers.model.Budget;
import nl.koers.model.BudgetPart;
import nl.koers.model.ChangeType;
import nl.koers.model.Decider;
import nl.koers.model.Funding;
import nl.koers.model.Reallocation;
import nl.koers.model.ReportedChange;
import nl.koers.model.Coded;
import nl.koers.model.Direction;
import nl.koers.model.DocumentKind;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Looptijd;
import nl.koers.model.Colour;
import nl.koers.model.Measurement;
import nl.koers.model.PathPoint;
import nl.koers.model.MilestoneTarget;
import nl.koers.model.MonitoringTarget;
import nl.koers.model.Performance;
import nl.koers.model.Portfolio;
import nl.koers.model.QuantityTarget;
import nl.koers.model.ReportedAssessment;
import nl.koers.model.ReportingPeriod;
import nl.koers.model.Revision;
import nl.koers.model.Role;
import nl.koers.model.Status;
import nl.koers.model.StatusOverride;
import nl.koers.model.Target;
import nl.koers.model.TargetKind;
import nl.koers.model.Withdrawal;

/**
 * Turns a parsed portfolio file into the model, checking it against the format's rules with a message
 * at the line of the offending field. Field names are those of the format, version 1.
 */
public final class PortfolioBinder {


    private static final Set<String> TOP = Set.of("format", "performance", "actions", "budget", "measurementsFile");
    private static final Set<String> PERFORMANCE = Set.of("code", "title", "organisation", "programme", "goal",
            "portfolioHolder", "role", "duration", "reserve", "decision", "period", "asOf", "document", "reported",
            "override");
    private static final Set<String> PERIOD = Set.of("start", "end");
    private static final Set<String> ACTION = Set.of("id", "title", "text", "partners", "withdrawn",
            "targets", "measurements", "reported", "override");
    private static final Set<String> ACTION_REPORTED = Set.of("status", "date", "text", "source", "by");
    private static final Set<String> ACTION_OVERRIDE = Set.of("status", "reason", "by", "date");
    private static final Set<String> PERFORMANCE_REPORTED = Set.of("content", "money", "date", "text", "source", "by");
    private static final Set<String> PERFORMANCE_OVERRIDE = Set.of("content", "money", "reason", "by", "date");
    private static final Set<String> WITHDRAWN = Set.of("date", "decision", "reason");
    private static final Set<String> TARGET_COMMON = Set.of("id", "kind", "indicator", "start", "due");
    private static final Set<String> MEASUREMENT_COMMON = Set.of("target", "date", "source", "note");
    private static final Set<String> BUDGET = Set.of("currency", "slices", "reallocations", "changes");
    private static final Set<String> PATH_POINT = Set.of("date", "value");
    private static final Set<String> REVISION = Set.of("date", "value", "decision");
    /** How a page writes a figure that is not reported. */
    private static final String NOT_REPORTED = "-";
    private static final Set<String> SLICE = Set.of("year", "budgeted", "realised", "unspent", "fromReserve",
            "continues", "forecast", "line", "overspend", "income", "continuesInto", "funding");
    private static final Set<String> INCOME = Set.of("budgeted", "realised");
    private static final Set<String> PART = Set.of("year", "amount");
    private static final Set<String> FUNDING = Set.of("source", "amount");
    private static final Set<String> REALLOCATION = Set.of("from", "to", "amount");
    private static final Set<String> CHANGE = Set.of("type", "decider", "amount", "line", "source", "parts", "text");
    /** How a page writes an amount that is not yet quantified (pro memorie). */
    private static final Set<String> PRO_MEMORIE = Set.of("p.m.", "pm", "p.m");

    private final String file;
    /** The portfolio file's folder, where its measurementsFile lies; null when it was not read from a file. */
    private final Path folder;
    /** Whether the nodes are rows of a measurements CSV, whose fields are named as columns. */
    private final boolean columns;

    /**
     * A binder for the portfolio named {@code file} in messages.
     *
     * @param folder the folder of the portfolio file; null for a portfolio not read from a file (standard input, a
     *               JSON Lines record, a resource), which may then not name a measurementsFile
     */
    public PortfolioBinder(String file, Path folder) {
        this(file, folder, false);
    }

    private PortfolioBinder(String file, Path folder, boolean columns) {
        this.file = file;
        this.folder = folder;
        this.columns = columns;
    }

    public Portfolio portfolio(Node root) {
        Fields top = fields(root, "", TOP);
        Node.Scalar format = top.scalar("format", true);
        if (!Portfolio.FORMAT.equals(format.text())) {
            throw error(format, "format", "unsupported format '" + format.text() + "'; this version of Koers reads '"
                    + Portfolio.FORMAT + "'");
        }
        Performance performance = performance(top.node("performance", true));
        ReportingPeriod period = performance.period();
        List<Action> actions = new ArrayList<>();
        Map<String, Node> targetIds = new HashMap<>();
        Map<String, Node> measured = new HashMap<>();
        Node actionList = top.node("actions", false);
        if (actionList != null) {
            Map<String, Node> actionIds = new HashMap<>();
            List<Node> items = list(actionList, "actions");
            for (int i = 0; i < items.size(); i++) {
                actions.add(action(items.get(i), "actions[" + i + "]", period, actionIds, targetIds, measured));
            }
        }
        List<Action> all = top.has("measurementsFile")
                ? withMeasurementsFile(top.scalar("measurementsFile", true), actions, measured) : actions;
        Budget budget = top.has("budget") ? budget(top.node("budget", true)) : null;
        return construct(root, "", () -> new Portfolio(performance, all, budget));
    }

    /**
     * {@code actions} with the measurements of the CSV file that {@code written} names added to those written in the
     * portfolio. Each row is checked as a measurement written in the portfolio would be; a target measured twice on
     * one date, in either file, is an error.
     */
    private List<Action> withMeasurementsFile(Node.Scalar written, List<Action> actions, Map<String, Node> measured) {
        String path = text(written, "measurementsFile");
        if (folder == null) {
            throw error(written, "measurementsFile", "a portfolio that is not read from a file (standard input, a "
                    + "JSON Lines record) cannot name a measurements file; save the portfolio as a file next to "
                    + path + ", or write the measurements into it");
        }
        Path csv;
        try {
            csv = MeasurementTable.resolve(folder, path);
        } catch (IllegalArgumentException e) {
            throw error(written, "measurementsFile", e.getMessage());
        }
        String name = csv.toString();
        PortfolioBinder rows = new PortfolioBinder(name, null, true);
        Map<String, Action> byId = new java.util.LinkedHashMap<>();
        actions.forEach(a -> byId.put(a.id(), a));
        Map<String, List<Measurement>> added = new HashMap<>();
        Map<String, Node> inCsv = new HashMap<>();
        for (MeasurementTable.Row row : MeasurementTable.read(folder, csv, name)) {
            Node.Scalar actionId = row.action();
            if (actionId == null) {
                throw new PortfolioException(name, row.line(), 0, "column 'action'", "required field is empty");
            }
            Action action = byId.get(actionId.text());
            if (action == null) {
                throw new PortfolioException(name, row.line(), 0, "column 'action'", "unknown action '" + actionId.text()
                        + "'" + Suggestions.didYouMean(actionId.text(), byId.keySet()) + "; the portfolio has "
                        + (byId.isEmpty() ? "no actions" : "actions " + String.join(", ", byId.keySet())));
            }
            Map<String, Target> targets = new java.util.LinkedHashMap<>();
            action.targets().forEach(t -> targets.put(t.id(), t));
            Measurement m = rows.measurement(row.fields(), "", action.id(), targets);
            String key = m.target() + " on " + m.date();
            rows.unique(inCsv, key, row.fields(), "", "measurement of target");
            Node earlier = measured.get(key);
            if (earlier != null) {
                throw new PortfolioException(name, row.line(), 0, "", "measurement of target '" + key
                        + "' is already given in " + file + " on line " + earlier.line());
            }
            added.computeIfAbsent(action.id(), k -> new ArrayList<>()).add(m);
        }
        return actions.stream().map(a -> added.containsKey(a.id()) ? a.withMeasurements(added.get(a.id())) : a).toList();
    }

    private Performance performance(Node node) {
        Fields f = fields(node, "performance", PERFORMANCE);
        Node periodNode = f.node("period", true);
        Fields p = fields(periodNode, "performance.period", PERIOD);
        LocalDate start = p.date("start", true);
        LocalDate end = p.date("end", true);
        p.requireOrdered("start", start, "end", end);
        ReportingPeriod period = construct(periodNode, "performance.period", () -> new ReportingPeriod(start, end));
        ReportedAssessment reported = f.has("reported") ? reported(f.node("reported", true), "performance.reported",
                PERFORMANCE_REPORTED) : null;
        StatusOverride override = f.has("override") ? override(f.node("override", true), "performance.override",
                PERFORMANCE_OVERRIDE) : null;
        List<String> holders = f.texts("portfolioHolder");
        List<Role> roles = f.codes("role", Role.class);
        List<String> reserves = f.texts("reserve");
        List<String> decisions = f.texts("decision");
        Looptijd duration = duration(f);
        return construct(node, "performance", () -> new Performance(f.text("code", true), f.text("title", true),
                f.text("organisation", false), f.text("programme", false), f.text("goal", false),
                null, null, duration, null, null, period, f.date("asOf", false),
                f.code("document", DocumentKind.class, false), reported, override, holders, roles, reserves, decisions));
    }

    /** The owner's judgement of an action ({@code status}) or a prestatie ({@code content}, {@code money}). */
    private ReportedAssessment reported(Node node, String path, Set<String> allowed) {
        Fields r = fields(node, path, allowed, "reported");
        boolean action = allowed.contains("status");
        Status status = action ? r.code("status", Status.class, true) : null;
        Colour content = action ? null : r.code("content", Colour.class, false);
        Colour money = action ? null : r.code("money", Colour.class, false);
        return construct(node, path, () -> new ReportedAssessment(status, content, money, r.date("date", false),
                r.text("text", false), r.text("source", false), r.text("by", false)));
    }

    /** The final status of an action, or colours of a prestatie, set by the person responsible; reason required. */
    private StatusOverride override(Node node, String path, Set<String> allowed) {
        Fields o = fields(node, path, allowed, "override");
        boolean action = allowed.contains("status");
        Status status = action ? o.code("status", Status.class, true) : null;
        Colour content = action ? null : o.code("content", Colour.class, false);
        Colour money = action ? null : o.code("money", Colour.class, false);
        String reason = o.text("reason", true);
        return construct(node, path, () -> new StatusOverride(status, content, money, reason, o.text("by", false),
                o.date("date", false)));
    }

    /**
     * The looptijd as pages write it: structural; an end date; a year ("2020", the whole year); two years or dates
     * separated by a slash ("2020/2022": from the first day of the first to the last day of the second).
     */
    private Looptijd duration(Fields f) {
        Node.Scalar s = f.scalar("duration", false);
        if (s == null) {
            return null;
        }
        String path = f.path("duration");
        String expected = "'structural', a year such as 2020, two years such as 2020/2022, or an end date YYYY-MM-DD";
        String text = s.text().strip();
        if ("structural".equals(text)) {
            return Looptijd.STRUCTURAL;
        }
        if (s.type() == Node.Scalar.Type.INTEGER || text.matches("\\d{4}")) {
            int year = durationYear(s, text, path, expected);
            return construct(s, path, () -> Looptijd.year(year));
        }
        int slash = text.indexOf('/');
        if (s.type() == Node.Scalar.Type.TEXT && slash > 0) {
            String from = text.substring(0, slash).strip();
            String to = text.substring(slash + 1).strip();
            LocalDate start = from.matches("\\d{4}") ? LocalDate.of(durationYear(s, from, path, expected), 1, 1)
                    : date(new Node.Scalar(Node.Scalar.Type.TEXT, from, s.line(), s.column()), path, expected);
            LocalDate end = to.matches("\\d{4}") ? LocalDate.of(durationYear(s, to, path, expected), 12, 31)
                    : date(new Node.Scalar(Node.Scalar.Type.TEXT, to, s.line(), s.column()), path, expected);
            if (end.isBefore(start)) {
                throw error(s, path, "the looptijd " + text + " ends before it starts; maybe the years are swapped?");
            }
            return construct(s, path, () -> new Looptijd(start, end));
        }
        return new Looptijd(date(s, path, expected));
    }

    private int durationYear(Node.Scalar s, String text, String path, String expected) {
        if (!text.matches("\\d{4}")) {
            throw error(s, path, "expected " + expected + ", found " + s.describe());
        }
        int year = Integer.parseInt(text);
        if (year < 1900 || year > 2199) {
            throw error(s, path, "the year " + year + " lies outside 1900 .. 2199");
        }
        return year;
    }

    private Action action(Node node, String path, ReportingPeriod period, Map<String, Node> actionIds,
                          Map<String, Node> targetIds, Map<String, Node> measured) {
        Fields f = fields(node, path, ACTION);
        String id = f.text("id", true);
        unique(actionIds, id, f.scalar("id", true), path + ".id", "action id");
        Withdrawal withdrawn = null;
        if (f.has("withdrawn")) {
            Fields w = fields(f.node("withdrawn", true), path + ".withdrawn", WITHDRAWN);
            withdrawn = new Withdrawal(w.date("date", false), w.text("decision", false), w.text("reason", false));
        }
        Map<String, Target> targets = new java.util.LinkedHashMap<>();
        if (f.has("targets")) {
            List<Node> items = list(f.node("targets", true), path + ".targets");
            for (int i = 0; i < items.size(); i++) {
                String tpath = path + ".targets[" + i + "]";
                Target t = target(items.get(i), tpath, period);
                unique(targetIds, t.id(), fields(items.get(i), tpath, null).scalar("id", true), tpath + ".id", "target id");
                targets.put(t.id(), t);
            }
        }
        List<Measurement> measurements = new ArrayList<>();
        if (f.has("measurements")) {
            List<Node> items = list(f.node("measurements", true), path + ".measurements");
            for (int i = 0; i < items.size(); i++) {
                String mpath = path + ".measurements[" + i + "]";
                Measurement m = measurement(items.get(i), mpath, id, targets);
                // target ids are unique in the file, so one map for all actions keys the same
                unique(measured, m.target() + " on " + m.date(), items.get(i), mpath, "measurement of target");
                measurements.add(m);
            }
        }
        List<String> partners = f.has("partners") ? list(f.node("partners", true), path + ".partners").stream()
                .map(n -> text(n, path + ".partners")).toList() : List.of();
        Withdrawal w = withdrawn;
        ReportedAssessment reported = f.has("reported") ? reported(f.node("reported", true), path + ".reported",
                ACTION_REPORTED) : null;
        StatusOverride override = f.has("override") ? override(f.node("override", true), path + ".override",
                ACTION_OVERRIDE) : null;
        return construct(node, path, () -> new Action(id, f.text("title", false), f.text("text", false),
                partners, w, List.copyOf(targets.values()), measurements, reported, override));
    }

    private Target target(Node node, String path, ReportingPeriod period) {
        Fields probe = fields(node, path, null);
        TargetKind kind = probe.code("kind", TargetKind.class, true);
        Set<String> allowed = new LinkedHashSet<>(TARGET_COMMON);
        allowed.addAll(targetFields(kind));
        Fields f = fields(node, path, allowed, kind.code() + " target");
        String id = f.text("id", true);
        LocalDate start = f.date("start", false);
        LocalDate due = f.date("due", false);
        f.requireOrdered("start", start, "due", due);
        if (start != null && due == null && start.isAfter(period.end())) {
            throw error(f.scalar("start", true), f.path("start"), "start " + start + " lies after " + period.end()
                    + ", the due date it gets from the period's end; give a due date");
        }
        if (due != null && start == null && due.isBefore(period.start())) {
            throw error(f.scalar("due", true), f.path("due"), "due " + due + " lies before " + period.start()
                    + ", the start it gets from the period's start; give a start date");
        }
        return construct(node, path, () -> switch (kind) {
            case QUANTITY -> quantity(f, id, start, due);
            case MILESTONE -> new MilestoneTarget(id, f.text("indicator", false), start, due, f.period("maxAge", false));
            case MONITORING -> new MonitoringTarget(id, f.text("indicator", false), f.text("unit", false),
                    f.period("maxAge", true), start, due);
        });
    }

    /**
     * A quantity target: its streefwaarde is a number, "p.m." (not yet quantified), or absent for a target relative
     * to a norm; a range (within) has an upper value; a planned path and revisions are lists of dated values.
     */
    private QuantityTarget quantity(Fields f, String id, LocalDate start, LocalDate due) {
        Direction direction = f.code("direction", Direction.class, true);
        String norm = f.text("norm", false);
        Node.Scalar valueNode = f.scalar("value", norm == null);
        boolean proMemorie = valueNode != null && valueNode.type() == Node.Scalar.Type.TEXT
                && PRO_MEMORIE.contains(valueNode.text().strip().toLowerCase(java.util.Locale.ROOT));
        if (norm != null && valueNode != null) {
            throw error(valueNode, f.path("value"), "a target relative to the norm '" + norm + "' has no value of its "
                    + "own; each measurement gives the norm's value (normValue)");
        }
        BigDecimal value = norm != null || proMemorie ? null : f.decimal("value", true);
        if (direction == Direction.WITHIN && !f.has("upper")) {
            throw error(f.scalar("direction", true), f.path("upper"), "a range (direction: within) needs upper, the top "
                    + "of the range: \"500–3000 TJ\" is value: 500, upper: 3000");
        }
        if (direction != Direction.WITHIN && f.has("upper")) {
            throw error(f.scalar("upper", true), f.path("upper"), "only a range has an upper value; write direction: "
                    + "within");
        }
        List<PathPoint> path = new ArrayList<>();
        if (f.has("path")) {
            List<Node> items = list(f.node("path", true), f.path("path"));
            for (int i = 0; i < items.size(); i++) {
                String ppath = f.path("path") + "[" + i + "]";
                Fields p = fields(items.get(i), ppath, PATH_POINT, "a path point");
                LocalDate date = p.date("date", true);
                BigDecimal planned = p.decimal("value", true);
                path.add(construct(items.get(i), ppath, () -> new PathPoint(date, planned)));
            }
        }
        List<Revision> revisions = new ArrayList<>();
        if (f.has("revisions")) {
            List<Node> items = list(f.node("revisions", true), f.path("revisions"));
            for (int i = 0; i < items.size(); i++) {
                String rpath = f.path("revisions") + "[" + i + "]";
                Fields r = fields(items.get(i), rpath, REVISION, "a revision");
                LocalDate date = r.date("date", true);
                BigDecimal revised = r.decimal("value", true);
                String decision = r.text("decision", false);
                revisions.add(construct(items.get(i), rpath, () -> new Revision(date, revised, decision)));
            }
        }
        return new QuantityTarget(id, f.text("indicator", false), f.text("unit", false), direction, value,
                f.decimal("baseline", false), start, due, f.decimal("upper", false), norm, path, revisions,
                f.period("maxAge", false));
    }

    private Measurement measurement(Node node, String path, String actionId, Map<String, Target> targets) {
        Fields probe = fields(node, path, null);
        Node.Scalar targetRef = probe.scalar("target", true);
        Target target = targets.get(targetRef.text());
        if (target == null) {
            throw error(targetRef, probe.path("target"), "unknown target '" + targetRef.text() + "'; action " + actionId
                    + (targets.isEmpty() ? " has no targets" : " has targets " + String.join(", ", targets.keySet())
                    + Suggestions.didYouMean(targetRef.text(), targets.keySet())));
        }
        Set<String> allowed = new LinkedHashSet<>(MEASUREMENT_COMMON);
        allowed.addAll(measurementFields(target.kind()));
        if (columns) {
            // every column is there in every row; what does not belong to the target's kind must be left empty
            for (Node.Key key : ((Node.Mapping) node).keys().values()) {
                if (!allowed.contains(key.name())) {
                    throw new PortfolioException(file, key.line(), key.column(), fieldName(path, key.name()),
                            "must be empty: target '" + target.id() + "' is a " + target.kind().code() + " target, and "
                                    + (key.name().equals("done") ? "only a milestone is done"
                                    : "a milestone has no " + key.name() + "; write done (true or false)"));
                }
            }
        }
        Fields f = fields(node, path, allowed, "measurement of a " + target.kind().code() + " target");
        boolean milestone = switch (target.kind()) {
            case MILESTONE -> true;
            case QUANTITY, MONITORING -> false;
        };
        // "-" in the figure's place: the page reports nothing for this date
        Node.Scalar figure = f.scalar(milestone ? "done" : "value", true);
        boolean notReported = figure.type() == Node.Scalar.Type.TEXT && NOT_REPORTED.equals(figure.text().strip());
        boolean estimate = Boolean.TRUE.equals(f.bool("estimate", false));
        BigDecimal normValue = f.decimal("normValue", false);
        if (notReported && (f.has("bound") || estimate || normValue != null)) {
            throw error(figure, f.path(milestone ? "done" : "value"), "a figure that is not reported (\"-\") has no "
                    + "bound, estimate or normValue");
        }
        return construct(node, path, () -> new Measurement(target.id(), f.date("date", true),
                milestone || notReported ? null : f.decimal("value", true),
                milestone || notReported ? null : f.code("bound", Bound.class, false),
                milestone && !notReported ? f.bool("done", true) : null, f.text("source", false), f.text("note", false),
                estimate, notReported, normValue));
    }

    /** The fields only a target of {@code kind} has; a switch, so that a new kind does not compile without its own. */
    private static Set<String> targetFields(TargetKind kind) {
        return switch (kind) {
            case QUANTITY -> Set.of("unit", "direction", "value", "baseline", "upper", "norm", "path", "revisions",
                    "maxAge");
            case MILESTONE -> Set.of("maxAge");
            case MONITORING -> Set.of("unit", "maxAge");
        };
    }

    /** The fields only a measurement of a target of {@code kind} has. */
    private static Set<String> measurementFields(TargetKind kind) {
        return switch (kind) {
            case QUANTITY -> Set.of("value", "bound", "estimate", "normValue");
            case MONITORING -> Set.of("value", "bound", "estimate");
            case MILESTONE -> Set.of("done");
        };
    }

    private Budget budget(Node node) {
        Fields f = fields(node, "budget", BUDGET);
        List<Jaarschijf> slices = new ArrayList<>();
        if (f.has("slices")) {
            List<Node> items = list(f.node("slices", true), "budget.slices");
            Map<String, Node> years = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String path = "budget.slices[" + i + "]";
                Fields s = fields(items.get(i), path, SLICE);
                BigDecimal year = s.decimal("year", true);
                Node.Scalar yearNode = s.scalar("year", true);
                if (year.scale() > 0 || year.compareTo(BigDecimal.valueOf(Jaarschijf.FIRST_YEAR)) < 0
                        || year.compareTo(BigDecimal.valueOf(Jaarschijf.LAST_YEAR)) > 0) {
                    throw error(yearNode, path + ".year", "expected a year from " + Jaarschijf.FIRST_YEAR + " to "
                            + Jaarschijf.LAST_YEAR + ", found " + yearNode.describe()
                            + (year.compareTo(BigDecimal.valueOf(Jaarschijf.LAST_YEAR + 1)) == 0
                            ? " (a budget change moves money to the year after, which must be a date of the format too)" : ""));
                }
                String line = s.has("line") ? s.text("line", true).strip() : Jaarschijf.EXPLOITATIE;
                unique(years, line.equals(Jaarschijf.EXPLOITATIE) ? year.toPlainString() : year.toPlainString() + " "
                        + line, yearNode, path + ".year", "jaarschijf");
                // not stated stays not stated: null, never false (issue 12)
                Boolean fromReserve = s.bool("fromReserve", false);
                Boolean continues = s.bool("continues", false);
                Boolean forecast = s.bool("forecast", false);
                Set<String> proMemorie = new java.util.LinkedHashSet<>();
                BigDecimal budgeted = proMemorie(s, "budgeted", proMemorie) ? null : s.amount("budgeted");
                BigDecimal realised = proMemorie(s, "realised", proMemorie) ? null : s.decimal("realised", false);
                BigDecimal overspend = s.amount("overspend");
                Baten income = null;
                if (s.has("income")) {
                    Fields in = fields(s.node("income", true), path + ".income", INCOME);
                    income = construct(s.node("income", true), path + ".income",
                            () -> new Baten(in.amount("budgeted"), in.amount("realised")));
                }
                List<BudgetPart> into = parts(s, "continuesInto", path);
                List<Funding> funding = new ArrayList<>();
                if (s.has("funding")) {
                    List<Node> fs = list(s.node("funding", true), path + ".funding");
                    for (int k = 0; k < fs.size(); k++) {
                        String fp = path + ".funding[" + k + "]";
                        Fields ff = fields(fs.get(k), fp, FUNDING);
                        funding.add(construct(fs.get(k), fp, () -> new Funding(ff.text("source", true), ff.amount("amount"))));
                    }
                }
                Baten baten = income;
                slices.add(construct(items.get(i), path, () -> new Jaarschijf(year.intValueExact(),
                        budgeted, realised, s.amount("unspent"), fromReserve, continues,
                        Boolean.TRUE.equals(forecast), line, overspend, baten, into, funding, proMemorie)));
            }
        }
        List<Reallocation> reallocations = new ArrayList<>();
        if (f.has("reallocations")) {
            List<Node> rs = list(f.node("reallocations", true), "budget.reallocations");
            for (int i = 0; i < rs.size(); i++) {
                String rp = "budget.reallocations[" + i + "]";
                Fields r = fields(rs.get(i), rp, REALLOCATION);
                String from = r.text("from", false);
                String to = r.text("to", false);
                if ((from == null) == (to == null)) {
                    throw error(rs.get(i), rp, "give either from (money comes to this prestatie) or to (money goes to"
                            + " another prestatie)");
                }
                BigDecimal amount = r.decimal("amount", true);
                if (amount.signum() <= 0) {
                    throw error(r.scalar("amount", true), rp + ".amount", "expected an amount above 0, found "
                            + amount.toPlainString() + "; the direction is from or to");
                }
                reallocations.add(construct(rs.get(i), rp, () -> new Reallocation(from != null ? from : to,
                        from != null ? amount : amount.negate())));
            }
        }
        List<ReportedChange> changes = new ArrayList<>();
        if (f.has("changes")) {
            List<Node> cs = list(f.node("changes", true), "budget.changes");
            for (int i = 0; i < cs.size(); i++) {
                String cp = "budget.changes[" + i + "]";
                Fields c = fields(cs.get(i), cp, CHANGE);
                ChangeType type = c.code("type", ChangeType.class, true);
                Decider decider = c.code("decider", Decider.class, false);
                List<BudgetPart> parts = parts(c, "parts", cp);
                changes.add(construct(cs.get(i), cp, () -> new ReportedChange(type, decider, c.amount("amount"),
                        c.text("line", false), c.text("source", false), parts, c.text("text", false))));
            }
        }
        String currency = f.text("currency", false);
        if (currency != null && !Budget.EUR.equals(currency)) {
            throw error(f.scalar("currency", true), "budget.currency", "unsupported currency '" + currency
                    + "'; koers/v1 budgets are in EUR");
        }
        return construct(node, "budget", () -> new Budget(currency, slices, reallocations, changes));
    }

    /** Whether {@code name} is given as "p.m." (pro memorie: not yet quantified); then noted in {@code into}. */
    private static boolean proMemorie(Fields f, String name, Set<String> into) {
        Node.Scalar s = f.scalar(name, false);
        if (s != null && s.type() == Node.Scalar.Type.TEXT
                && PRO_MEMORIE.contains(s.text().strip().toLowerCase(java.util.Locale.ROOT))) {
            into.add(name);
            return true;
        }
        return false;
    }

    /** A list of {year, amount?} (a phasing, or a change's parts per year). */
    private List<BudgetPart> parts(Fields f, String name, String path) {
        List<BudgetPart> parts = new ArrayList<>();
        if (f.has(name)) {
            List<Node> ps = list(f.node(name, true), path + "." + name);
            for (int k = 0; k < ps.size(); k++) {
                String pp = path + "." + name + "[" + k + "]";
                Fields p = fields(ps.get(k), pp, PART);
                BigDecimal year = p.decimal("year", true);
                if (year.scale() > 0 || year.compareTo(BigDecimal.valueOf(Jaarschijf.FIRST_YEAR)) < 0
                        || year.compareTo(BigDecimal.valueOf(Jaarschijf.LAST_YEAR + 1)) > 0) {
                    throw error(p.scalar("year", true), pp + ".year", "expected a year from " + Jaarschijf.FIRST_YEAR
                            + " to " + (Jaarschijf.LAST_YEAR + 1) + ", found " + year.toPlainString());
                }
                parts.add(construct(ps.get(k), pp, () -> new BudgetPart(year.intValueExact(), p.amount("amount"))));
            }
        }
        return parts;
    }

    // ---- helpers

    private void unique(Map<String, Node> seen, String key, Node at, String path, String what) {
        Node earlier = seen.putIfAbsent(key, at);
        if (earlier != null) {
            throw error(at, path, what + " '" + key + "' is already used on line " + earlier.line());
        }
    }

    private <T> T construct(Node at, String path, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(at, path, e.getMessage());
        }
    }

    private List<Node> list(Node node, String path) {
        if (node instanceof Node.Sequence s) {
            return s.items();
        }
        throw error(node, path, "expected a list, found " + node.describe());
    }

    private String text(Node node, String path) {
        if (node instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL && s.type() != Node.Scalar.Type.BOOLEAN) {
            return s.text();
        }
        throw error(node, path, "expected a text, found " + node.describe());
    }

    private LocalDate date(Node.Scalar s, String path, String expected) {
        try {
            if (s.type() == Node.Scalar.Type.TEXT) {
                LocalDate date = IsoDates.parse(s.text());
                if (date.getYear() < 1900 || date.getYear() > 2199) {
                    throw error(s, path, "the date " + s.text() + " lies outside 1900-01-01 .. 2199-12-31");
                }
                return date;
            }
        } catch (DateTimeParseException e) {
            throw error(s, path, "expected " + expected + ", found " + s.describe()
                    + (s.text().matches("\\d{4}-\\d{2}-\\d{2}") ? ", which is not a date in the calendar" : ""));
        }
        throw error(s, path, "expected " + expected + ", found " + s.describe());
    }

    /** "actions[0].title" in a portfolio; "column 'value'" in a measurements CSV. */
    private String fieldName(String path, String name) {
        if (columns) {
            return "column '" + name + "'";
        }
        return path.isEmpty() ? name : path + "." + name;
    }

    private PortfolioException error(Node at, String path, String problem) {
        return new PortfolioException(file, at.line(), at.column(), path, problem);
    }

    private Fields fields(Node node, String path, Set<String> allowed) {
        return fields(node, path, allowed, path.isEmpty() ? "a portfolio" : path);
    }

    private Fields fields(Node node, String path, Set<String> allowed, String what) {
        if (!(node instanceof Node.Mapping m)) {
            throw error(node, path, "expected a mapping of fields, found " + node.describe());
        }
        if (allowed != null) {
            for (Node.Key key : m.keys().values()) {
                if (!allowed.contains(key.name())) {
                    String field = fieldName(path, key.name());
                    throw new PortfolioException(file, key.line(), key.column(), field,
                            "unknown field for " + what + Suggestions.didYouMean(key.name(), allowed)
                                    + "; expected one of: " + String.join(", ", new java.util.TreeSet<>(allowed)));
                }
            }
        }
        return new Fields(m, path);
    }

    /** The fields of one mapping, read by name with a message naming the field on every mismatch. */
    private final class Fields {
        private final Node.Mapping mapping;
        private final String path;

        Fields(Node.Mapping mapping, String path) {
            this.mapping = mapping;
            this.path = path;
        }

        String path(String name) {
            return fieldName(path, name);
        }

        boolean has(String name) {
            Node n = mapping.entries().get(name);
            return n != null && !(n instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL);
        }

        Node node(String name, boolean required) {
            if (!has(name)) {
                if (required) {
                    throw error(mapping, path(name), columns ? "required, but empty" : "required field is missing");
                }
                return null;
            }
            return mapping.entries().get(name);
        }

        Node.Scalar scalar(String name, boolean required) {
            Node n = node(name, required);
            if (n == null) {
                return null;
            }
            if (n instanceof Node.Scalar s) {
                return s;
            }
            throw error(n, path(name), "expected a single value, found " + n.describe());
        }

        String text(String name, boolean required) {
            Node n = node(name, required);
            String text = n == null ? null : PortfolioBinder.this.text(n, path(name));
            if (required && text.isBlank()) {
                throw error(n, path(name), "required field may not be empty");
            }
            return text;
        }

        LocalDate date(String name, boolean required) {
            Node.Scalar s = scalar(name, required);
            return s == null ? null : PortfolioBinder.this.date(s, path(name), "a date YYYY-MM-DD");
        }

        BigDecimal decimal(String name, boolean required) {
            Node.Scalar s = scalar(name, required);
            if (s == null) {
                return null;
            }
            if (s.type() != Node.Scalar.Type.INTEGER && s.type() != Node.Scalar.Type.DECIMAL) {
                throw error(s, path(name), s.type() == Node.Scalar.Type.TEXT && Decimals.isTooLongNumber(s.text())
                        ? Decimals.TOO_MANY_DIGITS : "expected a number, found " + s.describe());
            }
            try {
                return Decimals.parse(s.text());
            } catch (NumberFormatException e) {
                throw error(s, path(name), s.text().matches("(?i)[-+]?\\.?(nan|inf|infinity)")
                        ? "NaN and infinities are refused; expected a decimal number, found " + s.describe()
                        : "expected a decimal number such as 12 or 12.50, found " + s.describe());
            } catch (IllegalArgumentException e) {
                throw error(s, path(name), e.getMessage());
            }
        }

        /** An optional amount that may not be negative (budgeted, unspent). */
        BigDecimal amount(String name) {
            BigDecimal value = decimal(name, false);
            if (value != null && value.signum() < 0) {
                throw error(scalar(name, true), path(name), "expected an amount of 0 or more, found " + value.toPlainString());
            }
            return value;
        }

        /** The later date may not lie before the earlier one; reported at the later field. */
        void requireOrdered(String firstName, LocalDate first, String laterName, LocalDate later) {
            if (first != null && later != null && later.isBefore(first)) {
                throw error(scalar(laterName, true), path(laterName), laterName + " " + later + " lies before "
                        + firstName + " " + first + "; maybe the dates are swapped?");
            }
        }

        Boolean bool(String name, boolean required) {
            Node.Scalar s = scalar(name, required);
            if (s == null) {
                return null;
            }
            if (s.type() != Node.Scalar.Type.BOOLEAN) {
                throw error(s, path(name), "expected true or false, found " + s.describe());
            }
            return Boolean.parseBoolean(s.text());
        }

        Period period(String name, boolean required) {
            Node.Scalar s = scalar(name, required);
            if (s == null) {
                return null;
            }
            Period period = null;
            try {
                if (s.type() == Node.Scalar.Type.TEXT) {
                    period = Period.parse(s.text());
                }
            } catch (DateTimeParseException e) {
                // reported below, with what was expected
            }
            if (period != null && !period.isNegative() && !period.isZero()) {
                if (longerThanLimit(period)) {
                    throw error(s, path(name), "the period " + (s.text().length() > 40 ? s.text().substring(0, 40) + "…"
                            : s.text()) + " is longer than " + InputLimits.MAX_PERIOD_YEARS + " years, the limit for "
                            + "portfolio files; write a period such as P12M or P1Y");
                }
                return period;
            }
            throw error(s, path(name), "expected a positive ISO-8601 period such as P12M or P1Y, found " + s.describe());
        }

        /** Whether the period, counted from any date, reaches further than {@link InputLimits#MAX_PERIOD_YEARS}. */
        private static boolean longerThanLimit(Period period) {
            // months and days separately first: P999999999Y added to a date would already fail
            if (period.toTotalMonths() > 12L * InputLimits.MAX_PERIOD_YEARS
                    || period.getDays() > 366L * InputLimits.MAX_PERIOD_YEARS) {
                return true;
            }
            LocalDate from = LocalDate.of(2000, 1, 1);
            return from.plus(period).isAfter(from.plusYears(InputLimits.MAX_PERIOD_YEARS));
        }

        /** An optional text or list of texts (a page may name several portefeuillehouders, reserves, besluiten). */
        List<String> texts(String name) {
            Node n = node(name, false);
            if (n == null) {
                return List.of();
            }
            if (n instanceof Node.Sequence seq) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < seq.items().size(); i++) {
                    String value = PortfolioBinder.this.text(seq.items().get(i), path(name) + "[" + i + "]");
                    if (value.isBlank()) {
                        throw error(seq.items().get(i), path(name) + "[" + i + "]", "an item may not be empty");
                    }
                    values.add(value);
                }
                return values;
            }
            return List.of(PortfolioBinder.this.text(n, path(name)));
        }

        /** An optional code or list of codes. */
        <E extends Enum<E> & Coded> List<E> codes(String name, Class<E> type) {
            Node n = node(name, false);
            if (n == null) {
                return List.of();
            }
            if (n instanceof Node.Sequence seq) {
                List<E> values = new ArrayList<>();
                for (int i = 0; i < seq.items().size(); i++) {
                    Node item = seq.items().get(i);
                    String itemPath = path(name) + "[" + i + "]";
                    if (!(item instanceof Node.Scalar s)) {
                        throw error(item, itemPath, "expected one of " + Coded.codes(type) + ", found " + item.describe());
                    }
                    values.add(Coded.parse(type, s.text()).orElseThrow(() -> error(s, itemPath,
                            "expected one of " + Coded.codes(type) + ", found " + s.describe())));
                }
                return values;
            }
            return List.of(code(name, type, true));
        }

        <E extends Enum<E> & Coded> E code(String name, Class<E> type, boolean required) {
            Node.Scalar s = scalar(name, required);
            if (s == null) {
                return null;
            }
            return Coded.parse(type, s.text()).orElseThrow(() -> error(s, path(name),
                    "expected one of " + Coded.codes(type) + ", found " + s.describe()));
        }
    }
}
