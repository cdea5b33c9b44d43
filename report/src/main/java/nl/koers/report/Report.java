package nl.koers.report;

import nl.koers.evaluator.Evaluation;

/**
 * A report in one format. Performances are added one at a time, in input order; {@link #finish()} writes
 * whatever the format holds back and flushes. Streaming formats write each performance as it is added.
 */
public interface Report {

    void add(Evaluation evaluation);

    void finish();
}
