package fr.reperes.dossier.caseload;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import fr.reperes.KaribuTest;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.InvitationService;
import fr.reperes.identity.InvitedFamily;
import fr.reperes.identity.Redemption;
import fr.reperes.identity.TestSignIn;
import fr.reperes.shell.errors.AccessRefusedView;
import fr.reperes.shell.layout.MainLayout;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class YoungPersonViewTest extends KaribuTest {

    private long lina() {
        return TestSignIn.viewer(context, "lina").youngPersonId();
    }

    @Test
    void claireOpensLinasPageWithHerParentsAndTheirAuthority() {
        long lina = lina();
        signInAs("claire");
        UI.getCurrent().navigate(YoungPersonView.class, lina);
        assertThat(pageText())
                .contains(
                        "Lina Benali",
                        "17 ans",
                        "Karim Benali",
                        "exerce l’autorité parentale",
                        "Nadia Morel",
                        "autorité parentale retirée",
                        "Compte actif");
    }

    @Test
    void claireIssuesACodeForLeoWhoHasNoAccount() {
        signInAs("claire");
        long leoId = context.getBean(JdbcClient.class)
                .sql("SELECT id FROM young_person WHERE first_name = 'Léo'")
                .query(Long.class)
                .single();
        UI.getCurrent().navigate(YoungPersonView.class, leoId);
        assertThat(pageText()).contains("Le juge a ordonné que le lieu d’accueil ne soit pas communiqué aux parents");
        _click(_get(Button.class, spec -> spec.withText("Créer un code d’invitation")));
        String code = _get(Paragraph.class, spec -> spec.withId("code-emis")).getText();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
    }

    @Test
    void thomasIsToldTheFileIsNotHisAndSeesNothingOfIt() {
        long lina = lina();
        signInAs("thomas");
        assertThat(open("jeune/" + lina)).isEqualTo(403);
        _get(AccessRefusedView.class);
        assertThat(_find(MainLayout.class)).hasSize(1);
        assertThat(_find(YoungPersonView.class)).isEmpty();
        String text = pageText();
        assertThat(text)
                .contains(
                        "Page non accessible", "Ce dossier n’est pas dans ceux que vous suivez", "Retour à l’accueil");
        assertThat(text).doesNotContain("Benali", "Karim", "Nadia", "17 ans");
    }

    @Test
    void parentsAndYoungPeopleCannotOpenTheReferentsPage() {
        long lina = lina();
        for (String subject : new String[] {"karim", "lina", "odpe", "admin", "yanis"}) {
            signInAs(subject);
            assertThatThrownBy(() -> UI.getCurrent().navigate(YoungPersonView.class, lina))
                    .isInstanceOf(MockAccessDeniedException.class);
            tearDownVaadin();
        }
        signInAs("claire");
    }

    private static Button replaceAccessFor(String who) {
        return _get(
                Button.class,
                spec -> spec.withText("Remplacer l’accès")
                        .withAttribute("aria-label", "Remplacer l’accès à Repères de " + who));
    }

    @Test
    void theReferentOfTheFileReplacesTheAccessOfTheYoungPersonAndOfAParentNextToTheirInvitation() {
        InvitedFamily family = InvitedFamily.followedBy(context, "claire");
        AccountDirectory directory = context.getBean(AccountDirectory.class);
        InvitationService invitations = context.getBean(InvitationService.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long youngAccount = TestSignIn.viewer(context, family.youngSubject()).accountId();
        long parentAccount = TestSignIn.viewer(context, family.parentSubject()).accountId();
        signInAs("claire");
        UI.getCurrent().navigate(YoungPersonView.class, family.youngPersonId());
        // Both accounts are active: no invitation to issue, only the access to replace.
        assertThat(_find(Button.class, spec -> spec.withText("Créer un code d’invitation")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Remplacer l’accès")))
                .hasSize(2);

        _click(replaceAccessFor(family.firstName()));
        String youngCode =
                _get(Paragraph.class, spec -> spec.withId("code-emis")).getText();
        assertThat(pageText()).contains("l’ancienne connexion ne pourra plus ouvrir ce compte");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE young_person_id = :yp "
                                + "AND action = 'ACCESS_REPLACED'")
                        .param("yp", family.youngPersonId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withText("Fermer")));
        _click(replaceAccessFor(family.parentName()));
        String parentCode =
                _get(Paragraph.class, spec -> spec.withId("code-emis")).getText();

        String newYoung = "nouvelle-connexion-" + System.nanoTime();
        String newParent = "nouvelle-connexion-parent-" + System.nanoTime();
        assertThat(invitations.redeem(newYoung, InvitedFamily.freshAddress(), youngCode))
                .isInstanceOf(Redemption.Linked.class);
        assertThat(invitations.redeem(newParent, InvitedFamily.freshAddress(), parentCode))
                .isInstanceOf(Redemption.Linked.class);
        assertThat(directory.viewerFor(newYoung, "x").accountId()).isEqualTo(youngAccount);
        assertThat(directory.viewerFor(newParent, "x").accountId()).isEqualTo(parentAccount);
        assertThat(directory.viewerFor(family.youngSubject(), "x").hasAccount()).isFalse();
        assertThat(directory.viewerFor(family.parentSubject(), "x").hasAccount())
                .isFalse();
    }

    @Test
    void noOneButTheReferentOfTheFileGetsTheButton() {
        InvitedFamily family = InvitedFamily.followedBy(context, "claire");
        for (String subject : new String[] {family.youngSubject(), family.parentSubject(), "karim", "admin"}) {
            signInAs(subject);
            assertThatThrownBy(() -> UI.getCurrent().navigate(YoungPersonView.class, family.youngPersonId()))
                    .as(subject)
                    .isInstanceOf(MockAccessDeniedException.class);
            tearDownVaadin();
        }
        signInAs("thomas");
        UI.getCurrent().navigate(YoungPersonView.class, family.youngPersonId());
        _get(AccessRefusedView.class);
        assertThat(pageText()).contains("Page non accessible").doesNotContain("Remplacer", family.firstName());
        assertThat(_find(Button.class, spec -> spec.withText("Remplacer l’accès")))
                .isEmpty();
    }
}
