package fr.reperes.identity.accounts;

import fr.reperes.identity.AccountSummary;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "departement_id", nullable = false)
    private Long departementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "young_person_id")
    private @Nullable Long youngPersonId;

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    @Column(name = "professional_id")
    private @Nullable Long professionalId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Where "something new is waiting for you" goes; from the sign-in token or the demo data. */
    @Column(name = "email")
    private @Nullable String email;

    /** Set when the account may no longer sign in; its open sessions end at their next request. */
    @Column(name = "disabled_at")
    private @Nullable Instant disabledAt;

    /** The latest sign-in. */
    @Column(name = "signed_in_at")
    private @Nullable Instant signedInAt;

    /** The sign-in before the latest: the home page shows what changed since. */
    @Column(name = "previous_sign_in_at")
    private @Nullable Instant previousSignInAt;

    protected Account() {}

    public Account(NewAccount request, Instant now) {
        this.departementId = request.departementId();
        this.role = request.role();
        this.displayName = request.displayName();
        this.youngPersonId = request.youngPersonId();
        this.parentId = request.parentId();
        this.professionalId = request.professionalId();
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Long departementId() {
        return departementId;
    }

    Role role() {
        return role;
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public void disable(Instant now) {
        if (disabledAt == null) {
            disabledAt = now;
        }
    }

    /** The address a new identity gives at sign-in; forgotten when the access is replaced (it was the old one's). */
    public void rememberEmail(@Nullable String email) {
        this.email = email;
    }

    /** A new sign-in: the latest one becomes the previous visit. */
    public void signedIn(Instant now) {
        previousSignInAt = signedInAt;
        signedInAt = now;
    }

    public @Nullable Instant previousSignInAt() {
        return previousSignInAt;
    }

    public Viewer asViewer(@Nullable String subject) {
        return new Viewer(id, subject, displayName, role, departementId, youngPersonId, parentId, professionalId);
    }

    public AccountSummary summary(boolean active) {
        return new AccountSummary(id, role, displayName, youngPersonId, parentId, professionalId, active, email);
    }
}
