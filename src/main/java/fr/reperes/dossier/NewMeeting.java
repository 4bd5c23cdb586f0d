package fr.reperes.dossier;

import java.time.LocalDateTime;

/** What the référent fills in to schedule a meeting. */
public record NewMeeting(MeetingKind kind, LocalDateTime startsAt, String place, String invited, String questions) {}
