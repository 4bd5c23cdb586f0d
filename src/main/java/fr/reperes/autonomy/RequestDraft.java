package fr.reperes.autonomy;

/** What the young person writes in their request for a contrat jeune majeur. */
public record RequestDraft(String plans, boolean housing, boolean allowance, boolean educationalSupport,
                           String otherSupport) {

    public static RequestDraft empty() {
        return new RequestDraft("", false, false, false, "");
    }

    boolean asksSomething() {
        return housing || allowance || educationalSupport || (otherSupport != null && !otherSupport.isBlank());
    }
}
