package nl.koers.evaluator.ruleset.internal.tables;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.evaluator.RuleProblem.Code;
import nl.koers.evaluator.RuleProblem;
import nl.koers.evaluator.ruleset.internal.compile.CsvTable;
import nl.koers.evaluator.ruleset.internal.compile.ValidityDates;
import nl.koers.evaluator.ruleset.internal.compile.Spreadsheets;
import nl.koers.evaluator.ruleset.internal.load.RuleFile;
import nl.koers.format.InputLimits;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Checks decision tables the way DMN tools check tables, for {@code koers rules validate}. Every row of a
 * Koers table fires when it matches (there is no first-hit policy), so the rows of a table must be mutually
 * exclusive and together complete. Reported, each at the table's file and spreadsheet row:
 * <ul>
 *   <li>a gap: figures no row decides ("no row decides a ratio of 0.8"), one message per connected gap;</li>
 *   <li>an overlap: two rows that both decide some figures, with a witness and both rule names;</li>
 *   <li>a row that can never fire (its conditions exclude each other or the domain), a row whose outcome cells
 *       are all blank, and a rule name used twice.</li>
 * </ul>
 *
 * <p>Each data row is read as a box. A condition column is understood when its template is
 * {@code [field != null, ]field OP $param} or {@code field OP $paramB} with OP one of {@code >= > < <= ==} and
 * numbers in the cells (an interval on {@code field}), or {@code expr == $param} with true/false in the cells (a
 * boolean dimension named {@code expr}). A blank cell means "any". Columns on the same field of the same pattern
 * intersect. Any other column is opaque: it gets a warning, the table is not checked for gaps, and two rows
 * are only reported as overlapping when they agree on it (same text, or one blank).
 *
 * <p>Validity dates (DATE-EFFECTIVE, DATE-EXPIRES columns; ISO dates, Drools' own mask, or real Excel dates) make
 * time one more dimension: a row is in force from its effective day up to, not including, its expires day. Two rows
 * then only overlap on a day both are in force, and a gap names an example day. Time is checked for gaps from the
 * first date any row gives to the last, and on every day some row is in force; before every row takes effect and
 * after every row has expired the table is simply not in force. A date that is no date, and a row that expires on
 * or before the day it takes effect, are errors at their cell; such a row is left out of the analysis.
 *
 * <p>Domain knowledge (what a figure can be), by pattern type and field:
 * <ul>
 *   <li>{@code Saldo.deviation} ≥ 0 and {@code Saldo.budgeted} ≥ 0 (and so of {@code MoneyDeviation}, the same
 *       figures on the chosen basis);</li>
 *   <li>{@code Saldo.deviationShare} ≥ 0 or null; null exactly when {@code budgeted} is 0, and, when not null,
 *       0 exactly when {@code deviation} is 0 (share = deviation / budgeted);</li>
 *   <li>{@code Saldo.leftOver} and {@code Saldo.overspent} are only true when {@code balanceKnown} is;</li>
 *   <li>{@code TargetProgress.ratio} is any real number; {@code TargetProgress.banded} (and {@code dueMissed}, of the
 *       due-date table) is the bands' scope: when
 *       every row asks for the same value, the table is not expected to decide the other value (targets.drl
 *       decides targets outside the bands);</li>
 *   <li>any other numeric field is an unbounded real, never null.</li>
 * </ul>
 * A {@code field != null} guard, and any comparison, excludes null.
 *
 * <p>Gaps are found by enumerating elementary cells: per numeric field the boundary values of all rows (and the
 * domain's lower bound) as points, plus the open intervals between and around them; per boolean true and false.
 * Cells the domain rules out are dropped; an uncovered cell is a gap, and uncovered cells next to each other
 * (one step along one field) are merged into one message.
 */
public final class TableAnalysis {

    /** More elementary cells than this in one table and the gap analysis is skipped with a warning. */
    static final long MAX_CELLS = 200_000;

    private static final Pattern TEMPLATE = Pattern.compile(
            "^\\s*(?:([A-Za-z_][A-Za-z0-9_]*)\\s*!=\\s*null\\s*,\\s*)?(.+?)\\s*(>=|<=|==|>|<)\\s*\\$param(B?)\\s*;?\\s*$");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?B?");
    private static final Pattern BINDING = Pattern.compile("^\\s*\\$?[A-Za-z_][A-Za-z0-9_]*\\s*:\\s*");

    /** How the one problem of a table that cannot be opened at all begins. */
    private static final String UNREADABLE = "cannot be read as a spreadsheet";

    static {
        Spreadsheets.guard();
    }

    /** Why POI could not open a workbook, in words; a zip bomb is told apart by POI's message only. */
    private static String unreadable(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        if (message.contains("Zip bomb")) {
            return ": it unpacks to far more than it holds, like a zip bomb; a part of a spreadsheet may be compressed "
                    + "at most 1 : " + Math.round(1 / InputLimits.MIN_SPREADSHEET_INFLATE_RATIO) + " and unpack to at most "
                    + InputLimits.mebibytes(InputLimits.MAX_SPREADSHEET_ENTRY_BYTES);
        }
        return " (is it saved as xlsx or xls?)" + (message.isEmpty() ? "" : ": " + message);
    }

    private TableAnalysis() {
    }

    /**
     * The problems of every RuleTable in {@code table} (.drl.xlsx, .drl.xls or .drl.csv); empty when the tables
     * are complete and their rows exclusive. A file that cannot be read yields one error naming it.
     */
    public static List<RuleProblem> analyse(RuleFile table) {
        List<Sheet> sheets;
        try {
            sheets = switch (table.kind()) {
                case TABLE_XLSX, TABLE_XLS -> readWorkbook(table.content());
                case TABLE_CSV -> List.of(readCsv(table.text()));
                default -> throw new IllegalArgumentException(table.name() + " is not a decision table");
            };
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            // POI throws a variety of checked and unchecked exceptions on a damaged file
            return List.of(RuleProblem.error(Code.TABLE_UNREADABLE, table.name(), 0, 0, null,
                    UNREADABLE + unreadable(e)));
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (Sheet sheet : sheets) {
            for (int r = 0; r < sheet.rows.size(); r++) {
                for (int c = 0; c < sheet.rows.get(r).size(); c++) {
                    if (sheet.text(r, c).toLowerCase(Locale.ROOT).startsWith("ruletable")) {
                        problems.addAll(new Table(table.name(), sheet, r, c).analyse());
                    }
                }
            }
        }
        return List.copyOf(problems);
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /**
     * One spreadsheet cell: its text as Drools substitutes it, its number when it holds one, and its day when it is
     * a real Excel date.
     */
    private record Cell(String text, BigDecimal number, LocalDate day) {
        static final Cell BLANK = new Cell("", null, null);

        Cell(String text, BigDecimal number) {
            this(text, number, null);
        }

        static Cell of(String text) {
            String t = text == null ? "" : text.strip();
            BigDecimal n = null;
            if (NUMBER.matcher(t).matches()) {
                n = new BigDecimal(t.endsWith("B") ? t.substring(0, t.length() - 1) : t);
            }
            return new Cell(t, n);
        }

        boolean blank() {
            return text.isEmpty();
        }
    }

    /** A sheet as a grid of cells (0-based) with its horizontally merged regions. */
    private record Sheet(String name, List<List<Cell>> rows, List<CellRangeAddress> merges) {
        Cell cell(int r, int c) {
            if (r < 0 || r >= rows.size() || c < 0 || c >= rows.get(r).size()) {
                return Cell.BLANK;
            }
            return rows.get(r).get(c);
        }

        String text(int r, int c) {
            return cell(r, c).text;
        }

        /** The first column of the merged region holding (r, c), or c. */
        int mergeStart(int r, int c) {
            for (CellRangeAddress m : merges) {
                if (m.isInRange(r, c)) {
                    return m.getFirstColumn();
                }
            }
            return c;
        }
    }

    private static List<Sheet> readWorkbook(byte[] content) throws Exception {
        List<Sheet> sheets = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                List<List<Cell>> rows = new ArrayList<>();
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    while (rows.size() <= row.getRowNum()) {
                        rows.add(new ArrayList<>());
                    }
                    List<Cell> cells = rows.get(row.getRowNum());
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        while (cells.size() <= cell.getColumnIndex()) {
                            cells.add(Cell.BLANK);
                        }
                        cells.set(cell.getColumnIndex(), cellOf(cell));
                    }
                }
                sheets.add(new Sheet(sheet.getSheetName(), rows, sheet.getMergedRegions()));
            }
        }
        return sheets;
    }

    private static Cell cellOf(org.apache.poi.ss.usermodel.Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDate day = cell.getLocalDateTimeCellValue().toLocalDate();
                    yield new Cell(day.toString(), null, day);
                }
                BigDecimal n = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
                yield new Cell(plain(n), n);
            }
            case BOOLEAN -> new Cell(Boolean.toString(cell.getBooleanCellValue()), null);
            case STRING -> Cell.of(cell.getStringCellValue());
            default -> Cell.BLANK;
        };
    }

    /** CSV as Drools' own parser reads it ({@link CsvTable}): the same cells and merged cells the compiler sees. */
    private static Sheet readCsv(String text) {
        CsvTable table = CsvTable.read(text);
        List<List<Cell>> rows = table.rows().stream()
                .map(row -> row.stream().map(t -> Cell.of(t.strip())).toList())
                .toList();
        List<CellRangeAddress> merges = table.merges().stream()
                .map(m -> new CellRangeAddress(m.row(), m.row(), m.firstColumn(), m.lastColumn()))
                .toList();
        return new Sheet("csv", rows, merges);
    }

    // ---- the model of a table --------------------------------------------------------------------------------

    /** What is known about a field's values; see the class comment. */
    private record Known(BigDecimal min, boolean nullable, String label, boolean percent, boolean scope) {
        static final Known UNBOUNDED = new Known(null, false, null, false, false);

        static Known of(String type, String field) {
            return switch (type + "." + field) {
                case "Saldo.deviation" -> new Known(BigDecimal.ZERO, false, "deviation", false, false);
                case "Saldo.budgeted" -> new Known(BigDecimal.ZERO, false, "budgeted", false, false);
                case "Saldo.deviationShare" -> new Known(BigDecimal.ZERO, true, "share", true, false);
                // the money colour's figures on the chosen basis (MoneyDeviation, issue 12): the same as the Saldo's
                case "MoneyDeviation.deviation" -> new Known(BigDecimal.ZERO, false, "deviation", false, false);
                case "MoneyDeviation.budgeted" -> new Known(BigDecimal.ZERO, false, "budgeted", false, false);
                case "MoneyDeviation.deviationShare" -> new Known(BigDecimal.ZERO, true, "share", true, false);
                case "TargetProgress.banded" -> new Known(null, false, null, false, true);
                // the due-date table (einddatum) decides only targets missed at their due date; targets.drl the rest
                case "TargetProgress.dueMissed" -> new Known(null, false, null, false, true);
                default -> UNBOUNDED;
            };
        }
    }

    /** One dimension of a table: a numeric field or a boolean expression of one pattern. */
    private record Dim(int pattern, String type, String field, boolean numeric, Known known) {
        String label() {
            return known.label != null ? known.label : field;
        }
    }

    /** A set of values of one dimension. */
    private interface Values {
        boolean contains(Slot slot);

        boolean isEmpty();

        boolean isAny();
    }

    /** An interval of numbers, bounds null when infinite, plus whether null belongs to the set. */
    private record Interval(BigDecimal lo, boolean loIn, BigDecimal hi, boolean hiIn, boolean withNull) implements Values {
        static final Interval ANY = new Interval(null, false, null, false, true);

        static Interval of(String op, BigDecimal v) {
            return switch (op) {
                case ">=" -> new Interval(v, true, null, false, false);
                case ">" -> new Interval(v, false, null, false, false);
                case "<=" -> new Interval(null, false, v, true, false);
                case "<" -> new Interval(null, false, v, false, false);
                default -> new Interval(v, true, v, true, false);
            };
        }

        Interval and(Interval o) {
            BigDecimal l = lo;
            boolean li = loIn;
            if (o.lo != null && (l == null || o.lo.compareTo(l) > 0 || (o.lo.compareTo(l) == 0 && !o.loIn))) {
                l = o.lo;
                li = o.loIn;
            }
            BigDecimal h = hi;
            boolean hin = hiIn;
            if (o.hi != null && (h == null || o.hi.compareTo(h) < 0 || (o.hi.compareTo(h) == 0 && !o.hiIn))) {
                h = o.hi;
                hin = o.hiIn;
            }
            return new Interval(l, li, h, hin, withNull && o.withNull);
        }

        boolean numbersEmpty() {
            if (lo == null || hi == null) {
                return false;
            }
            int cmp = lo.compareTo(hi);
            return cmp > 0 || (cmp == 0 && !(loIn && hiIn));
        }

        boolean has(BigDecimal v) {
            return (lo == null || v.compareTo(lo) > 0 || (loIn && v.compareTo(lo) == 0))
                    && (hi == null || v.compareTo(hi) < 0 || (hiIn && v.compareTo(hi) == 0));
        }

        @Override
        public boolean contains(Slot slot) {
            return switch (slot.kind) {
                case NULL -> withNull;
                case POINT, OPEN -> !numbersEmpty() && has(slot.witness);
                default -> false;
            };
        }

        @Override
        public boolean isEmpty() {
            return numbersEmpty() && !withNull;
        }

        @Override
        public boolean isAny() {
            return lo == null && hi == null && withNull;
        }
    }

    /** A set of truth values. */
    private record Truth(boolean t, boolean f) implements Values {
        static final Truth ANY = new Truth(true, true);

        Truth and(Truth o) {
            return new Truth(t && o.t, f && o.f);
        }

        @Override
        public boolean contains(Slot slot) {
            return slot.kind == SlotKind.TRUE ? t : slot.kind == SlotKind.FALSE && f;
        }

        @Override
        public boolean isEmpty() {
            return !t && !f;
        }

        @Override
        public boolean isAny() {
            return t && f;
        }
    }

    private enum SlotKind { POINT, OPEN, NULL, TRUE, FALSE }

    /** An elementary cell of one dimension: a boundary point, an open interval between points, null, true or false. */
    private record Slot(SlotKind kind, BigDecimal lo, BigDecimal hi, BigDecimal witness) {
        /** Points and bounded intervals read better as witnesses than open ends. */
        int readability() {
            return switch (kind) {
                case OPEN -> lo != null && hi != null ? 2 : 0;
                case POINT, NULL -> 1;
                default -> 0;
            };
        }
    }

    /** One condition of a row as written: for messages. */
    private record Condition(int column, String text) {
    }

    /** A data row read as a box. */
    private record Row(int line, String name, int nameColumn, Map<Dim, Values> box, Map<Dim, List<Condition>> conditions,
                       Map<Integer, String> opaque, boolean decides) {
        Values get(Dim d) {
            return box.getOrDefault(d, d.numeric ? Interval.ANY : Truth.ANY);
        }
    }

    /** The analysis of one RuleTable. */
    private static final class Table {
        private final String file;
        private final Sheet sheet;
        private final int headerRow;
        private final int headerColumn;
        private final String tableName;
        private final List<RuleProblem> problems = new ArrayList<>();
        private final List<Dim> dims = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private final List<List<Slot>> slots = new ArrayList<>();
        private final Set<Integer> opaqueColumns = new LinkedHashSet<>();
        private boolean gapsAnalysable = true;
        /** The dimension of validity dates, null when no row is dated. */
        private Dim time;
        /** The slots of {@link #time} a gap is looked for in (see {@link #timeSlots}). */
        private final Set<Integer> timeDomain = new LinkedHashSet<>();

        Table(String file, Sheet sheet, int headerRow, int headerColumn) {
            this.file = file;
            this.sheet = sheet;
            this.headerRow = headerRow;
            this.headerColumn = headerColumn;
            this.tableName = sheet.text(headerRow, headerColumn).substring("ruletable".length()).strip();
        }

        List<RuleProblem> analyse() {
            read();
            buildSlots();
            List<Row> live = checkRows();
            checkOverlaps(live);
            if (gapsAnalysable) {
                checkGaps(live);
            }
            problems.sort(Comparator.comparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
            return problems;
        }

        // -- reading the table

        private enum Role { NAME, CONDITION, ACTION, ENABLED, EFFECTIVE, EXPIRES, OTHER }

        private record ConditionColumn(int column, Dim dim, String op, boolean guard, String template) {
        }

        private void read() {
            int keywords = headerRow + 1;
            int types = headerRow + 2;
            int templates = headerRow + 3;
            Map<Integer, Role> roles = new LinkedHashMap<>();
            int last = headerColumn;
            for (int c = headerColumn; c < width(keywords); c++) {
                String k = sheet.text(keywords, c).toUpperCase(Locale.ROOT);
                if (k.isEmpty()) {
                    continue;
                }
                roles.put(c, k.startsWith("CONDITION") || k.equals("C") ? Role.CONDITION
                        : k.startsWith("ACTION") || k.equals("A") ? Role.ACTION
                        : k.startsWith("NAME") || k.equals("N") ? Role.NAME
                        : k.startsWith("ENABLED") || k.equals("B") ? Role.ENABLED
                        : k.equals("DATE-EFFECTIVE") || k.equals("V") ? Role.EFFECTIVE
                        : k.equals("DATE-EXPIRES") || k.equals("Z") ? Role.EXPIRES : Role.OTHER);
                last = c;
            }
            Map<Integer, ConditionColumn> conditions = new LinkedHashMap<>();
            Map<String, Dim> byKey = new HashMap<>();
            List<Integer> dataRows = dataRows(last);
            for (Map.Entry<Integer, Role> e : roles.entrySet()) {
                int c = e.getKey();
                if (e.getValue() == Role.ACTION && sheet.text(templates, c).contains("BigDecimal(\"$param\")")) {
                    // an amount in an action cell is read when the rule fires; refuse a non-number now
                    for (int r : dataRows) {
                        Cell cell = sheet.cell(r, c);
                        if (!cell.blank() && cell.number == null) {
                            problems.add(RuleProblem.error(Code.TABLE_NOT_A_NUMBER, file, r + 1, c + 1, null,
                                    "'" + cell.text + "' in column "
                                    + columnName(c) + " of table '" + tableName + "' is not an amount; write a number"
                                    + " such as 1000000"));
                        }
                    }
                }
                if (e.getValue() != Role.CONDITION) {
                    continue;
                }
                int pattern = sheet.mergeStart(types, c);
                String type = typeName(sheet.text(types, pattern));
                String template = sheet.text(templates, c);
                Matcher m = TEMPLATE.matcher(template);
                String why = null;
                ConditionColumn column = null;
                if (!m.matches() || (m.group(1) != null && !m.group(1).equals(m.group(2).strip()))) {
                    why = "its template '" + template + "' is not of the form 'field >= $param' or 'expr == $param'";
                } else {
                    String subject = m.group(2).strip();
                    String op = m.group(3);
                    boolean allNumbers = true;
                    boolean allTruths = true;
                    String odd = null;
                    boolean wantsNumber = template.contains("$paramB") || !op.equals("==");
                    for (int r : dataRows) {
                        Cell cell = sheet.cell(r, c);
                        if (cell.blank()) {
                            continue;
                        }
                        if (wantsNumber && cell.number == null) {
                            // Drools would paste the text into the rule; say so at the cell, in the analyst's terms
                            problems.add(RuleProblem.error(Code.TABLE_NOT_A_NUMBER, file, r + 1, c + 1, null,
                                    "'" + cell.text + "' in column "
                                    + columnName(c) + " of table '" + tableName + "' is not a number; write a decimal"
                                    + " number such as 0.08 (a share of 8 %) or 100000"));
                        }
                        allNumbers &= cell.number != null;
                        allTruths &= cell.text.equalsIgnoreCase("true") || cell.text.equalsIgnoreCase("false");
                        if (odd == null && cell.number == null && !cell.text.equalsIgnoreCase("true")
                                && !cell.text.equalsIgnoreCase("false")) {
                            odd = cell.text;
                        }
                    }
                    boolean numeric = allNumbers && IDENTIFIER.matcher(subject).matches();
                    boolean truth = !numeric && allTruths && op.equals("==");
                    if (numeric || truth) {
                        String key = pattern + "/" + subject + "/" + numeric;
                        Dim dim = byKey.computeIfAbsent(key, k -> {
                            Dim d = new Dim(pattern, type, subject, numeric, Known.of(type, subject));
                            dims.add(d);
                            return d;
                        });
                        column = new ConditionColumn(c, dim, op, m.group(1) != null, template);
                    } else if (odd != null) {
                        why = "its cell '" + odd + "' is neither a number (write 0.9, not 0,9) nor true/false";
                    } else {
                        why = "'" + subject + "' is compared with true/false using '" + op + "'";
                    }
                }
                if (column != null) {
                    conditions.put(c, column);
                } else if (dataRows.stream().anyMatch(r -> !sheet.cell(r, c).blank())) {
                    opaqueColumns.add(c);
                    problems.add(RuleProblem.warning(Code.TABLE_UNCHECKED, file, templates + 1, c + 1, null,
                            "column " + columnName(c)
                            + " of table '" + tableName + "' could not be analysed: " + why
                            + "; the table is not checked for gaps, and rows overlap there only when they agree on it"));
                }
            }
            gapsAnalysable = opaqueColumns.isEmpty();
            int nameColumn = roles.entrySet().stream().filter(e -> e.getValue() == Role.NAME).map(Map.Entry::getKey)
                    .findFirst().orElse(-1);
            for (int r : dataRows) {
                boolean enabled = roles.entrySet().stream().filter(e -> e.getValue() == Role.ENABLED)
                        .noneMatch(e -> sheet.text(r, e.getKey()).equalsIgnoreCase("false"));
                if (!enabled) {
                    continue;
                }
                String name = nameColumn >= 0 && !sheet.cell(r, nameColumn).blank() ? sheet.text(r, nameColumn)
                        : tableName + "_" + (r + 1);
                Map<Dim, Values> box = new LinkedHashMap<>();
                Map<Dim, List<Condition>> written = new LinkedHashMap<>();
                Map<Integer, String> opaque = new LinkedHashMap<>();
                Validity validity = validity(r, name, roles);
                if (validity == null) {
                    // a row with a date that is no date, or that expires before it takes effect: reported, and left
                    // out, since when it is in force is not known
                    continue;
                }
                if (validity.dated()) {
                    box.put(time(), validity.interval());
                    written.put(time(), List.of(new Condition(validity.column(), validity.text())));
                }
                for (ConditionColumn cc : conditions.values()) {
                    Cell cell = sheet.cell(r, cc.column);
                    if (cell.blank()) {
                        continue;
                    }
                    Values v;
                    String text;
                    if (cc.dim.numeric) {
                        v = Interval.of(cc.op, cell.number);
                        text = cc.dim.field + " " + cc.op + " " + plain(cell.number);
                    } else {
                        boolean value = cell.text.equalsIgnoreCase("true");
                        v = new Truth(value, !value);
                        text = cc.dim.field + " == " + value;
                    }
                    Values before = box.get(cc.dim);
                    box.put(cc.dim, before == null ? v : before instanceof Interval i ? i.and((Interval) v)
                            : ((Truth) before).and((Truth) v));
                    written.computeIfAbsent(cc.dim, d -> new ArrayList<>()).add(new Condition(cc.column + 1, text));
                }
                for (int c : opaqueColumns) {
                    if (!sheet.cell(r, c).blank()) {
                        opaque.put(c, sheet.text(r, c));
                    }
                }
                boolean decides = roles.entrySet().stream().filter(e -> e.getValue() == Role.ACTION)
                        .anyMatch(e -> !sheet.cell(r, e.getKey()).blank())
                        || roles.values().stream().noneMatch(role -> role == Role.ACTION);
                rows.add(new Row(r + 1, name, nameColumn + 1, box, written, opaque, decides));
            }
        }

        /** When a row is in force: from its DATE-EFFECTIVE (inclusive) to its DATE-EXPIRES (exclusive), as days. */
        private record Validity(LocalDate from, LocalDate to, int column) {
            boolean dated() {
                return from != null || to != null;
            }

            Interval interval() {
                return new Interval(from == null ? null : BigDecimal.valueOf(from.toEpochDay()), true,
                        to == null ? null : BigDecimal.valueOf(to.toEpochDay()), false, false);
            }

            String text() {
                return "in force " + (from == null ? "" : "from " + from) + (from != null && to != null ? " " : "")
                        + (to == null ? "" : "until " + to);
            }
        }

        /** The validity of row {@code r}; null, with the problem noted, when a date cannot be read or is inverted. */
        private Validity validity(int r, String name, Map<Integer, Role> roles) {
            LocalDate from = null;
            LocalDate to = null;
            int fromColumn = 0;
            int toColumn = 0;
            boolean readable = true;
            for (Map.Entry<Integer, Role> e : roles.entrySet()) {
                if (e.getValue() != Role.EFFECTIVE && e.getValue() != Role.EXPIRES) {
                    continue;
                }
                Cell cell = sheet.cell(r, e.getKey());
                if (cell.blank()) {
                    continue;
                }
                LocalDate day = cell.day != null ? cell.day : ValidityDates.parse(cell.text).orElse(null);
                if (day == null) {
                    problems.add(RuleProblem.error(Code.BAD_DATE, file, r + 1, e.getKey() + 1, name, "'" + cell.text
                            + "' in column " + columnName(e.getKey()) + " of table '" + tableName + "' is not a date;"
                            + " write it as 2018-01-01 (year-month-day)"));
                    readable = false;
                } else if (e.getValue() == Role.EFFECTIVE) {
                    from = day;
                    fromColumn = e.getKey() + 1;
                } else {
                    to = day;
                    toColumn = e.getKey() + 1;
                }
            }
            if (from != null && to != null && !to.isAfter(from)) {
                problems.add(RuleProblem.error(Code.BAD_DATE, file, r + 1, toColumn, name, "row " + (r + 1)
                        + " expires on " + to + (to.isEqual(from) ? ", the day" : ", before") + " it takes effect ("
                        + from + "), so it is never in force; DATE-EXPIRES is the first day a row no longer applies."
                        + " Maybe the dates are swapped?"));
                readable = false;
            }
            return readable ? new Validity(from, to, to != null ? toColumn : fromColumn) : null;
        }

        /** The dimension of time, when a row is dated: the days a row is in force. */
        private Dim time() {
            if (time == null) {
                time = new Dim(-1, "", "date", true, new Known(null, false, "date", false, false));
                dims.add(time);
            }
            return time;
        }

        private int width(int r) {
            return r < sheet.rows.size() ? sheet.rows.get(r).size() : 0;
        }

        /** The rows after the label row, up to the first blank row or the next table. */
        private List<Integer> dataRows(int lastColumn) {
            List<Integer> result = new ArrayList<>();
            for (int r = headerRow + 5; r < sheet.rows.size(); r++) {
                boolean blank = true;
                boolean nextTable = false;
                for (int c = headerColumn; c <= Math.max(lastColumn, width(r) - 1); c++) {
                    blank &= sheet.cell(r, c).blank();
                    nextTable |= sheet.text(r, c).toLowerCase(Locale.ROOT).startsWith("ruletable")
                            || sheet.text(r, c).equalsIgnoreCase("RuleSet");
                }
                if (blank || nextTable) {
                    break;
                }
                result.add(r);
            }
            return result;
        }

        private static String typeName(String pattern) {
            String t = BINDING.matcher(pattern).replaceFirst("");
            int paren = t.indexOf('(');
            t = (paren >= 0 ? t.substring(0, paren) : t).strip();
            int dot = t.lastIndexOf('.');
            return dot >= 0 ? t.substring(dot + 1) : t;
        }

        // -- elementary cells

        private void buildSlots() {
            for (Dim d : dims) {
                List<Slot> list = new ArrayList<>();
                if (d == time) {
                    timeSlots(list);
                } else if (!d.numeric) {
                    Truth scope = Truth.ANY;
                    if (d.known.scope) {
                        // every row asks for the same value: the table does not claim the other one
                        Set<Values> asked = new LinkedHashSet<>();
                        rows.forEach(r -> asked.add(r.get(d)));
                        if (asked.size() == 1 && asked.iterator().next() instanceof Truth t && !t.isAny() && !t.isEmpty()) {
                            scope = t;
                        }
                    }
                    if (scope.t) {
                        list.add(new Slot(SlotKind.TRUE, null, null, null));
                    }
                    if (scope.f) {
                        list.add(new Slot(SlotKind.FALSE, null, null, null));
                    }
                } else {
                    java.util.TreeSet<BigDecimal> points = new java.util.TreeSet<>();
                    if (d.known.min != null) {
                        points.add(d.known.min);
                    }
                    for (Row r : rows) {
                        if (r.get(d) instanceof Interval i) {
                            if (i.lo != null) {
                                points.add(i.lo.stripTrailingZeros());
                            }
                            if (i.hi != null) {
                                points.add(i.hi.stripTrailingZeros());
                            }
                        }
                    }
                    BigDecimal previous = null;
                    for (BigDecimal p : points) {
                        list.add(new Slot(SlotKind.OPEN, previous, p, between(previous, p)));
                        list.add(new Slot(SlotKind.POINT, p, p, p));
                        previous = p;
                    }
                    list.add(new Slot(SlotKind.OPEN, previous, null, between(previous, null)));
                    list.removeIf(s -> d.known.min != null && s.witness.compareTo(d.known.min) < 0);
                    if (d.known.nullable) {
                        list.add(new Slot(SlotKind.NULL, null, null, null));
                    }
                }
                slots.add(list);
            }
        }

        /**
         * The days, as slots: each date a row takes effect or expires on, the days between two of them (one day
         * stands for them all), and the days before the first and after the last. A gap in time is looked for from
         * the first date written to the last, and wherever some row is in force: before the first row takes effect
         * or after the last expires the table is simply not in force.
         */
        private void timeSlots(List<Slot> list) {
            java.util.TreeSet<Long> days = new java.util.TreeSet<>();
            for (Row r : rows) {
                if (r.get(time) instanceof Interval i) {
                    if (i.lo != null) {
                        days.add(i.lo.longValueExact());
                    }
                    if (i.hi != null) {
                        days.add(i.hi.longValueExact());
                    }
                }
            }
            long first = days.first();
            long last = days.last();
            // the days between two dates have no bounds here, so that a gap is shown by its first day
            list.add(new Slot(SlotKind.OPEN, null, null, BigDecimal.valueOf(first - 1)));
            Long previous = null;
            for (long day : days) {
                if (previous != null && day > previous + 1) {
                    list.add(new Slot(SlotKind.OPEN, null, null, BigDecimal.valueOf(previous + 1)));
                }
                list.add(new Slot(SlotKind.POINT, BigDecimal.valueOf(day), BigDecimal.valueOf(day), BigDecimal.valueOf(day)));
                previous = day;
            }
            list.add(new Slot(SlotKind.OPEN, null, null, BigDecimal.valueOf(last + 1)));
            for (int s = 0; s < list.size(); s++) {
                long day = list.get(s).witness.longValueExact();
                int slot = s;
                if (day >= first && day < last || rows.stream().anyMatch(r -> r.get(time).contains(list.get(slot)))) {
                    timeDomain.add(s);
                }
            }
        }

        /** Whether the domain allows the figures of one elementary cell. */
        private boolean feasible(int[] cell) {
            if (time != null && !timeDomain.contains(cell[dims.indexOf(time)])) {
                return false;
            }
            Map<Integer, Map<String, Slot>> saldo = new HashMap<>();
            for (int i = 0; i < dims.size(); i++) {
                Dim d = dims.get(i);
                if (d.type.equals("Saldo") || d.type.equals("MoneyDeviation")) {
                    saldo.computeIfAbsent(d.pattern, p -> new HashMap<>()).put(d.field, slots.get(i).get(cell[i]));
                }
            }
            for (Map<String, Slot> s : saldo.values()) {
                Slot share = s.get("deviationShare");
                Slot budgeted = s.get("budgeted");
                Slot deviation = s.get("deviation");
                if (share != null && budgeted != null
                        && (share.kind == SlotKind.NULL) != (budgeted.kind == SlotKind.POINT && budgeted.lo.signum() == 0)) {
                    return false;
                }
                if (share != null && share.kind != SlotKind.NULL && deviation != null
                        && isZero(share) != isZero(deviation)) {
                    return false;
                }
                Slot known = s.get("balanceKnown");
                if (known != null && known.kind == SlotKind.FALSE) {
                    for (String needsBalance : List.of("leftOver", "overspent")) {
                        Slot b = s.get(needsBalance);
                        if (b != null && b.kind == SlotKind.TRUE) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        private static boolean isZero(Slot s) {
            return s.kind == SlotKind.POINT && s.lo.signum() == 0;
        }

        /** The slot indices per dimension that lie in {@code box}, or all of them for a null box. */
        private List<List<Integer>> within(Row... box) {
            List<List<Integer>> result = new ArrayList<>();
            for (int i = 0; i < dims.size(); i++) {
                List<Integer> in = new ArrayList<>();
                for (int s = 0; s < slots.get(i).size(); s++) {
                    Slot slot = slots.get(i).get(s);
                    boolean all = true;
                    for (Row r : box) {
                        all &= r.get(dims.get(i)).contains(slot);
                    }
                    if (all) {
                        in.add(s);
                    }
                }
                result.add(in);
            }
            return result;
        }

        private static long count(List<List<Integer>> choices) {
            long n = 1;
            for (List<Integer> c : choices) {
                n *= c.size();
                if (n > MAX_CELLS) {
                    return n;
                }
            }
            return n;
        }

        /** Every feasible cell of the product of {@code choices}, in order. */
        private List<int[]> cells(List<List<Integer>> choices) {
            List<int[]> result = new ArrayList<>();
            if (count(choices) == 0) {
                return result;
            }
            int[] index = new int[dims.size()];
            while (true) {
                int[] cell = new int[dims.size()];
                for (int i = 0; i < cell.length; i++) {
                    cell[i] = choices.get(i).get(index[i]);
                }
                if (feasible(cell)) {
                    result.add(cell);
                }
                int i = dims.size() - 1;
                while (i >= 0 && ++index[i] == choices.get(i).size()) {
                    index[i] = 0;
                    i--;
                }
                if (i < 0) {
                    return result;
                }
            }
        }

        // -- the checks

        /** Duplicate names, rows that decide nothing, rows that can never fire. Returns the rows that can fire. */
        private List<Row> checkRows() {
            Map<String, Row> names = new HashMap<>();
            List<Row> live = new ArrayList<>();
            for (Row row : rows) {
                Row first = names.putIfAbsent(row.name, row);
                if (first != null) {
                    problems.add(RuleProblem.error(Code.TABLE_DUPLICATE_NAME, file, row.line, row.nameColumn, row.name,
                            "rule name '" + row.name
                            + "' is used by row " + first.line + " as well; each row needs its own name"));
                }
                if (!row.decides) {
                    problems.add(RuleProblem.error(Code.TABLE_DECIDES_NOTHING, file, row.line, 0, row.name,
                            "row " + row.line
                            + " decides nothing: all its outcome cells are blank"));
                }
                Never never = neverFires(row);
                if (never != null) {
                    problems.add(RuleProblem.error(Code.TABLE_NEVER_FIRES, file, row.line, never.column, row.name,
                            "row " + row.line
                            + " can never fire: " + never.why));
                } else {
                    live.add(row);
                }
            }
            return live;
        }

        /** Why a row can never fire, and the cell to look at. */
        private record Never(String why, int column) {
        }

        private Never neverFires(Row row) {
            for (Dim d : dims) {
                Values v = row.get(d);
                List<Condition> written = row.conditions.getOrDefault(d, List.of());
                String conditions = String.join(" and ", written.stream().map(Condition::text).toList());
                int column = written.isEmpty() ? 0 : written.get(written.size() - 1).column;
                if (v.isEmpty()) {
                    return new Never(conditions + " exclude each other", column);
                }
                if (v instanceof Interval i && d.known.min != null
                        && i.and(new Interval(d.known.min, true, null, false, d.known.nullable)).isEmpty()) {
                    return new Never(conditions + (written.size() == 1 ? " is" : " are") + " impossible: " + d.field
                            + " is never below " + plain(d.known.min), column);
                }
            }
            List<List<Integer>> choices = within(row);
            if (count(choices) <= MAX_CELLS && cells(choices).isEmpty()) {
                Set<String> fields = new LinkedHashSet<>();
                row.conditions.keySet().forEach(d -> fields.add(d.field));
                List<String> facts = new ArrayList<>();
                if (fields.contains("deviationShare") || fields.contains("budgeted")) {
                    facts.add("a deviationShare exists exactly when something is budgeted, and is 0 exactly when the"
                            + " deviation is");
                }
                if (fields.contains("balanceKnown")) {
                    facts.add("leftOver and overspent need a known balance");
                }
                return new Never("no possible figures meet all its conditions together (" + String.join(", ",
                        row.conditions.values().stream().flatMap(List::stream).map(Condition::text).toList()) + ")"
                        + (facts.isEmpty() ? "" : "; " + String.join("; ", facts)), 0);
            }
            return null;
        }

        private void checkOverlaps(List<Row> live) {
            for (int j = 0; j < live.size(); j++) {
                for (int i = 0; i < j; i++) {
                    Row a = live.get(i);
                    Row b = live.get(j);
                    if (!agreeOnOpaque(a, b)) {
                        continue;
                    }
                    List<List<Integer>> choices = within(a, b);
                    if (count(choices) > MAX_CELLS) {
                        continue;
                    }
                    List<int[]> shared = cells(choices);
                    if (shared.isEmpty()) {
                        continue;
                    }
                    int[] witness = mostReadable(shared);
                    List<Integer> mentioned = new ArrayList<>();
                    for (int d = 0; d < dims.size(); d++) {
                        boolean constrained = !a.get(dims.get(d)).isAny() || !b.get(dims.get(d)).isAny();
                        if (constrained && slots.get(d).size() > 1) {
                            mentioned.add(d);
                        }
                    }
                    String what = mentioned.isEmpty() ? "everything" : describe(witness, mentioned, false);
                    String opaque = b.opaque.isEmpty() && a.opaque.isEmpty() ? ""
                            : " (with the same " + String.join(", ", opaqueColumns.stream().map(TableAnalysis::columnName)
                            .toList()) + ")";
                    problems.add(new RuleProblem(RuleProblem.Severity.ERROR, Code.TABLE_OVERLAP, file, b.line, 0,
                            List.of(b.name, a.name), "rows " + a.line + " and " + b.line
                            + " overlap: both decide " + what + opaque + " ('" + a.name + "' and '" + b.name
                            + "'); every row fires when it matches, so that gives two verdicts"));
                }
            }
        }

        private static boolean agreeOnOpaque(Row a, Row b) {
            for (Map.Entry<Integer, String> e : a.opaque.entrySet()) {
                String other = b.opaque.get(e.getKey());
                if (other != null && !other.equals(e.getValue())) {
                    return false;
                }
            }
            return true;
        }

        private void checkGaps(List<Row> live) {
            List<List<Integer>> all = within();
            if (count(all) > MAX_CELLS) {
                problems.add(RuleProblem.warning(Code.TABLE_UNCHECKED, file, headerRow + 1, headerColumn + 1, null,
                        "table '" + tableName
                        + "' has too many combinations of conditions to check for gaps"));
                return;
            }
            List<int[]> feasible = cells(all);
            List<int[]> open = new ArrayList<>();
            for (int[] cell : feasible) {
                if (live.stream().noneMatch(r -> covers(r, cell))) {
                    open.add(cell);
                }
            }
            for (List<int[]> gap : components(open)) {
                int[] witness = mostReadable(gap);
                List<Integer> mentioned = new ArrayList<>();
                for (int d = 0; d < dims.size(); d++) {
                    if (matters(d, gap, feasible, witness)) {
                        mentioned.add(d);
                    }
                }
                String what = describe(witness, mentioned, true);
                // nearest: fewest steps from the gap, then sharing most of the gap's conditions
                List<Row> nearest = live.stream()
                        .sorted(Comparator.comparingInt((Row r) -> gap.stream().mapToInt(c -> distance(r, c)).min().orElse(0))
                                .thenComparingInt(r -> -agreement(r, gap)).thenComparingInt(Row::line))
                        .limit(2).sorted(Comparator.comparingInt(Row::line)).toList();
                String near = nearest.isEmpty() ? "the table has no rows that can fire"
                        : nearest.size() == 1 ? "the nearest row is " + ref(nearest.get(0))
                        : "the nearest rows are " + ref(nearest.get(0)) + " and " + ref(nearest.get(1));
                problems.add(RuleProblem.error(Code.TABLE_GAP, file, headerRow + 1, headerColumn + 1, null,
                        "table '" + tableName
                        + "': no row decides " + what + "; " + near));
            }
        }

        private static String ref(Row r) {
            return r.line + " ('" + r.name + "')";
        }

        private boolean covers(Row r, int[] cell) {
            for (int d = 0; d < dims.size(); d++) {
                if (!r.get(dims.get(d)).contains(slots.get(d).get(cell[d]))) {
                    return false;
                }
            }
            return true;
        }

        /** A dimension is worth naming in a gap when the gap does not span all its values and no other figure implies it. */
        private boolean matters(int d, List<int[]> gap, List<int[]> feasible, int[] witness) {
            Set<Integer> inGap = new LinkedHashSet<>();
            Set<Integer> possible = new LinkedHashSet<>();
            gap.forEach(c -> inGap.add(c[d]));
            feasible.forEach(c -> possible.add(c[d]));
            if (inGap.equals(possible)) {
                return false;
            }
            if (slots.get(d).get(witness[d]).kind == SlotKind.NULL) {
                return true;
            }
            // implied: changing this figure alone leaves the domain
            for (int other : possible) {
                if (other != witness[d]) {
                    int[] changed = witness.clone();
                    changed[d] = other;
                    if (feasible(changed)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The dimensions a row constrains and on which it holds the whole gap. */
        private int agreement(Row r, List<int[]> gap) {
            int agreed = 0;
            for (int d = 0; d < dims.size(); d++) {
                Values v = r.get(dims.get(d));
                int dim = d;
                if (!v.isAny() && gap.stream().allMatch(c -> v.contains(slots.get(dim).get(c[dim])))) {
                    agreed++;
                }
            }
            return agreed;
        }

        private int distance(Row r, int[] cell) {
            int total = 0;
            for (int d = 0; d < dims.size(); d++) {
                Values v = r.get(dims.get(d));
                List<Slot> list = slots.get(d);
                int best = list.size() + 1;
                for (int s = 0; s < list.size(); s++) {
                    if (v.contains(list.get(s))) {
                        boolean steps = dims.get(d).numeric && list.get(s).kind != SlotKind.NULL
                                && list.get(cell[d]).kind != SlotKind.NULL;
                        best = Math.min(best, steps ? Math.abs(s - cell[d]) : (s == cell[d] ? 0 : 1));
                    }
                }
                total += best;
            }
            return total;
        }

        /** Connected groups of cells: neighbours differ by one step along one dimension (null is next to any value). */
        private List<List<int[]>> components(List<int[]> cells) {
            Map<List<Integer>, Integer> index = new HashMap<>();
            for (int k = 0; k < cells.size(); k++) {
                index.put(key(cells.get(k)), k);
            }
            List<List<int[]>> groups = new ArrayList<>();
            boolean[] seen = new boolean[cells.size()];
            for (int start = 0; start < cells.size(); start++) {
                if (seen[start]) {
                    continue;
                }
                List<int[]> group = new ArrayList<>();
                List<Integer> todo = new ArrayList<>(List.of(start));
                seen[start] = true;
                while (!todo.isEmpty()) {
                    int[] cell = cells.get(todo.remove(todo.size() - 1));
                    group.add(cell);
                    for (int[] next : neighbours(cell)) {
                        Integer k = index.get(key(next));
                        if (k != null && !seen[k]) {
                            seen[k] = true;
                            todo.add(k);
                        }
                    }
                }
                group.sort(Comparator.comparing(TableAnalysis.Table::key, Comparator.comparing(Object::toString)));
                groups.add(group);
            }
            return groups;
        }

        private static List<Integer> key(int[] cell) {
            return java.util.Arrays.stream(cell).boxed().toList();
        }

        private List<int[]> neighbours(int[] cell) {
            List<int[]> result = new ArrayList<>();
            for (int d = 0; d < cell.length; d++) {
                List<Slot> list = slots.get(d);
                for (int s = 0; s < list.size(); s++) {
                    boolean numericStep = dims.get(d).numeric && list.get(s).kind != SlotKind.NULL
                            && list.get(cell[d]).kind != SlotKind.NULL;
                    if (s != cell[d] && (!numericStep || Math.abs(s - cell[d]) == 1)) {
                        int[] next = cell.clone();
                        next[d] = s;
                        result.add(next);
                    }
                }
            }
            return result;
        }

        private int[] mostReadable(List<int[]> cells) {
            int[] best = cells.get(0);
            int bestScore = -1;
            for (int[] c : cells) {
                int score = 0;
                for (int d = 0; d < dims.size(); d++) {
                    score += slots.get(d).get(c[d]).readability();
                }
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            return best;
        }

        /** "a ratio of 0.8", or "deviation 100000 and share 8 %". */
        private String describe(int[] cell, List<Integer> mentioned, boolean article) {
            List<String> parts = new ArrayList<>();
            String on = "";
            for (int d : mentioned) {
                Dim dim = dims.get(d);
                Slot s = slots.get(d).get(cell[d]);
                if (dim == time) {
                    on = " on " + LocalDate.ofEpochDay(s.witness.longValueExact());
                    continue;
                }
                String value = switch (s.kind) {
                    case NULL -> null;
                    case TRUE -> "true";
                    case FALSE -> "false";
                    default -> dim.known.percent ? plain(s.witness.movePointRight(2)) + " %" : plain(s.witness);
                };
                if (value == null) {
                    parts.add("no " + dim.label() + " (nothing budgeted)");
                } else if (!dim.numeric) {
                    parts.add(dim.field + " = " + value);
                } else if (article && mentioned.stream().filter(m -> dims.get(m) != time).count() == 1) {
                    parts.add("a " + dim.label() + " of " + value);
                } else {
                    parts.add(dim.label() + " " + value);
                }
            }
            if (parts.isEmpty()) {
                return "any case" + on;
            }
            if (parts.size() == 1) {
                return parts.get(0) + on;
            }
            return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1) + on;
        }
    }

    // ---- numbers ----------------------------------------------------------------------------------------------

    /** A readable number strictly between {@code a} and {@code b} (null: unbounded). */
    static BigDecimal between(BigDecimal a, BigDecimal b) {
        if (a == null && b == null) {
            return BigDecimal.ZERO;
        }
        if (a == null) {
            return b.subtract(step(b)).stripTrailingZeros();
        }
        if (b == null) {
            return a.add(step(a)).stripTrailingZeros();
        }
        BigDecimal mid = a.add(b).divide(BigDecimal.valueOf(2));
        for (int scale = -18; scale <= 40; scale++) {
            BigDecimal candidate = mid.setScale(scale, RoundingMode.HALF_DOWN);
            if (candidate.compareTo(a) > 0 && candidate.compareTo(b) < 0) {
                return candidate.stripTrailingZeros();
            }
        }
        return mid.stripTrailingZeros();
    }

    /** A small step from a boundary: 1 for whole numbers, else one unit in the second decimal or the last one. */
    private static BigDecimal step(BigDecimal x) {
        int scale = Math.max(0, x.stripTrailingZeros().scale());
        return scale == 0 ? BigDecimal.ONE : BigDecimal.ONE.movePointLeft(Math.max(scale, 2));
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** "D" for the 0-based column 3, as the spreadsheet labels it. */
    private static String columnName(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
