package fr.reperes.access.journal;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessPolicy;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.access.Relationship;
import fr.reperes.access.Situation;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** A young person reads the journal of who read their data; nobody else reads it through the application. */
@Service
class AuditTrail {

    private final AuditJournal journal;
    private final AccessPolicy policy;

    AuditTrail(AuditJournal journal, AccessPolicy policy) {
        this.journal = journal;
        this.policy = policy;
    }

    /** One line per person and day, newest first; one statement per page. */
    List<AuditDay> daysOfMe(Viewer viewer, Pageable page) {
        return journal.daysOf(ownFile(viewer), page);
    }

    long countDaysOfMe(Viewer viewer) {
        return journal.countDaysOf(ownFile(viewer));
    }

    private long ownFile(Viewer viewer) {
        AccessDecision decision = policy.decide(
                viewer.role(),
                Situation.of(
                        viewer.role() == Role.JEUNE && viewer.youngPersonId() != null
                                ? Relationship.SELF
                                : Relationship.NONE,
                        false),
                InformationKind.IDENTITY);
        if (!decision.allowed()) {
            throw new AccessRefusedException(decision.reason());
        }
        return Objects.requireNonNull(viewer.youngPersonId(), "only a young person reads their own file");
    }
}
