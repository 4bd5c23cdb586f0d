package fr.reperes.dossier;

import java.time.Instant;

/**
 * A meeting moved to another date or place: its reminder is due again, and the family is told (never the place).
 * {@code movedAt} tells two moves of one meeting apart.
 */
public record MeetingRescheduled(long youngPersonId, long meetingId, Instant movedAt) {}
