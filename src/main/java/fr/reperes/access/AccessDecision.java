package fr.reperes.access;

/** Yes or no, and why. */
public record AccessDecision(AccessReason reason) {

    public boolean allowed() {
        return reason.grants();
    }

    static AccessDecision because(AccessReason reason) {
        return new AccessDecision(reason);
    }
}
