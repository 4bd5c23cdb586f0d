package fr.reperes.access;

import static fr.reperes.access.AccessReason.ADULT_HEALTH_IS_PRIVATE;
import static fr.reperes.access.AccessReason.ANONYMITY_ORDER;
import static fr.reperes.access.AccessReason.ASSIGNED_REFERENT;
import static fr.reperes.access.AccessReason.AUTHORITY_DELEGATED;
import static fr.reperes.access.AccessReason.AUTHORITY_WITHDRAWN;
import static fr.reperes.access.AccessReason.COUNCIL_ANIMATEUR;
import static fr.reperes.access.AccessReason.COUNCIL_MEMBER;
import static fr.reperes.access.AccessReason.MAY_ASK_TO_JOIN;
import static fr.reperes.access.AccessReason.NOT_A_COUNCIL_MEMBER;
import static fr.reperes.access.AccessReason.NOT_SENT_TO_REFERENT_YET;
import static fr.reperes.access.AccessReason.NOT_THEIR_FILE;
import static fr.reperes.access.AccessReason.NO_ACCOUNT;
import static fr.reperes.access.AccessReason.OBSERVATORY_READS_AGGREGATES;
import static fr.reperes.access.AccessReason.ONLY_MEMBERS_TAKE_PART;
import static fr.reperes.access.AccessReason.ONLY_THE_ANIMATEUR;
import static fr.reperes.access.AccessReason.PARENT_GRANTED_BY_YOUNG_ADULT;
import static fr.reperes.access.AccessReason.PARENT_WITH_AUTHORITY;
import static fr.reperes.access.AccessReason.ROLE_NEVER_SEES_AGGREGATES;
import static fr.reperes.access.AccessReason.ROLE_NEVER_SEES_INDIVIDUAL_FILES;
import static fr.reperes.access.AccessReason.SELF;
import static fr.reperes.access.AccessReason.SERVICE_HEAD;
import static fr.reperes.access.AccessReason.YOUNG_ADULT_HAS_NOT_GRANTED;
import static fr.reperes.access.AccessReason.YOUNG_PERSONS_OWN_PARTICIPATION;
import static fr.reperes.access.AccessReason.YOUNG_PERSON_HAS_NOT_SHARED;
import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.identity.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role (and no account) × every kind of information × every situation, against an expected table written
 * independently of the policy's code: the expectation for a cell is the reason in {@link #expected}.
 */
