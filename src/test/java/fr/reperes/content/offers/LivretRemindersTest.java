package fr.reperes.content.offers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import fr.reperes.TwoInstances;
import fr.reperes.access.ParentalAuthority;
import fr.reperes.content.LivretFamily;
import fr.reperes.content.LivretOffers;
import fr.reperes.content.MeasureLivret;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.NotificationKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

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

    /**
     * The accompagnement jeune majeur lasts as long as its contracts (the measures page and the offer read its dates
     * there): once the last contract ended, the young adult is not told of its livret any more, even though the
     * measure's own row has no end.
     */
    @Test
    void noReminderForAnAccompagnementJeuneMajeurWhoseContractsEnded() {
        long yp = family.youngPerson(19, false);
        long measure = family.measure(yp, MeasureKind.ACCOMPAGNEMENT_JEUNE_MAJEUR, family.today.minusDays(60), null);
        Viewer young = family.young(yp);
        GeneratedKeyHolder request = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO young_adult_request (young_person_id, status, created_at, updated_at)
                        VALUES (:yp, 'GRANTED', :now, :now)""")
                .param("yp", yp)
                .param("now", Timestamp.from(clock.instant()))
                .update(request);
        jdbc.sql("""
                        INSERT INTO young_adult_contract (young_person_id, request_id, objectives, starts_on, ends_on,
                                                          next_review_on, recorded_by_name, recorded_at)
                        VALUES (:yp, :request, 'Objectifs', :starts, :ends, :ends, 'Test', :now)""")
                .param("yp", yp)
                .param("request", Objects.requireNonNull(request.getKey()).longValue())
                .param("starts", family.today.minusDays(60))
                .param("ends", family.today.minusDays(2))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        // Offered while the contract ran.
        jdbc.sql("""
                        INSERT INTO livret_offer (measure_id, young_person_id, reader_key, book_id, offered_at)
                        SELECT :m, :yp, :reader, MIN(id), :at FROM content_book WHERE departement_id = :dep""")
                .param("m", measure)
                .param("yp", yp)
                .param("reader", "Y:" + yp)
                .param("at", Timestamp.from(Instant.now(clock).minus(Duration.ofDays(20))))
                .param("dep", family.departementId)
                .update();

        reminders.sendDue(clock.instant());

        assertThat(reminded(measure)).isFalse();
        assertThat(told(young, NotificationKind.LIVRET_WAITING)).isZero();
        // The référent reads the same end on the young person's page: the last contract's.
        assertThat(offers.ofYoungPerson(family.referent, yp))
                .singleElement()
                .extracting(MeasureLivret::endsOn)
                .isEqualTo(family.today.minusDays(2));
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

    /** Two instances' morning runs at the same moment: the référent and each of the family told once. */
    @Test
    void twoInstancesRunningAtOnceTellTheReferentAndTheFamilyOnce() throws Exception {
        long yp = family.youngPerson(13, false);
        long measure = family.measure(yp, MeasureKind.OPP, family.today.minusDays(20), null);
        Viewer young = family.young(yp);
        Viewer parent = family.parentOf(yp, ParentalAuthority.HOLDS, false);
        offers.offer(young);
        offers.offer(parent);
        offeredDaysAgo(yp, 15);

        TwoInstances.atOnce(() -> reminders.sendDue(clock.instant()));

        assertThat(reminded(measure)).isTrue();
        assertThat(told(family.referent, NotificationKind.LIVRET_NOT_ACKNOWLEDGED))
                .isEqualTo(1);
        assertThat(told(young, NotificationKind.LIVRET_WAITING)).isEqualTo(1);
        assertThat(told(parent, NotificationKind.LIVRET_WAITING)).isEqualTo(1);
    }
}
