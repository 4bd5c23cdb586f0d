package fr.reperes.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.TwoInstances;
import fr.reperes.access.AccessPolicy;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.observatory.counting.FrozenMonths;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.InvalidInputException;
import fr.reperes.platform.suppression.IndicatorCell;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The observatory's tables on the embedded database, with the raw months of a fake {@link FrozenMonths} (the real
 * counting is written apart) and a clock the test moves: who may read them, what a territory filter allows, and the
 * patterns kept from one publication date to the next.
 */
@IntegrationTest
class ObservatoryFiguresTest {

    private static final AtomicInteger DEPARTEMENTS = new AtomicInteger();

    @Autowired
    ApplicationContext context;

    @Autowired
    DossierImport dossier;

    @Autowired
    JdbcClient jdbc;

    private MovingClock clock;
    private RawMonths months;
    private ObservatoryFigures figures;
    private long departement;
    private List<Long> territories;

    @BeforeEach
    void setUp() {
        int n = DEPARTEMENTS.incrementAndGet();
        departement = dossier.departement("OBF" + n, "Département des figures " + n);
        territories = new ArrayList<>();
        for (String name : List.of("Nord", "Est", "Ouest")) {
            territories.add(dossier.territory(departement, name));
        }
        clock = new MovingClock(Instant.parse("2026-03-15T10:00:00Z"), ZoneId.of("Europe/Paris"));
        months = new RawMonths(jdbc);
        figures = new ObservatoryFigures(
                jdbc,
                context.getBean(JdbcTemplate.class),
                context.getBean(AccessPolicy.class),
                clock,
                () -> months,
                context.getBean(BundleTranslations.class));
    }

