package fr.reperes.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a, AccountIdentity i where i.accountId = a.id and i.subject = :subject")
    Optional<Account> findBySubject(String subject);

    Optional<Account> findByYoungPersonId(Long youngPersonId);

    List<Account> findByParentIdIn(List<Long> parentIds);

    Optional<Account> findByParentId(Long parentId);
}
