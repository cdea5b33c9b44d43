package nl.koers.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import nl.koers.model.Action;
import nl.koers.model.Bound;
import nl.koers.model.Budget;
import nl.koers.model.Direction;
import nl.koers.model.Jaarschijf;
import nl.koers.model.Measurement;
import nl.koers.model.MilestoneTarget;
import nl.koers.model.MonitoringTarget;
import nl.koers.model.Performance;
import nl.koers.model.Portfolio;
import nl.koers.model.QuantityTarget;
import nl.koers.model.ReportingPeriod;
import nl.koers.model.Target;
import nl.koers.model.TargetKind;
import nl.koers.model.Withdrawal;

/**
 * Deterministic synthetic begrotingen: the same seed always gives the same portfolios. The mix follows
 * real provincial reports: 3 to 8 actions per prestatie, 1 to 3 targets per action (60 % quantity, 25 %
 * milestone, 15 % monitoring), 0 to 3 measurements per target spread over the year, one action in twenty
 * withdrawn, and a jaarschijf for the reporting year in most prestaties, from a reserve or general means,
 * under- or overspent.
 */
public final class SyntheticBegroting implements Iterator<Portfolio> {

    static final ReportingPeriod YEAR = new ReportingPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    /** The peildatum of the generated portfolios: the end of the period. */
    public static final LocalDate PEILDATUM = YEAR.end();

    private final SplittableRandom random;
    private int next;

    public SyntheticBegroting(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Portfolios holding {@code targets} targets between them (the last one may hold a few more). */
    public static List<Portfolio> withTargets(int targets, long seed) {
        SyntheticBegroting generator = new SyntheticBegroting(seed);
        List<Portfolio> portfolios = new ArrayList<>();
        int count = 0;
        while (count < targets) {
            Portfolio p = generator.next();
            portfolios.add(p);
            count += (int) p.targets().count();
        }
        return portfolios;
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public Portfolio next() {
        int number = next++;
        Performance performance = new Performance("9." + (number / 100) + "." + (number % 100), "Prestatie " + number,
                "Provincie Synthetica", null, null, null, null, null, "Reserve Synthetica", null, YEAR, PEILDATUM);
        int actionCount = 3 + random.nextInt(6);
        List<Action> actions = new ArrayList<>(actionCount);
        for (int a = 1; a <= actionCount; a++) {
            actions.add(action(number + "-" + a));
        }
        return new Portfolio(performance, actions, budget());
    }

    private Action action(String id) {
        if (random.nextInt(20) == 0) {
            return new Action(id, "Vervallen", null, null, new Withdrawal(LocalDate.of(2024, 3, 1), "PS/2024/1", "vervallen"),
                    List.of(), List.of());
        }
        int targetCount = 1 + random.nextInt(3);
        List<Target> targets = new ArrayList<>();
        List<Measurement> measurements = new ArrayList<>();
        for (int t = 0; t < targetCount; t++) {
            String targetId = id + "-" + (char) ('a' + t);
            TargetKind kind = kind(random.nextInt(100));
            LocalDate due = random.nextInt(3) == 0 ? LocalDate.of(2025, 12, 31) : null;
            int count = random.nextInt(4);
            // A switch expression must name every kind, so a new kind does not compile until it is generated.
            targets.add(switch (kind) {
                case QUANTITY -> quantity(targetId, due, count, measurements);
                case MILESTONE -> milestone(targetId, due, count, measurements);
                case MONITORING -> monitoring(targetId, count, measurements);
            });
        }
        return new Action(id, "Actie " + id, null, null, null, targets, measurements);
    }

    /** A quantity target, mostly "at least", with {@code count} measurements added to {@code measurements}. */
    private Target quantity(String targetId, LocalDate due, int count, List<Measurement> measurements) {
        int value = 10 + random.nextInt(990);
        boolean down = random.nextInt(10) == 0;
        Target target = new QuantityTarget(targetId, "Aantal", "stuks", down ? Direction.AT_MOST : Direction.AT_LEAST,
                BigDecimal.valueOf(down ? value / 2 : value), BigDecimal.valueOf(down ? value : 0), null, due);
        for (LocalDate date : dates(count)) {
            int realised = down ? value - random.nextInt(value) : random.nextInt(value + value / 5 + 1);
            measurements.add(new Measurement(targetId, date, BigDecimal.valueOf(realised), bound(), null, null, null));
        }
        return target;
    }

    /** A milestone, done in about a third of its {@code count} measurements. */
    private Target milestone(String targetId, LocalDate due, int count, List<Measurement> measurements) {
        for (LocalDate date : dates(count)) {
            measurements.add(new Measurement(targetId, date, null, null, random.nextInt(3) == 0, null, null));
        }
        return new MilestoneTarget(targetId, "Mijlpaal", null, due);
    }

    /** A monitoring target that may be 3 to 12 months old, with {@code count} measurements. */
    private Target monitoring(String targetId, int count, List<Measurement> measurements) {
        Target target = new MonitoringTarget(targetId, "Monitor", null, Period.ofMonths(3 + random.nextInt(10)),
                null, null);
        for (LocalDate date : dates(count)) {
            measurements.add(new Measurement(targetId, date, BigDecimal.valueOf(random.nextInt(50)), null, null,
                    null, null));
        }
        return target;
    }

    /** The mix of kinds drawn: 60 % quantity, 25 % milestone, 15 % monitoring. */
    private static TargetKind kind(int percent) {
        return percent < 60 ? TargetKind.QUANTITY : percent < 85 ? TargetKind.MILESTONE : TargetKind.MONITORING;
    }

    private Bound bound() {
        int b = random.nextInt(20);
        return b == 0 ? Bound.MORE_THAN : b == 1 ? Bound.AT_LEAST : b == 2 ? Bound.ESTIMATE : Bound.EXACT;
    }

    /** Distinct dates in 2024, some after the default peildatum's quarters. */
    private List<LocalDate> dates(int count) {
        List<LocalDate> dates = new ArrayList<>();
        int day = 1 + random.nextInt(90);
        for (int i = 0; i < count; i++) {
            dates.add(YEAR.start().plusDays(day));
            day += 1 + random.nextInt(120);
            if (day > 365) {
                break;
            }
        }
        return dates;
    }

    private Budget budget() {
        if (random.nextInt(10) == 0) {
            return null;
        }
        long budgeted = 50_000L * (1 + random.nextInt(400));
        int shape = random.nextInt(6);
        boolean fromReserve = random.nextBoolean();
        boolean continues = random.nextInt(3) > 0;
        BigDecimal b = BigDecimal.valueOf(budgeted);
        Jaarschijf slice = switch (shape) {
            case 0 -> new Jaarschijf(2024, null, null, BigDecimal.valueOf(random.nextInt(2_000_000)), fromReserve, continues, false);
            case 1 -> new Jaarschijf(2024, b, null, null, fromReserve, continues, false);
            default -> new Jaarschijf(2024, b, b.multiply(BigDecimal.valueOf(700 + random.nextInt(450)))
                    .movePointLeft(3).setScale(2, java.math.RoundingMode.HALF_EVEN), null, fromReserve, continues, shape == 5);
        };
        return new Budget(Budget.EUR, List.of(slice));
    }
}
