package fr.reperes.dossier.caseload;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountSummary;
import fr.reperes.identity.InvitationService;
import fr.reperes.identity.IssuedInvitation;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Viewer;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A référent invites a young person they follow, or one of that young person's parents: the account is prepared
 * on the spot if needed, and a single-use code is issued for it (earlier unused codes stop working). An account that
 * someone already signs in with gets a new identity only through "remplacer l'accès".
 */
@Service
public class InvitationDesk {

    private final DossierAccess access;
    private final AccountDirectory accounts;
    private final InvitationService invitations;
    private final JdbcClient jdbc;
    private final AuditJournal journal;

    InvitationDesk(
            DossierAccess access,
            AccountDirectory accounts,
            InvitationService invitations,
            JdbcClient jdbc,
            AuditJournal journal) {
        this.access = access;
        this.journal = journal;
        this.accounts = accounts;
        this.invitations = invitations;
        this.jdbc = jdbc;
    }

    @Transactional
    public IssuedInvitation inviteYoungPerson(Viewer referent, long youngPersonId) {
        requireFollowing(referent, youngPersonId);
        AccountSummary account = accounts.forYoungPerson(youngPersonId)
                .orElseGet(() -> accounts.create(NewAccount.youngPerson(
                        departementOf(referent), fullName("young_person", youngPersonId), youngPersonId)));
        return invitations.issue(referent, account.id());
    }

    @Transactional
    public IssuedInvitation inviteParent(Viewer referent, long youngPersonId, long parentId) {
        requireFollowing(referent, youngPersonId);
        requireParentOf(referent, youngPersonId, parentId);
        AccountSummary account = accounts.forParent(parentId)
                .orElseGet(() -> accounts.create(
                        NewAccount.parent(departementOf(referent), fullName("parent", parentId), parentId)));
        return invitations.issue(referent, account.id());
    }

    /**
     * "Remplacer l'accès" for the young person's account (a lost phone, someone else signing in): a code that, once
     * used, unlinks the identity the account has and ends its sessions. Journaled in the young person's file.
     */
    @Transactional
    public IssuedInvitation replaceYoungPersonAccess(Viewer referent, long youngPersonId) {
        AccessDecision decision = requireFollowing(referent, youngPersonId);
        AccountSummary account = accounts.forYoungPerson(youngPersonId)
                .orElseThrow(() -> new IllegalStateException("No account to replace the access of"));
        journal.record(referent, youngPersonId, InformationKind.IDENTITY, decision, AuditAction.ACCESS_REPLACED);
        return invitations.issueReplacement(referent, account.id());
    }

    /** "Remplacer l'accès" for the account of a parent of a young person the référent follows; journaled the same. */
    @Transactional
    public IssuedInvitation replaceParentAccess(Viewer referent, long youngPersonId, long parentId) {
        AccessDecision decision = requireFollowing(referent, youngPersonId);
        requireParentOf(referent, youngPersonId, parentId);
        AccountSummary account = accounts.forParent(parentId)
                .orElseThrow(() -> new IllegalStateException("No account to replace the access of"));
        journal.record(referent, youngPersonId, InformationKind.IDENTITY, decision, AuditAction.ACCESS_REPLACED);
        return invitations.issueReplacement(referent, account.id());
    }

    /** The invitation is labelled with the person's name, read from the young person's file: journaled as such. */
    private AccessDecision requireFollowing(Viewer referent, long youngPersonId) {
        AccessDecision decision = access.requireProfessional(referent, youngPersonId, InformationKind.IDENTITY);
        journal.record(referent, youngPersonId, InformationKind.IDENTITY, decision, AuditAction.READ);
        return decision;
    }

    /** Asked after {@link #requireFollowing}: the référent let through has an account, in a département. */
    private static long departementOf(Viewer referent) {
        return Objects.requireNonNull(referent.departementId(), "a référent's account belongs to a département");
    }

    private void requireParentOf(Viewer referent, long youngPersonId, long parentId) {
        boolean linked = jdbc.sql("SELECT COUNT(*) FROM parent_link WHERE young_person_id = :yp AND parent_id = :p")
                        .param("yp", youngPersonId)
                        .param("p", parentId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!linked) {
            throw access.refused(referent, youngPersonId, InformationKind.IDENTITY, AccessReason.NOT_THEIR_FILE);
        }
    }

    private String fullName(String table, long id) {
        // table is one of two constants above, never user input.
        return jdbc.sql("SELECT CONCAT(first_name, ' ', last_name) FROM " + table + " WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
