package fr.reperes.autonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.autonomy.grid.AutonomyService;
import fr.reperes.autonomy.grid.AutonomySpace;
import fr.reperes.autonomy.grid.AutonomyStep;
import fr.reperes.autonomy.grid.Partner;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class AutonomyServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AutonomyService autonomy;

    @Autowired
    AuditJournal journal;

    @Autowired
    Clock clock;

    private Viewer viewer(String subject) {
        return TestSignIn.viewer(context, subject);
    }

    @Test
    void linaSeventeenHasHerSpaceOpenAndHerInterviewDue() {
        Viewer lina = viewer("lina");
        long before = journal.count(lina.youngPersonId(), lina.accountId(), InformationKind.AUTONOMY);
        AutonomySpace space = autonomy.space(lina, lina.youngPersonId());
        assertThat(space.open()).isTrue();
        assertThat(space.interviewDue()).isTrue();
        assertThat(journal.count(lina.youngPersonId(), lina.accountId(), InformationKind.AUTONOMY))
                .isEqualTo(before + 1);
    }

    @Test
    void mehdiFifteenSeesWhenHisSpaceWillOpenAndNothingElse() {
        Viewer mehdi = viewer("mehdi");
        AutonomySpace space = autonomy.space(mehdi, mehdi.youngPersonId());
        assertThat(space.open()).isFalse();
        assertThat(space.opensOn()).isAfter(LocalDate.now(clock));
        assertThat(space.grid()).isEmpty();
        assertThatThrownBy(() -> autonomy.space(viewer("amina"), mehdi.youngPersonId()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void linaFillsHerGridAndOnlySheMayWriteIt() {
        Viewer lina = viewer("lina");
        autonomy.assess(
                lina, lina.youngPersonId(), AutonomyDomain.MONEY, AutonomyLevel.LEARNING, "Je n’ai pas de compte.");
        autonomy.assess(lina, lina.youngPersonId(), AutonomyDomain.HOUSING, AutonomyLevel.NEED_HELP, null);
        autonomy.assess(lina, lina.youngPersonId(), AutonomyDomain.HOUSING, AutonomyLevel.LEARNING, "Ça avance.");

        AutonomySpace space = autonomy.space(viewer("karim"), lina.youngPersonId());
        assertThat(space.grid().get(AutonomyDomain.MONEY).level()).isEqualTo(AutonomyLevel.LEARNING);
        assertThat(space.grid().get(AutonomyDomain.HOUSING).comment())
                .as("kept for her référent")
                .isNull();
        assertThat(autonomy.space(viewer("claire"), lina.youngPersonId())
                        .grid()
                        .get(AutonomyDomain.HOUSING)
                        .comment())
                .isEqualTo("Ça avance.");
        autonomy.assess(lina, lina.youngPersonId(), AutonomyDomain.HOUSING, AutonomyLevel.LEARNING, "Ça avance.", true);
        assertThat(autonomy.space(viewer("karim"), lina.youngPersonId())
                        .grid()
                        .get(AutonomyDomain.HOUSING)
                        .comment())
                .as("shared with her parents")
                .isEqualTo("Ça avance.");

        assertThatThrownBy(() -> autonomy.assess(
                        viewer("karim"), lina.youngPersonId(), AutonomyDomain.MONEY, AutonomyLevel.CAN_DO, null))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> autonomy.assess(
                        viewer("claire"), lina.youngPersonId(), AutonomyDomain.MONEY, AutonomyLevel.CAN_DO, null))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> autonomy.assess(lina, lina.youngPersonId(), AutonomyDomain.MONEY, null, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("MONEY.level", "autonomy.error.level"));
    }

    @Test
    void stepsAreAddedByLinaOrClaireWithAPartnerAndFollowedToDone() {
        Viewer lina = viewer("lina");
        Viewer claire = viewer("claire");
        Partner cpam = autonomy.partners(lina.departementId()).stream()
                .filter(p -> p.kind().equals("CPAM"))
                .findFirst()
                .orElseThrow();
        long step = autonomy.addStep(
                lina,
                lina.youngPersonId(),
                new NewStep(
                        AutonomyDomain.HEALTH,
                        "Demander ma carte Vitale",
                        LocalDate.now(clock).plusMonths(1),
                        "Claire",
                        cpam.id()));
        autonomy.addStep(
                claire,
                lina.youngPersonId(),
                new NewStep(AutonomyDomain.TRAINING_WORK, "Rencontrer la mission locale", null, null, null));
        autonomy.setStatus(lina, step, StepStatus.DONE);

        AutonomySpace space = autonomy.space(lina, lina.youngPersonId());
        assertThat(space.steps()).anySatisfy(s -> {
            assertThat(s.title()).isEqualTo("Demander ma carte Vitale");
            assertThat(s.status()).isEqualTo(StepStatus.DONE);
            assertThat(s.partner().name()).isEqualTo(cpam.name());
        });
        assertThat(space.steps()).extracting(AutonomyStep::title).contains("Rencontrer la mission locale");

        assertThatThrownBy(() -> autonomy.addStep(
                        viewer("karim"),
                        lina.youngPersonId(),
                        new NewStep(AutonomyDomain.MONEY, "x", null, null, null)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> autonomy.addStep(
                        lina,
                        lina.youngPersonId(),
                        new NewStep(null, " ", LocalDate.now(clock).plusYears(10), null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("domain", "autonomy.error.domain")
                                .containsEntry("title", "autonomy.error.title")
                                .containsEntry("dueOn", "autonomy.error.due-impossible"));
    }

    @Test
    void aHelperLongerThanItsColumnIsToldAndNothingIsWritten() {
        Viewer lina = viewer("lina");
        int before = autonomy.space(lina, lina.youngPersonId()).steps().size();
        assertThatThrownBy(() -> autonomy.addStep(
                        lina,
                        lina.youngPersonId(),
                        new NewStep(
                                AutonomyDomain.HOUSING,
                                "Visiter un foyer de jeunes travailleurs",
                                null,
                                "a".repeat(AutonomyService.MAX_STEP_HELPER + 1),
                                null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsExactly(Map.entry("helper", "ppe.error.too-long")));
        assertThat(autonomy.space(lina, lina.youngPersonId()).steps()).hasSize(before);

        // The longest helper accepted fits its column.
        autonomy.addStep(
                lina,
                lina.youngPersonId(),
                new NewStep(
                        AutonomyDomain.HOUSING,
                        "Visiter un foyer de jeunes travailleurs",
                        null,
                        "a".repeat(AutonomyService.MAX_STEP_HELPER),
                        null));
        assertThat(autonomy.space(lina, lina.youngPersonId()).steps()).hasSize(before + 1);
    }

    @Test
    void aParentWithoutAuthorityAndAnotherReferentSeeNothing() {
        long lina = viewer("lina").youngPersonId();
        assertThatThrownBy(() -> autonomy.space(viewer("nadia"), lina)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> autonomy.space(viewer("thomas"), lina)).isInstanceOf(AccessRefusedException.class);
    }
}
