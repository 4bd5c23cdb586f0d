package fr.reperes.autonomy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fr.reperes.KaribuTest;
import fr.reperes.autonomy.FamilyReaders.Family;
import fr.reperes.autonomy.FamilyReaders.Reader;
import fr.reperes.autonomy.grid.AutonomyView;
import fr.reperes.autonomy.imports.AutonomyImport;
import fr.reperes.autonomy.pathway.ChildAutonomyView;
import fr.reperes.autonomy.pathway.PathwayService;
import fr.reperes.autonomy.request.YoungAdultRequestView;
import fr.reperes.dossier.MeetingKind;
import fr.reperes.dossier.NewMeeting;
import fr.reperes.identity.TestSignIn;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What a parent's pages show of a young adult's health and of the young person's own words: nothing, until the young
 * person (for their words) chose to share, where they write them.
 */
class PrivacyViewsTest extends KaribuTest {

    private LocalDate today() {
        return LocalDate.now(context.getBean(Clock.class));
    }

    private static void clickId(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private String parentPage(Family family, Reader parent, String route) {
        tearDownVaadin();
        signInAs(parent.subject(family));
        UI.getCurrent().navigate(route);
        String text = pageText();
        tearDownVaadin();
        return text;
    }

    @Test
    void aYoungAdultsParentReadsTheSharedPathwayAndPpeWithoutAnyHealth() {
        Family adult = FamilyReaders.withHealthAndHousingContent(
                context, FamilyReaders.bornOn(context, today().minusYears(19).minusMonths(2)));
        String autonomy = parentPage(adult, Reader.PARENT_GRANTED, ChildAutonomyView.ROUTE);
        assertThat(autonomy)
                .contains(
                        "Logementmarque etape",
                        "Logementmarque projet objectif",
                        "Logementmarque projet etape",
                        "Cette partie n’est pas partagée avec vous.")
                .doesNotContain("Santemarque");
        String ppe = parentPage(adult, Reader.PARENT_GRANTED, "ppe");
        assertThat(ppe)
                .contains("Logementmarque ppe besoin", "Logementmarque projet objectif")
                .doesNotContain("Santemarque");

        Family minor = FamilyReaders.withHealthAndHousingContent(
                context, FamilyReaders.bornOn(context, today().minusYears(17).minusMonths(2)));
        assertThat(parentPage(minor, Reader.PARENT_NOT_GRANTED, ChildAutonomyView.ROUTE))
                .contains("Santemarque etape", "Santemarque projet objectif", "Logementmarque etape");
        assertThat(parentPage(minor, Reader.PARENT_NOT_GRANTED, "ppe"))
                .contains("Santemarque ppe besoin", "Santemarque projet objectif");
        signInAs("lina");
    }

    @Test
    void theEntretienPreparationAndGridCommentReachTheParentOnlyOnceTheYoungPersonTicksShare() {
        Family family = FamilyReaders.bornOn(context, today().minusYears(17).minusMonths(1));
        context.getBean(AutonomyImport.class)
                .interview(
                        TestSignIn.viewer(context, "claire"),
                        family.id(),
                        new NewMeeting(
                                MeetingKind.INTERVIEW,
                                today().plusDays(12).atTime(10, 0),
                                "Maison du Département",
                                null,
                                null),
                        null,
                        null,
                        null);
        writeAsTheYoungPerson(family, false);
        String kept = parentPage(family, Reader.PARENT_GRANTED, ChildAutonomyView.ROUTE);
        assertThat(kept)
                .contains(
                        "Entretien des 17 ans",
                        "J’apprends",
                        "ne vous est montré que si Famille choisit de vous le partager")
                .doesNotContain("Motssouhaitsvue", "Motsquestionsvue", "Motscommentairevue");

        writeAsTheYoungPerson(family, true);
        assertThat(context.getBean(PathwayService.class)
                        .pathway(family.viewer(context, Reader.SELF), family.id())
                        .interview()
                        .sharedWithParents())
                .isTrue();
        assertThat(parentPage(family, Reader.PARENT_GRANTED, ChildAutonomyView.ROUTE))
                .contains("Motssouhaitsvue", "Motsquestionsvue", "Motscommentairevue");
        assertThat(parentPage(family, Reader.PARENT_WITHDRAWN, ChildAutonomyView.ROUTE))
                .doesNotContain("Motssouhaitsvue", "Motscommentairevue");
        signInAs("lina");
    }

    private void writeAsTheYoungPerson(Family family, boolean share) {
        tearDownVaadin();
        signInAs(family.subject());
        UI.getCurrent().navigate(AutonomyView.class);
        Checkbox sharePreparation = _get(Checkbox.class, spec -> spec.withId("partager-preparation"));
        assertThat(sharePreparation.getLabel()).isEqualTo("Partager ma préparation avec mes parents");
        _get(TextArea.class, spec -> spec.withLabel("Mes souhaits")).setValue("Motssouhaitsvue");
        _get(TextArea.class, spec -> spec.withLabel("Mes questions")).setValue("Motsquestionsvue");
        sharePreparation.setValue(share);
        clickId("preparer-entretien");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AutonomyLevel> level = _get(RadioButtonGroup.class, spec -> spec.withId("niveau-HOUSING"));
        level.setValue(AutonomyLevel.LEARNING);
        _get(TextArea.class, spec -> spec.withId("commentaire-HOUSING")).setValue("Motscommentairevue");
        _get(Checkbox.class, spec -> spec.withId("partager-HOUSING")).setValue(share);
        clickId("enregistrer-HOUSING");
        tearDownVaadin();
    }

    @Test
    void aRequestReachesTheParentAsAStatusOnlyUnlessTheYoungPersonSharedIt() {
        Family kept = FamilyReaders.bornOn(context, today().minusYears(17).minusMonths(6));
        sendRequest(kept, false);
        assertThat(parentPage(kept, Reader.PARENT_GRANTED, ChildAutonomyView.ROUTE))
                .contains("Envoyée")
                .doesNotContain("Motsprojetsvue", "Un logement");

        Family shared = FamilyReaders.bornOn(context, today().minusYears(17).minusMonths(6));
        sendRequest(shared, true);
        assertThat(parentPage(shared, Reader.PARENT_GRANTED, ChildAutonomyView.ROUTE))
                .contains("Envoyée", "Motsprojetsvue", "Un logement");
        signInAs("lina");
    }

    private void sendRequest(Family family, boolean share) {
        tearDownVaadin();
        signInAs(family.subject());
        UI.getCurrent().navigate(YoungAdultRequestView.class);
        _get(TextArea.class, spec -> spec.withId("projets")).setValue("Motsprojetsvue");
        Checkbox shareRequest = _get(Checkbox.class, spec -> spec.withId("partager-demande"));
        assertThat(shareRequest.getValue()).isFalse();
        shareRequest.setValue(share);
        clickId("etape-suivante");
        _get(Checkbox.class, spec -> spec.withId("demande-logement")).setValue(true);
        clickId("etape-suivante");
        clickId("etape-suivante");
        clickId("envoyer-demande");
        assertThat(pageText()).contains("Envoyée");
        tearDownVaadin();
    }
}
