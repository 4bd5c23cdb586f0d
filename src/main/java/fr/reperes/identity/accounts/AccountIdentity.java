package fr.reperes.identity.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "account_identity")
public class AccountIdentity {

    @Id
    private String subject;

    @Column(name = "account_id", nullable = false, unique = true)
    private Long accountId;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected AccountIdentity() {}

    public AccountIdentity(String subject, Long accountId, Instant linkedAt) {
        this.subject = subject;
        this.accountId = accountId;
        this.linkedAt = linkedAt;
    }

    public String subject() {
        return subject;
    }

    public Long accountId() {
        return accountId;
    }
}
