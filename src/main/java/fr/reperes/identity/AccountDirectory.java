package fr.reperes.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

    /** Links an OpenID Connect subject to an account, replacing the account's previous identity if any. */
    @Transactional
    public void linkIdentity(long accountId, String subject) {
        identities.deleteByAccountId(accountId);
        identities.flush();
        identities.save(new AccountIdentity(subject, accountId, clock.instant()));
    }

    /** The viewer an identity signs in as: its account's, or one without a role when it has none. */
    @Transactional(readOnly = true)
    public Viewer viewerFor(String subject, String displayNameIfUnknown) {
        return accounts.findBySubject(subject)
                .map(account -> account.asViewer(subject))
                .orElseGet(() -> Viewer.withoutAccount(subject, displayNameIfUnknown));
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
        java.util.Set<Long> active = identities.findByAccountIdIn(found.stream().map(Account::id).toList()).stream()
                .map(AccountIdentity::accountId).collect(java.util.stream.Collectors.toSet());
        return found.stream().map(account -> account.summary(active.contains(account.id()))).toList();
    }

    private AccountSummary summary(Account account) {
        return account.summary(identities.existsByAccountId(account.id()));
    }

    /** Keeps the address the provider gives at sign-in, for the notification mail. */
    @Transactional
    public void rememberEmail(long accountId, String email) {
        accounts.findById(accountId).ifPresent(account -> account.rememberEmail(email));
    }

    /** The viewer an account acts as, for deciding what it may be told (notifications). */
    @Transactional(readOnly = true)
    public List<AccountRecipient> recipients(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream()
                .map(account -> new AccountRecipient(account.asViewer(null), account.summary(true).email()))
                .toList();
    }

}
