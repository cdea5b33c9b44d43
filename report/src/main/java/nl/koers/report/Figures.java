package nl.koers.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import nl.koers.evaluator.Language;
import nl.koers.evaluator.NumberText;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.model.Bound;
import nl.koers.model.MonitoringTarget;
import nl.koers.model.Performance;
import nl.koers.model.QuantityTarget;
import nl.koers.model.Target;
import nl.koers.model.TargetKind;
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

    Language language() {
        return messages.language();
    }

    /** The latest realisation on or before the peildatum: "meer dan 40", "10", "gehaald"; empty when none. */
    public String realised(TargetOutcome outcome) {
        TargetProgress p = outcome.progress();
        if (!p.measured()) {
            return "";
        }
        if (p.kind() == TargetKind.MILESTONE) {
            return messages.get(p.done() ? "milestone.done" : "milestone.open");
        }
        String value = number(p.realised());
        return p.bound() == null || p.bound() == Bound.EXACT ? value : messages.get("bound." + p.bound().code(), value);
    }

    /** The value expected at the peildatum on the straight line; quantity targets only, else empty. */
    public String expected(TargetOutcome outcome) {
        return outcome.progress().expected() == null ? "" : number(outcome.progress().expected());
    }

    /** "minimaal 30": the direction and the streefwaarde of a quantity target; empty for the other kinds. */
    public String streefwaarde(TargetOutcome outcome) {
        if (outcome.target() instanceof QuantityTarget q) {
            return messages.label("direction", q.direction()) + " " + number(q.value());
        }
        return "";
    }

    /** The unit of a quantity or monitoring target, e.g. "ondernemers"; empty when not given. */
    public static String unit(Target target) {
        String unit = switch (target.kind()) {
            case QUANTITY -> ((QuantityTarget) target).unit();
            case MONITORING -> ((MonitoringTarget) target).unit();
            case MILESTONE -> null;
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
        if (p.kind() != TargetKind.MONITORING || !p.measured()) {
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
