package fr.reperes.participation;

import java.time.Instant;

/**
 * An invitation of the animateur, or a request to join from a young person or a parent, not answered yet.
 *
 * @param request   asked by the candidate (the animateur answers), else an invitation (the candidate answers)
 * @param candidate the candidate's full name for the animateur; empty for the candidate's own space
 */
public record CouncilInvitation(
        long id, CouncilSummary council, boolean request, String candidate, Instant createdAt) {}
