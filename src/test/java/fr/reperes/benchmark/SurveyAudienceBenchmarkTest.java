package fr.reperes.benchmark;

import fr.reperes.IntegrationTest;
import fr.reperes.participation.SurveyAccess;
import fr.reperes.participation.SurveyAudience;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rerunnable with {@code ./mvnw -Pbenchmark test -Dtest=SurveyAudienceBenchmarkTest}: the parents' participation
 * denominator of the demo's surveys (every parent of the département a survey asks, as {@code SurveyFigures} counts
 * it), its time (median of several runs after warming up) and MariaDB's plan. Writes target/survey-audience.md.
 */
@Tag("benchmark")
@IntegrationTest
class SurveyAudienceBenchmarkTest {

    private static final int WARM_UP = 2;
    private static final int RUNS = 7;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SurveyAccess access;

    @Test
    void parentsAskedByTheDemosSurveys() throws IOException {
        String denominator = "SELECT COUNT(DISTINCT pl.parent_id) FROM survey s"
                + " JOIN dossier_young_person_view c ON c.departement_id = s.departement_id"
                + " JOIN dossier_parent_link_view pl ON pl.young_person_id = c.id"
                + " WHERE s.id = :s AND " + SurveyAudience.asksParent("s", "pl.parent_id");
        String oneByOne =
                "SELECT COUNT(*) FROM survey s JOIN (SELECT DISTINCT parent_id FROM dossier_parent_link_view) p"
                        + " WHERE s.id = :s AND " + SurveyAudience.asksParent("s", "p.parent_id");
        long parents = jdbc.sql("SELECT COUNT(DISTINCT pl.parent_id) FROM dossier_parent_link_view pl"
                        + " JOIN dossier_young_person_view c ON c.id = pl.young_person_id"
                        + " JOIN departement d ON d.id = c.departement_id AND d.code = 'DEMO'")
                .query(Long.class)
                .single();
        StringBuilder report = new StringBuilder("# Parents asked by a survey (participation denominator)\n\n");
        report.append("Parents of the demo département: ").append(parents).append("\n\n");
        report.append("| survey | query | parents asked | median ms | ms per parent |\n|---|---|---|---|---|\n");
        StringBuilder plans = new StringBuilder();
        List<Map<String, Object>> surveys = jdbc.sql("SELECT s.id, s.template FROM survey s"
                        + " JOIN departement d ON d.id = s.departement_id AND d.code = 'DEMO'"
                        + " WHERE s.template IS NOT NULL AND s.status <> 'DRAFT' ORDER BY s.id LIMIT 2")
                .query()
                .listOfRows();
        for (Map<String, Object> survey : surveys) {
            long id = ((Number) survey.get("id")).longValue();
            for (Map.Entry<String, String> query : Map.of(
                            "denominator (SurveyFigures)", denominator, "each parent (SurveyAnswerImport)", oneByOne)
                    .entrySet()) {
                long asked = 0;
                double[] times = new double[RUNS];
                for (int run = -WARM_UP; run < RUNS; run++) {
                    long started = System.nanoTime();
                    asked = jdbc.sql(query.getValue())
                            .param("s", id)
                            .param("today", access.today())
                            .query(Long.class)
                            .single();
                    if (run >= 0) {
                        times[run] = (System.nanoTime() - started) / 1e6;
                    }
                }
                Arrays.sort(times);
                double median = times[RUNS / 2];
                report.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %d | %.1f | %.4f |%n",
                        survey.get("template"),
                        query.getKey(),
                        asked,
                        median,
                        median / Math.max(1, parents)));
            }
            plans.append("\n## EXPLAIN, ").append(survey.get("template")).append("\n\n");
            for (Map<String, Object> row : jdbc.sql("EXPLAIN " + denominator)
                    .param("s", id)
                    .param("today", access.today())
                    .query()
                    .listOfRows()) {
                plans.append("    ").append(row).append('\n');
            }
        }
        report.append(plans);
        Path out = Path.of("target", "survey-audience.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }
}
