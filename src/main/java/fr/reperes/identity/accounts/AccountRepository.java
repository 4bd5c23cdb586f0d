package fr.reperes.identity.accounts;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a, AccountIdentity i where i.accountId = a.id and i.subject = :subject")
    Optional<Account> findBySubject(String subject);

    /** The account, its row locked until the transaction ends: issuing codes for one account happens one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.id = :id")
    Optional<Account> findLockedById(Long id);

    Optional<Account> findByYoungPersonId(Long youngPersonId);

    List<Account> findByParentIdIn(List<Long> parentIds);

    List<Account> findByYoungPersonIdInOrParentIdIn(List<Long> youngPersonIds, List<Long> parentIds);

    Optional<Account> findByParentId(Long parentId);
}
