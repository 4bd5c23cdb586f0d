package fr.reperes.autonomy;

import java.time.LocalDate;

/** A concrete step, with who helps and which partner to contact. */
public record AutonomyStep(long id, AutonomyDomain domain, String title, StepStatus status, LocalDate dueOn,
                           String helper, Partner partner) implements fr.reperes.access.DomainTagged {
}
