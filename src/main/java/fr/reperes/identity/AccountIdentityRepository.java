package fr.reperes.identity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountIdentityRepository extends JpaRepository<AccountIdentity, String> {

    boolean existsByAccountId(Long accountId);

    java.util.List<AccountIdentity> findByAccountIdIn(java.util.Collection<Long> accountIds);

    @Modifying
    @Query("delete from AccountIdentity i where i.accountId = :accountId")
    void deleteByAccountId(Long accountId);
}
