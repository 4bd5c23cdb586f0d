package fr.reperes.benchmark;

import fr.reperes.IntegrationTest;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.observatory.AutonomyFigures;
import fr.reperes.observatory.AutonomyFigures.MonthlyFigure;
import fr.reperes.observatory.AutonomyFigures.Territory;
import fr.reperes.observatory.AutonomyIndicator;
import fr.reperes.observatory.AutonomyIndicators;
import fr.reperes.platform.suppression.IndicatorCell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rerunnable with {@code ./mvnw -Pbenchmark test -Dtest='AutonomyIndicators*BenchmarkTest'}: the ODPE's pathway
 * figures on the demo population over the last 12 published months (département and one territory, as published,
 * small cells withheld), how many cells the privacy rule withholds, and the time the figures take. Writes
 * target/autonomy-indicators.md; {@link AutonomyIndicatorsLargeBenchmarkTest} does the same for a large département.
 */
@Tag("benchmark")
@IntegrationTest
class AutonomyIndicatorsBenchmarkTest {

    private static final int WARM_UP = 30;
    private static final int RUNS = 200;

    @Autowired
    ApplicationContext context;

    @Autowired
    AutonomyIndicators indicators;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    /** Where the report goes. */
    String reportFile() {
        return "target/autonomy-indicators.md";
    }

    @Test
    void figuresOfTheDemoPopulation() throws IOException {
        Viewer odpe = TestSignIn.viewer(context, "odpe");
        YearMonth to = YearMonth.now(clock).minusMonths(2);
        YearMonth from = to.minusMonths(11);
        // The first request counts, protects and publishes the months; later ones read what was published.
        long publishing = System.nanoTime();
        AutonomyFigures figures = indicators.figures(odpe, from, to);
        double publishedIn = (System.nanoTime() - publishing) / 1e6;
        long publishingMore = System.nanoTime();
        indicators.figures(odpe, to.minusMonths(59), to);
        double publishedMoreIn = (System.nanoTime() - publishingMore) / 1e6;
        Territory territory = figures.territories().stream()
                .filter(t -> t.name().equals("Littoral"))
                .findFirst()
                .orElse(figures.territories().getFirst());
        long youngPeople = jdbc.sql("SELECT COUNT(*) FROM young_person yp JOIN departement d "
                        + "ON d.id = yp.departement_id WHERE d.code = 'DEMO'")
                .query(Long.class)
                .single();

        StringBuilder report = new StringBuilder();
        report.append("# Autonomy pathway figures for the ODPE, demo département (")
                .append(youngPeople)
                .append(" young people), counted on ")
                .append(figures.countedOn())
                .append("\n\n")
                .append("A share reads count/cohort (share); `—` is a withheld number (fewer than 5 young people, ")
                .append("or one that would give a withheld one back). Complete months only.\n");
        for (AutonomyIndicator indicator : AutonomyIndicator.values()) {
            report.append("\n## ")
                    .append(indicator)
                    .append("\n\n| month | département | ")
                    .append(territory.name())
                    .append(" |\n|---|---|---|\n");
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                MonthlyFigure figure = figures.figure(indicator, month);
                report.append("| ")
                        .append(month)
                        .append(" | ")
                        .append(cell(figure.departement()))
                        .append(" | ")
                        .append(cell(figure.territory(territory.id())))
                        .append(" |\n");
            }
        }
        long cells = figures.figures().stream()
                .mapToLong(f -> f.byTerritory().size())
                .sum();
        long withheld = figures.figures().stream()
                .flatMap(f -> f.byTerritory().values().stream())
                .filter(IndicatorCell::suppressed)
                .count();
        long totals = figures.figures().size();
        long totalsWithheld = figures.figures().stream()
                .filter(f -> f.departement().suppressed())
                .count();
        report.append(String.format(
                Locale.ROOT,
                "%nWithheld: %d of %d territory cells (%.0f %%), %d of %d " + "département totals (%.0f %%).%n",
                withheld,
                cells,
                100.0 * withheld / cells,
                totalsWithheld,
                totals,
                100.0 * totalsWithheld / totals));

        report.append("\n## Time (server side, embedded MariaDB)\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "First publication (count, protect, store): 12 months %.0f ms, "
                                + "the 48 before them %.0f ms. Then every request reads what was published:%n%n",
                        publishedIn,
                        publishedMoreIn))
                .append("| what | median ms | p95 ms | SELECTs |\n|---|---|---|---|\n");
        report.append(row("figures, 12 months", v -> indicators.figures(v, from, to), odpe));
        report.append(row("figures, 24 months", v -> indicators.figures(v, to.minusMonths(23), to), odpe));
        report.append(row("figures, 60 months", v -> indicators.figures(v, to.minusMonths(59), to), odpe));

        System.out.println("\n=== Repères autonomy indicators ===\n" + report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of(reportFile()), report.toString());
    }

    private static String cell(IndicatorCell cell) {
        String count = cell.count().isPresent() ? String.valueOf(cell.count().getAsInt()) : "—";
        if (cell.cohort().isEmpty()) {
            return count;
        }
        String share = cell.share().isPresent()
                ? String.format(Locale.ROOT, " (%.0f %%)", 100 * cell.share().getAsDouble())
                : "";
        return count + "/" + cell.cohort().getAsInt() + share;
    }

    private String row(String what, Function<Viewer, ?> action, Viewer viewer) {
        for (int i = 0; i < WARM_UP; i++) {
            action.apply(viewer);
        }
        long selectsBefore = selects();
        action.apply(viewer);
        long selects = selects() - selectsBefore;
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.apply(viewer);
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
