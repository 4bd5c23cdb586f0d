package fr.reperes.benchmark;

import fr.reperes.IntegrationTest;
import fr.reperes.dossier.SqlStatements;
import fr.reperes.participation.SurveyBand;
import fr.reperes.participation.SurveyResults;
import fr.reperes.participation.SurveyResults.Filter;
import fr.reperes.participation.SurveyResults.Grouping;
import fr.reperes.participation.SurveyResults.Page;
import fr.reperes.participation.SurveyResultsFixture;
import fr.reperes.platform.suppression.IndicatorCell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rerunnable with {@code ./mvnw -Pbenchmark test -Dtest=SurveyResultsBenchmarkTest}: a survey's results page over
 * 100,000 generated finished sheets (young people and parents, territories, a scale, a multiple choice and a text per
 * sheet), for each filter shape: the time to compute it (median of several runs, after warming up), the SQL
 * statements it runs, and how many cells the small-cell rule withholds. Writes target/survey-results.md.
 */
@Tag("benchmark")
@IntegrationTest
class SurveyResultsBenchmarkTest {

    private static final int SHEETS = 100_000;
    private static final int WARM_UP = 3;
    private static final int RUNS = 9;

    @Autowired
    ApplicationContext context;

    @Autowired
    SurveyResults results;

    @Autowired
    JdbcClient jdbc;

    @Test
    void resultsOverOneHundredThousandSheets() throws IOException {
        SurveyResultsFixture f = new SurveyResultsFixture(context, true);
        long writing = System.nanoTime();
        f.write(f.random(new Random(42), SHEETS));
        f.close();
        double writtenIn = (System.nanoTime() - writing) / 1e9;
        long answers = jdbc.sql("SELECT COUNT(*) FROM survey_answer a JOIN survey_question q ON q.id = a.question_id"
                        + " JOIN survey_variant v ON v.id = q.variant_id WHERE v.version_id ="
                        + " (SELECT id FROM survey_version WHERE survey_id = :s)")
                .param("s", f.surveyId)
                .query(Long.class)
                .single();
        StringBuilder report = new StringBuilder();
        report.append("# Survey results over ")
                .append(SHEETS)
                .append(" finished sheets (")
                .append(answers)
                .append(" answer rows; written in ")
                .append(String.format(Locale.ROOT, "%.1f", writtenIn))
                .append(" s)\n\n")
                .append("| filter | median ms | min ms | SQL SELECTs | cells withheld / cells |\n")
                .append("|---|---:|---:|---:|---:|\n");
        Filter[] filters = {
            new Filter(null, null, null, Grouping.NONE),
            new Filter(null, null, null, Grouping.TERRITORY),
            new Filter(null, null, null, Grouping.BAND),
            new Filter(null, SurveyBand.YOUNG_16_21, null, Grouping.TERRITORY),
            new Filter(null, SurveyBand.PARENTS, f.territories.getFirst(), Grouping.NONE)
        };
        for (Filter filter : filters) {
            for (int i = 0; i < WARM_UP; i++) {
                results.results(f.yanis, f.surveyId, filter);
            }
            double[] times = new double[RUNS];
            Page page = null;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                page = results.results(f.yanis, f.surveyId, filter);
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            long selects = SqlStatements.fewestSelectsDuring(jdbc, () -> results.results(f.yanis, f.surveyId, filter));
            long cells = page.questions().stream()
                    .flatMap(q -> q.options().stream().flatMap(o -> o.cells().stream()))
                    .count();
            long withheld = page.questions().stream()
                    .flatMap(q -> q.options().stream().flatMap(o -> o.cells().stream()))
                    .filter(IndicatorCell::suppressed)
                    .count();
            report.append("| ")
                    .append(
                            filter.band() == null
                                    ? "all bands (indicators)"
                                    : filter.band().name())
                    .append(filter.territoryId() == null ? "" : ", one territory")
                    .append(", columns ")
                    .append(filter.grouping())
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f", times[RUNS / 2]))
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f", times[0]))
                    .append(" | ")
                    .append(selects)
                    .append(" | ")
                    .append(withheld)
                    .append(" / ")
                    .append(cells)
                    .append(" |\n");
        }
        Path file = Path.of("target/survey-results.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
        System.out.println(report);
    }
}
