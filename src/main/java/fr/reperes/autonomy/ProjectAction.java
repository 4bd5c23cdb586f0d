package fr.reperes.autonomy;

import fr.reperes.access.DomainTagged;
import java.time.LocalDate;

/** An agreed step of the projet d'accès à l'autonomie: what, who does it, by when. */
public record ProjectAction(AutonomyDomain domain, String what, String who, LocalDate dueOn) implements DomainTagged {

    public boolean blank() {
        return (what == null || what.isBlank()) && (who == null || who.isBlank()) && dueOn == null;
    }
}
