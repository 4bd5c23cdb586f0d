package fr.reperes.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.careplan.CarePlanInvalidException;
import fr.reperes.dossier.careplan.CarePlanSummary;
import fr.reperes.dossier.careplan.CarePlanVersion;
import fr.reperes.dossier.careplan.DomainPlan;
import fr.reperes.dossier.careplan.YoungPersonCarePlan;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CarePlanServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CarePlanService carePlans;

    @Autowired
    AuditJournal journal;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Viewer viewer(String subject) {
        return TestSignIn.viewer(context, subject);
    }

    private long lina() {
        return viewer("lina").youngPersonId();
    }

    private long mehdi() {
        return viewer("mehdi").youngPersonId();
    }

    @Test
    void linaReadsHerLatestVersionWithWhatChangedAndTheHistory() {
        Viewer lina = viewer("lina");
        long carePlanBefore = journal.count(lina(), lina.accountId(), InformationKind.CARE_PLAN);
        long healthBefore = journal.count(lina(), lina.accountId(), InformationKind.HEALTH);
        YoungPersonCarePlan plan = carePlans.published(lina, lina(), null);

        assertThat(plan.history()).extracting(CarePlanSummary::number).containsExactly(3, 2, 1);
        CarePlanVersion shown = plan.shown();
        assertThat(shown.number()).isGreaterThanOrEqualTo(3);
        assertThat(shown.domains()).extracting(DomainPlan::domain).containsExactly(CarePlanDomain.values());
        assertThat(shown.youthWords()).isNotBlank();
        assertThat(journal.count(lina(), lina.accountId(), InformationKind.CARE_PLAN))
                .isEqualTo(carePlanBefore + 1);
        assertThat(journal.count(lina(), lina.accountId(), InformationKind.HEALTH))
                .isEqualTo(healthBefore + 1);
    }

    @Test
    void theDemoVersionsChangeWhereTheStoryChanges() {
        CarePlanVersion third = carePlans.published(viewer("lina"), lina(), 3).shown();
        assertThat(third.changedSincePrevious())
                .containsExactlyInAnyOrder(CarePlanDomain.SCHOOLING, CarePlanDomain.SOCIAL_LIFE, CarePlanDomain.FAMILY);
        CarePlanVersion first = carePlans.published(viewer("lina"), lina(), 1).shown();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.changedSincePrevious()).isEmpty();
    }

    @Test
    void parentsReadAsThePolicySays() {
        assertThat(carePlans.published(viewer("karim"), lina(), null).shown()).isNotNull();
        assertThatThrownBy(() -> carePlans.published(viewer("nadia"), lina(), null))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> carePlans.published(viewer("thomas"), lina(), null))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(carePlans.mine(viewer("sofia")))
                .singleElement()
                .satisfies(plan -> assertThat(plan.shown().number()).isEqualTo(1));
    }

    @Test
    void onlyTheFollowingReferentDrafts() {
        assertThatThrownBy(() -> carePlans.draft(viewer("thomas"), lina())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> carePlans.draft(viewer("karim"), lina())).isInstanceOf(AccessRefusedException.class);
        CarePlanDraft draft = carePlans.draft(viewer("claire"), lina());
        assertThat(draft.domains().get(CarePlanDomain.SOCIAL_LIFE).actions()).isNotEmpty();
    }

    @Test
    void missingOrImpossibleDatesAreRefusedFieldByFieldAndNothingIsSaved() {
        Viewer claire = viewer("claire");
        long before = versions(mehdi());
        CarePlanDraft empty = CarePlanDraft.empty();
        Map<CarePlanDomain, CarePlanDraft.DraftDomain> domains = new EnumMap<>(empty.domains());
        domains.put(
                CarePlanDomain.SCHOOLING,
                new CarePlanDraft.DraftDomain(
                        "",
                        "",
                        "",
                        List.of(
                                new CarePlanAction("Inscription au lycée", "", null),
                                new CarePlanAction("Stage", "Mehdi", LocalDate.of(1990, 1, 1)))));

        assertThatThrownBy(() -> carePlans.saveDraft(claire, mehdi(), new CarePlanDraft(null, "", "", domains)))
                .isInstanceOfSatisfying(
                        CarePlanInvalidException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("nextReviewOn", "ppe.error.review.missing")
                                .containsEntry("SCHOOLING.action.0.who", "ppe.error.action.who")
                                .containsEntry("SCHOOLING.action.1.dueOn", "ppe.error.action.due-impossible"));
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> carePlans.publish(
                        claire, mehdi(), new CarePlanDraft(today.minusDays(1), "", "", empty.domains())))
                .isInstanceOfSatisfying(
                        CarePlanInvalidException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("nextReviewOn", "ppe.error.review.past"));
        assertThatThrownBy(() -> carePlans.publish(
                        claire, mehdi(), new CarePlanDraft(today.plusYears(2), "", "", empty.domains())))
                .isInstanceOfSatisfying(
                        CarePlanInvalidException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("nextReviewOn", "ppe.error.review.one-year"));
        assertThat(versions(mehdi())).isEqualTo(before);
    }

    @Test
    void aTextLongerThanItsColumnIsToldUnderItsFieldAndNothingIsSaved() {
        Viewer claire = viewer("claire");
        long before = versions(mehdi());
        Map<CarePlanDomain, CarePlanDraft.DraftDomain> domains =
                new EnumMap<>(CarePlanDraft.empty().domains());
        String tooLong = "a".repeat(CarePlanService.MAX_TEXT + 1);
        domains.put(CarePlanDomain.HEALTH, new CarePlanDraft.DraftDomain(tooLong, "", "", List.of()));
        assertThatThrownBy(() -> carePlans.saveDraft(
                        claire, mehdi(), new CarePlanDraft(LocalDate.now(clock).plusMonths(6), tooLong, "", domains)))
                .isInstanceOfSatisfying(
                        CarePlanInvalidException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("youthWords", "ppe.error.too-long")
                                .containsEntry("HEALTH.needs", "ppe.error.too-long"));
        assertThat(versions(mehdi())).isEqualTo(before);
    }

    @Test
    void aDraftIsNeverSeenByTheFamilyAndPublishingMakesTheNextVersion() {
        Viewer claire = viewer("claire");
        Viewer mehdi = viewer("mehdi");
        LocalDate review = LocalDate.now(clock).plusMonths(6);
        Map<CarePlanDomain, CarePlanDraft.DraftDomain> domains =
                new EnumMap<>(CarePlanDraft.empty().domains());
        domains.put(
                CarePlanDomain.SCHOOLING,
                new CarePlanDraft.DraftDomain(
                        "Retrouver l’envie d’aller au collège",
                        "Aller en cours tous les jours",
                        "",
                        List.of(new CarePlanAction(
                                "Rencontre avec le CPE", "Mehdi et sa mère", review.minusMonths(1)))));
        CarePlanDraft draft = new CarePlanDraft(review, "Je veux faire de la mécanique.", "", domains);

        carePlans.saveDraft(claire, mehdi(), draft);
        YoungPersonCarePlan seenBefore = carePlans.published(mehdi, mehdi(), null);
        int publishedBefore = seenBefore.history().size();
        assertThat(carePlans.draft(claire, mehdi()).youthWords()).isEqualTo("Je veux faire de la mécanique.");

        int number = carePlans.publish(claire, mehdi(), draft);

        YoungPersonCarePlan seenAfter = carePlans.published(mehdi, mehdi(), null);
        assertThat(number).isEqualTo(publishedBefore + 1);
        assertThat(seenAfter.shown().number()).isEqualTo(number);
        assertThat(seenAfter.shown().youthWords()).isEqualTo("Je veux faire de la mécanique.");
        DomainPlan schooling = seenAfter.shown().domains().get(CarePlanDomain.SCHOOLING.ordinal());
        assertThat(schooling.actions())
                .containsExactly(
                        new CarePlanAction("Rencontre avec le CPE", "Mehdi et sa mère", review.minusMonths(1)));
    }

    @Test
    void aPublishedVersionNeverChangesEvenWithSql() {
        long versionId = jdbc.sql("SELECT id FROM care_plan_version WHERE young_person_id = :id AND version_number = 1")
                .param("id", lina())
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> jdbc.sql("UPDATE care_plan_version SET youth_words = 'x' WHERE id = :id")
                        .param("id", versionId)
                        .update())
                .hasMessageContaining("never changes");
        assertThatThrownBy(() -> jdbc.sql("UPDATE care_plan_domain SET needs = 'x' WHERE version_id = :id")
                        .param("id", versionId)
                        .update())
                .hasMessageContaining("never changes");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM care_plan_action WHERE version_id = :id")
                        .param("id", versionId)
                        .update())
                .hasMessageContaining("never changes");
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO care_plan_action (version_id, domain, position, what, who) "
                                + "VALUES (:id, 'HEALTH', 9, 'x', 'y')")
                        .param("id", versionId)
                        .update())
                .hasMessageContaining("never changes");
    }

    @Test
    void readingAVersionCostsTheSameStatementsWhateverItsSize() {
        Viewer claire = viewer("claire");
        Viewer lina = viewer("lina");
        long small = SqlStatements.fewestSelectsDuring(jdbc, () -> carePlans.published(lina, lina(), 3));

        Map<CarePlanDomain, CarePlanDraft.DraftDomain> domains = new EnumMap<>(CarePlanDomain.class);
        for (CarePlanDomain domain : CarePlanDomain.values()) {
            List<CarePlanAction> actions = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                actions.add(new CarePlanAction("Action " + i, "Quelqu’un", null));
            }
            domains.put(domain, new CarePlanDraft.DraftDomain("Besoins", "Objectifs", "Évaluation", actions));
        }
        // Mehdi's file, so that Lina's story stays as the other tests expect it.
        int number = carePlans.publish(
                claire, mehdi(), new CarePlanDraft(LocalDate.now(clock).plusMonths(3), "", "", domains));
        Viewer mehdi = viewer("mehdi");
        long large = SqlStatements.fewestSelectsDuring(jdbc, () -> carePlans.published(mehdi, mehdi(), number));

        assertThat(large).isEqualTo(small);
        assertThat(small).isLessThanOrEqualTo(8);
    }

    private long versions(long youngPersonId) {
        return jdbc.sql("SELECT COUNT(*) FROM care_plan_version WHERE young_person_id = :id")
                .param("id", youngPersonId)
                .query(Long.class)
                .single();
    }
}
