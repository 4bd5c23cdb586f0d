package fr.reperes.participation;

import fr.reperes.access.SurveyInformation;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.SurveyResults.QuestionResult;
import fr.reperes.platform.suppression.IndicatorCell;
import fr.reperes.platform.suppression.SmallCellSuppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys as the observatory reads them: per survey of the viewer's département (published or closed), the
 * participation rate (finished participations among the people the survey asks today) and the results per indicator,
 * all through {@link SmallCellSuppression}. The denominator is {@link SurveyAudience}'s rule, counted for every survey
 * in one statement.
 */
@Service
public class SurveyFigures {

    private final JdbcClient jdbc;
    private final SurveyAccess access;
    private final SurveyResults results;

    SurveyFigures(JdbcClient jdbc, SurveyAccess access, SurveyResults results) {
        this.jdbc = jdbc;
        this.access = access;
        this.results = results;
    }

    /**
     * One survey's figures. {@code participation}: count = people who finished, cohort = people asked (today's
     * audience; at least those who finished, since someone asked then may have left the audience since), share
     * between them; withheld under 5 like any count.
     */
    public record SurveyFigure(
            long surveyId,
            String title,
            SurveyStatus status,
            IndicatorCell participation,
            List<QuestionResult> indicators) {}

    /**
     * Every closed survey of the viewer's département, newest first: a survey still open has no figures (they would
     * change from one reading to the next, one answer at a time; docs/survey-anonymity.md).
     */
    @Transactional(readOnly = true)
    public List<SurveyFigure> figures(Viewer viewer) {
        access.requireAcrossSurveys(viewer, SurveyInformation.AGGREGATES);
        record Row(long id, String title, SurveyStatus status, long latestVersion, int asked, int finished) {}
        List<Row> rows = jdbc.sql("SELECT s.id, s.title, s.status,"
                        + " (SELECT MAX(sv.id) FROM survey_version sv WHERE sv.survey_id = s.id"
                        + " AND sv.published_at IS NOT NULL) AS latest,"
                        + " (SELECT COUNT(*) FROM dossier_young_person_view yp WHERE yp.departement_id = s.departement_id"
                        + " AND " + SurveyAudience.asksYoungPerson("s", "yp") + ")"
                        + " + (SELECT COUNT(DISTINCT pl.parent_id) FROM dossier_parent_link_view pl"
                        + " JOIN dossier_young_person_view c ON c.id = pl.young_person_id"
                        + " WHERE c.departement_id = s.departement_id AND "
                        + SurveyAudience.asksParent("s", "pl.parent_id") + ") AS asked,"
                        + " (SELECT COUNT(*) FROM survey_participation sp WHERE sp.survey_id = s.id) AS finished"
                        + " FROM survey s WHERE s.departement_id = :d AND s.status = 'CLOSED'"
                        + " ORDER BY s.created_at DESC, s.id DESC")
                .param("d", viewer.departementId())
                .param("today", access.today())
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("title"),
                        SurveyStatus.valueOf(rs.getString("status")),
                        rs.getLong("latest"),
                        rs.getInt("asked"),
                        rs.getInt("finished")))
                .list();
        // Every survey's latest version at once: the same statements for 1 survey as for 50.
        Map<Long, SurveyResults.Master> masters = results.masters(
                rows.stream()
                        .map(Row::latestVersion)
                        .filter(version -> version != 0)
                        .toList(),
                viewer.departementId());
        List<SurveyFigure> figures = new ArrayList<>(rows.size());
        for (Row row : rows) {
            IndicatorCell participation = SmallCellSuppression.protectShare(
                            new int[] {Math.max(row.asked(), row.finished())}, new int[] {row.finished()})
                    .total();
            SurveyResults.Master master = masters.get(row.latestVersion());
            List<QuestionResult> indicators = master == null
                    ? List.of()
                    : SurveyResults.view(master, null, null, SurveyResults.Grouping.NONE)
                            .questions();
            figures.add(new SurveyFigure(row.id(), row.title(), row.status(), participation, indicators));
        }
        return List.copyOf(figures);
    }
}
