package fr.reperes.benchmark;

import fr.reperes.IntegrationTest;
import fr.reperes.autonomy.caseload.AutonomyCaseload;
import fr.reperes.autonomy.caseload.PathwayFilter;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.dossier.caseload.CaseloadFilter;
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
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rerunnable with {@code ./mvnw -Pbenchmark test}: server time and SELECT statements of Lina's PPE page, of a
 * référent's caseload page when the référent follows the whole demo population (2,004 young people), of the PPE
 * PDF, and of the référent's autonomy pathway list over that caseload. Results go to the console and to
 * target/benchmark.md. Not part of the normal test run.
 */
@Tag("benchmark")
@IntegrationTest
class DossierBenchmarkTest {

    private static final int WARM_UP = 50;
    private static final int RUNS = 300;

    @Autowired
    ApplicationContext context;

    @Autowired
    CarePlanService carePlans;

    @Autowired
    YoungPersonService youngPeople;

    @Autowired
    AutonomyCaseload pathways;

    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() throws IOException {
        Viewer lina = TestSignIn.viewer(context, "lina");
        Viewer claire = TestSignIn.viewer(context, "claire");
        // Claire follows everyone in this throwaway database: the largest caseload the demo can give.
        jdbc.sql("UPDATE young_person SET referent_id = :claire")
                .param("claire", claire.professionalId())
                .update();
        long caseload = youngPeople.caseloadSize(claire, CaseloadFilter.none());

        StringBuilder report = new StringBuilder("| what | median ms | p95 ms | SELECTs |\n|---|---|---|---|\n");
        report.append(row("Lina's PPE page (latest version, history, changes)", () -> carePlans.mine(lina)));
        report.append(row(
                "Caseload page of 50, first page (" + caseload + " young people)",
                () -> youngPeople.caseload(claire, CaseloadFilter.none(), PageRequest.of(0, 50))));
        report.append(row(
                "Caseload page of 50, last page",
                () -> youngPeople.caseload(
                        claire, CaseloadFilter.none(), PageRequest.of((int) (caseload - 1) / 50, 50))));
        report.append(row("Caseload count", () -> youngPeople.caseloadSize(claire, CaseloadFilter.none())));
        report.append(row(
                "Caseload search \"mar\" (page of 50)",
                () -> youngPeople.caseload(claire, new CaseloadFilter("mar", null), PageRequest.of(0, 50))));
        seedPathways(claire);
        long pathwayList = pathways.count(claire, PathwayFilter.all());
        long atRisk = pathways.count(claire, PathwayFilter.atRisk());
        report.append(row(
                "Pathway list page of 50 by name, first page (" + pathwayList + " aged 16 to 21, " + atRisk
                        + " at risk)",
                () -> pathways.page(claire, PathwayFilter.all(), PageRequest.of(0, 50))));
        report.append(row(
                "Pathway list page of 50 by contract end, last page",
                () -> pathways.page(
                        claire,
                        PathwayFilter.all(),
                        PageRequest.of((int) (pathwayList - 1) / 50, 50, Sort.by("contractEnd")))));
        report.append(row(
                "Pathway list page of 50, at risk only, by 18th birthday",
                () -> pathways.page(claire, PathwayFilter.atRisk(), PageRequest.of(0, 50, Sort.by("eighteenth")))));
        report.append(row(
                "Pathway list counts (all and at risk, as the tabs show them)",
                () -> pathways.count(claire, PathwayFilter.all()) + pathways.count(claire, PathwayFilter.atRisk())));
        byte[][] pdf = new byte[1][];
        report.append(row(
                "PPE version 3 as PDF", () -> pdf[0] = carePlans.pdf(lina, lina.youngPersonId(), 3, Locale.FRENCH)));
        report.append("\nPDF size: ").append(pdf[0].length).append(" bytes\n");

        System.out.println("\n=== Repères benchmark ===\n" + report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark.md"), report.toString());
    }

    /**
     * Gives the 16-to-21-year-olds a pathway as the lead's services will write it: three domains of the grid, an
     * entretien from 17 (held for half of them), a granted request and a contract from 18 ending within six months,
     * and a renewal (submitted or draft) for a third of the contracts. Straight SQL: the demo has no pathway yet.
     */
    private void seedPathways(Viewer claire) {
        String aged16To21 = " yp.birth_date <= DATE_SUB(CURDATE(), INTERVAL 16 YEAR)"
                + " AND yp.birth_date > DATE_SUB(CURDATE(), INTERVAL 21 YEAR)";
        String adult = " yp.birth_date <= DATE_SUB(CURDATE(), INTERVAL 18 YEAR)";
        jdbc.sql("INSERT IGNORE INTO autonomy_assessment (young_person_id, domain, level, updated_at) "
                        + "SELECT yp.id, d.domain, 'LEARNING', NOW(6) FROM young_person yp JOIN (SELECT 'HOUSING' AS domain "
                        + "UNION ALL SELECT 'MONEY' UNION ALL SELECT 'HEALTH') d WHERE" + aged16To21)
                .update();
        jdbc.sql("INSERT INTO meeting (young_person_id, kind, starts_at, place, created_by_account_id) "
                        + "SELECT yp.id, 'INTERVIEW', DATE_SUB(NOW(), INTERVAL MOD(yp.id, 300) DAY), 'benchmark', "
                        + ":account FROM young_person yp WHERE" + aged16To21
                        + " AND yp.birth_date <= DATE_SUB(CURDATE(), INTERVAL 17 YEAR)"
                        + " AND NOT EXISTS (SELECT 1 FROM autonomy_interview i WHERE i.young_person_id = yp.id)")
                .param("account", claire.accountId())
                .update();
        jdbc.sql("INSERT INTO autonomy_interview (young_person_id, meeting_id, scheduled_by_account_id, "
                        + "scheduled_by_name, scheduled_at, held_on) SELECT m.young_person_id, m.id, :account, "
                        + "'Claire Martin', NOW(6), IF(MOD(m.id, 2) = 0, DATE(m.starts_at), NULL) "
                        + "FROM meeting m WHERE m.place = 'benchmark'")
                .param("account", claire.accountId())
                .update();
        jdbc.sql("INSERT INTO young_adult_request (young_person_id, status, created_at, updated_at, submitted_on, "
                        + "decided_on) SELECT yp.id, 'GRANTED', NOW(6), NOW(6), DATE_SUB(CURDATE(), INTERVAL 200 DAY), "
                        + "DATE_SUB(CURDATE(), INTERVAL 150 DAY) FROM young_person yp WHERE" + aged16To21 + " AND"
                        + adult)
                .update();
        jdbc.sql("INSERT INTO young_adult_contract (young_person_id, request_id, objectives, starts_on, ends_on, "
                        + "next_review_on, recorded_by_name, recorded_at) SELECT r.young_person_id, r.id, 'benchmark', "
                        + "DATE_SUB(CURDATE(), INTERVAL 150 DAY), DATE_ADD(CURDATE(), INTERVAL MOD(r.id, 180) DAY), "
                        + "CURDATE(), 'Claire Martin', NOW(6) FROM young_adult_request r WHERE r.status = 'GRANTED' "
                        + "AND NOT EXISTS (SELECT 1 FROM young_adult_contract c WHERE c.request_id = r.id)")
                .update();
        jdbc.sql("INSERT INTO young_adult_request (young_person_id, renewal_of_contract_id, status, created_at, "
                        + "updated_at, submitted_on) SELECT c.young_person_id, c.id, IF(MOD(c.id, 2) = 0, 'SUBMITTED', "
                        + "'DRAFT'), NOW(6), NOW(6), IF(MOD(c.id, 2) = 0, CURDATE(), NULL) FROM young_adult_contract c "
                        + "WHERE MOD(c.id, 3) = 0")
                .update();
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
        return String.format(
                Locale.ROOT,
                "| %s | %.2f | %.2f | %d |%n",
                what,
                nanos[RUNS / 2] / 1e6,
                nanos[(int) (RUNS * 0.95)] / 1e6,
                selects);
    }

    private long selects() {
        return jdbc.sql("SHOW GLOBAL STATUS LIKE 'Com_select'")
                .query((rs, n) -> rs.getLong("Value"))
                .single();
    }
}
