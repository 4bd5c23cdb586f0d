package fr.reperes.observatory.counting;

import fr.reperes.observatory.Dimension;
import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.MonthlyCount;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a month once it has been over for {@value #LAG_MONTHS} month, every indicator by every dimension at once, and
 * freezes the counts in observatory_monthly_count. One GROUP BY statement per source module (dossier, autonomy,
 * participation, content) and month, whatever the population: each lists the counted people, one row
 * per indicator, person and month with the day the indicator looks at (the month's end for a stock, the person's first
 * event of the month for a flow), classifies each by territory, age band, heaviest measure and lieu d'accueil kind on
 * that day, and groups them by all four at once; the dimensions' counts are the sums of that cross table, so that
 * every dimension partitions the same people. No row is loaded: the statements return at most one row per indicator,
 * month and combination of categories.
 *
 * <p>Concurrency: a month is claimed by inserting its observatory_counted_month row (INSERT IGNORE). The claimant
 * counts it in the same transaction; another request claiming it at the same time waits on the row's lock, finds it
 * taken, and reads the claimant's committed counts with a locking read. Two requests thus always see the same rows.
 *
 * <p>Dates: DATE and DATETIME columns hold the département's days and wall times; a TIMESTAMP holds the JVM's wall
 * time (the driver's default zone), moved into the département's zone by the offset between the two zones at the time
 * of counting (a timestamp within an hour of a daylight-saving change of only one of the two zones may fall on the
 * neighbouring day).
 */
@Component
class MonthlyCounting implements FrozenMonths {

    /** As AutonomyIndicators.PUBLICATION_LAG_MONTHS: most dates recorded late are in a month after. */
    static final int LAG_MONTHS = 1;

    /**
     * Measure kinds from the heaviest: placements (judicial before administrative, the emergency order first), the
     * delegation of parental authority, help at home (judicial before administrative), the investigation, and the
     * young adult's contract. A young person with several measures in force is counted under the first.
     */
    static final List<String> MEASURE_KINDS = List.of(
            "OPP",
            "PLACEMENT_JUDICIAIRE",
            "TDC",
            "ACCUEIL_PROVISOIRE",
            "DAP",
            "AEMO_RENFORCEE",
            "AEMO",
            "AED",
            "MJIE",
            "ACCOMPAGNEMENT_JEUNE_MAJEUR");

    static final String NO_MEASURE = "NONE";

    /** Lieu d'accueil kinds (dossier.PlacementKind), in its order. */
    static final List<String> PLACE_KINDS = List.of(
            "FAMILLE_ACCUEIL",
            "MECS",
            "FOYER_ENFANCE",
            "LIEU_DE_VIE",
            "VILLAGE_ENFANTS",
            "PLACEMENT_DOMICILE",
            "SEMI_AUTONOMIE",
            "FJT",
            "TIERS_DIGNE_DE_CONFIANCE");

    static final String NOT_PLACED = "NOT_PLACED";

    private static final String READ = """
            SELECT month_start, territory_id, category, counted, cohort FROM observatory_monthly_count
            WHERE departement_id = :dep AND indicator = :indicator AND dimension = :dimension
              AND month_start BETWEEN :first AND :last LOCK IN SHARE MODE""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    MonthlyCounting(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** The last month over for {@value #LAG_MONTHS} month: the last one that may be counted today. */
    YearMonth lastCountable() {
        return YearMonth.now(clock).minusMonths(1 + LAG_MONTHS);
    }

    /**
     * In a transaction of its own: the caller's may be read-only (a page reading figures), and its snapshot may be
     * older than another request's freezing; the counts are committed when this returns.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<MonthlyCount> of(long departementId, Indicator indicator, Dimension dimension, Year year) {
        YearMonth first = year.atMonth(1);
        YearMonth last = year.atMonth(12).isAfter(lastCountable()) ? lastCountable() : year.atMonth(12);
        if (last.isBefore(first)) {
            return List.of();
        }
        freeze(departementId, first, last);
        Map<String, int[]> values = new HashMap<>();
        jdbc.sql(READ)
                .param("dep", departementId)
                .param("indicator", indicator.name())
                .param("dimension", dimension.name())
                .param("first", first.atDay(1))
                .param("last", last.atDay(1))
                .query(rs -> {
                    values.put(
                            cell(
                                    YearMonth.from(rs.getObject("month_start", LocalDate.class)),
                                    rs.getLong("territory_id"),
                                    rs.getString("category")),
                            new int[] {rs.getInt("counted"), rs.getInt("cohort")});
                });
        List<Long> territories = territories(departementId);
        List<String> categories = dimension == Dimension.TERRITORY ? List.of() : categories(departementId, dimension);
        List<MonthlyCount> counts = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            for (long territory : territories) {
                for (String category :
                        dimension == Dimension.TERRITORY ? List.of(Long.toString(territory)) : categories) {
                    int[] value = values.getOrDefault(cell(month, territory, category), new int[2]);
                    counts.add(new MonthlyCount(indicator, dimension, month, territory, category, value[0], value[1]));
                }
            }
        }
        return counts;
    }

    @Override
    public List<String> categories(long departementId, Dimension dimension) {
        return switch (dimension) {
            case TERRITORY ->
                territories(departementId).stream().map(String::valueOf).toList();
            case AGE_BAND -> Dimension.AGE_BANDS;
            case MEASURE_KIND ->
                Stream.concat(MEASURE_KINDS.stream(), Stream.of(NO_MEASURE)).toList();
            case PLACE_KIND ->
                Stream.concat(PLACE_KINDS.stream(), Stream.of(NOT_PLACED)).toList();
        };
    }

    private List<Long> territories(long departementId) {
        return jdbc.sql("SELECT id FROM dossier_territory_view WHERE departement_id = :dep ORDER BY name, id")
                .param("dep", departementId)
                .query(Long.class)
                .list();
    }

    private static String cell(YearMonth month, long territory, String category) {
        return month + "|" + territory + "|" + category;
    }

    /** Counts and freezes the months of the period not frozen yet, those this transaction claims. */
    private void freeze(long departementId, YearMonth first, YearMonth last) {
        Set<YearMonth> frozen = jdbc.sql("""
                        SELECT month_start FROM observatory_counted_month
                        WHERE departement_id = :dep AND month_start BETWEEN :first AND :last""")
                .param("dep", departementId)
                .param("first", first.atDay(1))
                .param("last", last.atDay(1))
                .query((rs, n) -> YearMonth.from(rs.getObject("month_start", LocalDate.class)))
                .set();
        LocalDate today = LocalDate.now(clock);
        TreeSet<YearMonth> claimed = new TreeSet<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            if (!frozen.contains(month)
                    && jdbc.sql("""
                                    INSERT IGNORE INTO observatory_counted_month (departement_id, month_start, counted_on)
                                    VALUES (:dep, :month, :today)""")
                                    .param("dep", departementId)
                                    .param("month", month.atDay(1))
                                    .param("today", today)
                                    .update()
                            == 1) {
                claimed.add(month);
            }
        }
        if (claimed.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        count(departementId, claimed)
                .forEach((key, value) -> rows.add(new Object[] {
                    departementId,
                    key.month().atDay(1),
                    key.indicator(),
                    key.dimension(),
                    key.territoryId(),
                    key.category(),
                    value[0],
                    value[1]
                }));
        batch.batchUpdate("""
                INSERT IGNORE INTO observatory_monthly_count (departement_id, month_start, indicator, dimension,
                                                              territory_id, category, counted, cohort)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** One cell of the frozen counts. */
    record Cell(YearMonth month, String indicator, String dimension, long territoryId, String category) {}

    /**
     * The raw counts of the given months, by every dimension, non-zero cells only: one statement per source and month,
     * whatever the population. Never stored for other months than those given.
     *
     * <p>Month by month: with one month, its end is a constant and MariaDB looks each person's measures and PPE versions
     * up by their index; given several months at once, it chose to join the events to every measure of the base by
     * blocks (a year of the demo département took 17 s where its twelve months take 1 s, and at 400,000 young people
     * the one statement would have run for hours). ObservatoryScaleBenchmarkTest measures both.
     */
    Map<Cell, int[]> count(long departementId, TreeSet<YearMonth> months) {
        Map<Cell, int[]> counts = new HashMap<>();
        for (YearMonth month : months) {
            count(departementId, month, counts);
        }
        return counts;
    }

    private void count(long departementId, YearMonth month, Map<Cell, int[]> counts) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        long shift = shiftSeconds();
        String monthEnd = "SELECT DATE '" + last + "' AS on_day";
        Map<String, Boolean> sources = new LinkedHashMap<>();
        sources.put(CountingSql.dossier(monthEnd, shift), true);
        sources.put(CountingSql.autonomy(), false);
        sources.put(CountingSql.participation(shift), false);
        sources.put(CountingSql.content(shift), false);
        for (Map.Entry<String, Boolean> source : sources.entrySet()) {
            jdbc.sql(CountingSql.classified(source.getKey(), source.getValue()))
                    .param("dep", departementId)
                    .param("first", first)
                    .param("last", last)
                    .param("lo", first.minusDays(2).atStartOfDay())
                    .param("hi", last.plusDays(3).atStartOfDay())
                    .query(rs -> {
                        int ym = rs.getInt("ym");
                        if (!YearMonth.of(ym / 100, ym % 100).equals(month)) {
                            return;
                        }
                        String indicator = rs.getString("indicator");
                        long territory = rs.getLong("territory_id");
                        int counted = rs.getInt("counted");
                        int cohort = rs.getInt("cohort");
                        // One classification of the same people by every dimension: each partitions them.
                        Map<Dimension, String> categories = Map.of(
                                Dimension.TERRITORY, Long.toString(territory),
                                Dimension.AGE_BAND, rs.getString("age_band"),
                                Dimension.MEASURE_KIND, rs.getString("measure_kind"),
                                Dimension.PLACE_KIND, rs.getString("place_kind"));
                        categories.forEach((dimension, category) -> add(
                                counts,
                                new Cell(month, indicator, dimension.name(), territory, category),
                                counted,
                                cohort));
                    });
        }
    }

    private static void add(Map<Cell, int[]> counts, Cell cell, int counted, int cohort) {
        int[] value = counts.computeIfAbsent(cell, c -> new int[2]);
        value[0] += counted;
        value[1] += cohort;
    }

    /** Seconds to add to a stored TIMESTAMP (the JVM zone's wall time) to get the département's wall time. */
    private long shiftSeconds() {
        Instant now = clock.instant();
        return clock.getZone().getRules().getOffset(now).getTotalSeconds()
                - ZoneId.systemDefault().getRules().getOffset(now).getTotalSeconds();
    }
}
