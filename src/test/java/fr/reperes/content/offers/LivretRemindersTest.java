package fr.reperes.content.offers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import fr.reperes.access.ParentalAuthority;
import fr.reperes.content.LivretFamily;
import fr.reperes.content.LivretOffers;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.NotificationKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reminder when nobody of the family acknowledged a measure's livret within 14 days of its first offer: the
 * référent is told and the family told once more, once per measure whatever the number of runs; not before the 14
 * days, not once someone acknowledged, not for an ended measure. Each test's offers are its own and are made older
 * by moving their offered_at back, so that a run never reaches the demo's or another test's offers.
 */
@IntegrationTest
class LivretRemindersTest {

    @Autowired
    LivretReminders reminders;

    @Autowired
    LivretOffers offers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    private LivretFamily family;

    @BeforeEach
    void ownDepartement() {
        family = new LivretFamily(context);
    }

    @Test
    void nobodyAcknowledgedIn14DaysTellsTheReferentAndTheFamilyOnce() {
        long yp = family.youngPerson(12, false);
        long measure = family.measure(yp, MeasureKind.OPP, family.today.minusDays(20), null);
        Viewer young = family.young(yp);
        Viewer parent = family.parentOf(yp, ParentalAuthority.HOLDS, false);
        offers.offer(young);
        offers.offer(parent);
        offeredDaysAgo(yp, 15);

        // Two runs, as by two servers or on two days: the claim is taken by the first.
        reminders.sendDue(clock.instant());
        reminders.sendDue(clock.instant());

        assertThat(reminded(measure)).isTrue();
        assertThat(told(family.referent, NotificationKind.LIVRET_NOT_ACKNOWLEDGED))
                .isEqualTo(1);
        assertThat(told(young, NotificationKind.LIVRET_WAITING)).isEqualTo(1);
        assertThat(told(parent, NotificationKind.LIVRET_WAITING)).isEqualTo(1);
        assertThat(told(young, NotificationKind.LIVRET_NOT_ACKNOWLEDGED)).isZero();
    }

    @Test
    void noReminderBeforeTheTimeOnceSomeoneAcknowledgedOrForAnEndedMeasure() {
        long early = family.youngPerson(12, false);
        long earlyMeasure = family.measure(early, MeasureKind.OPP, family.today.minusDays(20), null);
        offers.offer(family.young(early));
        offeredDaysAgo(early, 13);

        long read = family.youngPerson(12, false);
        long readMeasure = family.measure(read, MeasureKind.OPP, family.today.minusDays(20), null);
        Viewer readingParent = family.parentOf(read, ParentalAuthority.HOLDS, false);
        offers.offer(family.young(read));
        offers.acknowledge(readingParent, offers.offer(readingParent).getFirst().id());
        offeredDaysAgo(read, 15);

        long ended = family.youngPerson(12, false);
        long endedMeasure = family.measure(ended, MeasureKind.OPP, family.today.minusDays(20), family.today);
        offers.offer(family.young(ended));
        offeredDaysAgo(ended, 15);
        jdbc.sql("UPDATE measure SET ends_on = :yesterday WHERE id = :id")
                .param("yesterday", family.today.minusDays(1))
                .param("id", endedMeasure)
                .update();

        reminders.sendDue(clock.instant());

        assertThat(reminded(earlyMeasure)).isFalse();
        assertThat(reminded(readMeasure)).isFalse();
        assertThat(reminded(endedMeasure)).isFalse();
        assertThat(told(family.referent, NotificationKind.LIVRET_NOT_ACKNOWLEDGED))
                .isZero();
    }

    private void offeredDaysAgo(long youngPersonId, int days) {
        jdbc.sql("UPDATE livret_offer SET offered_at = :at WHERE young_person_id = :yp")
                .param("at", Timestamp.from(Instant.now(clock).minus(Duration.ofDays(days))))
                .param("yp", youngPersonId)
                .update();
    }

    private boolean reminded(long measureId) {
        return jdbc.sql("SELECT COUNT(*) FROM livret_reminder WHERE measure_id = :m")
                        .param("m", measureId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private int told(Viewer viewer, NotificationKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = :a AND kind = :k")
                .param("a", viewer.accountId())
                .param("k", kind.name())
                .query(Integer.class)
                .single();
    }
}
