package fr.reperes.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
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
    void theYoungPersonSeesWhoReadTheirFileButNotTheirOwnReads() {
        Viewer lina = TestSignIn.viewer(context, "lina");
        Viewer claire = TestSignIn.viewer(context, "claire");
        long linaId = lina.youngPersonId();
        long shownBefore = journal.readsOf(linaId, PageRequest.of(0, 1)).getTotalElements();
        transactions.executeWithoutResult(tx -> {
            journal.record(
                    lina, linaId, InformationKind.IDENTITY, new AccessDecision(AccessReason.SELF), AuditAction.READ);
            journal.record(
                    claire,
                    linaId,
                    InformationKind.CARE_PLAN,
                    new AccessDecision(AccessReason.ASSIGNED_REFERENT),
                    AuditAction.READ);
        });
        var lines = journal.readsOf(linaId, PageRequest.of(0, 50));
        // Claire's read is shown, Lina's own is not.
        assertThat(lines.getTotalElements()).isEqualTo(shownBefore + 1);
        assertThat(lines.getContent())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.reason()).isNotEqualTo(AccessReason.SELF));
        assertThat(lines.getContent().getFirst().actorName()).isEqualTo("Claire Martin");
        assertThat(lines.getContent().getFirst().kind()).isEqualTo(InformationKind.CARE_PLAN);
    }
}