class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy();

    /** The situations a viewer can be in towards a young person. */
    static List<Situation> situations() {
        List<Situation> all = new ArrayList<>();
        for (boolean adult : new boolean[] {false, true}) {
            for (Relationship relationship : Relationship.values()) {
                if (relationship == Relationship.PARENT) {
                    for (ParentalAuthority authority : ParentalAuthority.values()) {
                        for (boolean anonymity : new boolean[] {false, true}) {
                            for (boolean granted : new boolean[] {false, true}) {
                                all.add(Situation.parent(authority, adult, anonymity, granted));
                            }
                        }
                    }
                } else {
                    all.add(Situation.of(relationship, adult));
                }
            }
        }
        return all;
    }

    static Stream<Arguments> matrix() {
        List<Role> roles = new ArrayList<>(List.of(Role.values()));
        roles.add(null);
        return roles.stream()
                .flatMap(role -> situations().stream()
                        .flatMap(situation ->
                                Stream.of(InformationKind.values()).map(kind -> Arguments.of(role, situation, kind))));
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("matrix")
    void decidesEveryCellAsTheTableSays(Role role, Situation situation, InformationKind kind) {
        AccessDecision decision = policy.decide(role, situation, kind);
        AccessReason expected = expected(role, situation, Content.of(kind));
        assertThat(decision.reason()).isEqualTo(expected);
        assertThat(decision.allowed()).isEqualTo(expected.grants());
    }

    @Test
    void theMatrixCoversEveryRoleKindAndSituation() {
        // 7 viewers (6 roles + no account) × 10 kinds × (2 ages × (4 relationships + 3 authorities × 2 × 2))
        assertThat(matrix().count()).isEqualTo(7L * InformationKind.values().length * (2 * (4 + 12)));
        assertThat(InformationKind.values()).hasSize(10);
    }

    private static final ContentDomain HEALTH_DOMAIN = () -> true;
    private static final ContentDomain OTHER_DOMAIN = () -> false;

    /**
     * Item by item: every viewer × situation × kind × domain (none, a health one, another) × the young person's
     * choices (sent to the référent or not, shared with parents or not), 24,192 cells against the same table.
     */
    @Test
    void decidesEveryItemOfContentAsTheTableSays() {
        List<Role> roles = new ArrayList<>(List.of(Role.values()));
        roles.add(null);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Role role : roles) {
            for (Situation situation : situations()) {
                for (InformationKind kind : InformationKind.values()) {
                    for (ContentDomain domain : new ContentDomain[] {null, HEALTH_DOMAIN, OTHER_DOMAIN}) {
                        for (boolean sent : new boolean[] {false, true}) {
                            for (boolean shared : new boolean[] {false, true}) {
                                Content content = new Content(kind, domain, sent, shared);
                                AccessReason expected = expected(role, situation, content);
                                AccessDecision decision = policy.decide(role, situation, content);
                                AccessDecision throughReader =
                                        policy.reader(role, situation).decide(content);
                                cells++;
                                if (decision.reason() != expected || throughReader.reason() != expected) {
                                    wrong.add(role + " / " + situation + " / " + content + ": " + decision.reason()
                                            + " instead of " + expected);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(cells).isEqualTo(7 * 32 * 10 * 3 * 4);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aYoungAdultsHealthNeverReachesAParentWhateverTheyShare() {
        for (ParentalAuthority authority : ParentalAuthority.values()) {
            for (boolean anonymity : new boolean[] {false, true}) {
                for (boolean granted : new boolean[] {false, true}) {
                    Situation parent = Situation.parent(authority, true, anonymity, granted);
                    for (InformationKind kind : InformationKind.values()) {
                        assertThat(policy.decide(Role.PARENT, parent, new Content(kind, HEALTH_DOMAIN, true, true))
                                        .allowed())
                                .as("%s %s", parent, kind)
                                .isFalse();
                    }
                }
            }
        }
    }

    @Test
    void aParentReadsTheYoungPersonsOwnWordsOnlyWhenSharedAndOnlyWhileTheFileIsOpenToThem() {
        Content unshared = Content.ownWords(true, false);
        Content shared = Content.ownWords(true, true);
        assertThat(policy.decide(Role.PARENT, Situation.parent(ParentalAuthority.HOLDS, false, false, false), unshared)
                        .reason())
                .isEqualTo(YOUNG_PERSON_HAS_NOT_SHARED);
        assertThat(policy.decide(Role.PARENT, Situation.parent(ParentalAuthority.HOLDS, false, false, false), shared)
                        .reason())
                .isEqualTo(PARENT_WITH_AUTHORITY);
        assertThat(policy.decide(Role.PARENT, Situation.parent(ParentalAuthority.WITHDRAWN, false, false, true), shared)
                        .reason())
                .isEqualTo(AUTHORITY_WITHDRAWN);
        assertThat(policy.decide(Role.PARENT, Situation.parent(ParentalAuthority.HOLDS, true, false, false), shared)
                        .reason())
                .isEqualTo(YOUNG_ADULT_HAS_NOT_GRANTED);
        assertThat(policy.decide(Role.PARENT, Situation.parent(ParentalAuthority.HOLDS, true, false, true), shared)
                        .reason())
                .isEqualTo(PARENT_GRANTED_BY_YOUNG_ADULT);
        assertThat(policy.decide(
                                Role.REFERENT,
                                Situation.of(Relationship.ASSIGNED_REFERENT, false),
                                Content.ownWords(false, true))
                        .reason())
                .isEqualTo(NOT_SENT_TO_REFERENT_YET);
        assertThat(policy.decide(Role.JEUNE, Situation.of(Relationship.SELF, true), Content.ownWords(false, false))
                        .reason())
                .isEqualTo(SELF);
    }

    @Test
    void aParentNeverLearnsTheLocationUnderAnAnonymityOrderWhateverTheirAuthority() {
        for (ParentalAuthority authority : ParentalAuthority.values()) {
            for (boolean adult : new boolean[] {false, true}) {
                for (boolean granted : new boolean[] {false, true}) {
                    assertThat(policy.decide(
                                            Role.PARENT,
                                            Situation.parent(authority, adult, true, granted),
                                            InformationKind.PLACEMENT_LOCATION)
                                    .allowed())
                            .isFalse();
                }
            }
        }
    }

    static Stream<Arguments> aggregates() {
        return Stream.of(
                Arguments.of(Role.OBSERVATOIRE, OBSERVATORY_READS_AGGREGATES),
                Arguments.of(Role.ADMIN, OBSERVATORY_READS_AGGREGATES),
                Arguments.of(Role.JEUNE, ROLE_NEVER_SEES_AGGREGATES),
                Arguments.of(Role.PARENT, ROLE_NEVER_SEES_AGGREGATES),
                Arguments.of(Role.REFERENT, ROLE_NEVER_SEES_AGGREGATES),
                Arguments.of(Role.ANIMATEUR, ROLE_NEVER_SEES_AGGREGATES),
                Arguments.of(null, NO_ACCOUNT));
    }

    @ParameterizedTest(name = "aggregates for {0}: {1}")
    @MethodSource("aggregates")
    void onlyTheObservatoryAndAdministratorsReadAggregates(Role role, AccessReason expected) {
        AccessDecision decision = policy.decideAggregates(role);
        assertThat(decision.reason()).isEqualTo(expected);
        assertThat(decision.allowed()).isEqualTo(role == Role.OBSERVATOIRE || role == Role.ADMIN);
    }

    @Test
    void theAggregatesTableCoversEveryRole() {
        assertThat(aggregates().map(a -> a.get()[0]).toList())
                .containsAll(List.of(Role.values()))
                .hasSize(7);
    }

    /**
     * The views explain every reason (access.reason.X), in both files. Read as files: a ResourceBundle would find an
     * English key missing from messages_en in its French parent.
     */
    @ParameterizedTest
    @EnumSource(AccessReason.class)
    void everyReasonIsExplainedInFrenchAndEnglish(AccessReason reason) throws IOException {
        for (String file : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(texts.getProperty("access.reason." + reason.name()))
                    .as(file)
                    .isNotBlank();
        }
    }

    static Stream<Arguments> councilMatrix() {
        List<Role> roles = new ArrayList<>(List.of(Role.values()));
        roles.add(null);
        List<Arguments> all = new ArrayList<>();
        for (Role role : roles) {
            for (boolean same : new boolean[] {false, true}) {
                for (boolean member : new boolean[] {false, true}) {
                    for (boolean eligible : new boolean[] {false, true}) {
                        for (CouncilInformation information : CouncilInformation.values()) {
                            all.add(Arguments.of(role, new CouncilSituation(same, member, eligible), information));
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "council: {0} / {1} / {2}")
    @MethodSource("councilMatrix")
    void decidesEveryCouncilCellAsTheTableSays(Role role, CouncilSituation situation, CouncilInformation information) {
        AccessDecision decision = policy.decideCouncil(role, situation, information);
        AccessReason expected = expectedInCouncil(role, situation, information);
        assertThat(decision.reason()).isEqualTo(expected);
        assertThat(decision.allowed()).isEqualTo(expected.grants());
    }

    @Test
    void theCouncilMatrixCoversEveryRoleSituationAndInformation() {
        // 7 viewers × 2 × 2 × 2 situations × 5 kinds of council information
        assertThat(councilMatrix().count()).isEqualTo(7L * 8 * CouncilInformation.values().length);
        assertThat(CouncilInformation.values()).hasSize(5);
    }

    @Test
    void nobodyButAMemberTakesPartAndNobodyButTheAnimateurRunsACouncil() {
        List<Role> roles = new ArrayList<>(List.of(Role.values()));
        roles.add(null);
        for (Role role : roles) {
            for (boolean member : new boolean[] {false, true}) {
                for (boolean eligible : new boolean[] {false, true}) {
                    CouncilSituation situation = new CouncilSituation(true, member, eligible);
                    assertThat(policy.decideCouncil(role, situation, CouncilInformation.TAKING_PART)
                                    .allowed())
                            .as("%s %s", role, situation)
                            .isEqualTo(member && (role == Role.JEUNE || role == Role.PARENT));
                    assertThat(policy.decideCouncil(role, situation, CouncilInformation.MANAGEMENT)
                                    .allowed())
                            .as("%s %s", role, situation)
                            .isEqualTo(role == Role.ANIMATEUR);
                    assertThat(policy.decideCouncil(
                                            role,
                                            new CouncilSituation(false, member, eligible),
                                            CouncilInformation.HOW_TO_JOIN)
                                    .allowed())
                            .as("another département's council, %s", role)
                            .isFalse();
                }
            }
        }
    }

    /** The council's rules, as a table of cases. */
    private static AccessReason expectedInCouncil(Role role, CouncilSituation s, CouncilInformation information) {
        if (role == null) {
            return NO_ACCOUNT;
        }
        if (!s.sameDepartement()) {
            return NOT_A_COUNCIL_MEMBER;
        }
        boolean aggregates = information == CouncilInformation.AGGREGATES;
        return switch (role) {
            case OBSERVATOIRE, ADMIN -> aggregates ? OBSERVATORY_READS_AGGREGATES : ROLE_NEVER_SEES_INDIVIDUAL_FILES;
            case REFERENT -> aggregates ? ROLE_NEVER_SEES_AGGREGATES : NOT_A_COUNCIL_MEMBER;
            case ANIMATEUR ->
                aggregates
                        ? ROLE_NEVER_SEES_AGGREGATES
                        : information == CouncilInformation.TAKING_PART ? ONLY_MEMBERS_TAKE_PART : COUNCIL_ANIMATEUR;
            case JEUNE, PARENT -> {
                if (aggregates) {
                    yield ROLE_NEVER_SEES_AGGREGATES;
                }
                if (information == CouncilInformation.MANAGEMENT) {
                    yield ONLY_THE_ANIMATEUR;
                }
                if (s.member()) {
                    yield COUNCIL_MEMBER;
                }
                yield information == CouncilInformation.HOW_TO_JOIN && s.eligible()
                        ? MAY_ASK_TO_JOIN
                        : NOT_A_COUNCIL_MEMBER;
            }
        };
    }

    /** The rules, written as a table of cases, not as the policy's code path. */
    private static AccessReason expected(Role role, Situation s, Content content) {
        if (role == null) {
            return NO_ACCOUNT;
        }
        InformationKind kind = content.kind();
        boolean ownWords = kind == InformationKind.YOUNG_PERSONS_OWN_WORDS;
        boolean health = kind == InformationKind.HEALTH
                || content.domain() != null && content.domain().health();
        Relationship r = s.relationship();
        return switch (role) {
            case ANIMATEUR, OBSERVATOIRE, ADMIN -> ROLE_NEVER_SEES_INDIVIDUAL_FILES;
            case JEUNE -> r == Relationship.SELF ? SELF : NOT_THEIR_FILE;
            case REFERENT ->
                r != Relationship.ASSIGNED_REFERENT && r != Relationship.SERVICE_HEAD
                        ? NOT_THEIR_FILE
                        : ownWords && !content.sentToReferent()
                                ? NOT_SENT_TO_REFERENT_YET
                                : r == Relationship.ASSIGNED_REFERENT ? ASSIGNED_REFERENT : SERVICE_HEAD;
            case PARENT -> {
                if (r != Relationship.PARENT) {
                    yield NOT_THEIR_FILE;
                }
                if (s.anonymityOrdered() && kind == InformationKind.PLACEMENT_LOCATION) {
                    yield ANONYMITY_ORDER;
                }
                if (s.adult() && !s.grantedByYoungAdult()) {
                    yield YOUNG_ADULT_HAS_NOT_GRANTED;
                }
                if (!s.adult() && s.authority() == ParentalAuthority.WITHDRAWN) {
                    yield AUTHORITY_WITHDRAWN;
                }
                if (!s.adult() && s.authority() == ParentalAuthority.DELEGATED) {
                    yield AUTHORITY_DELEGATED;
                }
                if (kind == InformationKind.COUNCIL_MEMBERSHIP) {
                    yield YOUNG_PERSONS_OWN_PARTICIPATION;
                }
                if (ownWords && !content.sharedWithParents()) {
                    yield YOUNG_PERSON_HAS_NOT_SHARED;
                }
                if (s.adult()) {
                    yield health ? ADULT_HEALTH_IS_PRIVATE : PARENT_GRANTED_BY_YOUNG_ADULT;
                }
                yield PARENT_WITH_AUTHORITY;
            }
        };
    }
}
