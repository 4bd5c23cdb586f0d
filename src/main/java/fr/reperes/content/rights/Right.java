package fr.reperes.content.rights;

import java.util.Arrays;

/**
 * A right a young person or a parent should know: the slug of its page in the rights guide (RIGHTS book). The
 * département writes the page; the code only knows when it applies ({@link RightsRules}).
 */
enum Right {
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
    PARENT_PPE,
    PARENT_DEFENDER_OF_RIGHTS,
    PARENT_COURT_FILE,
    PARENT_BE_HEARD,
    PARENT_LAWYER,
    PARENT_CONSENT,
    PARENT_VISITS;

    /** Whether a rule of the code chooses when the page of {@code slug} applies. */
    static boolean known(String slug) {
        return Arrays.stream(values()).anyMatch(right -> right.name().equals(slug));
    }
}
