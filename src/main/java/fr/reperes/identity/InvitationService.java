package fr.reperes.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use invitation codes that link a person's sign-in identity to the account a référent prepared for them.
 * Whether the issuer may invite this person is decided by the caller through the access policy; this service only
 * makes sure the issuer is a professional and that codes are used once, in time, and not guessed.
 */
@Service
public class InvitationService {

    private static final EnumSet<Role> MAY_ISSUE = EnumSet.of(Role.REFERENT, Role.ADMIN);

    private final InvitationRepository invitations;
    private final RedemptionLockRepository locks;
    private final AccountRepository accounts;
    private final AccountDirectory directory;
    private final InvitationProperties properties;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, RedemptionLockRepository locks, AccountRepository accounts,
                      AccountDirectory directory, InvitationProperties properties, Clock clock) {
        this.invitations = invitations;
        this.locks = locks;
        this.accounts = accounts;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public IssuedInvitation issue(Viewer issuer, long accountId) {
        if (issuer.role() == null || !MAY_ISSUE.contains(issuer.role())) {
            throw new IllegalStateException("Only professionals issue invitation codes");
        }
        if (!accounts.existsById(accountId)) {
            throw new IllegalArgumentException("No account " + accountId);
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.validity());
        while (true) {
            String code = InvitationCode.generate();
            try {
                invitations.saveAndFlush(new Invitation(accountId, InvitationCode.hash(code), issuer.accountId(),
                        now, expiresAt));
                return new IssuedInvitation(code, expiresAt);
            } catch (DataIntegrityViolationException collision) {
                // Two equal codes among 31^12 are unlikely; draw again rather than fail.
            }
        }
    }

    /** Links {@code subject} to the account the code was issued for, or says why not. */
    @Transactional(noRollbackFor = RuntimeException.class)
    public Redemption redeem(String subject, String typedCode) {
        Instant now = clock.instant();
        RedemptionLock lock = locks.findById(subject).orElseGet(() -> new RedemptionLock(subject));
        if (lock.isLockedAt(now)) {
            return new Redemption.Locked(lock.lockedUntil());
        }
        if (accounts.findBySubject(subject).isPresent()) {
            return new Redemption.Refused(Redemption.Reason.ALREADY_HAS_ACCOUNT, attemptsLeft(lock));
        }
        String normalized = InvitationCode.normalize(typedCode);
        if (normalized.isEmpty()) {
            return new Redemption.Refused(Redemption.Reason.EMPTY, attemptsLeft(lock));
        }
        Optional<Invitation> found = invitations.findByCodeHash(InvitationCode.hash(normalized));
        Redemption.Reason refusal = refusal(found, now);
        if (refusal != null) {
            lock.recordFailure(now, properties.maxFailures(), properties.lockout());
            locks.save(lock);
            if (lock.isLockedAt(now)) {
                return new Redemption.Locked(lock.lockedUntil());
            }
            return new Redemption.Refused(refusal, attemptsLeft(lock));
        }
        Invitation invitation = found.orElseThrow();
        invitation.markUsed(subject, now);
        directory.linkIdentity(invitation.accountId(), subject);
        lock.reset();
        locks.save(lock);
        Account account = accounts.findById(invitation.accountId()).orElseThrow();
        return new Redemption.Linked(account.asViewer(subject));
    }

    /** Why the code cannot be used, or null when it can. */
    private static Redemption.Reason refusal(Optional<Invitation> found, Instant now) {
        if (found.isEmpty()) {
            return Redemption.Reason.UNKNOWN;
        }
        if (found.get().isUsed()) {
            return Redemption.Reason.USED;
        }
        return found.get().isExpiredAt(now) ? Redemption.Reason.EXPIRED : null;
    }

    private int attemptsLeft(RedemptionLock lock) {
        return properties.maxFailures() - lock.consecutiveFailures();
    }
}
