package fr.reperes.benchmark;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.select.Select;
import fr.reperes.KaribuTest;
import fr.reperes.dossier.SqlStatements;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.observatory.Dimension;
import fr.reperes.observatory.FigureTable;
import fr.reperes.observatory.Granularity;
import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.ObservatoryFigures;
import fr.reperes.observatory.ObservatoryTerritory;
import fr.reperes.observatory.PublishingProbe;
import fr.reperes.observatory.counting.CountingProbe;
import fr.reperes.observatory.counting.FrozenMonths;
import fr.reperes.observatory.exports.FigureExports;
import fr.reperes.observatory.exports.OpenData;
import fr.reperes.observatory.shown.ShownTable;
import fr.reperes.observatory.shown.Words;
import fr.reperes.platform.BundleTranslations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The observatory at national scale, rerunnable with
 * {@code ./mvnw -Pbenchmark test -Dtest=ObservatoryScaleBenchmarkTest} ({@code -Dreperes.benchmark.scale=100000} for
 * another size; 0 measures the demo département alone, {@code -Dreperes.benchmark.demo=false} the generated one
 * alone; {@code -Dreperes.benchmark.years=1} counts and publishes only the current year of the generated one, and
 * leaves its pages by year out; {@code -Dreperes.benchmark.demo-years=1} the same for the demo département). Measures, server side on the embedded MariaDB, first the demo
 * département as the {@code odpe} persona reads it (2,000 generated young people and the personas), then a
 * département of its own generated set-based by {@link ScalePopulation} (400,000 young people by default):
 *
 * <ol>
 *   <li>counting one month (the four counting statements, nothing stored), freezing the current year and the four
 *       before it (FrozenMonths, as the first page or the nightly job does);</li>
 *   <li>publishing each indicator × breakdown table (YearTables protection, what a first read or the nightly publisher
 *       does): the current year's months at once, the year before (its December: 12 months at once), the three earlier
 *       years (the first 5-year read); then the nightly publisher with nothing left due;</li>
 *   <li>every page as the observatory reads it, in a Karibu UI signed in as the observatory account (the view's own
 *       code: the service call, the protected table, the SVG charts, the data table): the list ({@code observatoire}),
 *       the home with its changes panel, each indicator's page as opened, at each granularity × breakdown, and with a
 *       territory chosen; the downloads (CSV, ODS, open data, dictionary) as their handlers build them.</li>
 * </ol>
 *
 * Pages are timed warm (tables published, as after the nightly job): median and max of {@value #RUNS} runs; SELECTs
 * from the server's own counter ({@link SqlStatements}), the fewest of the runs. Writes
 * target/benchmark-observatory-scale.md after each population.
 */
@Tag("benchmark")
class ObservatoryScaleBenchmarkTest extends KaribuTest {

    private static final int RUNS = 3;
    /** Where the figures go; {@code -Dreperes.benchmark.report=...} to keep two runs apart. */
    private static final String REPORT =
            System.getProperty("reperes.benchmark.report", "target/benchmark-observatory-scale.md");

    @Autowired
    ObservatoryFigures figures;

    @Autowired
    FrozenMonths frozen;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Autowired
    BundleTranslations translations;

    /** One line of the report: what, for whom, each run's time, the fewest SELECTs of a run. */
    record Line(String section, String what, String population, List<Long> nanos, long selects) {

        double medianMs() {
            List<Long> sorted = nanos.stream().sorted().toList();
            return sorted.get(sorted.size() / 2) / 1e6;
        }

        double maxMs() {
            return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    @Test
    void nationalScale() throws Exception {
        int size = Integer.getInteger("reperes.benchmark.scale", 400_000);
        long demo = jdbc.sql("SELECT id FROM departement WHERE code = 'DEMO'")
                .query(Long.class)
                .single();
        if (Boolean.parseBoolean(System.getProperty("reperes.benchmark.demo", "true"))) {
            measure(demo, "odpe", "demo " + youngPeople(demo), Integer.getInteger("reperes.benchmark.demo-years", 5));
            write();
        }
        if (size > 0) {
            tearDownVaadin();
            ScalePopulation.Generated generated = ScalePopulation.generate(dataSource, size, LocalDate.now(clock));
            String population = String.format(Locale.ROOT, "%,d", youngPeople(generated.departementId()));
            StringBuilder generation = new StringBuilder("Generation of " + population + " young people: "
                    + String.format(Locale.ROOT, "%.1f", generated.totalMillis() / 1000.0) + " s (");
            generated
                    .stepMillis()
                    .forEach((step, ms) -> generation
                            .append(step)
                            .append(' ')
                            .append(String.format(Locale.ROOT, "%.1f", ms / 1000.0))
                            .append(" s; "));
            generation.append("). Rows: ");
            generated
                    .rows()
                    .forEach((table, n) -> generation
                            .append(table)
                            .append(' ')
                            .append(String.format(Locale.ROOT, "%,d", n))
                            .append("; "));
            notes.add(generation.toString());
            write();
            measure(
                    generated.departementId(),
                    ScalePopulation.SUBJECT,
                    population,
                    Integer.getInteger("reperes.benchmark.years", 5));
            write();
        }
    }

    private long youngPeople(long departement) {
        return jdbc.sql("SELECT COUNT(*) FROM young_person WHERE departement_id = :d")
                .param("d", departement)
                .query(Long.class)
                .single();
    }

    private void measure(long dep, String subject, String population, int years) throws IOException {
        Viewer viewer = TestSignIn.viewer(context, subject);
        YearMonth last = YearMonth.now(clock).minusMonths(2);
        Year year = Year.of(last.getYear());

        // 1. Counting and freezing.
        once(
                "counting",
                "count one month (" + last + "), not stored",
                population,
                () -> CountingProbe.count(context, dep, List.of(last)));
        CountingProbe.timeSources(context, dep, List.of(last), false)
                .forEach((source, figure) -> notes.add(
                        population + ", counting " + last + ", the " + source + " statement alone: " + figure));
        once(
                "counting",
                "freeze " + year + " (" + last.getMonthValue() + " months)",
                population,
                () -> frozen.of(dep, Indicator.PPE_COVERAGE, Dimension.TERRITORY, year));
        for (int back = 1; back < years; back++) {
            Year earlier = year.minusYears(back);
            once(
                    "counting",
                    "freeze " + earlier + " (12 months)",
                    population,
                    () -> frozen.of(dep, Indicator.PPE_COVERAGE, Dimension.TERRITORY, earlier));
        }
        write();

        // 2. Publishing (protection), table by table: territory first, whose total the others share.
        publishEach(
                "publish " + year + " (" + last.getMonthValue() + " months at once)",
                population,
                (indicator, breakdown) -> figures.table(viewer, indicator, breakdown, null, Granularity.MONTH, year));
        if (years > 1) {
            publishEach(
                    "publish " + year.minusYears(1) + " (12 months at once)",
                    population,
                    (indicator, breakdown) ->
                            figures.table(viewer, indicator, breakdown, null, Granularity.MONTH, year.minusYears(1)));
        }
        if (years >= 5) {
            publishEach(
                    "publish " + year.minusYears(4) + "–" + year.minusYears(2) + " (first 5-year read)",
                    population,
                    (indicator, breakdown) ->
                            figures.table(viewer, indicator, breakdown, null, Granularity.YEAR, year));
        } else {
            notes.add(population + ": " + years + " year(s) counted only, so pages by year (five years) not measured.");
        }
        once(
                "publishing",
                "nightly publisher, nothing due",
                population,
                () -> PublishingProbe.publishDue(context, dep));
        write();

        // 3. Pages, as the observatory account reads them.
        signInAs(subject);
        timed("pages", "list page `observatoire`", population, () -> open("observatoire"));
        timed("pages", "home (changes panel)", population, () -> open(""));
        Words words = words();
        List<ObservatoryTerritory> territories = figures.territories(viewer);
        long largest = jdbc.sql("""
                        SELECT territory_id FROM young_person WHERE departement_id = :d
                        GROUP BY territory_id ORDER BY COUNT(*) DESC LIMIT 1""").param("d", dep).query(Long.class).single();
        for (Indicator indicator : Indicator.values()) {
            String page = "observatoire/" + indicator.slug();
            timed("indicator pages", page + " (opened: month, territory)", population, () -> open(page));
            open(page);
            for (Dimension breakdown : Dimension.values()) {
                for (Granularity granularity : Granularity.values()) {
                    if (granularity == Granularity.YEAR && years < 5) {
                        continue;
                    }
                    List<Long> nanos = new ArrayList<>();
                    long selects = Long.MAX_VALUE;
                    for (int run = 0; run < RUNS; run++) {
                        // From another granularity, so that the value changes and the page draws again (never by year
                        // when years are not all counted: that draw would count them).
                        select(
                                "observatory-granularity",
                                granularity == Granularity.MONTH ? Granularity.QUARTER : Granularity.MONTH);
                        select("observatory-breakdown", breakdown);
                        AtomicReference<Long> took = new AtomicReference<>();
                        selects = Math.min(selects, SqlStatements.selectsDuring(jdbc, () -> {
                            long t = System.nanoTime();
                            select("observatory-granularity", granularity);
                            took.set(System.nanoTime() - t);
                        }));
                        nanos.add(took.get());
                    }
                    lines.add(new Line(
                            "indicator pages",
                            indicator.slug() + " by " + granularity.name().toLowerCase(Locale.ROOT) + " × "
                                    + breakdown.name().toLowerCase(Locale.ROOT),
                            population,
                            nanos,
                            selects));
                }
            }
            select("observatory-breakdown", Dimension.TERRITORY);
            select("observatory-granularity", Granularity.MONTH);
            List<Long> nanos = new ArrayList<>();
            long selects = Long.MAX_VALUE;
            for (int run = 0; run < RUNS; run++) {
                select(
                        "observatory-territory",
                        territories.getFirst().id() == largest
                                ? null
                                : territories.getFirst().id());
                AtomicReference<Long> took = new AtomicReference<>();
                selects = Math.min(selects, SqlStatements.selectsDuring(jdbc, () -> {
                    long t = System.nanoTime();
                    select("observatory-territory", largest);
                    took.set(System.nanoTime() - t);
                }));
                nanos.add(took.get());
            }
            lines.add(new Line(
                    "indicator pages",
                    indicator.slug() + " by month, territory " + largest + " chosen",
                    population,
                    nanos,
                    selects));
            // The downloads, as their handlers build them: the table read again, then the file.
            Supplier<ShownTable> read = () -> ShownTable.of(
                    figures.table(
                            viewer,
                            indicator,
                            Dimension.TERRITORY,
                            null,
                            Granularity.MONTH,
                            year,
                            BundleTranslations.FRENCH),
                    words);
            timed("downloads", indicator.slug() + " CSV", population, () -> FigureExports.csv(read.get()));
            timed("downloads", indicator.slug() + " ODS", population, () -> FigureExports.ods(read.get(), "Figures"));
            timed("downloads", indicator.slug() + " open data CSV", population, () -> OpenData.csv(read.get()));
            timed(
                    "downloads",
                    indicator.slug() + " open data dictionary",
                    population,
                    () -> OpenData.dictionary(read.get(), words).getBytes(StandardCharsets.UTF_8));
            write();
        }
        tearDownVaadin();
    }

    @SuppressWarnings("unchecked")
    private static void select(String id, Object value) {
        Select<Object> select = _get(Select.class, spec -> spec.withId(id));
        select.setValue(value);
    }

    private Words words() {
        return new Words() {
            @Override
            public String text(String key, Object... params) {
                return translations.getTranslation(key, BundleTranslations.FRENCH, params);
            }

            @Override
            public Locale locale() {
                return BundleTranslations.FRENCH;
            }
        };
    }

    private interface Publication {
        FigureTable read(Indicator indicator, Dimension breakdown);
    }

    /** Each table's first read, which publishes it: one line per table in the detail, a summary line. */
    private void publishEach(String what, String population, Publication publication) {
        List<Long> all = new ArrayList<>();
        long selects = 0;
        String slowest = "";
        long slowestNanos = 0;
        long started = System.nanoTime();
        for (Indicator indicator : Indicator.values()) {
            for (Dimension breakdown : Dimension.values()) {
                AtomicReference<Long> took = new AtomicReference<>();
                selects += SqlStatements.selectsDuring(jdbc, () -> {
                    long t = System.nanoTime();
                    publication.read(indicator, breakdown);
                    took.set(System.nanoTime() - t);
                });
                all.add(took.get());
                System.out.printf(
                        Locale.ROOT,
                        "[observatory scale] %s, %s × %s, %s: %.0f ms%n",
                        what,
                        indicator,
                        breakdown,
                        population,
                        took.get() / 1e6);
                lines.add(new Line(
                        "publishing, table by table",
                        what + ": " + indicator.slug() + " × "
                                + breakdown.name().toLowerCase(Locale.ROOT),
                        population,
                        List.of(took.get()),
                        -1));
                if (took.get() > slowestNanos) {
                    slowestNanos = took.get();
                    slowest = indicator.slug() + " × " + breakdown.name().toLowerCase(Locale.ROOT);
                }
            }
        }
        lines.add(new Line(
                "publishing",
                what + ", " + all.size() + " tables, per table (slowest: " + slowest + "); all: "
                        + String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9)
                        + ", SELECTs of all",
                population,
                all,
                selects));
    }

    private void once(String section, String what, String population, Runnable action) {
        AtomicReference<Long> took = new AtomicReference<>();
        long selects = SqlStatements.selectsDuring(jdbc, () -> {
            long t = System.nanoTime();
            action.run();
            took.set(System.nanoTime() - t);
        });
        lines.add(new Line(section, what, population, List.of(took.get()), selects));
        System.out.printf(
                Locale.ROOT,
                "[observatory scale] %s, %s: %.0f ms, %d SELECTs%n",
                what,
                population,
                took.get() / 1e6,
                selects);
    }

    /** {@value #RUNS} runs after a first one (a page's first draw in this UI, not timed). */
    private void timed(String section, String what, String population, Runnable action) {
        action.run();
        List<Long> nanos = new ArrayList<>();
        long selects = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            AtomicReference<Long> took = new AtomicReference<>();
            selects = Math.min(selects, SqlStatements.selectsDuring(jdbc, () -> {
                long t = System.nanoTime();
                action.run();
                took.set(System.nanoTime() - t);
            }));
            nanos.add(took.get());
        }
        lines.add(new Line(section, what, population, nanos, selects));
    }

    private void write() throws IOException {
        StringBuilder md = new StringBuilder("# Observatory at national scale\n\n")
                .append("Server side, embedded MariaDB 11.4 and the application in one JVM, this machine (")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores). Rerun: `./mvnw -Pbenchmark test -Dtest=ObservatoryScaleBenchmarkTest`. ")
                .append(
                        "Pages: the views' own code in a Karibu UI signed in as the observatory account, tables already ")
                .append("published; median and max of ")
                .append(RUNS)
                .append(
                        " runs, SELECTs the fewest of a run (server counter). Counting and publishing: one run each.\n\n");
        for (String note : notes) {
            md.append("- ").append(note).append('\n');
        }
        md.append("\n| section | page / operation | population | median ms | max ms | SELECTs | over 2 s |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Line line : lines) {
            if (line.section().endsWith("table by table")) {
                continue;
            }
            row(md, line);
        }
        md.append("\n## Publishing, table by table (first read, one run)\n\n")
                .append(
                        "| section | table | population | ms | ms | SELECTs | over 2 s |\n|---|---|---|---|---|---|---|\n");
        lines.stream()
                .filter(line -> line.section().endsWith("table by table"))
                .sorted(Comparator.comparingDouble(Line::maxMs).reversed())
                .forEach(line -> row(md, line));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of(REPORT), md.toString());
    }

    private static void row(StringBuilder md, Line line) {
        md.append(String.format(
                Locale.ROOT,
                "| %s | %s | %s | %.1f | %.1f | %s | %s |%n",
                line.section(),
                line.what(),
                line.population(),
                line.medianMs(),
                line.maxMs(),
                line.selects() < 0 ? "" : Long.toString(line.selects()),
                line.maxMs() > 2000 ? "**yes**" : ""));
    }
}
