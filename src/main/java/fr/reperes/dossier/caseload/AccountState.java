package fr.reperes.dossier.caseload;

/** Whether a person can sign in to Repères yet. */
public enum AccountState {
    /** No account: the référent can issue an invitation code. */
    NONE,
    /** An account waits for its person to sign in with an invitation code. */
    INVITED,
    /** The person signs in. */
    ACTIVE
}
