package fr.reperes.autonomy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the référent records after the entretien: goals by domain, agreed steps, and the PPE's next review. */
public record ProjectDraft(
        @Nullable LocalDate nextReviewOn, Map<AutonomyDomain, String> goals, List<ProjectAction> actions) {}
