package fr.reperes.dossier.anonymity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import fr.reperes.KaribuTest;
import fr.reperes.dossier.Decider;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.MeetingKind;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.NewMeeting;
import fr.reperes.dossier.PlacementKind;
import fr.reperes.dossier.caseload.YoungPersonView;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The référent's review of what an anonymity order withheld, on the young person's page. */
class WithheldTextsPanelTest extends KaribuTest {

    @Test
    void claireReadsWhatWasWithheldAndConfirmsItSafe() {
        Viewer claire = TestSignIn.viewer(context, "claire");
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        DossierImport dossier = context.getBean(DossierImport.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        long territory = jdbc.sql("SELECT MIN(id) FROM territory WHERE departement_id = :dep")
                .param("dep", claire.departementId())
                .query(Long.class)
                .single();
        long id = dossier.youngPeople(
                        claire.departementId(),
                        List.of(new DossierImport.NewYoungPerson(
                                territory, "Test", "Relecture", today.minusYears(10), claire.professionalId(), false)))
                .getFirst();
        dossier.measures(List.of(new DossierImport.NewMeasure(
                id,
                MeasureKind.PLACEMENT_JUDICIAIRE,
                Decider.JUGE_DES_ENFANTS,
                today.minusMonths(2),
                today.minusMonths(2),
                null,
                PlacementKind.LIEU_DE_VIE,
                "Lieu de vie Les Alouettes",
                "2 chemin des Prés, 62200 Outreau",
                null,
                null,
                null)));
        context.getBean(MeetingService.class)
                .schedule(
                        claire,
                        id,
                        new NewMeeting(
                                MeetingKind.VISIT,
                                LocalDateTime.now(context.getBean(Clock.class)).plusDays(3),
                                "Les Alouettes, Outreau",
                                null,
                                null));

        signInAs("claire");
        UI.getCurrent().navigate(YoungPersonView.class, id);
        assertThat(pageText()).doesNotContain("Textes cachés aux parents");

        context.getBean(PlacementChanges.class).orderAnonymity(claire, id, true);
        UI.getCurrent().navigate(YoungPersonView.class, id);
        assertThat(pageText()).contains("Textes cachés aux parents", "Les Alouettes, Outreau");

        _click(_get(Button.class, spec -> spec.withText("Confirmer : ce texte ne révèle pas le lieu")));
        assertThat(pageText()).doesNotContain("Textes cachés aux parents");
        assertThat(context.getBean(WithheldTexts.class).pending(claire, id)).isEmpty();
    }
}
