package fr.reperes.autonomy.project;

import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.ProjectAction;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A recorded projet d'accès à l'autonomie, attached to PPE version {@code carePlanVersionId}. */
public record AutonomyProject(
        long id,
        long carePlanVersionId,
        Instant recordedAt,
        String authorName,
        Map<AutonomyDomain, String> goals,
        List<ProjectAction> actions) {}
