package fr.reperes.dossier;

import java.time.LocalDate;

/** Who does what, by when. */
public record CarePlanAction(String what, String who, LocalDate dueOn) {

    public boolean blank() {
        return (what == null || what.isBlank()) && (who == null || who.isBlank()) && dueOn == null;
    }
}
