package fr.reperes.dossier.careplan;

import fr.reperes.access.DomainTagged;
import fr.reperes.dossier.CarePlanAction;
import fr.reperes.dossier.CarePlanDomain;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One domain of a PPE version. {@code withheld} when the reader may not see it (the health domain of a young adult
 * for a parent): then it carries no text.
 */
public record DomainPlan(
        CarePlanDomain domain,
        @Nullable String needs,
        @Nullable String objectives,
        List<CarePlanAction> actions,
        @Nullable String evaluation,
        boolean withheld)
        implements DomainTagged {

    public static DomainPlan withheld(CarePlanDomain domain) {
        return new DomainPlan(domain, null, null, List.of(), null, true);
    }

    public boolean sameContentAs(@Nullable DomainPlan other) {
        return other != null
                && Objects.equals(needs, other.needs)
                && Objects.equals(objectives, other.objectives)
                && Objects.equals(actions, other.actions)
                && Objects.equals(evaluation, other.evaluation);
    }
}
