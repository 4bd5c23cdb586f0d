package fr.reperes.autonomy.request;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A contrat jeune majeur: objectives, duration, next review; renewable until the day before 21. */
public record Contract(
        long id,
        long requestId,
        @Nullable Long renewsContractId,
        @Nullable String objectives,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate nextReviewOn) {

    public boolean inForce(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
