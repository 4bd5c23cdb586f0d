package fr.reperes.dossier;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a référent composes before publishing: never shown to the family. */
public record CarePlanDraft(
        @Nullable LocalDate nextReviewOn,
        String youthWords,
        String parentsWords,
        Map<CarePlanDomain, DraftDomain> domains) {

    public record DraftDomain(String needs, String objectives, String evaluation, List<CarePlanAction> actions) {

        public static DraftDomain empty() {
            return new DraftDomain("", "", "", List.of());
        }
    }

    public static CarePlanDraft empty() {
        Map<CarePlanDomain, DraftDomain> domains = new EnumMap<>(CarePlanDomain.class);
        for (CarePlanDomain domain : CarePlanDomain.values()) {
            domains.put(domain, DraftDomain.empty());
        }
        return new CarePlanDraft(null, "", "", domains);
    }
}
