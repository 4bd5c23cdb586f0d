package fr.reperes.identity;

import fr.reperes.identity.accounts.Account;
import fr.reperes.identity.accounts.AccountIdentity;
import fr.reperes.identity.accounts.AccountIdentityRepository;
import fr.reperes.identity.accounts.AccountRepository;
import fr.reperes.identity.invitations.Invitation;
import fr.reperes.identity.invitations.InvitationCode;
import fr.reperes.identity.invitations.InvitationProperties;
import fr.reperes.identity.invitations.InvitationRepository;
import fr.reperes.identity.invitations.RedemptionLockKey;
import fr.reperes.identity.invitations.RedemptionLocks;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single-use invitation codes that link a person's sign-in identity to the account a référent prepared for them.
 * Whether the issuer may invite this person is decided by the caller through the access policy; this service only
 * makes sure the issuer is a professional and that codes are used once, in time, one live code per account, and not
 * guessed.
 */
@Service
public class InvitationService {

    private static final EnumSet<Role> MAY_ISSUE = EnumSet.of(Role.REFERENT, Role.ADMIN);
    /** Deadlocks between parallel attempts are retried; each attempt is a transaction of its own. */
    private static final int MAX_TRIES = 5;

    private final InvitationRepository invitations;
    private final RedemptionLocks locks;
    private final AccountRepository accounts;
    private final AccountIdentityRepository identities;
    private final InvitationProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    InvitationService(
            InvitationRepository invitations,
            RedemptionLocks locks,
            AccountRepository accounts,
            AccountIdentityRepository identities,
            InvitationProperties properties,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.invitations = invitations;
        this.locks = locks;
        this.accounts = accounts;
        this.identities = identities;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * A code for an account that no identity signs in with yet; every earlier unused code for it is revoked. An
     * account that already has an identity gets a new one only through {@link #issueReplacement}.
     */
    @Transactional
    public IssuedInvitation issue(Viewer issuer, long accountId) {
        return issue(issuer, accountId, false);
    }

    /**
     * "Remplacer l'accès": a code that, once redeemed, unlinks the identity the account has and links the one that
     * typed it; that identity's open sessions end at their next request. Earlier unused codes are revoked. The caller
     * journals the action.
     */
    @Transactional
    public IssuedInvitation issueReplacement(Viewer issuer, long accountId) {
        return issue(issuer, accountId, true);
    }

    private IssuedInvitation issue(Viewer issuer, long accountId, boolean replacement) {
        if (issuer.role() == null || !MAY_ISSUE.contains(issuer.role())) {
            throw new IllegalStateException("Only professionals issue invitation codes");
        }
        // Locked, so that two référents clicking at once still leave a single live code.
        accounts.findLockedById(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        if (!replacement && identities.existsByAccountId(accountId)) {
            throw new IllegalStateException("Account " + accountId + " already has an identity: replace the access");
        }
        Instant now = clock.instant();
        invitations.revokeUnused(accountId, now);
        Instant expiresAt = now.plus(properties.validity());
        while (true) {
            String code = InvitationCode.generate();
            try {
                invitations.saveAndFlush(new Invitation(
                        accountId,
                        InvitationCode.hash(code),
                        Objects.requireNonNull(issuer.accountId(), "only a professional's account issues codes"),
                        now,
                        expiresAt,
                        replacement));
                return new IssuedInvitation(code, expiresAt);
            } catch (DataIntegrityViolationException collision) {
                // Two equal codes among 31^12 are unlikely; draw again rather than fail.
            }
        }
    }

    /**
     * Links {@code subject} to the account the code was issued for, or says why not. Wrong codes count against the
     * identity, the address the request came from and, for a code that exists but cannot be used, its account. A
     * text that cannot be a code (see {@link InvitationCode#isWellFormed}) is refused without counting.
     */
    public Redemption redeem(String subject, String sourceAddress, String typedCode) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> attempt(subject, sourceAddress, typedCode));
            } catch (TransientDataAccessException | DataIntegrityViolationException collision) {
                // A deadlock between parallel attempts, or another attempt linked the same identity or account
                // first: the transaction rolled back whole (the code is not consumed); try again on the new state.
                if (attempt == MAX_TRIES) {
                    throw collision;
                }
            }
        }
    }

    private Redemption attempt(String subject, String sourceAddress, String typedCode) {
        Instant now = clock.instant();
        // Always in the order subject, address, target: parallel attempts wait on each other, never in a cycle.
        List<RedemptionLockKey> keys =
                new ArrayList<>(List.of(RedemptionLockKey.subject(subject), RedemptionLockKey.address(sourceAddress)));
        List<RedemptionLocks.State> states = new ArrayList<>();
        for (RedemptionLockKey key : keys) {
            states.add(locks.hold(key));
        }
        Optional<Redemption.Locked> locked = lockedAt(states, now);
        if (locked.isPresent()) {
            return locked.get();
        }
        if (accounts.findBySubject(subject).isPresent()) {
            return new Redemption.Refused(Redemption.Reason.ALREADY_HAS_ACCOUNT, attemptsLeft(states));
        }
        String normalized = InvitationCode.normalize(typedCode);
        if (normalized.isEmpty()) {
            return new Redemption.Refused(Redemption.Reason.EMPTY, attemptsLeft(states));
        }
        if (!InvitationCode.isWellFormed(normalized)) {
            // A mistyped shape, not a guess: it cannot match any code, so it costs no try and reads no invitation.
            return new Redemption.Refused(Redemption.Reason.MALFORMED, attemptsLeft(states));
        }
        Optional<Invitation> found = invitations.findByCodeHash(InvitationCode.hash(normalized));
        if (found.isEmpty()) {
            return fail(keys, Redemption.Reason.UNKNOWN, now);
        }
        Invitation invitation = found.get();
        RedemptionLockKey target = RedemptionLockKey.target(invitation.accountId());
        keys.add(target);
        RedemptionLocks.State targetState = locks.hold(target);
        Optional<AccountIdentity> current = identities.findByAccountId(invitation.accountId());
        Redemption.Reason refusal = refusal(invitation, current.isPresent(), now);
        if (refusal != null) {
            if (targetState.isLockedAt(now)) {
                return new Redemption.Locked(Objects.requireNonNull(targetState.lockedUntil(), "a lock has its end"));
            }
            return fail(keys, refusal, now);
        }
        // The account's lock holds its old codes only: its live code comes from the référent and cannot be guessed
        // from them, and holding it too would let whoever kept an old code lock the real person out.
        // The decision: one conditional update, whatever was read above. Of parallel attempts that all read the code
        // as usable, exactly one changes the row; the others wait for it, then find it used.
        if (invitations.consume(invitation.id(), subject, now) != 1) {
            return fail(keys, Redemption.Reason.USED, now);
        }
        if (current.isPresent()) {
            identities.deleteByAccountId(invitation.accountId());
            invitations.recordReplacedSubject(invitation.id(), current.get().subject());
        }
        identities.saveAndFlush(new AccountIdentity(subject, invitation.accountId(), now));
        locks.reset(keys);
        Account account = accounts.findById(invitation.accountId()).orElseThrow();
        if (current.isPresent()) {
            // The old identity's address must not go on being told that something is waiting.
            account.rememberEmail(null);
        }
        return new Redemption.Linked(account.asViewer(subject));
    }

    /** Why the code cannot be used, or null when it can. */
    private static Redemption.@Nullable Reason refusal(Invitation invitation, boolean accountHasIdentity, Instant now) {
        if (invitation.isUsed()) {
            return Redemption.Reason.USED;
        }
        if (invitation.isRevoked() || accountHasIdentity && !invitation.replacesIdentity()) {
            return Redemption.Reason.REVOKED;
        }
        return invitation.isExpiredAt(now) ? Redemption.Reason.EXPIRED : null;
    }

    private Redemption fail(List<RedemptionLockKey> keys, Redemption.Reason reason, Instant now) {
        locks.recordFailure(keys, now);
        List<RedemptionLocks.State> states = keys.stream().map(locks::read).toList();
        return lockedAt(states, now)
                .<Redemption>map(lock -> lock)
                .orElseGet(() -> new Redemption.Refused(reason, attemptsLeft(states)));
    }

    private static Optional<Redemption.Locked> lockedAt(List<RedemptionLocks.State> states, Instant now) {
        return states.stream()
                .filter(state -> state.isLockedAt(now))
                .map(RedemptionLocks.State::lockedUntil)
                .max(Comparator.naturalOrder())
                .map(Redemption.Locked::new);
    }

    private int attemptsLeft(List<RedemptionLocks.State> states) {
        int mostFailures =
                states.stream().mapToInt(RedemptionLocks.State::failures).max().orElse(0);
        return properties.maxFailures() - mostFailures;
    }
}
