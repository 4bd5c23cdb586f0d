package fr.reperes.dossier.meetings;

import fr.reperes.dossier.MeetingKind;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A meeting as its reader may see it; {@code notes} only once published. */
public record Meeting(
        long id,
        MeetingKind kind,
        LocalDateTime startsAt,
        @Nullable String place,
        @Nullable String invited,
        @Nullable String questions,
        @Nullable String notes,
        @Nullable Instant notesPublishedAt,
        @Nullable String notesAuthorName) {

    public boolean notesPublished() {
        return notesPublishedAt != null;
    }
}
