package fr.reperes.content;

import fr.reperes.dossier.MeasureKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The livret d'accueil offered to one reader (a young person, or a parent) for one measure: the book to read, when it
 * was offered, and whether they said "j'ai reçu et lu le livret", when and in which language.
 */
public record LivretOffer(
        long id,
        long measureId,
        long youngPersonId,
        String firstName,
        MeasureKind kind,
        long bookId,
        String bookCode,
        Instant offeredAt,
        @Nullable Instant acknowledgedAt,
        @Nullable PageLanguage acknowledgedLanguage) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
