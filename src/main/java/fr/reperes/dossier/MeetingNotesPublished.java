package fr.reperes.dossier;

/** A meeting's notes are published: the family is told. */
public record MeetingNotesPublished(long youngPersonId, long meetingId) {}
