package fr.reperes.participation;

import java.time.LocalDate;

/**
 * A member as the council shows them: by first name to the other members, by full name to the animateur, with their
 * mandate's dates.
 *
 * @param renewal   this mandate renews an earlier one (so may not be renewed again)
 * @param renewable the animateur may renew it: not a renewal, not renewed yet, not resigned
 */
public record CouncilMember(
        long mandateId, String name, LocalDate startsOn, LocalDate endsOn, boolean renewal, boolean renewable) {}
