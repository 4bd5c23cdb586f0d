package fr.reperes.autonomy;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request for a contrat jeune majeur stands. The young person writes a draft and submits it; the référent
 * takes it under review, sends it to the commission, and records the département's decision.
 */
public enum RequestStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    IN_COMMISSION,
    GRANTED,
    REFUSED;

    /** The moves the state machine allows; anything else is refused. */
    public Set<RequestStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, IN_COMMISSION, GRANTED, REFUSED);
            case UNDER_REVIEW -> EnumSet.of(IN_COMMISSION, GRANTED, REFUSED);
            case IN_COMMISSION -> EnumSet.of(GRANTED, REFUSED);
            case GRANTED, REFUSED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean canMoveTo(RequestStatus target) {
        return next().contains(target);
    }

    /** Submitted and not yet decided. */
    public boolean pending() {
        return this == SUBMITTED || this == UNDER_REVIEW || this == IN_COMMISSION;
    }

    public boolean decided() {
        return this == GRANTED || this == REFUSED;
    }
}
