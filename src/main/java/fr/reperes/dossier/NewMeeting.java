package fr.reperes.dossier;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** What the référent fills in to schedule a meeting. */
public record NewMeeting(
        MeetingKind kind,
        LocalDateTime startsAt,
        String place,
        @Nullable String invited,
        @Nullable String questions) {}
