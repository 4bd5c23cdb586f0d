package fr.reperes.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.reperes.IntegrationTest;
import fr.reperes.access.journal.AuditDay;
import fr.reperes.dossier.SqlStatements;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditJournalTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditJournal journal;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void entriesCannotBeChangedOrDeletedEvenWithSql() {
        Viewer claire = TestSignIn.viewer(context, "claire");
        transactions.executeWithoutResult(tx -> journal.record(
                claire,
                1L,
                InformationKind.IDENTITY,
                new AccessDecision(AccessReason.ASSIGNED_REFERENT),
                AuditAction.READ));

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor_name = 'personne'")
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update()).hasMessageContaining("append-only");
    }

    @Test
    void aReadOutsideATransactionIsRefusedSoNoPathSkipsTheJournal() {
        Viewer claire = TestSignIn.viewer(context, "claire");
        assertThatThrownBy(() -> journal.record(
                        claire,
                        1L,
                        InformationKind.IDENTITY,
                        new AccessDecision(AccessReason.ASSIGNED_REFERENT),
                        AuditAction.READ))
                .hasMessageContaining("mandatory");
    }

    @Test
    void oneLinePerPersonAndDayInTheDepartementsZoneWithEachKindOnceAndTheRefusals() {
        Viewer lina = TestSignIn.viewer(context, "lina");
        Viewer claire = TestSignIn.viewer(context, "claire");
        Viewer karim = TestSignIn.viewer(context, "karim");
        long id = 900_001L;
        // 10 March in Paris (UTC+1): four reads by Claire, three kinds.
        entry(claire, id, "2026-03-10T09:00:00Z", InformationKind.IDENTITY, AccessReason.ASSIGNED_REFERENT);
        entry(claire, id, "2026-03-10T10:00:00Z", InformationKind.CARE_PLAN, AccessReason.ASSIGNED_REFERENT);
        entry(claire, id, "2026-03-10T11:00:00Z", InformationKind.IDENTITY, AccessReason.ASSIGNED_REFERENT);
        entry(claire, id, "2026-03-10T12:00:00Z", InformationKind.HEALTH, AccessReason.ASSIGNED_REFERENT);
        // 23:30 in UTC is already 11 March in Paris; 22:30 in July (UTC+2) is already 2 July.
        entry(claire, id, "2026-03-10T23:30:00Z", InformationKind.DOCUMENTS, AccessReason.ASSIGNED_REFERENT);
        entry(claire, id, "2026-07-01T22:30:00Z", InformationKind.MEASURES, AccessReason.ASSIGNED_REFERENT);
        // Karim tried twice the same thing, and once something else, and was refused.
        refusal(karim, id, "2026-03-10T15:00:00Z", InformationKind.CARE_PLAN, AccessReason.AUTHORITY_WITHDRAWN);
        refusal(karim, id, "2026-03-10T15:05:00Z", InformationKind.CARE_PLAN, AccessReason.AUTHORITY_WITHDRAWN);
        refusal(karim, id, "2026-03-10T15:10:00Z", InformationKind.HEALTH, AccessReason.AUTHORITY_WITHDRAWN);
        // Lina's own read is not shown.
        entry(lina, id, "2026-03-10T16:00:00Z", InformationKind.IDENTITY, AccessReason.SELF);

        List<AuditDay> days = journal.daysOf(id, PageRequest.of(0, 50));

        assertThat(journal.countDaysOf(id)).isEqualTo(4);
        assertThat(days)
                .extracting(AuditDay::day, AuditDay::actorName)
                .containsExactly(
                        tuple(LocalDate.of(2026, 7, 2), "Claire Martin"),
                        tuple(LocalDate.of(2026, 3, 11), "Claire Martin"),
                        tuple(LocalDate.of(2026, 3, 10), karim.displayName()),
                        tuple(LocalDate.of(2026, 3, 10), "Claire Martin"));
        AuditDay claireOnTenth = days.get(3);
        assertThat(claireOnTenth.read())
                .containsExactly(InformationKind.IDENTITY, InformationKind.CARE_PLAN, InformationKind.HEALTH);
        assertThat(claireOnTenth.reasons()).containsExactly(AccessReason.ASSIGNED_REFERENT);
        assertThat(claireOnTenth.first()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
        assertThat(claireOnTenth.last()).isEqualTo(Instant.parse("2026-03-10T12:00:00Z"));
        assertThat(claireOnTenth.refusals()).isEmpty();
        AuditDay karimOnTenth = days.get(2);
        assertThat(karimOnTenth.read()).isEmpty();
        assertThat(karimOnTenth.reasons()).isEmpty();
        assertThat(karimOnTenth.refusals())
                .containsExactly(
                        new AuditDay.Refusal(InformationKind.CARE_PLAN, AccessReason.AUTHORITY_WITHDRAWN),
                        new AuditDay.Refusal(InformationKind.HEALTH, AccessReason.AUTHORITY_WITHDRAWN));
        // Pages follow the same order.
        assertThat(journal.daysOf(id, PageRequest.of(1, 2))).isEqualTo(days.subList(2, 4));
    }

    @Test
    void aRefusedAttemptIsJournaledThoughItsTransactionRollsBackAndStaysOutOfTheReadsCount() {
        Viewer nadia = TestSignIn.viewer(context, "nadia");
        long linaId = TestSignIn.viewer(context, "lina").youngPersonId();

        assertThatThrownBy(() -> context.getBean(YoungPersonService.class).profile(nadia, linaId))
                .isInstanceOf(AccessRefusedException.class);

        AuditDay newest = journal.daysOf(linaId, PageRequest.of(0, 1)).getFirst();
        assertThat(newest.actorName()).isEqualTo(nadia.displayName());
        assertThat(newest.refusals())
                .contains(new AuditDay.Refusal(InformationKind.IDENTITY, AccessReason.AUTHORITY_WITHDRAWN));
        assertThat(journal.count(linaId, nadia.accountId(), InformationKind.IDENTITY))
                .isZero();
    }

    @Test
    void aPageIsOneSelectAndItsCountAnotherWhateverTheJournalsSize() {
        Viewer claire = TestSignIn.viewer(context, "claire");
        long small = 900_002L;
        long large = 900_003L;
        entry(claire, small, "2026-01-05T10:00:00Z", InformationKind.IDENTITY, AccessReason.ASSIGNED_REFERENT);
        Instant start = Instant.parse("2025-01-01T10:00:00Z");
        for (int i = 0; i < 600; i++) {
            entry(
                    claire,
                    large,
                    start.plus(Duration.ofHours(7L * i)).toString(),
                    InformationKind.values()[i % InformationKind.values().length],
                    AccessReason.ASSIGNED_REFERENT);
        }
        PageRequest page = PageRequest.of(0, 50);

        long smallPage = SqlStatements.selectsDuring(jdbc, () -> journal.daysOf(small, page));
        long largePage = SqlStatements.selectsDuring(jdbc, () -> journal.daysOf(large, page));
        long largeCount = SqlStatements.selectsDuring(jdbc, () -> journal.countDaysOf(large));

        assertThat(journal.daysOf(large, page)).hasSize(50);
        assertThat(smallPage).isEqualTo(largePage).isEqualTo(1);
        assertThat(largeCount).isEqualTo(1);
    }

    private void entry(Viewer viewer, long youngPersonId, String at, InformationKind kind, AccessReason reason) {
        insert(viewer, youngPersonId, at, kind, reason, AuditAction.READ);
    }

    private void refusal(Viewer viewer, long youngPersonId, String at, InformationKind kind, AccessReason reason) {
        insert(viewer, youngPersonId, at, kind, reason, AuditAction.REFUSED);
    }

    /** An entry at a chosen time, written as the journal writes it (a Timestamp through the driver). */
    private void insert(
            Viewer viewer,
            long youngPersonId,
            String at,
            InformationKind kind,
            AccessReason reason,
            AuditAction action) {
        jdbc.sql("""
                        INSERT INTO audit_entry (occurred_at, actor_account_id, actor_name, actor_role,
                                                 young_person_id, information_kind, access_reason, action)
                        VALUES (:at, :actor, :name, :role, :id, :kind, :reason, :action)""")
                .param("at", Timestamp.from(Instant.parse(at)))
                .param("actor", viewer.accountId())
                .param("name", viewer.displayName())
                .param("role", String.valueOf(viewer.role()))
                .param("id", youngPersonId)
                .param("kind", kind.name())
                .param("reason", reason.name())
                .param("action", action.name())
                .update();
    }
}
