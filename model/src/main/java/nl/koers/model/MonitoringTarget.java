package nl.koers.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A result that must be reported regularly, without a norm: it is on track while its latest
 * measurement is not older than {@code maxAge}.
 *
 * @param id        unique within the file
 * @param indicator what is reported, optional
 * @param unit      optional
 * @param maxAge    how old the latest measurement may be before it is stale
 * @param start     optional, see {@link Target}
 * @param due       optional, see {@link Target}
 */
public record MonitoringTarget(String id, String indicator, String unit, Period maxAge, LocalDate start, LocalDate due)
        implements Target {

    public MonitoringTarget {
        Checks.requireText(id, "target.id");
        Objects.requireNonNull(maxAge, () -> "monitoring target '" + id + "' needs a maxAge (an ISO-8601 period such as P12M)");
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge " + maxAge + " of target '" + id + "' must be a positive period");
        }
        Checks.requireDate(start, "start of target '" + id + "'");
        Checks.requireDate(due, "due of target '" + id + "'");
        Checks.requireOrdered(start, due, "Target '" + id + "'");
    }

    @Override
    public TargetKind kind() {
        return TargetKind.MONITORING;
    }
}
