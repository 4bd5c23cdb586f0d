package fr.reperes.dossier;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessPolicy;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.ContentReader;
import fr.reperes.access.InformationKind;
import fr.reperes.access.ParentalAuthority;
import fr.reperes.access.Relationship;
import fr.reperes.access.Situation;
import fr.reperes.identity.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads from the file the facts the {@link AccessPolicy} needs (who the viewer is to the young person, their age,
 * the anonymity order) and asks it. Every service that reads a young person's data starts here.
 */
@Component
public class DossierAccess {

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final Clock clock;
    private final AuditJournal journal;

    DossierAccess(JdbcClient jdbc, AccessPolicy policy, Clock clock, AuditJournal journal) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
        this.journal = journal;
    }

    public AccessDecision decide(Viewer viewer, long youngPersonId, InformationKind kind) {
        return policy.decide(viewer.role(), situation(viewer, youngPersonId), kind);
    }

    /** Several kinds at once, from one reading of the facts. */
    public Map<InformationKind, AccessDecision> decideEach(
            Viewer viewer, long youngPersonId, InformationKind... kinds) {
        Situation situation = situation(viewer, youngPersonId);
        Map<InformationKind, AccessDecision> decisions = new EnumMap<>(InformationKind.class);
        for (InformationKind kind : kinds) {
            decisions.put(kind, policy.decide(viewer.role(), situation, kind));
        }
        return decisions;
    }

    /** What the viewer may read of the young person's content, item by item (domains, the young person's words). */
    public ContentReader reader(Viewer viewer, long youngPersonId) {
        return policy.reader(viewer.role(), situation(viewer, youngPersonId));
    }

    /**
     * The decision when it grants access; otherwise an {@link AccessRefusedException} carrying the reason. A refusal
     * here is an attempt to open something of the file, so it is journaled for the young person's "qui a consulté mon
     * dossier"; {@link #decide} is not, as pages use it to leave out what the viewer may not see.
     */
    public AccessDecision require(Viewer viewer, long youngPersonId, InformationKind kind) {
        AccessDecision decision = decide(viewer, youngPersonId, kind);
        if (!decision.allowed()) {
            throw refused(viewer, youngPersonId, kind, decision.reason());
        }
        return decision;
    }

    /**
     * The decision when the viewer follows the young person as a professional (référent or service head), the only
     * ones who write to a file; otherwise an {@link AccessRefusedException}.
     */
    public AccessDecision requireProfessional(Viewer viewer, long youngPersonId, InformationKind kind) {
        AccessDecision decision = require(viewer, youngPersonId, kind);
        if (!decision.reason().professional()) {
            throw refused(viewer, youngPersonId, kind, AccessReason.NOT_THEIR_FILE);
        }
        return decision;
    }

    /** The decision when the viewer is the young person themself, who alone writes their own words. */
    public AccessDecision requireSelf(Viewer viewer, long youngPersonId, InformationKind kind) {
        AccessDecision decision = require(viewer, youngPersonId, kind);
        if (decision.reason() != AccessReason.SELF) {
            throw refused(viewer, youngPersonId, kind, AccessReason.NOT_THEIR_FILE);
        }
        return decision;
    }

    /**
     * The decision a service already made (item by item with a {@link ContentReader}, or several kinds at once with
     * {@link #decideEach}) when it grants; otherwise the same journaled refusal as {@link #require}.
     */
    public AccessDecision require(Viewer viewer, long youngPersonId, InformationKind kind, AccessDecision decided) {
        if (!decided.allowed()) {
            throw refused(viewer, youngPersonId, kind, decided.reason());
        }
        return decided;
    }

    /**
     * A refusal a service decides by its own rule after the policy let the viewer into the file (a professional's
     * action asked by a family, the young person's words they did not share, a PDF that names the placement, an
     * item that is not in this file): journaled like the policy's, then thrown by the caller. Every refusal about a
     * young person goes through here or {@link #require}, so that the young person learns of each attempt.
     */
    public AccessRefusedException refused(
            Viewer viewer, long youngPersonId, InformationKind kind, AccessReason reason) {
        journal.recordRefusal(viewer, youngPersonId, kind, reason);
        return new AccessRefusedException(reason);
    }

    /**
     * An id that names nothing (no such document, meeting or request): there is no young person to tell, and the
     * viewer gets the same refusal as for someone else's item, so that trying ids does not tell which exist.
     */
    public static AccessRefusedException nothingThere() {
        return new AccessRefusedException(AccessReason.NOT_THEIR_FILE);
    }

    Situation situation(Viewer viewer, long youngPersonId) {
        if (!viewer.hasAccount()) {
            return Situation.of(Relationship.NONE, false);
        }
        Optional<Facts> found = jdbc.sql("""
                        SELECT yp.birth_date, yp.placement_anonymity_ordered, yp.referent_id,
                               st.head_professional_id, pl.authority, pl.granted_by_young_adult
                        FROM young_person yp
                        LEFT JOIN professional r ON r.id = yp.referent_id
                        LEFT JOIN service_team st ON st.id = r.service_id
                        LEFT JOIN parent_link pl ON pl.young_person_id = yp.id AND pl.parent_id = :parentId
                        WHERE yp.id = :id AND yp.departement_id = :departementId""")
                .param("id", youngPersonId)
                .param("parentId", viewer.parentId())
                .param("departementId", viewer.departementId())
                .query((rs, n) -> new Facts(
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getBoolean("placement_anonymity_ordered"),
                        (Long) rs.getObject("referent_id", Long.class),
                        (Long) rs.getObject("head_professional_id", Long.class),
                        rs.getString("authority"),
                        rs.getBoolean("granted_by_young_adult")))
                .optional();
        if (found.isEmpty()) {
            return Situation.of(Relationship.NONE, false);
        }
        Facts facts = found.get();
        boolean adult = Ages.isAdult(facts.birthDate(), LocalDate.now(clock));
        if (viewer.youngPersonId() != null && viewer.youngPersonId() == youngPersonId) {
            return Situation.of(Relationship.SELF, adult);
        }
        if (viewer.parentId() != null && facts.authority() != null) {
            return Situation.parent(
                    ParentalAuthority.valueOf(facts.authority()),
                    adult,
                    facts.anonymityOrdered(),
                    facts.grantedByYoungAdult());
        }
        if (viewer.professionalId() != null) {
            if (Objects.equals(viewer.professionalId(), facts.referentId())) {
                return Situation.of(Relationship.ASSIGNED_REFERENT, adult);
            }
            if (Objects.equals(viewer.professionalId(), facts.serviceHeadId())) {
                return Situation.of(Relationship.SERVICE_HEAD, adult);
            }
        }
        return Situation.of(Relationship.NONE, adult);
    }

    private record Facts(
            LocalDate birthDate,
            boolean anonymityOrdered,
            Long referentId,
            Long serviceHeadId,
            String authority,
            boolean grantedByYoungAdult) {}
}
