package fr.reperes.content.offers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import fr.reperes.KaribuTest;
import fr.reperes.access.ParentalAuthority;
import fr.reperes.content.LivretFamily;
import fr.reperes.content.LivretPdf;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.pdf.BookPdfLink;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.caseload.YoungPersonView;
import fr.reperes.identity.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The livret on a family's home (in the reader's words, read link, "J'ai reçu et lu le livret" once) and on the
 * référent's page of the young person; the test's own département and people.
 */
class LivretOfferViewsTest extends KaribuTest {

    private LivretFamily family;
    private long youngPersonId;
    private Viewer young;
    private Viewer parent;

    @BeforeEach
    void family() {
        family = new LivretFamily(context);
        youngPersonId = family.youngPerson(11, false);
        family.measure(youngPersonId, MeasureKind.PLACEMENT_JUDICIAIRE, family.today.minusDays(2), null);
        young = family.young(youngPersonId);
        parent = family.parentOf(youngPersonId, ParentalAuthority.HOLDS, false);
    }

    @Test
    void aParentIsOfferedTheLivretOnTheirHomeAndSaysTheyReadIt() {
        signInAs(parent.subject());
        UI.getCurrent().navigate("");
        Div panel = _get(Div.class, spec -> spec.withId("livret-accueil"));
        assertThat(panel.isVisible()).isTrue();
        assertThat(pageText())
                .contains("Le livret d’accueil de la mesure de Jeune", "vous expliquer la mesure de Jeune (Placement");
        assertThat(_get(Anchor.class, spec -> spec.withText("Lire le livret")).getHref())
                .isEqualTo("livret/WELCOME_PLACEMENT");

        clickAsTheBrowser(_get(Button.class, spec -> spec.withText("J’ai reçu et lu le livret")));

        assertThat(_find(Button.class, spec -> spec.withText("J’ai reçu et lu le livret")))
                .isEmpty();
        assertThat(pageText()).contains("Vous avez indiqué le", "avoir reçu et lu ce livret");
        assertThat(context.getBean(JdbcClient.class)
                        .sql("SELECT acknowledged_language FROM livret_offer WHERE reader_key = :key")
                        .param("key", "P:" + parent.parentId())
                        .query(String.class)
                        .single())
                .isEqualTo("FR");

        // The next sign-in shows it read, with the livret one click away.
        UI.getCurrent().navigate("");
        assertThat(pageText()).contains("Vous avez indiqué le", "Lire le livret");
        assertThat(_find(Button.class, spec -> spec.withText("J’ai reçu et lu le livret")))
                .isEmpty();
    }

    @Test
    void theBookPdfLinkNamesTheLanguageAndServesADownload() {
        signInAs(parent.subject());
        BookPdfLink link =
                new BookPdfLink(context.getBean(LivretPdf.class), parent, "WELCOME_PLACEMENT", PageLanguage.AR);
        UI.getCurrent().add(link);
        assertThat(link.getText()).isEqualTo("Télécharger le livret en PDF (العربية)");
        assertThat(link.getHref()).startsWith("VAADIN/dynamic/resource/");
        assertThat(LivretPdf.fileName("WELCOME_PLACEMENT", PageLanguage.AR))
                .isEqualTo("livret-welcome-placement-ar.pdf");
    }

    @Test
    void theYoungPersonReadsAboutTheirOwnMeasure() {
        signInAs(young.subject());
        UI.getCurrent().navigate("");
        assertThat(pageText())
                .contains("Le livret d’accueil de ta mesure", "t’expliquer ta mesure", "J’ai reçu et lu le livret");
    }

    @Test
    void aParentWithoutAMeasureInForceSeesNoLivret() {
        long other = family.youngPerson(9, false);
        Viewer otherParent = family.parentOf(other, ParentalAuthority.HOLDS, false);
        signInAs(otherParent.subject());
        UI.getCurrent().navigate("");
        assertThat(_find(Div.class, spec -> spec.withId("livret-accueil"))).isEmpty();
        assertThat(pageText()).doesNotContain("Le livret d’accueil", "J’ai reçu et lu le livret");
    }

    @Test
    void theReferentSeesOnTheYoungPersonsPageWhoReadTheLivret() {
        signInAs(young.subject());
        UI.getCurrent().navigate("");
        clickAsTheBrowser(_get(Button.class, spec -> spec.withText("J’ai reçu et lu le livret")));
        signInAs(parent.subject());
        UI.getCurrent().navigate("");

        signInAs(family.referent.subject());
        UI.getCurrent().navigate(YoungPersonView.class, youngPersonId);
        Div section = _get(Div.class, spec -> spec.withId("livret-accueil"));
        assertThat(section.isVisible()).isTrue();
        assertThat(pageText())
                .contains(
                        "Livret d’accueil",
                        "Placement décidé par le juge des enfants, depuis le",
                        "Proposé à Jeune Livret",
                        "Reçu et lu le",
                        "(Français)",
                        "Proposé à Parent Livret",
                        "Pas encore indiqué comme lu.");
    }
}
