package fr.reperes.dossier;

/** Kinds of rencontre about a young person. */
public enum MeetingKind {
    SYNTHESE,
    PPE_REVIEW,
    HEARING,
    INTERVIEW,
    VISIT
}
