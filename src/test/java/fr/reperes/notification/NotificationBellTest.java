package fr.reperes.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import fr.reperes.KaribuTest;
import fr.reperes.identity.TestSignIn;
import org.junit.jupiter.api.Test;

class NotificationBellTest extends KaribuTest {

    @Test
    void linaSeesHowManyThingsAreNewAndOpeningTheBellMarksThemRead() {
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        context.getBean(Notifications.class).tellFamily(lina, NotificationKind.CARE_PLAN_PUBLISHED);

        signInAs("lina");
        Button bell = _get(Button.class, spec -> spec.withId("cloche"));
        assertThat(bell.getElement().getAttribute("aria-label")).matches("Notifications, (1 non lue|\\d+ non lues)");
        _click(bell);
        assertThat(pageText()).contains("Nouvelle version du PPE de Lina");
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Notifications, aucune non lue");
        assertThat(context.getBean(Notifications.class).unreadCount(TestSignIn.viewer(context, "lina"))).isZero();
    }

    @Test
    void rolesWithoutAFamilyStillHaveAnEmptyBell() {
        signInAs("odpe");
        _click(_get(Button.class, spec -> spec.withId("cloche")));
        assertThat(pageText()).contains("Rien de nouveau.");
        assertThat(_find(Button.class, spec -> spec.withId("cloche"))).hasSize(1);
    }
}
