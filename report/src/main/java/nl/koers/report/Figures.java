package nl.koers.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import nl.koers.evaluator.NumberText;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.model.Baten;
import nl.koers.model.Bound;
import nl.koers.model.Direction;
import nl.koers.model.Jaarschijf;
import nl.koers.model.MonitoringTarget;
import nl.koers.model.Performance;
import nl.koers.model.QuantityTarget;
import nl.koers.model.Revision;
import nl.koers.model.Target;
import nl.koers.model.TargetProgress;

/**
 * The figures of one target as a reader writes them, in one language: "meer dan 40", "minimaal 30
 * ondernemers", "gehaald". Shared by the text, Markdown and HTML reports so that they say the same thing.
 */
public final class Figures {

    private final Messages messages;

    public Figures(Messages messages) {
        this.messages = messages;
    }

    /** The latest realisation on or before the peildatum: "meer dan 40", "10", "gehaald"; empty when none. */
    public String realised(TargetOutcome outcome) {
        TargetProgress p = outcome.progress();
        if (!p.measured()) {
            return "";
        }
        return switch (p.kind()) {
            case MILESTONE -> messages.get(p.done() ? "milestone.done" : "milestone.open");
            case QUANTITY, MONITORING -> figure(p);
        };
    }

    /** The measured figure with its bound: "meer dan 40", "10". */
    private String figure(TargetProgress p) {
        String value = number(p.realised());
        return p.bound() == null || p.bound() == Bound.EXACT ? value : messages.get("bound." + p.bound().code(), value);
    }

    /** The value expected at the peildatum on the straight line; quantity targets only, else empty. */
    public String expected(TargetOutcome outcome) {
        return outcome.progress().expected() == null ? "" : number(outcome.progress().expected());
    }

    /**
     * "minimaal 30", "tussen 500 en 3.000": the direction and the streefwaarde of a quantity target; empty for the
     * other kinds.
     */
    public String streefwaarde(TargetOutcome outcome) {
        TargetProgress p = outcome.progress();
        return switch (p.kind()) {
            case QUANTITY -> p.direction() == Direction.WITHIN && p.upper() != null
                    ? messages.get("streefwaarde.range", number(p.streefwaarde()), number(p.upper()))
                    : messages.label("direction", p.direction()) + " " + number(p.streefwaarde());
            case MILESTONE, MONITORING -> "";
        };
    }

    /**
     * The streefwaarde with its unit and, when a revision is in force, that revision and the value it replaced:
     * "minimaal 5.700 ha (herzien 1 juni 2022, Voorjaarsnota 2022; was 6.000 ha)".
     */
    public String streefwaardeRevised(TargetOutcome outcome) {
        String streefwaarde = withUnit(streefwaarde(outcome), outcome.target());
        Revision revision = outcome.progress().revision();
        if (revision == null) {
            return streefwaarde;
        }
        BigDecimal original = outcome.target() instanceof QuantityTarget q ? q.value() : null;
        String was = original == null ? ""
                : "; " + messages.get("revision.was", withUnit(number(original), outcome.target()));
        return streefwaarde + " (" + revised(revision) + was + ")";
    }

    /** "herzien 1 juni 2022, Voorjaarsnota 2022": when a streefwaarde was revised, and by what decision if given. */
    public String revised(Revision revision) {
        return messages.get("revision.on", date(revision.date()))
                + (revision.decision() == null ? "" : ", " + revision.decision());
    }

    /**
     * The baten of a slice: "begroot € 80.000, gerealiseerd € 75.000" (a prognose on a forecast slice); the amounts
     * not known are left out, so empty when the slice has no baten.
     */
    public String income(Jaarschijf slice) {
        return slice.income() == null ? "" : income(slice.income(), slice.forecast());
    }

    /** The baten {@code income}, the realised amount named a prognose when {@code forecast}. */
    public String income(Baten income, boolean forecast) {
        List<String> parts = new ArrayList<>();
        if (income.budgeted() != null) {
            parts.add(messages.get("jaarschijf.budgeted") + " " + money(income.budgeted()));
        }
        if (income.realised() != null) {
            parts.add(messages.get(forecast ? "jaarschijf.forecast" : "jaarschijf.realised") + " "
                    + money(income.realised()));
        }
        return String.join(", ", parts);
    }

    /** Whether the page gives any baten for the slice. */
    public static boolean hasIncome(Jaarschijf slice) {
        return slice.income() != null && (slice.income().budgeted() != null || slice.income().realised() != null);
    }

    /** The unit of a quantity or monitoring target, e.g. "ondernemers"; empty when not given. */
    public static String unit(Target target) {
        // Each record reports one fixed kind, which makes the casts safe.
        String unit = switch (target.kind()) {
            case QUANTITY -> ((QuantityTarget) target).unit();
            case MILESTONE -> null;
            case MONITORING -> ((MonitoringTarget) target).unit();
        };
        return unit == null ? "" : unit;
    }

    /** {@code figure} followed by the target's unit: "minimaal 30 ondernemers". */
    public static String withUnit(String figure, Target target) {
        String unit = unit(target);
        return figure.isEmpty() || unit.isEmpty() ? figure : figure + " " + unit;
    }

    /** The indicator, else the target id: a target always has a name to show. */
    public static String name(Target target) {
        return target.indicator() == null ? target.id() : target.indicator();
    }

    /** "12 maanden oud, maximaal 12 maanden" for a measured monitoring target; empty otherwise. */
    public String age(TargetOutcome outcome) {
        TargetProgress p = outcome.progress();
        boolean aged = switch (p.kind()) {
            case MONITORING -> p.measured();
            case QUANTITY, MILESTONE -> false;
        };
        if (!aged) {
            return "";
        }
        Period age = Period.between(p.measuredOn(), p.peildatum());
        String maxAge = messages.language().period(p.maxAge());
        return age.isZero() ? messages.get("figure.ageNone", maxAge)
                : messages.get("figure.age", messages.language().period(age), maxAge);
    }

    /** "vervallen", "behaald": the label of a status. */
    public String status(nl.koers.model.Status status) {
        return messages.label("status", status);
    }

    /** The role and looptijd of a prestatie in words; empty when not given. */
    public String role(Performance performance) {
        return performance.role() == null ? "" : messages.label("role", performance.role());
    }

    public String looptijd(Performance performance) {
        if (performance.duration() == null) {
            return "";
        }
        return performance.duration().structural() ? messages.get("looptijd.structural")
                : messages.get("looptijd.until", date(performance.duration().end()));
    }

    public String number(BigDecimal value) {
        return value == null ? "" : NumberText.text(messages.language(), value);
    }

    public String money(BigDecimal value) {
        return value == null ? "" : messages.language().money(value);
    }

    public String date(LocalDate value) {
        return value == null ? "" : messages.language().date(value);
    }
}
