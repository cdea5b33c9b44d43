package nl.koers.model;

/** What a rule concludes. Rules insert findings; they never change the facts they read. */
public sealed interface Finding permits TargetAssessment, ActionAssessment, ColourScore, BudgetChange, Disagreement {

    /** The explanation of the finding, with the figures used. */
    Reason reason();
}
