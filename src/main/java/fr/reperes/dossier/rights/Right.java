package fr.reperes.dossier.rights;

/** A right a young person or a parent should know, explained in the bundles under {@code right.<NAME>}. */
public enum Right {
    CALL_119,
    DEFENDER_OF_RIGHTS,
    READ_MY_FILE,
    BE_HEARD_BY_JUDGE,
    LAWYER,
    SIBLINGS,
    TIES_WITH_PARENTS,
    NON_USUAL_ACTS,
    AUTONOMY_SPACE,
    INTERVIEW_17,
    YOUNG_ADULT_CONTRACT,
    PARENT_COURT_FILE,
    PARENT_BE_HEARD,
    PARENT_LAWYER,
    PARENT_CONSENT,
    PARENT_VISITS,
    PARENT_PPE
}
