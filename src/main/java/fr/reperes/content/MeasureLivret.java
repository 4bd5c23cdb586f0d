package fr.reperes.content;

import fr.reperes.dossier.MeasureKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * For the référent: one measure of a young person, whether the département wrote a livret for its kind, and to whom it
 * was offered, when, and who acknowledged it in which language.
 */
public record MeasureLivret(
        long measureId,
        MeasureKind kind,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        boolean livretWritten,
        List<Offered> offered) {

    public boolean acknowledgedByAnyone() {
        return offered.stream().anyMatch(Offered::acknowledged);
    }

    /** One reader of the family the livret was offered to. */
    public record Offered(
            String readerName,
            boolean youngPerson,
            Instant offeredAt,
            @Nullable Instant acknowledgedAt,
            @Nullable PageLanguage acknowledgedLanguage) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }
}
