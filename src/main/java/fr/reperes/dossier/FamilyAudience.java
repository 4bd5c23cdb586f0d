package fr.reperes.dossier;

import fr.reperes.access.InformationKind;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountRecipient;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who in a young person's family may be told about a kind of information: asked of the policy, account by account. */
@Service
public class FamilyAudience {

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;
    private final DossierAccess access;

    FamilyAudience(JdbcClient jdbc, AccountDirectory accounts, DossierAccess access) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<AccountRecipient> allowedToSee(long youngPersonId, InformationKind kind) {
        return allowed(
                jdbc.sql("""
                        SELECT a.id FROM identity_account_view a WHERE a.young_person_id = :id
                        UNION
                        SELECT a.id FROM identity_account_view a JOIN parent_link pl ON pl.parent_id = a.parent_id
                        WHERE pl.young_person_id = :id""").param("id", youngPersonId).query(Long.class).list(), youngPersonId, kind);
    }

    /** The young person's own account, if they have one and the policy lets them see this kind: never a parent. */
    @Transactional(readOnly = true)
    public List<AccountRecipient> youngPersonAllowedToSee(long youngPersonId, InformationKind kind) {
        return allowed(
                jdbc.sql("SELECT a.id FROM identity_account_view a WHERE a.young_person_id = :id")
                        .param("id", youngPersonId)
                        .query(Long.class)
                        .list(),
                youngPersonId,
                kind);
    }

    /** The référent who follows the young person, if they have an account and the policy lets them see this kind. */
    @Transactional(readOnly = true)
    public List<AccountRecipient> referentAllowedToSee(long youngPersonId, InformationKind kind) {
        return allowed(
                jdbc.sql(
                                "SELECT a.id FROM identity_account_view a JOIN young_person yp ON yp.referent_id = a.professional_id "
                                        + "WHERE yp.id = :id")
                        .param("id", youngPersonId)
                        .query(Long.class)
                        .list(),
                youngPersonId,
                kind);
    }

    /**
     * One account of the young person's family (the author of a reaction), if it is still the young person's or one
     * of their parents' and the policy lets it see this kind: never anyone else.
     */
    @Transactional(readOnly = true)
    public List<AccountRecipient> accountAllowedToSee(long accountId, long youngPersonId, InformationKind kind) {
        return allowed(
                jdbc.sql("""
                        SELECT a.id FROM identity_account_view a WHERE a.id = :account AND (a.young_person_id = :id
                            OR EXISTS (SELECT 1 FROM parent_link pl WHERE pl.parent_id = a.parent_id
                                       AND pl.young_person_id = :id))""")
                        .param("account", accountId)
                        .param("id", youngPersonId)
                        .query(Long.class)
                        .list(),
                youngPersonId,
                kind);
    }

    private List<AccountRecipient> allowed(List<Long> accountIds, long youngPersonId, InformationKind kind) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return accounts.recipients(accountIds).stream()
                .filter(recipient ->
                        access.decide(recipient.viewer(), youngPersonId, kind).allowed())
                .toList();
    }

    /** The first name shown in the portal's notification (never in a mail). */
    @Transactional(readOnly = true)
    public String firstName(long youngPersonId) {
        return jdbc.sql("SELECT first_name FROM young_person WHERE id = :id")
                .param("id", youngPersonId)
                .query(String.class)
                .single();
    }
}
