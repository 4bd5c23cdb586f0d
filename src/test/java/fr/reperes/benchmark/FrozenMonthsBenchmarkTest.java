package fr.reperes.benchmark;

import fr.reperes.IntegrationTest;
import fr.reperes.dossier.SqlStatements;
import fr.reperes.observatory.Dimension;
import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.counting.FrozenMonths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rerunnable with {@code ./mvnw -Pbenchmark test -Dtest='FrozenMonths*BenchmarkTest'}: the observatory's raw monthly
 * counts on the demo population, the time and SELECTs of counting and freezing a whole year (every indicator by every
 * dimension) and then of reading one frozen table. Writes target/frozen-months.md;
 * {@link FrozenMonthsLargeBenchmarkTest} does the same for 10,000 young people.
 */
@Tag("benchmark")
@IntegrationTest
class FrozenMonthsBenchmarkTest {

    private static final int RUNS = 50;

    @Autowired
    FrozenMonths frozen;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    String reportFile() {
        return "target/frozen-months.md";
    }

    @Test
    void countingAndReadingTheDemoDepartement() throws IOException {
        long dep = jdbc.sql("SELECT id FROM departement WHERE code = 'DEMO'")
                .query(Long.class)
                .single();
        long youngPeople = jdbc.sql("SELECT COUNT(*) FROM young_person WHERE departement_id = :d")
                .param("d", dep)
                .query(Long.class)
                .single();
        Year year = Year.of(YearMonth.now(clock).minusMonths(2).getYear());
        Year before = year.minusYears(1);

        long start = System.nanoTime();
        long freezingSelects = SqlStatements.selectsDuring(
                jdbc, () -> frozen.of(dep, Indicator.PPE_COVERAGE, Dimension.TERRITORY, before));
        double freezingMs = (System.nanoTime() - start) / 1e6;
        int months = 12;
        start = System.nanoTime();
        long freezingCurrentSelects = SqlStatements.selectsDuring(
                jdbc, () -> frozen.of(dep, Indicator.PPE_COVERAGE, Dimension.TERRITORY, year));
        double freezingCurrentMs = (System.nanoTime() - start) / 1e6;

        StringBuilder report = new StringBuilder()
                .append("# Observatory raw monthly counts, demo département (")
                .append(youngPeople)
                .append(" young people)\n\n")
                .append("Counting and freezing every indicator by every dimension, server side, embedded MariaDB:\n\n")
                .append("| what | ms | SELECTs |\n|---|---|---|\n")
                .append(String.format(
                        Locale.ROOT,
                        "| freeze %s (%d months) | %.0f | %d |%n",
                        before,
                        months,
                        freezingMs,
                        freezingSelects))
                .append(String.format(
                        Locale.ROOT,
                        "| freeze %s (to %s) | %.0f | %d |%n",
                        year,
                        YearMonth.now(clock).minusMonths(2),
                        freezingCurrentMs,
                        freezingCurrentSelects))
                .append("\nReading a frozen year, one indicator and dimension:\n\n")
                .append("| what | median ms | p95 ms | SELECTs |\n|---|---|---|---|\n");
        for (Dimension dimension : Dimension.values()) {
            Runnable read = () -> frozen.of(dep, Indicator.SURVEY_PARTICIPATION, dimension, before);
            long selects = SqlStatements.selectsDuring(jdbc, read);
            long[] nanos = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                read.run();
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            report.append(String.format(
                    Locale.ROOT,
                    "| %s by %s | %.2f | %.2f | %d |%n",
                    Indicator.SURVEY_PARTICIPATION,
                    dimension,
                    nanos[RUNS / 2] / 1e6,
                    nanos[(int) (RUNS * 0.95)] / 1e6,
                    selects));
        }
        System.out.println("\n=== Repères observatory counting ===\n" + report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of(reportFile()), report.toString());
    }
}
