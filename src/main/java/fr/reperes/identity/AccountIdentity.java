package fr.reperes.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "account_identity")
class AccountIdentity {

    @Id
    private String subject;

    @Column(name = "account_id", nullable = false, unique = true)
    private Long accountId;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected AccountIdentity() {
    }

    AccountIdentity(String subject, Long accountId, Instant linkedAt) {
        this.subject = subject;
        this.accountId = accountId;
        this.linkedAt = linkedAt;
    }

    String subject() {
        return subject;
    }

    Long accountId() {
        return accountId;
    }
}
