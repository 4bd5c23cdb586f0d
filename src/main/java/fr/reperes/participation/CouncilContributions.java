package fr.reperes.participation;

import fr.reperes.access.CouncilInformation;
import fr.reperes.identity.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "contributions des jeunes (nombre et nature)" the observatory counts: the proposals the councils of the
 * viewer's département adopted in a year, by theme, by the département's answer and by kind of council. Numbers only,
 * counted by the database (GROUP BY): never a title, a text or a name. For OBSERVATOIRE and ADMIN
 * ({@link CouncilInformation#AGGREGATES}); every other role is refused.
 */
@Service
public class CouncilContributions {

    private final JdbcClient jdbc;
    private final CouncilAccess access;
    private final ZoneId zone;

    CouncilContributions(JdbcClient jdbc, CouncilAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.zone = clock.getZone();
    }

    /**
     * Counts of the proposals adopted in {@code year} (by the time of the council's decision, in the département's
     * zone). A proposal without an answer yet counts under {@link ContributionCounts#unanswered()}.
     */
    @Transactional(readOnly = true)
    public ContributionCounts contributions(Viewer viewer, Year year) {
        // The aggregate is across the councils of the viewer's own département.
        access.requireAcrossCouncils(viewer, CouncilInformation.AGGREGATES);
        Map<ProposalTheme, Long> byTheme = new EnumMap<>(ProposalTheme.class);
        Map<AnswerStatus, Long> byAnswer = new EnumMap<>(AnswerStatus.class);
        Map<CouncilKind, Long> byCouncilKind = new EnumMap<>(CouncilKind.class);
        long[] totals = new long[2];
        jdbc.sql("""
                        SELECT adopted.theme, adopted.kind, adopted.answer, COUNT(*) AS n
                        FROM (SELECT p.theme, c.kind,
                                     (SELECT e.status FROM council_answer_entry e
                                      WHERE e.proposal_id = p.id AND e.kind = 'ANSWER'
                                      ORDER BY e.written_at DESC, e.id DESC LIMIT 1) AS answer
                              FROM proposal p JOIN council c ON c.id = p.council_id
                              WHERE c.departement_id = :departement AND p.status = 'ADOPTED'
                                AND COALESCE(p.decided_at, p.published_at, p.created_at) >= :from
                                AND COALESCE(p.decided_at, p.published_at, p.created_at) < :to) adopted
                        GROUP BY adopted.theme, adopted.kind, adopted.answer""")
                .param("departement", viewer.departementId())
                .param("from", Timestamp.from(year.atDay(1).atStartOfDay(zone).toInstant()))
                .param(
                        "to",
                        Timestamp.from(
                                year.plusYears(1).atDay(1).atStartOfDay(zone).toInstant()))
                .query(rs -> {
                    long n = rs.getLong("n");
                    totals[0] += n;
                    byTheme.merge(ProposalTheme.valueOf(rs.getString("theme")), n, Long::sum);
                    byCouncilKind.merge(CouncilKind.valueOf(rs.getString("kind")), n, Long::sum);
                    String answer = rs.getString("answer");
                    if (answer == null) {
                        totals[1] += n;
                    } else {
                        byAnswer.merge(AnswerStatus.valueOf(answer), n, Long::sum);
                    }
                });
        return new ContributionCounts(year, totals[0], byTheme, byAnswer, totals[1], byCouncilKind);
    }

    /**
     * The year's counts: {@code adopted} proposals, split by theme, by the answer in force (those without one in
     * {@code unanswered}) and by kind of council. Maps leave out the zeros.
     */
    public record ContributionCounts(
            Year year,
            long adopted,
            Map<ProposalTheme, Long> byTheme,
            Map<AnswerStatus, Long> byAnswer,
            long unanswered,
            Map<CouncilKind, Long> byCouncilKind) {
        public ContributionCounts {
            byTheme = Map.copyOf(byTheme);
            byAnswer = Map.copyOf(byAnswer);
            byCouncilKind = Map.copyOf(byCouncilKind);
        }
    }
}
