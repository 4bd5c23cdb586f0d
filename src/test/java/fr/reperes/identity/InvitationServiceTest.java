package fr.reperes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.DemoPeople;
import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.dossier.caseload.InvitationDesk;
import fr.reperes.identity.invitations.InvitationCode;
import fr.reperes.identity.invitations.RedemptionLockKey;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
            assertThat(redeem(subject, "AAAA-BBBB-CCC" + (attempt + 1)))
                    .isEqualTo(new Redemption.Refused(Redemption.Reason.UNKNOWN, 5 - attempt));
        }
        Redemption fifth = redeem(subject, "AAAA-BBBB-CCC6");
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
        redeem(subject, "WRNG-CDEW-RNG2");
        redeem(subject, "WRNG-CDEW-RNG3");
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

    /** Texts that cannot be a code, by the way they fail, with the refusal each one gets. */
    static Stream<Arguments> notACode() {
        return Stream.of(
                malformed("too short", "ABCD-EFGH-JKM"),
                malformed("too long", "ABCD-EFGH-JKMN-P"),
                malformed("a character no code has (0, 1, I, L, O)", "ABCD-EFGH-JK0N"),
                malformed("punctuation", "ABCD.EFGH.JKMN"),
                malformed("an accented letter", "ABCD-EFGH-JKMÉ"),
                malformed("Cyrillic look-alikes", "АВСD-EFGH-JKMN"),
                malformed("full-width letters", "ＡＢＣＤ-ＥＦＧＨ-ＪＫＭＮ"),
                malformed("the Kelvin sign for K", "ABCD-EFGH-J\u212AMN"),
                malformed("a no-break space, which is not a space to strip", "ABCD\u00A0EFGH\u00A0JKMN"),
                malformed("ß, which upper case makes two letters", "ABCD-EFGH-JKMß"),
                malformed("huge", "ABCD".repeat(250_000)),
                Arguments.of(Named.of("empty", ""), Redemption.Reason.EMPTY),
                Arguments.of(Named.of("blank", " \t- -\n"), Redemption.Reason.EMPTY));
    }

    private static Arguments malformed(String why, String typed) {
        return Arguments.of(Named.of(why, typed), Redemption.Reason.MALFORMED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notACode")
    void aTextThatCannotBeACodeIsRefusedWithoutUsingATry(String typed, Redemption.Reason reason) {
        String subject = newSubject();
        String address = InvitedFamily.freshAddress();
        assertThat(invitations.redeem(subject, address, "AAAA-BBBB-CCCC"))
                .isEqualTo(new Redemption.Refused(Redemption.Reason.UNKNOWN, 4));
        List<String> locksBefore = lockRows(subject, address);
        assertThat(locksBefore).containsExactly("ADDRESS 1 -", "SUBJECT 1 -");
        String invitationsBefore = invitationRows();

        // More times than the tries there are: none of them is counted.
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(invitations.redeem(subject, address, typed)).isEqualTo(new Redemption.Refused(reason, 4));
        }

        assertThat(lockRows(subject, address)).isEqualTo(locksBefore);
        assertThat(invitationRows()).isEqualTo(invitationsBefore);
        assertThat(invitations.redeem(subject, address, "AAAA-BBBB-CCCD"))
                .isEqualTo(new Redemption.Refused(Redemption.Reason.UNKNOWN, 3));
    }

    /** The subject's and the address's counts and lock ends, as stored. */
    private List<String> lockRows(String subject, String address) {
        return jdbc.sql("""
                        SELECT CONCAT_WS(' ', kind, consecutive_failures, COALESCE(CAST(locked_until AS CHAR), '-'))
                        FROM redemption_lock
                        WHERE (kind = 'SUBJECT' AND lock_key = :subject) OR (kind = 'ADDRESS' AND lock_key = :address)
                        ORDER BY kind""")
                .param("subject", RedemptionLockKey.subject(subject).value())
                .param("address", RedemptionLockKey.address(address).value())
                .query(String.class)
                .list();
    }

    private String invitationRows() {
        return jdbc.sql("""
                        SELECT CONCAT_WS(' ', COUNT(*), COALESCE(MAX(id), 0), COUNT(used_at), COALESCE(MAX(used_at), '-'))
                        FROM invitation""").query(String.class).single();
    }

    @Test
    void aTextThatCannotBeACodeIsNotLookedUp() {
        IssuedInvitation issued = desk.inviteYoungPerson(claire(), uninvitedYoungPersonOfClaire());
        // Were the text looked up, it would find this invitation and link.
        String malformed = "ABCD-EFGH-JK0N";
        jdbc.sql("UPDATE invitation SET code_hash = :malformed WHERE code_hash = :issued")
                .param("malformed", InvitationCode.hash(malformed))
                .param("issued", InvitationCode.hash(issued.code()))
                .update();
        assertThat(redeem(newSubject(), malformed)).isEqualTo(new Redemption.Refused(Redemption.Reason.MALFORMED, 5));
    }

    @Test
    void everyTextShapedLikeACodeCountsAsATryHoweverItWasTyped() {
        String subject = newSubject();
        String address = InvitedFamily.freshAddress();
        // Case, spaces, dashes and the letters upper case maps into the alphabet (ſ is S, ß is SS) give a code's shape.
        List<String> wellFormed = List.of("aaaa bbbb cccc", "\tZZZZZZZZ-ZZZZ\n", "ABCD-EFGH-JKMſ", "ABCD-EFGH-JKß");
        for (int attempt = 0; attempt < wellFormed.size(); attempt++) {
            assertThat(invitations.redeem(subject, address, wellFormed.get(attempt)))
                    .isEqualTo(new Redemption.Refused(Redemption.Reason.UNKNOWN, 4 - attempt));
        }
        assertThat(invitations.redeem(subject, address, "ABCD-ABCD-ABCD")).isInstanceOf(Redemption.Locked.class);
    }

    @Test
    void everyIssuedCodeHasTheShapeOfACode() {
        // What makes refusing the other shapes for free safe: no issued code could ever match them.
        for (int i = 0; i < 10_000; i++) {
            String code = InvitationCode.generate();
            assertThat(InvitationCode.isWellFormed(InvitationCode.normalize(code)))
                    .as(code)
                    .isTrue();
        }
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
