package fr.reperes.benchmark;

import fr.reperes.IntegrationTest;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.dossier.CaseloadFilter;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rerunnable with {@code ./mvnw -Pbenchmark test}: server time and SELECT statements of Lina's PPE page, of a
 * référent's caseload page when the référent follows the whole demo population (2,004 young people), and of the
 * PPE PDF. Results go to the console and to target/benchmark.md. Not part of the normal test run.
 */
@Tag("benchmark")
@IntegrationTest
class DossierBenchmarkTest {

    private static final int WARM_UP = 50;
    private static final int RUNS = 300;

    @Autowired ApplicationContext context;
    @Autowired CarePlanService carePlans;
    @Autowired YoungPersonService youngPeople;
    @Autowired JdbcClient jdbc;

    @Test
    void measure() throws IOException {
        Viewer lina = TestSignIn.viewer(context, "lina");
        Viewer claire = TestSignIn.viewer(context, "claire");
        // Claire follows everyone in this throwaway database: the largest caseload the demo can give.
        jdbc.sql("UPDATE young_person SET referent_id = :claire").param("claire", claire.professionalId()).update();
        long caseload = youngPeople.caseloadSize(claire, CaseloadFilter.none());

        StringBuilder report = new StringBuilder("| what | median ms | p95 ms | SELECTs |\n|---|---|---|---|\n");
        report.append(row("Lina's PPE page (latest version, history, changes)",
                () -> carePlans.mine(lina)));
        report.append(row("Caseload page of 50, first page (" + caseload + " young people)",
                () -> youngPeople.caseload(claire, CaseloadFilter.none(), PageRequest.of(0, 50))));
        report.append(row("Caseload page of 50, last page",
                () -> youngPeople.caseload(claire, CaseloadFilter.none(),
                        PageRequest.of((int) (caseload - 1) / 50, 50))));
        report.append(row("Caseload count", () -> youngPeople.caseloadSize(claire, CaseloadFilter.none())));
        report.append(row("Caseload search \"mar\" (page of 50)",
                () -> youngPeople.caseload(claire, new CaseloadFilter("mar", null), PageRequest.of(0, 50))));
        byte[][] pdf = new byte[1][];
        report.append(row("PPE version 3 as PDF",
                () -> pdf[0] = carePlans.pdf(lina, lina.youngPersonId(), 3, Locale.FRENCH)));
        report.append("\nPDF size: ").append(pdf[0].length).append(" bytes\n");

        System.out.println("\n=== Repères benchmark ===\n" + report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark.md"), report.toString());
    }

    private String row(String what, Supplier<?> action) {
        for (int i = 0; i < WARM_UP; i++) {
            action.get();
        }
        long selectsBefore = selects();
        action.get();
        long selects = selects() - selectsBefore;
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %d |%n", what, nanos[RUNS / 2] / 1e6,
                nanos[(int) (RUNS * 0.95)] / 1e6, selects);
    }

    private long selects() {
        return jdbc.sql("SHOW GLOBAL STATUS LIKE 'Com_select'").query((rs, n) -> rs.getLong("Value")).single();
    }
}
