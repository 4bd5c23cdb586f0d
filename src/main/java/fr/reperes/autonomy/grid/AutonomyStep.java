package fr.reperes.autonomy.grid;

import fr.reperes.access.DomainTagged;
import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.StepStatus;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A concrete step, with who helps and which partner to contact. */
public record AutonomyStep(
        long id,
        AutonomyDomain domain,
        String title,
        StepStatus status,
        @Nullable LocalDate dueOn,
        @Nullable String helper,
        @Nullable Partner partner)
        implements DomainTagged {}
