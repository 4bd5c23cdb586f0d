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
    ROLE_NEVER_SEES_AGGREGATES(false);

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
