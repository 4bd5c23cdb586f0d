package fr.reperes.dossier.careplan;

import fr.reperes.dossier.CarePlanDomain;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A published PPE version as its reader may see it, with the domains that changed since the previous one. */
public record CarePlanVersion(
        long id,
        int number,
        Instant publishedAt,
        @Nullable LocalDate nextReviewOn,
        String authorName,
        List<DomainPlan> domains,
        @Nullable String youthWords,
        @Nullable String parentsWords,
        Set<CarePlanDomain> changedSincePrevious) {

    /**
     * The wording of the review date on {@code today}, the same on every page: the {@code latest} version's date gone
     * by says the review is late; an older version's was followed by the next version, so it reads as it was.
     */
    public String reviewKey(LocalDate today, boolean latest) {
        return latest && late(nextReviewOn, today) ? "ppe.next-review.past" : "ppe.next-review";
    }

    /** The latest version's review date has gone by: the one rule for the family's page, the file and the list. */
    public static boolean late(@Nullable LocalDate reviewOn, LocalDate today) {
        return reviewOn != null && reviewOn.isBefore(today);
    }
}
