package fr.reperes.access;

import static fr.reperes.access.AccessDecision.because;

import fr.reperes.identity.Role;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
 *
 * <p>Content is decided item by item with {@link #decide(Role, Situation, Content)} (through a {@link
 * ContentReader}): an item in a health domain ({@link ContentDomain#health()}) must also pass the rule for {@link
 * InformationKind#HEALTH}, wherever it appears (autonomy grid, steps, projet, PPE, PDFs, any future content).
 *
 * <p>Who reads each kind of text about a young person:
 * <table>
 *   <caption>Texts and their readers</caption>
 *   <tr><th>Text</th><th>Young person</th><th>Référent, service head</th><th>Parent</th></tr>
 *   <tr><td>Texts of the file written by professionals (PPE, notes, projet, contract, decisions)</td>
 *       <td>reads</td><td>reads and writes</td>
 *       <td>reads while holding authority over a minor, or with the young adult's grant; never an adult's
 *       health</td></tr>
 *   <tr><td>The young person's own words written for their référent ({@link
 *       InformationKind#YOUNG_PERSONS_OWN_WORDS}: entretien wishes and questions, a request for a contrat jeune
 *       majeur and its documents, comments on the grid)</td>
 *       <td>writes and reads</td><td>reads once sent (not an unsent draft)</td>
 *       <td>reads only what the young person chose to share, and then only as above (authority over a minor,
 *       grant of an adult; never an adult's health)</td></tr>
 *   <tr><td>A reaction to the PPE or to meeting notes, and the référent's answer</td>
 *       <td>its author reads their own</td><td>reads and answers (inbox)</td>
 *       <td>its author reads their own; never the young person's</td></tr>
 * </table>
 */
@Component
public class AccessPolicy {

    public AccessDecision decide(@Nullable Role role, Situation situation, InformationKind kind) {
        return decide(role, situation, Content.of(kind));
    }

    /** One item of content: its kind, then the young person's choices for their own words, then its domain. */
    public AccessDecision decide(@Nullable Role role, Situation situation, Content content) {
        AccessDecision decision = decideKind(role, situation, content.kind());
        if (!decision.allowed()) {
            return decision;
        }
        if (content.kind() == InformationKind.YOUNG_PERSONS_OWN_WORDS) {
            if (decision.reason().professional() && !content.sentToReferent()) {
                return because(AccessReason.NOT_SENT_TO_REFERENT_YET);
            }
            if (situation.relationship() == Relationship.PARENT && !content.sharedWithParents()) {
                return because(AccessReason.YOUNG_PERSON_HAS_NOT_SHARED);
            }
        }
        if (content.domain() != null && content.domain().health() && content.kind() != InformationKind.HEALTH) {
            AccessDecision health = decideKind(role, situation, InformationKind.HEALTH);
            if (!health.allowed()) {
                return health;
            }
        }
        return decision;
    }

    /** What a viewer may read of a young person's content, item by item, for one reading of the facts. */
    public ContentReader reader(@Nullable Role role, Situation situation) {
        return new ContentReader(this, role, situation);
    }

    private AccessDecision decideKind(@Nullable Role role, Situation situation, InformationKind kind) {
        if (role == null) {
            return because(AccessReason.NO_ACCOUNT);
        }
        return switch (role) {
            case ANIMATEUR, OBSERVATOIRE, ADMIN -> because(AccessReason.ROLE_NEVER_SEES_INDIVIDUAL_FILES);
            case JEUNE ->
                situation.relationship() == Relationship.SELF
                        ? because(AccessReason.SELF)
                        : because(AccessReason.NOT_THEIR_FILE);
            case PARENT ->
                situation.relationship() == Relationship.PARENT
                        ? forParent(situation, kind)
                        : because(AccessReason.NOT_THEIR_FILE);
            case REFERENT ->
                switch (situation.relationship()) {
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
    public AccessDecision decideAggregates(@Nullable Role role) {
        if (role == null) {
            return because(AccessReason.NO_ACCOUNT);
        }
        return switch (role) {
            case OBSERVATOIRE, ADMIN -> because(AccessReason.OBSERVATORY_READS_AGGREGATES);
            case JEUNE, PARENT, REFERENT, ANIMATEUR -> because(AccessReason.ROLE_NEVER_SEES_AGGREGATES);
        };
    }

    /**
     * Who sees what of a council (conseil des jeunes or des parents):
     * <ul>
     *   <li>Nothing of another département's council, for anyone.</li>
     *   <li>A member sees the council and takes part in it (proposes, comments, supports, reports, votes).</li>
     *   <li>A young person (for a conseil des jeunes) or a parent (for a conseil des parents) who is not a member
     *       learns only that it exists and how to ask to join.</li>
     *   <li>The animateur sees and runs it, and neither votes nor writes in it.</li>
     *   <li>A référent sees none of it; whether one of their young people is a member is
     *       {@link InformationKind#COUNCIL_MEMBERSHIP}, decided with the file.</li>
     *   <li>The observatoire and administrators read only its aggregates.</li>
     * </ul>
     */
    public AccessDecision decideCouncil(
            @Nullable Role role, CouncilSituation situation, CouncilInformation information) {
        if (role == null) {
            return because(AccessReason.NO_ACCOUNT);
        }
        if (!situation.sameDepartement()) {
            return because(AccessReason.NOT_A_COUNCIL_MEMBER);
        }
        return switch (role) {
            case JEUNE, PARENT -> forCouncilPublic(situation, information);
            case ANIMATEUR ->
                switch (information) {
                    case HOW_TO_JOIN, COUNCIL, MANAGEMENT -> because(AccessReason.COUNCIL_ANIMATEUR);
                    case TAKING_PART -> because(AccessReason.ONLY_MEMBERS_TAKE_PART);
                    case AGGREGATES -> because(AccessReason.ROLE_NEVER_SEES_AGGREGATES);
                };
            case REFERENT ->
                information == CouncilInformation.AGGREGATES
                        ? because(AccessReason.ROLE_NEVER_SEES_AGGREGATES)
                        : because(AccessReason.NOT_A_COUNCIL_MEMBER);
            case OBSERVATOIRE, ADMIN ->
                information == CouncilInformation.AGGREGATES
                        ? because(AccessReason.OBSERVATORY_READS_AGGREGATES)
                        : because(AccessReason.ROLE_NEVER_SEES_INDIVIDUAL_FILES);
        };
    }

    /**
     * What a viewer may do with a survey of the département: answer it and read what was given back when it asks
     * them; build it and read its answers when they are an animateur or the observatoire; count for the observatory.
     * Nobody else (a référent, a parent about their child) ever reads a survey's answers.
     */
    public AccessDecision decideSurvey(@Nullable Role role, SurveySituation situation, SurveyInformation information) {
        if (role == null) {
            return because(AccessReason.NO_ACCOUNT);
        }
        if (!situation.sameDepartement()) {
            // The reason a viewer of the département would get for lacking it, so that an id of nothing, or of another
            // département's survey, is refused exactly like one of theirs: trying ids tells nothing.
            return switch (information) {
                case ANSWERING, GIVEN_BACK -> because(AccessReason.NOT_ASKED_IN_SURVEY);
                case AUTHORING, RESULTS -> because(AccessReason.ONLY_SURVEY_AUTHORS);
                case AGGREGATES ->
                    role == Role.OBSERVATOIRE || role == Role.ADMIN
                            ? because(AccessReason.ONLY_SURVEY_AUTHORS)
                            : because(AccessReason.ROLE_NEVER_SEES_AGGREGATES);
            };
        }
        return switch (information) {
            case ANSWERING, GIVEN_BACK ->
                (role == Role.JEUNE || role == Role.PARENT) && situation.asked()
                        ? because(AccessReason.ASKED_IN_SURVEY)
                        : because(AccessReason.NOT_ASKED_IN_SURVEY);
            case AUTHORING, RESULTS ->
                role == Role.ANIMATEUR || role == Role.OBSERVATOIRE
                        ? because(AccessReason.SURVEY_AUTHOR)
                        : because(AccessReason.ONLY_SURVEY_AUTHORS);
            case AGGREGATES ->
                role == Role.OBSERVATOIRE || role == Role.ADMIN
                        ? because(AccessReason.OBSERVATORY_READS_AGGREGATES)
                        : because(AccessReason.ROLE_NEVER_SEES_AGGREGATES);
        };
    }

    /**
     * Who reads and who writes the département's content: every account of the département reads what it published
     * (a young person, a parent, a professional explaining it); only its administrators write, preview and publish.
     * Nothing of another département's content, for anyone: an id that names nothing is refused the same way, so that
     * trying ids tells nothing.
     */
    public AccessDecision decideContent(@Nullable Role role, boolean sameDepartement, ContentInformation information) {
        if (role == null) {
            return because(AccessReason.NO_ACCOUNT);
        }
        if (!sameDepartement) {
            return because(AccessReason.NOT_DEPARTEMENT_CONTENT);
        }
        return switch (information) {
            case READING -> because(AccessReason.DEPARTEMENT_CONTENT);
            case EDITING ->
                role == Role.ADMIN ? because(AccessReason.CONTENT_EDITOR) : because(AccessReason.ONLY_CONTENT_EDITORS);
        };
    }

    private static AccessDecision forCouncilPublic(CouncilSituation situation, CouncilInformation information) {
        return switch (information) {
            case HOW_TO_JOIN ->
                situation.member()
                        ? because(AccessReason.COUNCIL_MEMBER)
                        : situation.eligible()
                                ? because(AccessReason.MAY_ASK_TO_JOIN)
                                : because(AccessReason.NOT_A_COUNCIL_MEMBER);
            case COUNCIL, TAKING_PART ->
                situation.member() ? because(AccessReason.COUNCIL_MEMBER) : because(AccessReason.NOT_A_COUNCIL_MEMBER);
            case MANAGEMENT -> because(AccessReason.ONLY_THE_ANIMATEUR);
            case AGGREGATES -> because(AccessReason.ROLE_NEVER_SEES_AGGREGATES);
        };
    }

    /** A parent's rule for the file, and never a young person's council membership even where the file is open. */
    private static AccessDecision forParent(Situation situation, InformationKind kind) {
        AccessDecision decision = forParentsFile(situation, kind);
        return decision.allowed() && kind == InformationKind.COUNCIL_MEMBERSHIP
                ? because(AccessReason.YOUNG_PERSONS_OWN_PARTICIPATION)
                : decision;
    }

    private static AccessDecision forParentsFile(Situation situation, InformationKind kind) {
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
        return switch (Objects.requireNonNull(situation.authority(), "a parent's situation states their authority")) {
            case HOLDS -> because(AccessReason.PARENT_WITH_AUTHORITY);
            case WITHDRAWN -> because(AccessReason.AUTHORITY_WITHDRAWN);
            case DELEGATED -> because(AccessReason.AUTHORITY_DELEGATED);
        };
    }
}
