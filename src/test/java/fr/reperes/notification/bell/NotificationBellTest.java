package fr.reperes.notification.bell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import fr.reperes.JournalEntries;
import fr.reperes.KaribuTest;
import fr.reperes.access.AuditAction;
import fr.reperes.access.InformationKind;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.NotificationKind;
import fr.reperes.notification.NotificationLine;
import fr.reperes.notification.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

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
        assertThat(context.getBean(Notifications.class).unreadCount(TestSignIn.viewer(context, "lina")))
                .isZero();
    }

    @Test
    void aYoungPersonTheReaderMayNoLongerSeeLeavesTheirBellAndNoNameIsRead() {
        // Told while she still held parental authority; it was withdrawn since.
        Viewer nadia = TestSignIn.viewer(context, "nadia");
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        context.getBean(JdbcClient.class)
                .sql("""
                        INSERT INTO notification (account_id, kind, young_person_id, first_name, link, created_at)
                        VALUES (:account, 'CARE_PLAN_PUBLISHED', :yp, 'Lina', 'ppe', NOW(6))""")
                .param("account", nadia.accountId())
                .param("yp", lina)
                .update();

        var written = JournalEntries.writtenBy(
                context, nadia, () -> context.getBean(Notifications.class).recent(nadia));

        assertThat(written.value()).extracting(NotificationLine::firstName).doesNotContain("Lina");
        assertThat(written.added())
                .doesNotContainKey(JournalEntries.entry(lina, InformationKind.IDENTITY, AuditAction.LISTED));
    }

    @Test
    void rolesWithoutAFamilyStillHaveAnEmptyBell() {
        signInAs("odpe");
        _click(_get(Button.class, spec -> spec.withId("cloche")));
        assertThat(pageText()).contains("Rien de nouveau.");
        assertThat(_find(Button.class, spec -> spec.withId("cloche"))).hasSize(1);
    }
}
