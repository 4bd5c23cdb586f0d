package fr.reperes.participation;

import java.time.Instant;

/** One of the member's own drafts, seen by them alone. */
public record DraftLine(long id, String title, String body, ProposalTheme theme, Instant createdAt) {}
