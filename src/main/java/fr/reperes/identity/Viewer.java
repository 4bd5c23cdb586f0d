package fr.reperes.identity;

import fr.reperes.platform.Audience;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * The person signed in, as every service sees them. An identity without an account has no role and no ids.
 *
 * @param accountId       local account, null when the identity has no account yet
 * @param subject         OpenID Connect subject; null for an account told of something while not signed in (a
 *                        notification's recipient)
 * @param displayName     name to show and to write in the audit journal
 * @param role            null when the identity has no account yet
 * @param departementId   the département the account belongs to
 * @param youngPersonId   set for a JEUNE account
 * @param parentId        set for a PARENT account
 * @param professionalId  set for a professional's account
 */
public record Viewer(
        @Nullable Long accountId,
        @Nullable String subject,
        String displayName,
        @Nullable Role role,
        @Nullable Long departementId,
        @Nullable Long youngPersonId,
        @Nullable Long parentId,
        @Nullable Long professionalId)
        implements Serializable {

    public static Viewer withoutAccount(String subject, String displayName) {
        return new Viewer(null, subject, displayName, null, null, null, null, null);
    }

    /** Whom the texts address: an identity without an account yet reads the professional's "vous". */
    public Audience audience() {
        return role == null ? Audience.PROFESSIONAL : role.audience();
    }

    public boolean hasAccount() {
        return accountId != null;
    }
}
