package fr.reperes.dossier;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountSummary;
import fr.reperes.identity.InvitationService;
import fr.reperes.identity.IssuedInvitation;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A référent invites a young person they follow, or one of that young person's parents: the account is prepared
 * on the spot if needed, and a single-use code is issued for it.
 */
@Service
public class InvitationDesk {

    private final DossierAccess access;
    private final AccountDirectory accounts;
    private final InvitationService invitations;
    private final JdbcClient jdbc;
    private final AuditJournal journal;

    InvitationDesk(DossierAccess access, AccountDirectory accounts, InvitationService invitations, JdbcClient jdbc,
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
        AccountSummary account = accounts.forYoungPerson(youngPersonId).orElseGet(() -> accounts.create(
                NewAccount.youngPerson(referent.departementId(), fullName("young_person", youngPersonId),
                        youngPersonId)));
        return invitations.issue(referent, account.id());
    }

    @Transactional
    public IssuedInvitation inviteParent(Viewer referent, long youngPersonId, long parentId) {
        requireFollowing(referent, youngPersonId);
        boolean linked = jdbc.sql("SELECT COUNT(*) FROM parent_link WHERE young_person_id = :yp AND parent_id = :p")
                .param("yp", youngPersonId).param("p", parentId).query(Long.class).single() > 0;
        if (!linked) {
            throw new AccessRefusedException(AccessReason.NOT_THEIR_FILE);
        }
        AccountSummary account = accounts.forParent(parentId).orElseGet(() -> accounts.create(
                NewAccount.parent(referent.departementId(), fullName("parent", parentId), parentId)));
        return invitations.issue(referent, account.id());
    }

    /** The invitation is labelled with the person's name, read from the young person's file: journaled as such. */
    private void requireFollowing(Viewer referent, long youngPersonId) {
        AccessDecision decision = access.requireProfessional(referent, youngPersonId, InformationKind.IDENTITY);
        journal.record(referent, youngPersonId, InformationKind.IDENTITY, decision, AuditAction.READ);
    }

    private String fullName(String table, long id) {
        // table is one of two constants above, never user input.
        return jdbc.sql("SELECT CONCAT(first_name, ' ', last_name) FROM " + table + " WHERE id = :id")
                .param("id", id).query(String.class).single();
    }
}
