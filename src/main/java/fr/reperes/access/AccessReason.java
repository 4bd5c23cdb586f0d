package fr.reperes.access;

/** Why access was granted or refused; the views explain each one in plain words. */
public enum AccessReason {
    SELF(true),
    PARENT_WITH_AUTHORITY(true),
    PARENT_GRANTED_BY_YOUNG_ADULT(true),
    ASSIGNED_REFERENT(true),
    SERVICE_HEAD(true),
    /** Anonymous figures of the département (never an individual file), for the observatory and administrators. */
    OBSERVATORY_READS_AGGREGATES(true),
    /** Holds a mandate in the council today. */
    COUNCIL_MEMBER(true),
    /** Runs the département's councils. */
    COUNCIL_ANIMATEUR(true),
    /** May learn that the council exists and ask to join it. */
    MAY_ASK_TO_JOIN(true),
    /** Builds the département's surveys and reads their results (animateur, observatoire). */
    SURVEY_AUTHOR(true),
    /** Is among the people a survey asks (its age bands and audience). */
    ASKED_IN_SURVEY(true),
    /** Reads what the département published for the people it follows (livrets, rights guide, lexique). */
    DEPARTEMENT_CONTENT(true),
    /** Writes, previews and publishes the département's content (its administrators). */
    CONTENT_EDITOR(true),

    NO_ACCOUNT(false),
    ROLE_NEVER_SEES_INDIVIDUAL_FILES(false),
    NOT_THEIR_FILE(false),
    AUTHORITY_WITHDRAWN(false),
    AUTHORITY_DELEGATED(false),
    YOUNG_ADULT_HAS_NOT_GRANTED(false),
    ANONYMITY_ORDER(false),
    ADULT_HEALTH_IS_PRIVATE(false),
    /** The young person's own words, which they did not choose to share with their parents. */
    YOUNG_PERSON_HAS_NOT_SHARED(false),
    /** The young person's draft, not yet sent to their référent. */
    NOT_SENT_TO_REFERENT_YET(false),
    ROLE_NEVER_SEES_AGGREGATES(false),
    /** Not a member of the council today (never was, mandate ended, resigned, or another département's council). */
    NOT_A_COUNCIL_MEMBER(false),
    /** Only the animateur runs a council; members take part in it. */
    ONLY_THE_ANIMATEUR(false),
    /** A council is its members' voice: the animateur runs it and does not vote or write in it. */
    ONLY_MEMBERS_TAKE_PART(false),
    /** Whether a young person sits on a council is their own civic life, not their parents' (domain.md, votes). */
    YOUNG_PERSONS_OWN_PARTICIPATION(false),
    /** The survey does not ask this person (another age band, measure, territory or département), or is not open. */
    NOT_ASKED_IN_SURVEY(false),
    /** Only the animateurs and the observatoire build surveys and read their answers. */
    ONLY_SURVEY_AUTHORS(false),
    /** The page or book is not one the viewer's département published (or names nothing). */
    NOT_DEPARTEMENT_CONTENT(false),
    /** Only the département's administrators write and publish its livrets and guides. */
    ONLY_CONTENT_EDITORS(false);

    private final boolean grants;

    AccessReason(boolean grants) {
        this.grants = grants;
    }

    public boolean grants() {
        return grants;
    }

    /** Granted because the viewer follows the young person as a professional: they may also write to the file. */
    public boolean professional() {
        return this == ASSIGNED_REFERENT || this == SERVICE_HEAD;
    }
}
