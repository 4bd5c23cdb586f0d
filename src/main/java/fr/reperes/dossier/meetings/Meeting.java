package fr.reperes.dossier.meetings;

import fr.reperes.dossier.MeetingKind;
import java.time.Instant;
import java.time.LocalDateTime;

/** A meeting as its reader may see it; {@code notes} only once published. */
public record Meeting(
        long id,
        MeetingKind kind,
        LocalDateTime startsAt,
        String place,
        String invited,
        String questions,
        String notes,
        Instant notesPublishedAt,
        String notesAuthorName) {

    public boolean notesPublished() {
        return notesPublishedAt != null;
    }
}
