package nl.koers.report;

import java.util.ArrayList;
import java.util.List;
import nl.koers.evaluator.Decision;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.TargetOutcome;
import nl.koers.model.BudgetChange;
import nl.koers.model.BudgetPart;
import nl.koers.model.Colour;
import nl.koers.model.Decider;
import nl.koers.model.Disagreement;
import nl.koers.model.Jaarschijf;
import nl.koers.model.ReportedAssessment;
import nl.koers.model.Status;
import nl.koers.model.StatusOverride;

/**
 * The words for what the people responsible said beside the rules, in one language: the owner's reported
 * assessment, an override with its reason, a disagreement between the two, and budget changes with their years,
 * decider and line. Shared by the text, CSV, Markdown and HTML reports so that each says the same thing. Every
 * sentence is only written when the portfolio or the rules give something to say, so a report of a portfolio
 * without any of it reads as before.
 */
public final class Findings {

    /** The line a change is on when the page names none; not worth repeating on every change. */
    private static final String DEFAULT_LINE = "exploitatie";

    private final Messages messages;
    private final Figures figures;

    public Findings(Messages messages) {
        this.messages = messages;
        this.figures = new Figures(messages);
    }

    /** "Gerapporteerd door de eigenaar: op koers (Monitor 2018-I, 30 juni 2018, afdeling EMT): “Geen afwijking.”" */
    public String reported(ReportedAssessment reported) {
        List<String> what = new ArrayList<>();
        if (reported.status() != null) {
            what.add(messages.label("status", reported.status()));
        }
        if (reported.content() != null) {
            what.add(messages.get("reported.content", messages.label("colour", reported.content())));
        }
        if (reported.money() != null) {
            what.add(messages.get("reported.money", messages.label("colour", reported.money())));
        }
        return messages.get("reported", String.join(", ", what),
                provenance(reported.source(), reported.date() == null ? null : figures.date(reported.date()), reported.by()),
                reported.text() == null ? "" : messages.get("reported.text", reported.text()));
    }

    /** "Vastgesteld: behaald (berekend: op koers), door J. Jansen, 31 december 2018; reden: ..." for an action. */
    public String override(StatusOverride override, Status computed) {
        return overridden(messages.label("status", override.status()), messages.label("status", computed), override);
    }

    /** The override of one colour of a prestatie, or {@code null} when it leaves that colour as the rules decided. */
    public String override(StatusOverride override, Colour overridden, Colour computed) {
        if (override == null || overridden == null) {
            return null;
        }
        return overridden(messages.label("colour", overridden), messages.label("colour", computed), override);
    }

    private String overridden(String finalLabel, String computedLabel, StatusOverride override) {
        return messages.get("override", finalLabel, computedLabel,
                provenance(override.by(), override.date() == null ? null : figures.date(override.date())),
                override.reason());
    }

    /** "Verschil met de rapportage bij actie 1: berekend uit koers, gerapporteerd op koers". */
    public String disagreement(Disagreement d) {
        return messages.get("disagreement", subject(d.subject()), code(d.computed()), code(d.reported()));
    }

    /** The subject of a disagreement in words: "actie 1", "de inhoudelijke kleur", "begroting exploitatie". */
    public String subject(String subject) {
        if (subject.startsWith("action ")) {
            return messages.get("subject.action", subject.substring("action ".length()));
        }
        if (subject.startsWith("budget ")) {
            return messages.get("subject.budget", subject.substring("budget ".length()));
        }
        return switch (subject) {
            case "content" -> messages.get("subject.content");
            case "money" -> messages.get("subject.money");
            default -> subject;
        };
    }

    /** A status or colour code in words; any other code (e.g. "gs 109000") as it is. */
    public String code(String code) {
        for (Status status : Status.values()) {
            if (status.code().equals(code)) {
                return messages.label("status", status);
            }
        }
        for (Colour colour : Colour.values()) {
            if (colour.code().equals(code)) {
                return messages.label("colour", colour);
            }
        }
        return code;
    }

