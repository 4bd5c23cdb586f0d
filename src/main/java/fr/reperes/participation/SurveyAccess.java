package fr.reperes.participation;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessPolicy;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.SurveyInformation;
import fr.reperes.access.SurveySituation;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the facts the {@link AccessPolicy} needs about a viewer and a survey (same département, asked by it) and asks
 * it. Every service method about surveys starts here. A survey id that names nothing, a draft, or another
 * département's survey is refused the same way as one that does not ask the viewer, so that trying ids tells nothing.
 */
@Component
public class SurveyAccess {

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final Clock clock;

    SurveyAccess(JdbcClient jdbc, AccessPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /** The person a respondent is, as "has answered" and named sheets record them: 'Y:id' or 'P:id'. */
    public record Respondent(
            String personKey, SurveyBand band, @Nullable Long territoryId) {}

    public AccessDecision decide(Viewer viewer, long surveyId, SurveyInformation information) {
        return policy.decideSurvey(viewer.role(), facts(viewer, surveyId).situation(), information);
    }

    /** The decision when it grants; otherwise an {@link AccessRefusedException} carrying the reason. */
    public AccessDecision require(Viewer viewer, long surveyId, SurveyInformation information) {
        AccessDecision decision = decide(viewer, surveyId, information);
        if (!decision.allowed()) {
            throw new AccessRefusedException(decision.reason());
        }
        return decision;
    }

    /**
     * Who the viewer answers as, when the survey asks them ({@link SurveyInformation#ANSWERING}): their person key,
     * band and territory today. Refused otherwise. Whether the survey is open today is the caller's to check.
     */
    public Respondent requireRespondent(Viewer viewer, long surveyId) {
        Facts facts = facts(viewer, surveyId);
        AccessDecision decision = policy.decideSurvey(viewer.role(), facts.situation(), SurveyInformation.ANSWERING);
        if (!decision.allowed() || facts.respondent() == null) {
            throw new AccessRefusedException(decision.reason());
        }
        return Objects.requireNonNull(facts.respondent());
    }

    /**
     * What spans the surveys of the viewer's own département before one is named (creating one, the authors' list,
     * the observatory's figures): the policy asked with the département's situation.
     */
    public AccessDecision requireAcrossSurveys(Viewer viewer, SurveyInformation information) {
        AccessDecision decision = policy.decideSurvey(
                viewer.role(),
                new SurveySituation(viewer.hasAccount() && viewer.departementId() != null, false),
                information);
        if (!decision.allowed()) {
            throw new AccessRefusedException(decision.reason());
        }
        return decision;
    }

    /**
     * The viewer's person key for their own lists across surveys (those meant for them, those in progress on their
     * device), whose queries apply the audience rule themselves: the policy is asked as for a survey that asks them,
     * so only a young person or a parent with an account of a département gets one. Refused otherwise.
     */
    public String requireOwnSurveys(Viewer viewer) {
        String personKey = personKey(viewer);
        AccessDecision decision = policy.decideSurvey(
                viewer.role(),
                new SurveySituation(viewer.hasAccount() && viewer.departementId() != null, personKey != null),
                SurveyInformation.ANSWERING);
        if (!decision.allowed() || personKey == null) {
            throw new AccessRefusedException(decision.reason());
        }
        return personKey;
    }

    /** Today in the département: the day audiences, bands and opening dates are judged on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The viewer's person key ('Y:id' or 'P:id') when they are a young person or a parent; null otherwise. Asks no
     * policy: for the viewer's own lists.
     */
    public static @Nullable String personKey(Viewer viewer) {
        if (viewer.role() == Role.JEUNE && viewer.youngPersonId() != null) {
            return "Y:" + viewer.youngPersonId();
        }
        if (viewer.role() == Role.PARENT && viewer.parentId() != null) {
            return "P:" + viewer.parentId();
        }
        return null;
    }

    private Facts facts(Viewer viewer, long surveyId) {
        if (!viewer.hasAccount() || viewer.role() == null || viewer.departementId() == null) {
            return Facts.NONE;
        }
        Role role = Objects.requireNonNull(viewer.role());
        if (role == Role.JEUNE && viewer.youngPersonId() != null) {
            return jdbc.sql("SELECT " + SurveyBand.sqlOf("yp.birth_date") + " AS band, yp.territory_id, "
                            + "(s.status <> 'DRAFT' AND (" + SurveyAudience.asksYoungPerson("s", "yp")
                            + " OR EXISTS (SELECT 1 FROM survey_participation sp WHERE sp.survey_id = s.id"
                            + " AND sp.person_key = :personKey))) AS asked"
                            + " FROM survey s JOIN dossier_young_person_view yp ON yp.departement_id = s.departement_id"
                            + " WHERE s.id = :surveyId AND s.departement_id = :departementId AND yp.id = :personId")
                    .param("surveyId", surveyId)
                    .param("departementId", viewer.departementId())
                    .param("personId", viewer.youngPersonId())
                    .param("personKey", personKey(viewer))
                    .param("today", today())
                    .query((rs, n) -> {
                        String band = rs.getString("band");
                        long territory = rs.getLong("territory_id");
                        Respondent respondent = band == null
                                ? null
                                : new Respondent(
                                        Objects.requireNonNull(personKey(viewer)),
                                        SurveyBand.valueOf(band),
                                        rs.wasNull() ? null : territory);
                        // Asked by the audience (which needs a band) or having answered: someone who answered at
                        // 21 and is 22 when the results come out is still given them back.
                        return new Facts(true, rs.getBoolean("asked"), respondent);
                    })
                    .optional()
                    .orElse(sameDepartementOnly(viewer, surveyId));
        }
        if (role == Role.PARENT && viewer.parentId() != null) {
            return jdbc.sql("SELECT (s.status <> 'DRAFT' AND (" + SurveyAudience.asksParent("s", ":personId")
                            + " OR EXISTS (SELECT 1 FROM survey_participation sp WHERE sp.survey_id = s.id"
                            + " AND sp.person_key = :personKey))) AS asked"
                            + " FROM survey s WHERE s.id = :surveyId AND s.departement_id = :departementId")
                    .param("surveyId", surveyId)
                    .param("departementId", viewer.departementId())
                    .param("personId", viewer.parentId())
                    .param("personKey", personKey(viewer))
                    .param("today", today())
                    .query((rs, n) -> new Facts(
                            true,
                            rs.getBoolean("asked"),
                            new Respondent(Objects.requireNonNull(personKey(viewer)), SurveyBand.PARENTS, null)))
                    .optional()
                    .orElse(Facts.NONE);
        }
        return sameDepartementOnly(viewer, surveyId);
    }

    private Facts sameDepartementOnly(Viewer viewer, long surveyId) {
        boolean same = jdbc.sql("SELECT COUNT(*) FROM survey WHERE id = :surveyId AND departement_id = :departementId")
                        .param("surveyId", surveyId)
                        .param("departementId", viewer.departementId())
                        .query(Integer.class)
                        .single()
                > 0;
        return new Facts(same, false, null);
    }

    private record Facts(
            boolean sameDepartement,
            boolean asked,
            @Nullable Respondent respondent) {
        static final Facts NONE = new Facts(false, false, null);

        SurveySituation situation() {
            return new SurveySituation(sameDepartement, asked);
        }
    }
}
