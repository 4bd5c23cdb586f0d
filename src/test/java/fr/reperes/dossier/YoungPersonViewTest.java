package fr.reperes.dossier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import fr.reperes.KaribuTest;
import fr.reperes.identity.TestSignIn;
import org.junit.jupiter.api.Test;

class YoungPersonViewTest extends KaribuTest {

    private long lina() {
        return TestSignIn.viewer(context, "lina").youngPersonId();
    }

    @Test
    void claireOpensLinasPageWithHerParentsAndTheirAuthority() {
        long lina = lina();
        signInAs("claire");
        UI.getCurrent().navigate(YoungPersonView.class, lina);
        assertThat(pageText()).contains("Lina Benali", "17 ans", "Karim Benali", "exerce l’autorité parentale",
                "Nadia Morel", "autorité parentale retirée", "Compte actif");
    }

    @Test
    void claireIssuesACodeForLeoWhoHasNoAccount() {
        signInAs("claire");
        long leoId = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT id FROM young_person WHERE first_name = 'Léo'").query(Long.class).single();
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
        UI.getCurrent().navigate(YoungPersonView.class, lina);
        String text = pageText();
        assertThat(text).contains("Dossier non accessible", "Ce dossier n’est pas dans ceux que vous suivez");
        assertThat(text).doesNotContain("Benali", "Karim", "Nadia");
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
}
