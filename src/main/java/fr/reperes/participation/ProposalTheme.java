package fr.reperes.participation;

/** What a proposal is about, in the words of the plans' "contributions des jeunes (nombre et nature)". */
public enum ProposalTheme {
    DAILY_LIFE,
    SCHOOL_AND_WORK,
    HOUSING,
    HEALTH,
    LEISURE_AND_SPORT,
    FAMILY_TIES,
    RIGHTS_AND_PARTICIPATION,
    AUTONOMY,
    OTHER
}
