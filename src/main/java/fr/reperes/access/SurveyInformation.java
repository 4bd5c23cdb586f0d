package fr.reperes.access;

/** What a viewer asks to see or do with a survey, each decided on its own. */
public enum SurveyInformation {
    /** Reading the survey meant for them and answering it (their own sheet only). */
    ANSWERING,
    /** The results given back once published, with the département's response, to those the survey asked. */
    GIVEN_BACK,
    /** Building the survey: drafts, preview, publishing, versions, audience, dates. */
    AUTHORING,
    /** The answers as counts and charts, the free texts to moderate, exports (small cells suppressed). */
    RESULTS,
    /** Participation rates and results per indicator, for the observatory. */
    AGGREGATES
}
