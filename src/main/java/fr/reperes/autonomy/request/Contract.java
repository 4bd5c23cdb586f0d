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

    /** Where a contract stands on a day: the one answer every page gives (card, summary, measures). */
    public enum State {
        COMING,
        IN_FORCE,
        ENDED
    }

    public boolean inForce(LocalDate day) {
        return stateOn(day) == State.IN_FORCE;
    }

    public State stateOn(LocalDate day) {
        if (day.isBefore(startsOn)) {
            return State.COMING;
        }
        return day.isAfter(endsOn) ? State.ENDED : State.IN_FORCE;
    }
}
