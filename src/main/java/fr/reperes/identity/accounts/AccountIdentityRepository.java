package fr.reperes.identity.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountIdentityRepository extends JpaRepository<AccountIdentity, String> {

    boolean existsByAccountId(Long accountId);

    Optional<AccountIdentity> findByAccountId(Long accountId);

    List<AccountIdentity> findByAccountIdIn(Collection<Long> accountIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from AccountIdentity i where i.accountId = :accountId")
    int deleteByAccountId(Long accountId);
}
