package fr.reperes.autonomy;

/**
 * What the young person writes in their request for a contrat jeune majeur: their own words, for their référent.
 *
 * @param sharedWithParents the young person chose to share the request (and its documents) with their parents
 */
public record RequestDraft(
        String plans,
        boolean housing,
        boolean allowance,
        boolean educationalSupport,
        String otherSupport,
        boolean sharedWithParents) {

    /** A request kept from the parents (the default). */
    public RequestDraft(
            String plans, boolean housing, boolean allowance, boolean educationalSupport, String otherSupport) {
        this(plans, housing, allowance, educationalSupport, otherSupport, false);
    }

    public static RequestDraft empty() {
        return new RequestDraft("", false, false, false, "");
    }

    public boolean asksSomething() {
        return housing || allowance || educationalSupport || (otherSupport != null && !otherSupport.isBlank());
    }
}
