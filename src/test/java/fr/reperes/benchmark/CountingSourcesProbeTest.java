package fr.reperes.benchmark;

import fr.reperes.IntegrationTest;
import fr.reperes.observatory.counting.CountingProbe;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each counting statement of the observatory alone, with its plan, on the demo département and on a generated one
 * ({@code -Dreperes.benchmark.scale}, 20,000 by default): to see which source a slow freezing spends its time in.
 * {@code ./mvnw -Pbenchmark test -Dtest=CountingSourcesProbeTest}.
 */
@Tag("benchmark")
@IntegrationTest
class CountingSourcesProbeTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Test
    void eachSource() throws Exception {
        YearMonth last = YearMonth.now(clock).minusMonths(2);
        List<YearMonth> year = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            year.add(last.minusYears(1).withMonth(m));
        }
        long demo = jdbc.sql("SELECT id FROM departement WHERE code = 'DEMO'")
                .query(Long.class)
                .single();
        print(
                "demo, one month",
                CountingProbe.timeSources(context, demo, List.of(last), true).toString());
        print(
                "demo, a year",
                CountingProbe.timeSources(context, demo, year, true).toString());
        int size = Integer.getInteger("reperes.benchmark.scale", 20_000);
        ScalePopulation.Generated generated = ScalePopulation.generate(dataSource, size, LocalDate.now(clock));
        print("generated " + size, generated.toString());
        long dep = generated.departementId();
        print(
                size + ", one month",
                CountingProbe.timeSources(context, dep, List.of(last), true).toString());
        print(
                size + ", a year",
                CountingProbe.timeSources(context, dep, year, true).toString());
    }

    private static void print(String what, String text) {
        System.out.println("[counting sources] " + what + ": " + text);
    }
}
