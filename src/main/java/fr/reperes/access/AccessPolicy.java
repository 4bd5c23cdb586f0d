package fr.reperes.access;

import static fr.reperes.access.AccessDecision.because;

import fr.reperes.identity.Role;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a viewer may see a kind of information about a young person, and why.
 * Pure: the facts come in a {@link Situation}, so every rule is tested as a table (AccessPolicyTest).
 *
 * <ul>
 *   <li>The young person sees everything about themself.</li>
 *   <li>A parent sees a minor's file only while holding parental authority, and never the placement location when
 *       a judge ordered anonymity. From 18, only if the young adult grants it, and never their health.</li>
 *   <li>The assigned référent and the head of their service see the whole file.</li>
 *   <li>Animateurs, the observatoire and administrators never see an individual file.</li>
 *   <li>Only the observatoire and administrators read the département's aggregates (anonymous figures).</li>
 * </ul>
 */
@Component
public class AccessPolicy {

    public AccessDecision decide(Role role, Situation situation, InformationKind kind) {
        if (role == null) {
            return because(AccessReason.NO_ACCOUNT);
        }
        return switch (role) {
            case ANIMATEUR, OBSERVATOIRE, ADMIN -> because(AccessReason.ROLE_NEVER_SEES_INDIVIDUAL_FILES);
            case JEUNE -> situation.relationship() == Relationship.SELF
                    ? because(AccessReason.SELF) : because(AccessReason.NOT_THEIR_FILE);
            case PARENT -> situation.relationship() == Relationship.PARENT
                    ? forParent(situation, kind) : because(AccessReason.NOT_THEIR_FILE);
            case REFERENT -> switch (situation.relationship()) {
                case ASSIGNED_REFERENT -> because(AccessReason.ASSIGNED_REFERENT);
                case SERVICE_HEAD -> because(AccessReason.SERVICE_HEAD);
                default -> because(AccessReason.NOT_THEIR_FILE);
            };
        };
    }

    /**
     * Who reads the département's aggregates (the ODPE's figures). Once small cells are withheld they hold no young
     * person's data, so a read goes to no young person's audit journal. They are still the observatory's work (art.
     * L226-3-1 CASF): nobody else needs them, and someone who knows some of the young people counted (a family, a
     * référent) is the one who could narrow a cell down to a person.
     */
    public AccessDecision decideAggregates(Role role) {
        if (role == null) {
            return because(AccessReason.NO_ACCOUNT);
        }
        return switch (role) {
            case OBSERVATOIRE, ADMIN -> because(AccessReason.OBSERVATORY_READS_AGGREGATES);
            case JEUNE, PARENT, REFERENT, ANIMATEUR -> because(AccessReason.ROLE_NEVER_SEES_AGGREGATES);
        };
    }

    private static AccessDecision forParent(Situation situation, InformationKind kind) {
        if (kind == InformationKind.PLACEMENT_LOCATION && situation.anonymityOrdered()) {
            return because(AccessReason.ANONYMITY_ORDER);
        }
        if (situation.adult()) {
            if (!situation.grantedByYoungAdult()) {
                return because(AccessReason.YOUNG_ADULT_HAS_NOT_GRANTED);
            }
            return kind == InformationKind.HEALTH
                    ? because(AccessReason.ADULT_HEALTH_IS_PRIVATE)
                    : because(AccessReason.PARENT_GRANTED_BY_YOUNG_ADULT);
        }
        return switch (situation.authority()) {
            case HOLDS -> because(AccessReason.PARENT_WITH_AUTHORITY);
            case WITHDRAWN -> because(AccessReason.AUTHORITY_WITHDRAWN);
            case DELEGATED -> because(AccessReason.AUTHORITY_DELEGATED);
        };
    }
}
