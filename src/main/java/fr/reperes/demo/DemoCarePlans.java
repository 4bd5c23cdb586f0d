package fr.reperes.demo;

import fr.reperes.dossier.CarePlanAction;
import fr.reperes.dossier.CarePlanDomain;
import fr.reperes.dossier.CarePlanDraft;
import fr.reperes.dossier.imports.DossierImport;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The personas' PPE versions, from {@code demo/care-plans.json}, dated relative to today. */
@Component
class DemoCarePlans {

    private final DossierImport carePlans;
    private final Clock clock;

    DemoCarePlans(DossierImport carePlans, Clock clock) {
        this.carePlans = carePlans;
        this.clock = clock;
    }

    record File(List<Version> lina, List<Version> leo) {}

    record Version(
            int publishedMonthsAgo,
            int nextReviewInMonths,
            String youthWords,
            String parentsWords,
            Map<CarePlanDomain, Domain> domains) {}

    record Domain(String needs, String objectives, String evaluation, List<Action> actions) {}

    record Action(String what, String who, int dueInMonths) {}

    void load(long authorAccountId, String authorName, long lina, long leo) {
        File file = read();
        publish(authorAccountId, authorName, lina, file.lina());
        publish(authorAccountId, authorName, leo, file.leo());
    }

    private void publish(long authorAccountId, String authorName, long youngPersonId, List<Version> versions) {
        LocalDate today = LocalDate.now(clock);
        ZonedDateTime now = ZonedDateTime.now(clock);
        for (Version version : versions) {
            Map<CarePlanDomain, CarePlanDraft.DraftDomain> domains = new EnumMap<>(CarePlanDomain.class);
            version.domains()
                    .forEach((domain, content) -> domains.put(
                            domain,
                            new CarePlanDraft.DraftDomain(
                                    content.needs(),
                                    content.objectives(),
                                    content.evaluation(),
                                    content.actions().stream()
                                            .map(a -> new CarePlanAction(
                                                    a.what(), a.who(), today.plusMonths(a.dueInMonths())))
                                            .toList())));
            carePlans.carePlan(
                    authorAccountId,
                    authorName,
                    youngPersonId,
                    new CarePlanDraft(
                            today.plusMonths(version.nextReviewInMonths()),
                            version.youthWords(),
                            version.parentsWords(),
                            domains),
                    now.minusMonths(version.publishedMonthsAgo()).toInstant());
        }
    }

    private static File read() {
        try (InputStream in = DemoCarePlans.class.getResourceAsStream("/demo/care-plans.json")) {
            return JsonMapper.builder().build().readValue(in, File.class);
        } catch (IOException e) {
            throw new IllegalStateException("demo/care-plans.json cannot be read", e);
        }
    }
}