    private Viewer viewer(Role role) {
        return new Viewer(1L, "figures-" + role, "Test " + role, role, departement, null, null, null);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyTheObservatoryAndTheAdministratorReadFigures(Role role) {
        Viewer viewer = viewer(role);
        boolean allowed = role == Role.OBSERVATOIRE || role == Role.ADMIN;
        if (allowed) {
            assertThat(figures.table(
                                    viewer,
                                    Indicator.REACTIONS_READ,
                                    Dimension.TERRITORY,
                                    null,
                                    Granularity.MONTH,
                                    Year.of(2026),
                                    BundleTranslations.FRENCH)
                            .rows())
                    .hasSize(3);
            assertThat(figures.territories(viewer))
                    .extracting(ObservatoryTerritory::name)
                    .containsExactly("Est", "Nord", "Ouest");
            assertThat(figures.lastPublishedMonth(viewer)).contains(YearMonth.of(2026, 1));
        } else {
            assertThatThrownBy(() -> figures.table(
                            viewer,
                            Indicator.REACTIONS_READ,
                            Dimension.TERRITORY,
                            null,
                            Granularity.MONTH,
                            Year.of(2026)))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> figures.publishedTable(
                            viewer,
                            Indicator.REACTIONS_READ,
                            Dimension.TERRITORY,
                            null,
                            Granularity.MONTH,
                            Year.of(2026)))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> figures.territories(viewer)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> figures.lastPublishedMonth(viewer)).isInstanceOf(AccessRefusedException.class);
        }
    }

    @Test
    void anAccountWithoutRoleIsRefused() {
        Viewer none = new Viewer(null, "nobody", "Personne", null, departement, null, null, null);
        assertThatThrownBy(() -> figures.territories(none)).isInstanceOf(AccessRefusedException.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = Dimension.class,
            names = {"AGE_BAND", "MEASURE_KIND", "PLACE_KIND"})
    void aTerritoryIsNeverCrossedWithAnotherDimension(Dimension dimension) {
        assertThatThrownBy(() -> figures.table(
                        viewer(Role.OBSERVATOIRE),
                        Indicator.REACTIONS_READ,
                        dimension,
                        territories.getFirst(),
                        Granularity.MONTH,
                        Year.of(2026)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("territory", "observatory.figures.error.territory-crossed"));
    }

    @Test
    void aGlanceAtATableNeverPublishesItAndThenSeesWhatWasPublished() {
        months.fill(Indicator.REACTIONS_READ, Dimension.TERRITORY, territories, 2026, 1, 12);
        Viewer odpe = viewer(Role.OBSERVATOIRE);
        assertThat(figures.publishedTable(
                        odpe, Indicator.REACTIONS_READ, Dimension.TERRITORY, null, Granularity.MONTH, Year.of(2026)))
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM observatory_figure_unit WHERE departement_id = :d")
                        .param("d", departement)
                        .query(Integer.class)
                        .single())
                .isZero();
        FigureTable read = figures.table(
                odpe, Indicator.REACTIONS_READ, Dimension.TERRITORY, null, Granularity.MONTH, Year.of(2026));
        assertThat(figures.publishedTable(
                        odpe, Indicator.REACTIONS_READ, Dimension.TERRITORY, null, Granularity.MONTH, Year.of(2026)))
                .contains(read);
    }

    @Test
    void aTerritoryFilterShowsThatTerritorysRowOfTheTerritoryTableOnly() {
        months.fill(Indicator.REACTIONS_READ, Dimension.TERRITORY, territories, 2026, 1, 12);
        Viewer odpe = viewer(Role.OBSERVATOIRE);
        FigureTable all = figures.table(
                odpe, Indicator.REACTIONS_READ, Dimension.TERRITORY, null, Granularity.MONTH, Year.of(2026));
        FigureTable one = figures.table(
                odpe,
                Indicator.REACTIONS_READ,
                Dimension.TERRITORY,
                territories.get(1),
                Granularity.MONTH,
                Year.of(2026));
        assertThat(one.rows()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo("Est");
            assertThat(row.cells())
                    .isEqualTo(all.rows().stream()
                            .filter(r -> r.label().equals("Est"))
                            .findFirst()
                            .orElseThrow()
                            .cells());
        });
        assertThat(one.total()).isEqualTo(one.rows().getFirst().cells());
        long elsewhere = dossier.departement("OBX" + DEPARTEMENTS.incrementAndGet(), "Ailleurs");
        long foreign = dossier.territory(elsewhere, "Ailleurs");
        assertThatThrownBy(() -> figures.table(
                        odpe, Indicator.REACTIONS_READ, Dimension.TERRITORY, foreign, Granularity.MONTH, Year.of(2026)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("territory", "observatory.figures.error.territory"));
        assertThatThrownBy(() -> figures.table(
                        odpe, Indicator.REACTIONS_READ, Dimension.TERRITORY, null, Granularity.MONTH, Year.of(2027)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("year", "observatory.figures.error.year"));
    }

    @Test
    void patternsAndShownValuesAreFrozenAcrossPublicationDatesAndTheTotalRowIsShared() {
        // January small in Nord (withheld, and a second number with it), large elsewhere.
        months.put(
                Indicator.PPE_COVERAGE,
                Dimension.TERRITORY,
                2026,
                1,
                territories.get(0),
                "" + territories.get(0),
                3,
                20);
        months.put(
                Indicator.PPE_COVERAGE,
                Dimension.TERRITORY,
                2026,
                1,
                territories.get(1),
                "" + territories.get(1),
                30,
                60);
        months.put(
                Indicator.PPE_COVERAGE,
                Dimension.TERRITORY,
                2026,
                1,
                territories.get(2),
                "" + territories.get(2),
                40,
                70);
        months.put(Indicator.PPE_COVERAGE, Dimension.AGE_BAND, 2026, 1, territories.get(0), "11-15", 33, 70);
        months.put(Indicator.PPE_COVERAGE, Dimension.AGE_BAND, 2026, 1, territories.get(1), "16-17", 40, 80);
        Viewer odpe = viewer(Role.OBSERVATOIRE);
        FigureTable january = figures.table(
                odpe, Indicator.PPE_COVERAGE, Dimension.TERRITORY, null, Granularity.MONTH, Year.of(2026));
        assertThat(january.periods()).containsExactly("2026-01");
        assertThat(january.countedOn()).isEqualTo(LocalDate.of(2026, 3, 15));
        IndicatorCell nord = row(january, "Nord").getFirst();
        assertThat(nord.suppressed()).isTrue();
        assertThat(january.rows())
                .filteredOn(r -> r.cells().getFirst().suppressed())
                .hasSizeGreaterThanOrEqualTo(2);

        // A month later February is published, January's pattern kept.
        for (int t = 0; t < 3; t++) {
            months.put(
                    Indicator.PPE_COVERAGE,
                    Dimension.TERRITORY,
                    2026,
                    2,
                    territories.get(t),
                    "" + territories.get(t),
                    25,
                    50);
        }
        months.put(Indicator.PPE_COVERAGE, Dimension.AGE_BAND, 2026, 2, territories.get(0), "11-15", 75, 150);
        clock.set(Instant.parse("2026-04-02T10:00:00Z"));
        FigureTable february = figures.table(
                odpe, Indicator.PPE_COVERAGE, Dimension.TERRITORY, null, Granularity.MONTH, Year.of(2026));
        assertThat(february.periods()).containsExactly("2026-01", "2026-02");
        for (FigureTable.Row row : january.rows()) {
            assertThat(row(february, row.label()).getFirst())
                    .as("January of %s as first published", row.label())
                    .isEqualTo(row.cells().getFirst());
        }
        assertThat(february.total().getFirst()).isEqualTo(january.total().getFirst());
        assertThat(february.countedOn()).isEqualTo(LocalDate.of(2026, 4, 2));
        // February's numbers, where shown, are the true ones (25 of 50 in each territory). Which are withheld is the
        // audit's choice over all breakdowns together: the age bands' February (everyone in one band) needs some.
        assertThat(february.rows())
                .allSatisfy(row -> row.cells()
                        .get(1)
                        .count()
                        .ifPresent(count -> assertThat(count).isEqualTo(25)));
        february.total().get(1).count().ifPresent(count -> assertThat(count).isEqualTo(75));

        FigureTable byAge =
                figures.table(odpe, Indicator.PPE_COVERAGE, Dimension.AGE_BAND, null, Granularity.MONTH, Year.of(2026));
        assertThat(byAge.total()).as("the total row is the territory table's").isEqualTo(february.total());
        assertThat(byAge.rows())
                .extracting(FigureTable.Row::label)
                .containsExactly("0 à 5 ans", "6 à 10 ans", "11 à 15 ans", "16 et 17 ans", "18 à 21 ans");
        assertThat(byAge.rows()).allSatisfy(row -> assertThat(row.cells()).hasSize(2));
        // Every breakdown of the figure is published with the one read: one linked system.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM observatory_figure_unit WHERE departement_id = :d")
                        .param("d", departement)
                        .query(Integer.class)
                        .single())
                .isEqualTo(Dimension.values().length);
    }

    @Test
    void quartersAndYearsAreLabelledAndAYearTableShowsTheCompleteYearsUpToTheOneChosen() {
        months.fill(Indicator.REACTIONS_READ, Dimension.TERRITORY, territories, 2025, 1, 12);
        Viewer odpe = viewer(Role.OBSERVATOIRE);
        FigureTable quarters = figures.table(
                odpe, Indicator.REACTIONS_READ, Dimension.TERRITORY, null, Granularity.QUARTER, Year.of(2025));
        assertThat(quarters.periods()).containsExactly("2025-T1", "2025-T2", "2025-T3", "2025-T4");
        assertThat(quarters.total().getFirst().count()).hasValue(3 * 3 * 12);
        FigureTable years = figures.table(
                odpe, Indicator.REACTIONS_READ, Dimension.TERRITORY, null, Granularity.YEAR, Year.of(2026));
        assertThat(years.periods()).containsExactly("2022", "2023", "2024", "2025");
        assertThat(years.total().get(3).count()).hasValue(3 * 12 * 12);
        assertThat(years.total().getFirst().suppressed())
                .as("a year without data is zero, withheld")
                .isTrue();
    }

    private static List<IndicatorCell> row(FigureTable table, String label) {
        return table.rows().stream()
                .filter(r -> r.label().equals(label))
                .findFirst()
                .orElseThrow()
                .cells();
    }

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        MovingClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new MovingClock(now, other);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /**
     * The night's publisher publishes every table of the year once, territories first; a second run finds nothing
     * due, and a reader then gets exactly what it published.
     */
    @Test
    void theNightPublisherPublishesEachTableOnceAndReadersGetWhatItPublished() {
        TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
        int tables = Indicator.values().length * Dimension.values().length;
        assertThat(figures.publishDue(departement, transactions)).isEqualTo(tables);
        assertThat(figures.publishDue(departement, transactions)).isZero();
        long cells = jdbc.sql("""
                        SELECT COUNT(*) FROM observatory_figure_cell c JOIN observatory_figure_unit u ON u.id = c.unit_id
                        WHERE u.departement_id = :dep""").param("dep", departement).query(Long.class).single();
        figures.table(
                viewer(Role.OBSERVATOIRE),
                Indicator.PPE_COVERAGE,
                Dimension.AGE_BAND,
                null,
                Granularity.MONTH,
                Year.of(2026),
                BundleTranslations.FRENCH);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM observatory_figure_cell c JOIN observatory_figure_unit u ON u.id = c.unit_id
                        WHERE u.departement_id = :dep""").param("dep", departement).query(Long.class).single())
                .as("a reader publishes nothing more")
                .isEqualTo(cells);
    }

    /** Two instances' night publishers at the same moment: each table published once, by one of them. */
    @Test
    void twoInstancesPublishingAtOnceEachPublishEveryTableOnce() throws Exception {
        TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
        int tables = Indicator.values().length * Dimension.values().length;

        List<Integer> published = TwoInstances.atOnce(() -> figures.publishDue(departement, transactions));

        assertThat(published.stream().mapToInt(Integer::intValue).sum()).isEqualTo(tables);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM observatory_figure_unit WHERE departement_id = :dep AND months > 0")
                        .param("dep", departement)
                        .query(Integer.class)
                        .single())
                .as("every table published")
                .isEqualTo(tables);
        assertThat(figures.publishDue(departement, transactions)).isZero();
    }
}
