package fr.reperes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.dossier.caseload.InvitationDesk;
import fr.reperes.identity.invitations.InvitationCode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Remplacer l'accès": the one way an account changes identity, and only by the référent who follows the file. */
@IntegrationTest
class AccessReplacementTest {

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

    private Viewer viewer(String subject) {
        return TestSignIn.viewer(context, subject);
    }

    private long journaledReplacements(long youngPersonId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE young_person_id = :yp AND action = 'ACCESS_REPLACED'")
                .param("yp", youngPersonId)
                .query(Long.class)
                .single();
    }

    private Redemption redeem(String subject, String code) {
        return invitations.redeem(subject, InvitedFamily.freshAddress(), code);
    }

    @Test
    void theReplacementCodeUnlinksTheOldIdentityOnlyWhenItIsRedeemedAndIsJournaledOnce() {
        InvitedFamily family = InvitedFamily.followedBy(context, "claire");
        Viewer claire = viewer("claire");
        long accountId = viewer(family.youngSubject()).accountId();
        long before = journaledReplacements(family.youngPersonId());

        String code =
                desk.replaceYoungPersonAccess(claire, family.youngPersonId()).code();
        assertThat(journaledReplacements(family.youngPersonId())).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT actor_account_id FROM audit_entry WHERE young_person_id = :yp "
                                + "AND action = 'ACCESS_REPLACED' ORDER BY id DESC LIMIT 1")
                        .param("yp", family.youngPersonId())
                        .query(Long.class)
                        .single())
                .isEqualTo(claire.accountId());
        // Until the code is used, the person keeps signing in as before (a lost code changes nothing).
        assertThat(accounts.viewerFor(family.youngSubject(), "x").accountId()).isEqualTo(accountId);

        String newSubject = "remplace-" + UUID.randomUUID();
        Redemption result = redeem(newSubject, code);

        assertThat(result).isInstanceOf(Redemption.Linked.class);
        assertThat(((Redemption.Linked) result).viewer().accountId()).isEqualTo(accountId);
        assertThat(accounts.viewerFor(newSubject, "x").accountId()).isEqualTo(accountId);
        assertThat(accounts.viewerFor(family.youngSubject(), "x").hasAccount()).isFalse();
        assertThat(jdbc.sql("SELECT replaced_subject FROM invitation WHERE code_hash = :h")
                        .param("h", InvitationCode.hash(code))
                        .query(String.class)
                        .single())
                .isEqualTo(family.youngSubject());
        assertThat(journaledReplacements(family.youngPersonId())).isEqualTo(before + 1);
        // The old identity cannot take its account back with the same code.
        assertThat(redeem(family.youngSubject(), code)).isInstanceOf(Redemption.Refused.class);
        assertThat(accounts.viewerFor(newSubject, "x").accountId()).isEqualTo(accountId);
    }

    @Test
    void aParentsAccessIsReplacedTheSameWay() {
        InvitedFamily family = InvitedFamily.followedBy(context, "claire");
        long accountId = viewer(family.parentSubject()).accountId();
        long before = journaledReplacements(family.youngPersonId());

        String code = desk.replaceParentAccess(viewer("claire"), family.youngPersonId(), family.parentId())
                .code();
        String newSubject = "remplace-parent-" + UUID.randomUUID();

        assertThat(redeem(newSubject, code)).isInstanceOf(Redemption.Linked.class);
        assertThat(accounts.viewerFor(newSubject, "x").accountId()).isEqualTo(accountId);
        assertThat(accounts.viewerFor(newSubject, "x").role()).isEqualTo(Role.PARENT);
        assertThat(accounts.viewerFor(family.parentSubject(), "x").hasAccount()).isFalse();
        assertThat(journaledReplacements(family.youngPersonId())).isEqualTo(before + 1);
    }

    @Test
    void aNewReplacementCodeRevokesTheEarlierOneAndAnInvitationCodeRevokesNothingItShouldNot() {
        InvitedFamily family = InvitedFamily.followedBy(context, "claire");
        String first = desk.replaceYoungPersonAccess(viewer("claire"), family.youngPersonId())
                .code();
        String second = desk.replaceYoungPersonAccess(viewer("claire"), family.youngPersonId())
                .code();

        assertThat(redeem("remplace-" + UUID.randomUUID(), first))
                .isEqualTo(new Redemption.Refused(Redemption.Reason.REVOKED, 4));
        assertThat(accounts.viewerFor(family.youngSubject(), "x").hasAccount()).isTrue();
        assertThat(redeem("remplace-" + UUID.randomUUID(), second)).isInstanceOf(Redemption.Linked.class);
    }

    @Test
    void onlyAProfessionalFollowingTheFileReplacesAnAccessAndNothingIsJournaledOrIssuedOtherwise() {
        InvitedFamily family = InvitedFamily.followedBy(context, "claire");
        long issuedBefore =
                jdbc.sql("SELECT COUNT(*) FROM invitation").query(Long.class).single();
        long journaledBefore = journaledReplacements(family.youngPersonId());
        for (String subject :
                new String[] {"thomas", "karim", "lina", family.youngSubject(), family.parentSubject(), "odpe", "admin"
                }) {
            Viewer someone = viewer(subject);
            assertThatThrownBy(() -> desk.replaceYoungPersonAccess(someone, family.youngPersonId()))
                    .as(subject)
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> desk.replaceParentAccess(someone, family.youngPersonId(), family.parentId()))
                    .as(subject)
                    .isInstanceOf(AccessRefusedException.class);
        }
        // Claire follows this young person, but not every parent of the département.
        long someoneElsesParent = jdbc.sql("SELECT parent_id FROM parent_link WHERE young_person_id <> :yp LIMIT 1")
                .param("yp", family.youngPersonId())
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> desk.replaceParentAccess(viewer("claire"), family.youngPersonId(), someoneElsesParent))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM invitation").query(Long.class).single())
                .isEqualTo(issuedBefore);
        assertThat(journaledReplacements(family.youngPersonId())).isEqualTo(journaledBefore);
        // The identity service itself issues codes to professionals only.
        assertThatThrownBy(() -> invitations.issueReplacement(
                        viewer(family.parentSubject()),
                        viewer(family.youngSubject()).accountId()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDisabledAccountSignsInAsNoOneAndOnlyAnAdministratorDisablesIt() {
        InvitedFamily family = InvitedFamily.followedBy(context, "claire");
        long accountId = viewer(family.parentSubject()).accountId();
        for (String subject : new String[] {"claire", "karim", family.youngSubject()}) {
            assertThatThrownBy(() -> accounts.disable(viewer(subject), accountId))
                    .as(subject)
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(accounts.viewerFor(family.parentSubject(), "x").hasAccount()).isTrue();

        accounts.disable(viewer("admin"), accountId);

        Viewer after = accounts.viewerFor(family.parentSubject(), "x");
        assertThat(after.hasAccount()).isFalse();
        assertThat(after.role()).isNull();
        // Still linked, so no invitation code gives that identity another account meanwhile.
        assertThat(redeem(family.parentSubject(), "AAAA-AAAA-AAAA"))
                .isEqualTo(new Redemption.Refused(Redemption.Reason.ALREADY_HAS_ACCOUNT, 5));
    }
}