    /**
     * Whether the evaluation has the one budget change a report always showed, told in full by its type, amount,
     * reserve and year: one change, on no line or the usual one, to one year, decided by whom its type says.
     */
    public static boolean single(Evaluation evaluation) {
        List<Decision<BudgetChange>> changes = evaluation.budgetChanges();
        if (changes.size() != 1) {
            return false;
        }
        BudgetChange change = changes.get(0).finding();
        // the decider its type implies is the model's to say: a change built without one gets it
        return (change.line() == null || DEFAULT_LINE.equals(change.line())) && change.parts().size() <= 1
                && change.decider() == new BudgetChange(change.type(), change.amount(), change.source(), change.year(),
                        change.reason()).decider();
    }

    /**
     * One of several budget changes in full: "GS-begrotingswijziging van € 1.330.000 uit ... naar jaarschijf 2022,
     * verdeeld over 2022 € 900.000, 2023 € 100.000; besluit PS; begrotingslijn investering".
     */
    public String change(BudgetChange change) {
        StringBuilder text = new StringBuilder(changeText(change));
        if (!change.type().movesMoney()) {
            return line(text, change).toString();
        }
        if (change.parts().size() > 1) {
            List<String> parts = new ArrayList<>();
            for (BudgetPart part : change.parts()) {
                parts.add(part.amount() == null ? Integer.toString(part.year())
                        : messages.get("change.part", Integer.toString(part.year()), figures.money(part.amount())));
            }
            text.append(messages.get("change.parts", String.join(", ", parts)));
        }
        if (change.decider() != null) {
            text.append(messages.get("change.decider", decider(change.decider())));
        }
        return line(text, change).toString();
    }

    private StringBuilder line(StringBuilder text, BudgetChange change) {
        if (change.line() != null) {
            text.append(messages.get("change.line", change.line()));
        }
        return text;
    }

    /** What {@code TextReport.change} says of one change: type, amount, reserve and first year. */
    private String changeText(BudgetChange change) {
        String type = messages.label("change", change.type());
        if (!change.type().movesMoney()) {
            return type;
        }
        return messages.get(change.source() == null ? "change.detail.general" : "change.detail", type,
                messages.language().money(change.amount()), change.source(), String.valueOf(change.year()));
    }

    /**
     * "Streefwaarde doel 1a: minimaal 5.700 ha (herzien 1 juni 2022, Voorjaarsnota 2022; was 6.000 ha)", or
     * {@code null} when no revision is in force: for the reports that show no streefwaarde cell of their own.
     */
    public String revision(TargetOutcome outcome) {
        return outcome.progress().revision() == null ? null
                : messages.get("revision.target", outcome.target().id(), figures.streefwaardeRevised(outcome));
    }

    /** "Baten jaarschijf 2022: begroot € 80.000, gerealiseerd € 75.000", naming the line when it is not the usual one. */
    public String income(Jaarschijf slice) {
        return messages.get("income.slice", slice(slice), figures.income(slice));
    }

    /** The slices of {@code evaluation} that give baten, in budget order; empty for a portfolio of lasten only. */
    public static List<Jaarschijf> withIncome(Evaluation evaluation) {
        return evaluation.portfolio().budget().slices().stream().filter(Figures::hasIncome).toList();
    }

    /** "2022", or "2022, begrotingslijn investering" for a slice off the usual line. */
    public String slice(Jaarschijf slice) {
        String year = Integer.toString(slice.year());
        return Jaarschijf.EXPLOITATIE.equals(slice.line()) ? year : messages.get("jaarschijf.line", year, slice.line());
    }

    /** "GS" or "PS". */
    public String decider(Decider decider) {
        return messages.label("decider", decider);
    }

    /** "(Monitor 2018-I, 30 juni 2018, afdeling EMT)" of what is given, in order, or empty. */
    private static String provenance(String... parts) {
        List<String> given = new ArrayList<>();
        for (String s : parts) {
            if (s != null && !s.isBlank()) {
                given.add(s);
            }
        }
        return given.isEmpty() ? "" : " (" + String.join(", ", given) + ")";
    }
}
