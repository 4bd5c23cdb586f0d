package fr.reperes.identity.invitations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "code_hash", nullable = false, unique = true, length = 64)
    private String codeHash;

    @Column(name = "created_by_account_id", nullable = false)
    private Long createdByAccountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "used_by_subject")
    private @Nullable String usedBySubject;

    /** Set when a newer code was issued for the same account: refused like a used code. */
    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    /** A "remplacer l'accès" code: the only kind that may unlink the identity the account already has. */
    @Column(name = "replaces_identity", nullable = false)
    private boolean replacesIdentity;

    /** The identity this code's redemption unlinked, if any. */
    @Column(name = "replaced_subject")
    private @Nullable String replacedSubject;

    protected Invitation() {}

    public Invitation(
            Long accountId,
            String codeHash,
            Long createdByAccountId,
            Instant createdAt,
            Instant expiresAt,
            boolean replacesIdentity) {
        this.accountId = accountId;
        this.codeHash = codeHash;
        this.createdByAccountId = createdByAccountId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.replacesIdentity = replacesIdentity;
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean replacesIdentity() {
        return replacesIdentity;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
