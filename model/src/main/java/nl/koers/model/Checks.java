package nl.koers.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Constructor checks shared by the records of this package; messages name the offending value. */
final class Checks {

    /** Numbers in a portfolio stay below 10^15 in magnitude (format, "Interpretation"). */
    static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1E15");
    static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

    private Checks() {
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required and may not be empty");
        }
        return value;
    }

    static BigDecimal requireAmount(BigDecimal value, String what) {
        if (value != null && value.abs().compareTo(MAX_MAGNITUDE) >= 0) {
            throw new IllegalArgumentException(what + " is " + value.toPlainString()
                    + "; numbers must stay below 10^15 in magnitude");
        }
        return value;
    }

    static BigDecimal requireNonNegative(BigDecimal value, String what) {
        requireAmount(value, what);
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException(what + " is " + value.toPlainString() + "; it must be 0 or more");
        }
        return value;
    }

    static LocalDate requireDate(LocalDate value, String what) {
        if (value != null && (value.isBefore(FIRST_DATE) || value.isAfter(LAST_DATE))) {
            throw new IllegalArgumentException(what + " is " + value + "; dates must lie between 1900-01-01 and 2199-12-31");
        }
        return value;
    }

    static void requireOrdered(LocalDate start, LocalDate due, String what) {
        if (start != null && due != null && due.isBefore(start)) {
            throw new IllegalArgumentException(what + " ends on " + due + ", before its start " + start
                    + ". Maybe the dates are swapped?");
        }
    }

    static <T> void requireUnique(Collection<T> items, Function<T, Object> key, String what) {
        Set<Object> seen = new HashSet<>();
        for (T item : items) {
            Object k = key.apply(item);
            if (!seen.add(k)) {
                throw new IllegalArgumentException(what + " '" + k + "' occurs more than once");
            }
        }
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
