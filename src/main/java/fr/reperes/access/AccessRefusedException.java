package fr.reperes.access;

/** A service was asked for information the viewer may not see. Carries the reason, never the information. */
public class AccessRefusedException extends RuntimeException {

    private final AccessReason reason;

    public AccessRefusedException(AccessReason reason) {
        super("Access refused: " + reason);
        this.reason = reason;
    }

    public AccessReason reason() {
        return reason;
    }
}
