package fr.reperes.dossier;

import java.time.LocalDateTime;

/** A meeting soon to take place, for the reminder two days before. */
public record UpcomingMeeting(long meetingId, long youngPersonId, LocalDateTime startsAt) {}
