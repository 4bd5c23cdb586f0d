package fr.reperes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.DemoPeople;
import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.dossier.caseload.InvitationDesk;
import fr.reperes.identity.invitations.InvitationCode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Invitation codes from issue to redemption, on the real database. */
@IntegrationTest
class InvitationServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    InvitationDesk desk;

    @Autowired
    InvitationService invitations;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    private Viewer claire() {
        return TestSignIn.viewer(context, "claire");
    }

    private long uninvitedYoungPersonOfClaire() {
        return DemoPeople.uninvitedYoungPersonFollowedBy(context, "claire");
    }

    private static String newSubject() {
        return "new-" + UUID.randomUUID();
    }

    /** Each attempt from an address of its own, so that only the identity's count applies. */
    private Redemption redeem(String subject, String code) {
        return invitations.redeem(subject, InvitedFamily.freshAddress(), code);
    }

    @Test
    void aCodeLinksANewIdentityToTheYoungPersonsAccountOnce() {
        long youngPersonId = uninvitedYoungPersonOfClaire();
        IssuedInvitation issued = desk.inviteYoungPerson(claire(), youngPersonId);
        assertThat(issued.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        String subject = newSubject();

        // Typed in lower case with spaces instead of dashes: still the same code.
        Redemption result = redeem(subject, issued.code().toLowerCase().replace('-', ' '));

        assertThat(result).isInstanceOf(Redemption.Linked.class);
        Viewer linked = ((Redemption.Linked) result).viewer();
        assertThat(linked.role()).isEqualTo(Role.JEUNE);
        assertThat(linked.youngPersonId()).isEqualTo(youngPersonId);
        assertThat(accounts.viewerFor(subject, "x").role()).isEqualTo(Role.JEUNE);

        Redemption again = redeem(newSubject(), issued.code());
        assertThat(again).isEqualTo(new Redemption.Refused(Redemption.Reason.USED, 4));
    }

    @Test
    void onlyTheCodeHashIsStored() {
        IssuedInvitation issued = desk.inviteYoungPerson(claire(), uninvitedYoungPersonOfClaire());
        long plain = jdbc.sql("SELECT COUNT(*) FROM invitation WHERE code_hash = :c OR code_hash = :n")
                .param("c", issued.code())
                .param("n", issued.code().replace("-", ""))
                .query(Long.class)
                .single();
        assertThat(plain).isZero();
    }

    @Test
    void anExpiredCodeIsRefusedWithItsReason() {
        IssuedInvitation issued = desk.inviteYoungPerson(claire(), uninvitedYoungPersonOfClaire());
        jdbc.sql("UPDATE invitation SET expires_at = :past WHERE code_hash = :h")
                .param("past", Timestamp.from(Instant.now().minusSeconds(60)))
                .param("h", InvitationCode.hash(issued.code()))
                .update();
        assertThat(redeem(newSubject(), issued.code())).isEqualTo(new Redemption.Refused(Redemption.Reason.EXPIRED, 4));
    }

    @Test
    void fiveWrongCodesInARowLockTheIdentityForFifteenMinutesEvenAgainstARightCode() {
        String subject = newSubject();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(redeem(subject, "AAAA-BBBB-CCC" + attempt))
                    .isEqualTo(new Redemption.Refused(Redemption.Reason.UNKNOWN, 5 - attempt));
        }
        Redemption fifth = redeem(subject, "AAAA-BBBB-CCC5");
        assertThat(fifth).isInstanceOf(Redemption.Locked.class);
        Instant until = ((Redemption.Locked) fifth).until();
        assertThat(until)
                .isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(16 * 60));

        IssuedInvitation right = desk.inviteYoungPerson(claire(), uninvitedYoungPersonOfClaire());
        assertThat(redeem(subject, right.code())).isInstanceOf(Redemption.Locked.class);
        // Another identity is not locked by this one's mistakes.
        assertThat(redeem(newSubject(), right.code())).isInstanceOf(Redemption.Linked.class);
    }

    @Test
    void aSuccessResetsTheCountOfWrongCodes() {
        String subject = newSubject();
        redeem(subject, "WRONG-CODE-1");
        redeem(subject, "WRONG-CODE-2");
        IssuedInvitation right = desk.inviteYoungPerson(claire(), uninvitedYoungPersonOfClaire());
        assertThat(redeem(subject, right.code())).isInstanceOf(Redemption.Linked.class);
        assertThat(jdbc.sql("SELECT consecutive_failures FROM redemption_lock WHERE kind = 'SUBJECT' AND lock_key = :s")
                        .param("s", subject)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anEmptyCodeIsNotCountedAsAMistake() {
        assertThat(redeem(newSubject(), "  - ")).isEqualTo(new Redemption.Refused(Redemption.Reason.EMPTY, 5));
    }

    @Test
    void aReferentInvitesOnlyTheFamiliesTheyFollow() {
        long linaId = TestSignIn.viewer(context, "lina").youngPersonId();
        Viewer thomas = TestSignIn.viewer(context, "thomas");
        assertThatThrownBy(() -> desk.inviteYoungPerson(thomas, linaId)).isInstanceOf(AccessRefusedException.class);
        Viewer karim = TestSignIn.viewer(context, "karim");
        assertThatThrownBy(() -> desk.inviteYoungPerson(karim, linaId)).isInstanceOf(AccessRefusedException.class);
        long nadiaId = jdbc.sql("SELECT id FROM parent WHERE first_name = 'Nadia' AND last_name = 'Morel'")
                .query(Long.class)
                .single();
        // Nadia already signs in: the policy lets Claire act for her, but only by replacing her access.
        assertThatThrownBy(() -> desk.inviteParent(claire(), linaId, nadiaId))
                .isInstanceOf(IllegalStateException.class);
        record Link(long youngPersonId, long parentId) {}
        Link uninvited = jdbc.sql("""
                        SELECT pl.young_person_id, pl.parent_id FROM parent_link pl
                        JOIN young_person yp ON yp.id = pl.young_person_id
                        WHERE yp.referent_id = :referent
                          AND NOT EXISTS (SELECT 1 FROM account a WHERE a.parent_id = pl.parent_id)
                        ORDER BY pl.parent_id DESC LIMIT 1""")
                .param("referent", claire().professionalId())
                .query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2)))
                .single();
        assertThat(desk.inviteParent(claire(), uninvited.youngPersonId(), uninvited.parentId())
                        .code())
                .isNotBlank();
        long someoneElsesParent = jdbc.sql("SELECT MAX(parent_id) FROM parent_link")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> desk.inviteParent(claire(), linaId, someoneElsesParent))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void issuingANewCodeRevokesEveryEarlierUnusedCodeAndRevokedCodesCountAsMistakes() {
        long youngPersonId = uninvitedYoungPersonOfClaire();
        IssuedInvitation first = desk.inviteYoungPerson(claire(), youngPersonId);
        IssuedInvitation second = desk.inviteYoungPerson(claire(), youngPersonId);
        IssuedInvitation latest = desk.inviteYoungPerson(claire(), youngPersonId);
        String subject = newSubject();

        assertThat(redeem(subject, first.code())).isEqualTo(new Redemption.Refused(Redemption.Reason.REVOKED, 4));
        assertThat(redeem(subject, second.code())).isEqualTo(new Redemption.Refused(Redemption.Reason.REVOKED, 3));
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM invitation i JOIN account a ON a.id = i.account_id
                        WHERE a.young_person_id = :yp AND i.used_at IS NULL AND i.revoked_at IS NULL""").param("yp", youngPersonId).query(Long.class).single())
                .isEqualTo(1);
        assertThat(redeem(subject, latest.code())).isInstanceOf(Redemption.Linked.class);
    }

    @Test
    void aCodeNeverReplacesTheIdentityAnAccountAlreadyHas() {
        long youngPersonId = uninvitedYoungPersonOfClaire();
        IssuedInvitation pending = desk.inviteYoungPerson(claire(), youngPersonId);
        long accountId = accounts.forYoungPerson(youngPersonId).orElseThrow().id();
        String first = newSubject();
        // Linked some other way (demo data, an import) while the code was still out.
        accounts.linkIdentity(accountId, first);

        assertThat(redeem(newSubject(), pending.code()))
                .isEqualTo(new Redemption.Refused(Redemption.Reason.REVOKED, 4));
        assertThat(accounts.viewerFor(first, "x").accountId()).isEqualTo(accountId);
        // Nor can the référent issue an ordinary code for it: that is "remplacer l'accès".
        assertThatThrownBy(() -> desk.inviteYoungPerson(claire(), youngPersonId))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> invitations.issue(claire(), accountId)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void linkingAnIdentityNeverSilentlyReplacesAnother() {
        long youngPersonId = uninvitedYoungPersonOfClaire();
        desk.inviteYoungPerson(claire(), youngPersonId);
        long accountId = accounts.forYoungPerson(youngPersonId).orElseThrow().id();
        String first = newSubject();
        accounts.linkIdentity(accountId, first);

        String intruder = newSubject();
        assertThatThrownBy(() -> accounts.linkIdentity(accountId, intruder)).isInstanceOf(IllegalStateException.class);
        assertThat(accounts.viewerFor(first, "x").accountId()).isEqualTo(accountId);
        assertThat(accounts.viewerFor(intruder, "x").hasAccount()).isFalse();
        // Nor does one identity take a second account.
        long other = accounts.create(NewAccount.youngPerson(
                        claire().departementId(),
                        "Autre",
                        DemoPeople.uninvitedYoungPersonFollowedBy(context, "claire")))
                .id();
        assertThatThrownBy(() -> accounts.linkIdentity(other, first)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anIdentityWithoutAccountSignsInAsNoRole() {
        Viewer unknown = accounts.viewerFor("nobody-" + UUID.randomUUID(), "Inconnu");
        assertThat(unknown.hasAccount()).isFalse();
        assertThat(unknown.role()).isNull();
    }
}
