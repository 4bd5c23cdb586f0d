package fr.reperes.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessPolicy;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.DateTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rerunnable with {@code ./mvnw -Pbenchmark test -Dtest=ObservatoryReportBenchmarkTest}: the yearly report of the demo
 * département with every indicator, as odpe would ask for it (by territory and quarter), then the largest one (every
 * breakdown, by month), each written twice: first when its tables are published by the report itself, then read as
 * published. Writes target/benchmark-observatory-report.md. The reports written are removed afterwards (the demo's
 * kept list stays as it was).
 */
@Tag("benchmark")
@IntegrationTest
class ObservatoryReportBenchmarkTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ObservatoryFigures figures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theDemoDepartementsYearlyReports() throws IOException {
        Viewer odpe = TestSignIn.viewer(context, "odpe");
        BundleTranslations translations = context.getBean(BundleTranslations.class);
        ObservatoryReports reports = new ObservatoryReports(
                jdbc,
                context.getBean(AccessPolicy.class),
                figures,
                translations,
                clock,
                new DateTexts(clock, translations),
                Runnable::run);
        Year year = reports.years(odpe).get(1);
        List<Indicator> every = List.of(Indicator.values());
        StringBuilder report = new StringBuilder()
                .append("# The observatory's yearly report, demo département, year ")
                .append(year)
                .append(
                        "\n\nMachine: 2 cores, 23 GB; generation on the caller's thread (the page's background pool does")
                .append(
                        " the same work).\n\n| Report | Run | Time (ms) | PDF (bytes) | HTML (bytes) |\n|---|---|---:|---:|---:|\n");
        record Case(String name, Granularity granularity, List<Dimension> breakdowns) {}
        String all = every.size() + " indicators";
        for (Case shape : List.of(
                new Case(all + ", by territory, quarters", Granularity.QUARTER, List.of(Dimension.TERRITORY)),
                new Case(all + ", 4 breakdowns, months", Granularity.MONTH, List.of(Dimension.values())))) {
            for (String run : List.of("first (publishes its tables)", "second (tables published)")) {
                long started = System.nanoTime();
                long id = reports.request(
                        odpe,
                        new ReportRequest(year, shape.granularity(), shape.breakdowns(), every, "", Map.of()),
                        Locale.FRENCH);
                long millis = (System.nanoTime() - started) / 1_000_000;
                KeptReport kept = reports.report(odpe, id).orElseThrow();
                assertThat(kept.status()).isEqualTo(KeptReport.Status.DONE);
                report.append("| ")
                        .append(shape.name())
                        .append(" | ")
                        .append(run)
                        .append(" | ")
                        .append(millis)
                        .append(" | ")
                        .append(kept.pdfSize())
                        .append(" | ")
                        .append(kept.htmlSize())
                        .append(" |\n");
                jdbc.sql("DELETE FROM observatory_report_indicator WHERE report_id = :id")
                        .param("id", id)
                        .update();
                jdbc.sql("DELETE FROM observatory_report WHERE id = :id")
                        .param("id", id)
                        .update();
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-observatory-report.md"), report);
        System.out.println(report);
    }
}
