package fr.reperes.participation;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessPolicy;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.CouncilInformation;
import fr.reperes.access.CouncilSituation;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the facts the {@link AccessPolicy} needs about a viewer and a council (same département, a mandate active
 * today, the kind of person the council is made of) and asks it. Every service of this module that shows or changes
 * something of a council starts here. A council id that names nothing is refused like another's council, so that
 * trying ids does not tell which exist.
 */
@Component
public class CouncilAccess {

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final Clock clock;

    CouncilAccess(JdbcClient jdbc, AccessPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    public AccessDecision decide(Viewer viewer, long councilId, CouncilInformation information) {
        return policy.decideCouncil(viewer.role(), facts(viewer, councilId).situation(), information);
    }

    /** The decision when it grants; otherwise an {@link AccessRefusedException} carrying the reason. */
    public AccessDecision require(Viewer viewer, long councilId, CouncilInformation information) {
        AccessDecision decision = decide(viewer, councilId, information);
        if (!decision.allowed()) {
            throw new AccessRefusedException(decision.reason());
        }
        return decision;
    }

    /**
     * The decision for what spans every council of the viewer's own département (the animateur's list of adopted
     * proposals, the observatory's counts): the policy is asked with the département's situation, not one
     * council's. Refused with the policy's reason otherwise.
     */
    public AccessDecision requireAcrossCouncils(Viewer viewer, CouncilInformation information) {
        AccessDecision decision = policy.decideCouncil(
                viewer.role(),
                new CouncilSituation(viewer.hasAccount() && viewer.departementId() != null, false, false),
                information);
        if (!decision.allowed()) {
            throw new AccessRefusedException(decision.reason());
        }
        return decision;
    }

    /**
     * The viewer's mandate active today in this council, when {@link CouncilInformation#TAKING_PART} is granted: the
     * member acts under it (authorship, "has voted"). Refused otherwise.
     */
    public long requireMandate(Viewer viewer, long councilId) {
        Facts facts = facts(viewer, councilId);
        AccessDecision decision =
                policy.decideCouncil(viewer.role(), facts.situation(), CouncilInformation.TAKING_PART);
        if (!decision.allowed() || facts.mandateId() == null) {
            throw new AccessRefusedException(
                    decision.allowed() ? AccessReason.NOT_A_COUNCIL_MEMBER : decision.reason());
        }
        return facts.mandateId();
    }

    /** The viewer's mandate active today in this council, if any; asks no policy (for the viewer's own space). */
    public Optional<Long> activeMandate(Viewer viewer, long councilId) {
        return Optional.ofNullable(facts(viewer, councilId).mandateId());
    }

    /**
     * Running the councils of the viewer's own département before any council is named (creating one, the list of
     * them): the policy's {@link CouncilInformation#MANAGEMENT} for a council of that département, refused otherwise.
     */
    public AccessDecision requireAnimation(Viewer viewer) {
        AccessDecision decision = policy.decideCouncil(
                viewer.role(),
                new CouncilSituation(viewer.hasAccount() && viewer.departementId() != null, false, false),
                CouncilInformation.MANAGEMENT);
        if (!decision.allowed()) {
            throw new AccessRefusedException(decision.reason());
        }
        return decision;
    }

    /**
     * An id of the council's world (an invitation, a session, a mandate) that names nothing, or nothing of the viewer:
     * refused like another's council, so that trying ids does not tell which exist.
     */
    public static AccessRefusedException nothingThere() {
        return new AccessRefusedException(AccessReason.NOT_A_COUNCIL_MEMBER);
    }

    /** Today in the département, the day mandates are judged on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Facts facts(Viewer viewer, long councilId) {
        if (!viewer.hasAccount() || viewer.role() == null) {
            return Facts.NONE;
        }
        Role role = Objects.requireNonNull(viewer.role());
        return jdbc.sql("""
                        SELECT c.kind,
                               (SELECT MIN(m.id) FROM council_mandate m
                                WHERE m.council_id = c.id
                                  AND (m.young_person_id = :youngPersonId OR m.parent_id = :parentId)
                                  AND m.starts_on <= :today AND :today <= m.ends_on
                                  AND (m.resigned_on IS NULL OR m.resigned_on > :today)) AS mandate_id
                        FROM council c
                        WHERE c.id = :councilId AND c.departement_id = :departementId""")
                .param("councilId", councilId)
                .param("departementId", viewer.departementId())
                .param("youngPersonId", role == Role.JEUNE ? viewer.youngPersonId() : null)
                .param("parentId", role == Role.PARENT ? viewer.parentId() : null)
                .param("today", today())
                .query((rs, n) -> {
                    CouncilKind kind = CouncilKind.valueOf(rs.getString("kind"));
                    long mandate = rs.getLong("mandate_id");
                    Long mandateId = rs.wasNull() ? null : mandate;
                    return new Facts(true, mandateId, kind.members() == role);
                })
                .optional()
                .orElse(Facts.NONE);
    }

    private record Facts(boolean sameDepartement, @Nullable Long mandateId, boolean eligible) {
        static final Facts NONE = new Facts(false, null, false);

        CouncilSituation situation() {
            return new CouncilSituation(sameDepartement, mandateId != null, eligible);
        }
    }
}
