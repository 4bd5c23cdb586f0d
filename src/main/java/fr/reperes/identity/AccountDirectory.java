package fr.reperes.identity;

import fr.reperes.identity.accounts.Account;
import fr.reperes.identity.accounts.AccountIdentity;
import fr.reperes.identity.accounts.AccountIdentityRepository;
import fr.reperes.identity.accounts.AccountRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts of the département and the identities linked to them. */
@Service
public class AccountDirectory {

    private final AccountRepository accounts;
    private final AccountIdentityRepository identities;
    private final Clock clock;

    AccountDirectory(AccountRepository accounts, AccountIdentityRepository identities, Clock clock) {
        this.accounts = accounts;
        this.identities = identities;
        this.clock = clock;
    }

    @Transactional
    public AccountSummary create(NewAccount request) {
        return accounts.save(new Account(request, clock.instant())).summary(false);
    }

    /**
     * Links an OpenID Connect subject to an account that has no identity yet (demo data, imports). Never replaces an
     * identity: that is the référent's "remplacer l'accès" ({@link InvitationService#issueReplacement}).
     *
     * @throws IllegalStateException when the account already has an identity or the subject already has an account
     */
    @Transactional
    public void linkIdentity(long accountId, String subject) {
        if (identities.existsByAccountId(accountId)) {
            throw new IllegalStateException("Account " + accountId + " already has an identity");
        }
        if (identities.existsById(subject)) {
            throw new IllegalStateException("This identity already has an account");
        }
        // The unique keys on account_identity refuse a concurrent second link all the same.
        identities.saveAndFlush(new AccountIdentity(subject, accountId, clock.instant()));
    }

    /**
     * The viewer an identity signs in as: its account's, or one without a role when it has none or its account is
     * disabled. Read again on every request (see {@link CurrentViewer}), never kept for the life of a session.
     */
    @Transactional(readOnly = true)
    public Viewer viewerFor(String subject, String displayNameIfUnknown) {
        return accounts.findBySubject(subject)
                .filter(account -> !account.isDisabled())
                .map(account -> account.asViewer(subject))
                .orElseGet(() -> Viewer.withoutAccount(subject, displayNameIfUnknown));
    }

    /**
     * An administrator disables an account: it signs in as no one from then on, and every open session of its
     * identity ends at its next request.
     */
    @Transactional
    public void disable(Viewer administrator, long accountId) {
        if (administrator.role() != Role.ADMIN) {
            throw new IllegalStateException("Only an administrator disables an account");
        }
        Account account =
                accounts.findById(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        if (!Objects.equals(account.departementId(), administrator.departementId())) {
            throw new IllegalStateException("Not an account of the administrator's département");
        }
        account.disable(clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> forYoungPerson(long youngPersonId) {
        return accounts.findByYoungPersonId(youngPersonId).map(this::summary);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> forParent(long parentId) {
        return accounts.findByParentId(parentId).map(this::summary);
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> forParents(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        List<Account> found = accounts.findByParentIdIn(List.copyOf(parentIds));
        Set<Long> active = identities
                .findByAccountIdIn(found.stream().map(Account::id).toList())
                .stream()
                .map(AccountIdentity::accountId)
                .collect(Collectors.toSet());
        return found.stream()
                .map(account -> account.summary(active.contains(account.id())))
                .toList();
    }

    /**
     * The enabled accounts of these young people and parents, in one statement: the members of a council a module
     * tells something, after its own policy chose them.
     */
    @Transactional(readOnly = true)
    public List<Long> enabledAccountsOf(Collection<Long> youngPersonIds, Collection<Long> parentIds) {
        if (youngPersonIds.isEmpty() && parentIds.isEmpty()) {
            return List.of();
        }
        // An empty IN list is not SQL: an id no row has stands for "none".
        return accounts
                .findByYoungPersonIdInOrParentIdIn(
                        youngPersonIds.isEmpty() ? List.of(-1L) : List.copyOf(youngPersonIds),
                        parentIds.isEmpty() ? List.of(-1L) : List.copyOf(parentIds))
                .stream()
                .filter(account -> !account.isDisabled())
                .map(Account::id)
                .toList();
    }

    private AccountSummary summary(Account account) {
        return account.summary(identities.existsByAccountId(account.id()));
    }

    /** Keeps the address the provider gives at sign-in, for the notification mail. */
    @Transactional
    public void rememberEmail(long accountId, String email) {
        accounts.findById(accountId).ifPresent(account -> account.rememberEmail(email));
    }

    /** Keeps the time of a sign-in; the one before becomes the previous visit. */
    @Transactional
    public void recordSignIn(long accountId) {
        accounts.findById(accountId).ifPresent(account -> account.signedIn(clock.instant()));
    }

    /**
     * When the viewer signed in before this visit, for "what changed since your last visit"; empty on their first
     * visit.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> previousVisit(Viewer viewer) {
        if (viewer.accountId() == null) {
            return Optional.empty();
        }
        return accounts.findById(viewer.accountId()).map(Account::previousSignInAt);
    }

    /** The viewer an account acts as, for deciding what it may be told (notifications). */
    @Transactional(readOnly = true)
    public List<AccountRecipient> recipients(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream()
                .filter(account -> !account.isDisabled())
                .map(account -> new AccountRecipient(
                        account.asViewer(null), account.summary(true).email()))
                .toList();
    }
}
