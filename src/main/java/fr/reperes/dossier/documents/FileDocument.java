package fr.reperes.dossier.documents;

import fr.reperes.dossier.MeetingKind;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of "Mes documents": a document the référent shared, a published PPE version or published meeting notes,
 * each downloaded as a PDF through its own service.
 *
 * @param id          the document's id, the PPE version's number, or the meeting's id
 * @param date        the document's date, the day the PPE version was published, or the meeting's day
 * @param document    the shared document, for {@link Source#DOCUMENT}
 * @param meetingKind the kind of meeting, for {@link Source#MEETING_NOTES}
 */
public record FileDocument(
        Source source,
        long youngPersonId,
        long id,
        LocalDate date,
        @Nullable DocumentLine document,
        @Nullable MeetingKind meetingKind) {

    public enum Source {
        DOCUMENT,
        CARE_PLAN,
        MEETING_NOTES
    }
}
