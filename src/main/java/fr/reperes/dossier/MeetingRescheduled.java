package fr.reperes.dossier;

/** A meeting moved to another date or place: its reminder is due again. */
public record MeetingRescheduled(long youngPersonId, long meetingId) {}
