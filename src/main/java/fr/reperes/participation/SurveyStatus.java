package fr.reperes.participation;

/** Where a survey stands; a published survey is open to answers from its opening date to its closing date. */
public enum SurveyStatus {
    DRAFT,
    PUBLISHED,
    CLOSED
}
