package fr.reperes.participation;

import java.time.LocalDate;
import java.util.List;

/**
 * A young person's or a parent's own space of councils: the councils they sit on, the invitations waiting for their
 * answer, their requests waiting for the animateur's, and the councils they may ask to join.
 */
public record CouncilSpace(
        List<Seat> seats,
        List<CouncilInvitation> invitations,
        List<CouncilInvitation> requests,
        List<CouncilSummary> joinable) {

    /** A council the viewer sits on today, and their mandate. */
    public record Seat(CouncilSummary council, long mandateId, LocalDate startsOn, LocalDate endsOn) {}

    public boolean empty() {
        return seats.isEmpty() && invitations.isEmpty() && requests.isEmpty() && joinable.isEmpty();
    }
}
