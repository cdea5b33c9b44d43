package nl.koers.report;

import nl.koers.evaluator.Evaluation;
import nl.koers.model.Colour;
import nl.koers.model.Performance;

/**
 * What the overview of a begroting ("status prestaties") shows of one prestatie: all that Markdown and
 * HTML keep of an evaluation besides its rendered details.
 *
 * @param anchor  the fragment identifier of its details
 * @param code    the prestatie code
 * @param title   its title
 * @param content the inhoudelijke kleur
 * @param money   the financiële kleur
 * @param change  the budget change in short, e.g. "GS-begrotingswijziging € 109.000"
 */
public record OverviewRow(String anchor, String code, String title, Colour content, Colour money, String change) {

    public static OverviewRow of(Evaluation evaluation, String anchor, Narrative narrative) {
        Performance p = evaluation.portfolio().performance();
        return new OverviewRow(anchor, p.code(), p.title(), evaluation.content().finding().colour(),
                evaluation.money().finding().colour(), narrative.changeShort(evaluation.budgetChange().finding()));
    }
}
