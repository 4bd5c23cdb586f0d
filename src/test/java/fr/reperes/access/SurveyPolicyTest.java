package fr.reperes.access;

import static fr.reperes.access.AccessReason.ASKED_IN_SURVEY;
import static fr.reperes.access.AccessReason.NOT_ASKED_IN_SURVEY;
import static fr.reperes.access.AccessReason.NO_ACCOUNT;
import static fr.reperes.access.AccessReason.OBSERVATORY_READS_AGGREGATES;
import static fr.reperes.access.AccessReason.ONLY_SURVEY_AUTHORS;
import static fr.reperes.access.AccessReason.ROLE_NEVER_SEES_AGGREGATES;
import static fr.reperes.access.AccessReason.SURVEY_AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role (and no account) × every survey situation × every kind of survey information, against a table written
 * independently of the policy's code (like the council's in {@link AccessPolicyTest}).
 */
class SurveyPolicyTest {

    private final AccessPolicy policy = new AccessPolicy();

    static Stream<Arguments> matrix() {
        List<Role> roles = new ArrayList<>(List.of(Role.values()));
        roles.add(null);
        List<Arguments> all = new ArrayList<>();
        for (Role role : roles) {
            for (boolean same : new boolean[] {false, true}) {
                for (boolean asked : new boolean[] {false, true}) {
                    for (SurveyInformation information : SurveyInformation.values()) {
                        all.add(Arguments.of(role, new SurveySituation(same, asked), information));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "survey: {0} / {1} / {2}")
    @MethodSource("matrix")
    void decidesEverySurveyCellAsTheTableSays(Role role, SurveySituation situation, SurveyInformation information) {
        AccessDecision decision = policy.decideSurvey(role, situation, information);
        AccessReason expected = expected(role, situation, information);
        assertThat(decision.reason()).isEqualTo(expected);
        assertThat(decision.allowed()).isEqualTo(expected.grants());
    }

    @Test
    void theMatrixCoversEveryRoleSituationAndInformation() {
        // 7 viewers × 2 × 2 situations × 5 kinds of survey information
        assertThat(matrix().count()).isEqualTo(7L * 4 * SurveyInformation.values().length);
        assertThat(SurveyInformation.values()).hasSize(5);
    }

    /** Who ever reads a survey's answers: its authors only, in its own département; never a référent. */
    @Test
    void onlyTheAnimateurAndTheObservatoireOfTheDepartementReadAnswers() {
        List<Role> roles = new ArrayList<>(List.of(Role.values()));
        roles.add(null);
        for (Role role : roles) {
            for (boolean same : new boolean[] {false, true}) {
                for (boolean asked : new boolean[] {false, true}) {
                    assertThat(policy.decideSurvey(role, new SurveySituation(same, asked), SurveyInformation.RESULTS)
                                    .allowed())
                            .as("%s same=%s asked=%s", role, same, asked)
                            .isEqualTo(same && (role == Role.ANIMATEUR || role == Role.OBSERVATOIRE));
                }
            }
        }
    }

    /** The rules, as a table of cases. */
    private static AccessReason expected(Role role, SurveySituation s, SurveyInformation information) {
        if (role == null) {
            return NO_ACCOUNT;
        }
        boolean respondentRole = role == Role.JEUNE || role == Role.PARENT;
        if (!s.sameDepartement()) {
            // Refused as the département's viewer lacking it would be: a survey that does not exist looks the same.
            return switch (information) {
                case ANSWERING, GIVEN_BACK -> NOT_ASKED_IN_SURVEY;
                case AUTHORING, RESULTS -> ONLY_SURVEY_AUTHORS;
                case AGGREGATES ->
                    role == Role.OBSERVATOIRE || role == Role.ADMIN ? ONLY_SURVEY_AUTHORS : ROLE_NEVER_SEES_AGGREGATES;
            };
        }
        return switch (information) {
            case ANSWERING, GIVEN_BACK -> respondentRole && s.asked() ? ASKED_IN_SURVEY : NOT_ASKED_IN_SURVEY;
            case AUTHORING, RESULTS ->
                switch (role) {
                    case ANIMATEUR, OBSERVATOIRE -> SURVEY_AUTHOR;
                    case JEUNE, PARENT, REFERENT, ADMIN -> ONLY_SURVEY_AUTHORS;
                };
            case AGGREGATES ->
                switch (role) {
                    case OBSERVATOIRE, ADMIN -> OBSERVATORY_READS_AGGREGATES;
                    case JEUNE, PARENT, REFERENT, ANIMATEUR -> ROLE_NEVER_SEES_AGGREGATES;
                };
        };
    }
}
