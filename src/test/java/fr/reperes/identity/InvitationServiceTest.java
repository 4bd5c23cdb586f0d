package fr.reperes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.DemoPeople;
import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.dossier.InvitationDesk;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Invitation codes from issue to redemption, on the real database. */
@IntegrationTest
class InvitationServiceTest {

    @Autowired ApplicationContext context;
    @Autowired InvitationDesk desk;
    @Autowired InvitationService invitations;
    @Autowired AccountDirectory accounts;
    @Autowired JdbcClient jdbc;

    private Viewer claire() {
        return TestSignIn.viewer(context, "claire");
    }

    private long uninvitedYoungPersonOfClaire() {
        return DemoPeople.uninvitedYoungPersonFollowedBy(context, "claire");
    }

    private static String newSubject() {
        return "new-" + UUID.randomUUID();
    }

    @Test
    void aCodeLinksANewIdentityToTheYoungPersonsAccountOnce() {
        long youngPersonId = uninvitedYoungPersonOfClaire();
        IssuedInvitation issued = desk.inviteYoungPerson(claire(), youngPersonId);
        assertThat(issued.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        String subject = newSubject();

        // Typed in lower case with spaces instead of dashes: still the same code.
        Redemption result = invitations.redeem(subject, issued.code().toLowerCase().replace('-', ' '));

        assertThat(result).isInstanceOf(Redemption.Linked.class);
        Viewer linked = ((Redemption.Linked) result).viewer();
        assertThat(linked.role()).isEqualTo(Role.JEUNE);
        assertThat(linked.youngPersonId()).isEqualTo(youngPersonId);
        assertThat(accounts.viewerFor(subject, "x").role()).isEqualTo(Role.JEUNE);

        Redemption again = invitations.redeem(newSubject(), issued.code());
        assertThat(again).isEqualTo(new Redemption.Refused(Redemption.Reason.USED, 4));
    }

    @Test
    void onlyTheCodeHashIsStored() {
        IssuedInvitation issued = desk.inviteYoungPerson(claire(), uninvitedYoungPersonOfClaire());
        long plain = jdbc.sql("SELECT COUNT(*) FROM invitation WHERE code_hash = :c OR code_hash = :n")
                .param("c", issued.code()).param("n", issued.code().replace("-", ""))
                .query(Long.class).single();
        assertThat(plain).isZero();
    }

    @Test
    void anExpiredCodeIsRefusedWithItsReason() {
        IssuedInvitation issued = desk.inviteYoungPerson(claire(), uninvitedYoungPersonOfClaire());
        jdbc.sql("UPDATE invitation SET expires_at = :past WHERE code_hash = :h")
                .param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(60)))
                .param("h", InvitationCode.hash(issued.code())).update();
        assertThat(invitations.redeem(newSubject(), issued.code()))
                .isEqualTo(new Redemption.Refused(Redemption.Reason.EXPIRED, 4));
    }

    @Test
    void fiveWrongCodesInARowLockTheIdentityForFifteenMinutesEvenAgainstARightCode() {
        String subject = newSubject();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(invitations.redeem(subject, "AAAA-BBBB-CCC" + attempt))
                    .isEqualTo(new Redemption.Refused(Redemption.Reason.UNKNOWN, 5 - attempt));
        }
        Redemption fifth = invitations.redeem(subject, "AAAA-BBBB-CCC5");
        assertThat(fifth).isInstanceOf(Redemption.Locked.class);
        Instant until = ((Redemption.Locked) fifth).until();
        assertThat(until).isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(16 * 60));

        IssuedInvitation right = desk.inviteYoungPerson(claire(), uninvitedYoungPersonOfClaire());
        assertThat(invitations.redeem(subject, right.code())).isInstanceOf(Redemption.Locked.class);
        // Another identity is not locked by this one's mistakes.
        assertThat(invitations.redeem(newSubject(), right.code())).isInstanceOf(Redemption.Linked.class);
    }

    @Test
    void aSuccessResetsTheCountOfWrongCodes() {
        String subject = newSubject();
        invitations.redeem(subject, "WRONG-CODE-1");
        invitations.redeem(subject, "WRONG-CODE-2");
        IssuedInvitation right = desk.inviteYoungPerson(claire(), uninvitedYoungPersonOfClaire());
        assertThat(invitations.redeem(subject, right.code())).isInstanceOf(Redemption.Linked.class);
        assertThat(jdbc.sql("SELECT consecutive_failures FROM redemption_lock WHERE subject = :s")
                .param("s", subject).query(Integer.class).single()).isZero();
    }

    @Test
    void anEmptyCodeIsNotCountedAsAMistake() {
        assertThat(invitations.redeem(newSubject(), "  - ")).isEqualTo(new Redemption.Refused(Redemption.Reason.EMPTY, 5));
    }

    @Test
    void aReferentInvitesOnlyTheFamiliesTheyFollow() {
        long linaId = TestSignIn.viewer(context, "lina").youngPersonId();
        Viewer thomas = TestSignIn.viewer(context, "thomas");
        assertThatThrownBy(() -> desk.inviteYoungPerson(thomas, linaId)).isInstanceOf(AccessRefusedException.class);
        Viewer karim = TestSignIn.viewer(context, "karim");
        assertThatThrownBy(() -> desk.inviteYoungPerson(karim, linaId)).isInstanceOf(AccessRefusedException.class);
        long nadiaId = jdbc.sql("SELECT id FROM parent WHERE first_name = 'Nadia' AND last_name = 'Morel'")
                .query(Long.class).single();
        IssuedInvitation forNadia = desk.inviteParent(claire(), linaId, nadiaId);
        assertThat(forNadia.code()).isNotBlank();
        long someoneElsesParent = jdbc.sql("SELECT MAX(parent_id) FROM parent_link").query(Long.class).single();
        assertThatThrownBy(() -> desk.inviteParent(claire(), linaId, someoneElsesParent))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void anIdentityWithoutAccountSignsInAsNoRole() {
        Viewer unknown = accounts.viewerFor("nobody-" + UUID.randomUUID(), "Inconnu");
        assertThat(unknown.hasAccount()).isFalse();
        assertThat(unknown.role()).isNull();
    }
}
