package fr.reperes.participation;

/** Where a respondent's answer sheet stands. */
public enum SheetState {
    /** No sheet found: not started, or an anonymous one whose resume code is not at hand. */
    NONE,
    IN_PROGRESS,
    /** Finished and counted; changed again only when the survey allows changes until its close. */
    FINISHED
}
