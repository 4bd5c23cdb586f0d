package fr.reperes.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface RedemptionLockRepository extends JpaRepository<RedemptionLock, String> {
}
