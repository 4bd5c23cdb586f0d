package fr.reperes.identity.invitations;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByCodeHash(String codeHash);

    /** Every code of the account that could still be used stops being usable. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Invitation i set i.revokedAt = :now
            where i.accountId = :accountId and i.usedAt is null and i.revokedAt is null""")
    int revokeUnused(Long accountId, Instant now);

    /**
     * Consumes the code if it is still usable, in one conditional update: of two people entering the same code at the
     * same moment, exactly one gets 1 back.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Invitation i set i.usedAt = :now, i.usedBySubject = :subject
            where i.id = :id and i.usedAt is null and i.revokedAt is null and i.expiresAt > :now""")
    int consume(Long id, String subject, Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Invitation i set i.replacedSubject = :subject where i.id = :id")
    void recordReplacedSubject(Long id, String subject);
}
