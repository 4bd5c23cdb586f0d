package fr.reperes.observatory;

import com.vaadin.flow.server.VaadinSession;
import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessPolicy;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.identity.Viewer;
import fr.reperes.observatory.counting.FrozenMonths;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.InvalidInputException;
import fr.reperes.platform.suppression.IndicatorCell;
import fr.reperes.platform.suppression.YearTables;
import fr.reperes.platform.suppression.YearTables.Counts;
import fr.reperes.platform.suppression.YearTables.Published;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The observatory's tables, protected before they leave this class: every screen, export and report reads its figures
 * here, so that one rule decides what is shown. Refused to every role but the observatory's and the ADMIN's
 * (AccessPolicy.decideAggregates).
 *
 * <p>A table is a publication unit of {@link YearTables}: one indicator, one breakdown, one calendar year of the
 * département, over the months published so far (those over for a month at least, counted and frozen by
 * {@link FrozenMonths}), the complete quarters and the complete year. When a month is added, the unit is protected
 * again with its earlier pattern kept (V29: observatory_figure_unit and _cell keep what was shown, never a raw count),
 * so that the union of every publication over time is the latest one. The total row is shared by every breakdown of a
 * figure and year: the territory table decides it and is published first, the others are audited together with it.
 *
 * <p>No audit entry: once small cells are withheld, the figures hold no young person's data (as AutonomyIndicators).
 */
@Service
public class ObservatoryFigures {

    /** How many years a table by year shows, the chosen one last. */
    static final int YEARS_SHOWN = 5;
    /** A month is published once it has been over for this many months (late records are in). */
    static final int PUBLICATION_LAG_MONTHS = 1;

    private static final String TOTAL = "";

    /** A table's transaction lost to a deadlock with another instance is run again, up to this many times in all. */
    private static final int LOCK_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AccessPolicy policy;
    private final Clock clock;
    private final Supplier<FrozenMonths> frozenMonths;
    private final BundleTranslations translations;

    @Autowired
    ObservatoryFigures(
            JdbcClient jdbc,
            JdbcTemplate batch,
            AccessPolicy policy,
            Clock clock,
            FrozenMonths frozen,
            BundleTranslations translations) {
        this(jdbc, batch, policy, clock, () -> frozen, translations);
    }

    /** For tests that give the raw counts themselves. */
    ObservatoryFigures(
            JdbcClient jdbc,
            JdbcTemplate batch,
            AccessPolicy policy,
            Clock clock,
            Supplier<FrozenMonths> frozen,
            BundleTranslations translations) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.policy = policy;
        this.clock = clock;
        this.frozenMonths = frozen;
        this.translations = translations;
    }

    /**
     * One indicator for one year (or, by {@link Granularity#YEAR}, the five years up to it), broken down by
     * {@code breakdown}, for the département or, with {@code territoryId}, for that territory alone (then the
     * breakdown must be {@link Dimension#TERRITORY}: a territory is never crossed with another dimension, which would
     * cut the people counted into groups too small to protect). Labels in the session's language (French without
     * one).
     */
    @Transactional
    public FigureTable table(
            Viewer viewer,
            Indicator indicator,
            Dimension breakdown,
            @Nullable Long territoryId,
            Granularity granularity,
            Year year) {
        VaadinSession session = VaadinSession.getCurrent();
        // A download is served outside the session's lock: its caller gives the locale (the overload below).
        Locale locale = session != null && session.hasLock() ? session.getLocale() : BundleTranslations.FRENCH;
        return table(viewer, indicator, breakdown, territoryId, granularity, year, locale);
    }

    /** {@link #table} with its labels in {@code locale} (exports, the yearly report). */
    @Transactional
    public FigureTable table(
            Viewer viewer,
            Indicator indicator,
            Dimension breakdown,
            @Nullable Long territoryId,
            Granularity granularity,
            Year year,
            Locale locale) {
        return Objects.requireNonNull(
                tableOf(viewer, indicator, breakdown, territoryId, granularity, year, locale, true),
                "a table is published when first read");
    }

    /**
     * {@link #table} only if every unit it needs is already published: empty otherwise, never publishing. For a page
     * that glances at many tables (the odpe's home) and must not be the one to protect them all.
     */
    @Transactional(readOnly = true)
    public Optional<FigureTable> publishedTable(
            Viewer viewer,
            Indicator indicator,
            Dimension breakdown,
            @Nullable Long territoryId,
            Granularity granularity,
            Year year) {
        return Optional.ofNullable(tableOf(
                viewer, indicator, breakdown, territoryId, granularity, year, BundleTranslations.FRENCH, false));
    }

    private @Nullable FigureTable tableOf(
            Viewer viewer,
            Indicator indicator,
            Dimension breakdown,
            @Nullable Long territoryId,
            Granularity granularity,
            Year year,
            Locale locale,
            boolean publishMissing) {
        long departement = allowed(viewer);
        YearMonth last = lastMonth();
        Map<String, String> errors = new HashMap<>();
        if (indicator == null || breakdown == null || granularity == null || year == null) {
            throw new InvalidInputException(Map.of("indicator", "observatory.figures.error.missing"));
        }
        if (year.isAfter(Year.of(last.getYear()))) {
            errors.put("year", "observatory.figures.error.year");
        }
        Map<Long, String> territories = territoryNames(departement);
        if (territoryId != null) {
            if (breakdown != Dimension.TERRITORY) {
                errors.put("territory", "observatory.figures.error.territory-crossed");
            } else if (!territories.containsKey(territoryId)) {
                errors.put("territory", "observatory.figures.error.territory");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<String> categories = frozenMonths.get().categories(departement, breakdown);
        List<String> periods = new ArrayList<>();
        List<List<IndicatorCell>> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            rows.add(new ArrayList<>());
        }
        List<IndicatorCell> total = new ArrayList<>();
        LocalDate countedOn = LocalDate.MIN;
        List<Year> years = granularity == Granularity.YEAR
                ? List.of(year.minusYears(4), year.minusYears(3), year.minusYears(2), year.minusYears(1), year)
                : List.of(year);
        for (Year shown : years) {
            int months = months(shown, last);
            if (months == 0 || granularity == Granularity.YEAR && months < 12 || categories.isEmpty()) {
                continue;
            }
            Unit unit;
            if (publishMissing) {
                unit = publish(departement, indicator, breakdown, shown, months, categories);
            } else {
                Optional<Stored> found = find(departement, indicator, breakdown, shown);
                if (found.isEmpty() || found.get().months() < months) {
                    return null;
                }
                unit = new Unit(
                        read(found.get(), found.get().months(), categories, indicator),
                        found.get().publishedOn());
            }
            countedOn = unit.publishedOn().isAfter(countedOn) ? unit.publishedOn() : countedOn;
            for (int period = 0; period < YearTables.periods(months); period++) {
                int[] span = YearTables.span(months, period);
                boolean month = span[0] == span[1];
                boolean quarter = span[1] - span[0] == 2;
                if (granularity == Granularity.MONTH && !month
                        || granularity == Granularity.QUARTER && !quarter
                        || granularity == Granularity.YEAR && (month || quarter)) {
                    continue;
                }
                periods.add(label(shown, span));
                for (int c = 0; c < categories.size(); c++) {
                    rows.get(c).add(unit.published().rows().get(c).get(period));
                }
                total.add(unit.published().total().get(period));
            }
        }
        List<FigureTable.Row> shownRows = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            String category = categories.get(c);
            if (territoryId != null && !category.equals(territoryId.toString())) {
                continue;
            }
            String label = breakdown == Dimension.TERRITORY
                    ? territories.getOrDefault(Long.valueOf(category), category)
                    : translations.getTranslation("observatory.category." + breakdown.name() + "." + category, locale);
            shownRows.add(new FigureTable.Row(category, label, List.copyOf(rows.get(c))));
        }
        List<IndicatorCell> totalCells = territoryId != null && !shownRows.isEmpty()
                ? shownRows.getFirst().cells()
                : List.copyOf(total);
        return new FigureTable(
                indicator,
                breakdown,
                territoryId,
                granularity,
                List.copyOf(periods),
                List.copyOf(shownRows),
                totalCells,
                countedOn.equals(LocalDate.MIN) ? LocalDate.now(clock) : countedOn);
    }

    /** The département's territories, by name. */
    public List<ObservatoryTerritory> territories(Viewer viewer) {
        long departement = allowed(viewer);
        return territoryNames(departement).entrySet().stream()
                .map(e -> new ObservatoryTerritory(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * The last month published (over for a month, frozen), if any: tables are published when first read, so this is
     * the last month a table shows.
     */
    public Optional<YearMonth> lastPublishedMonth(Viewer viewer) {
        allowed(viewer);
        return Optional.of(lastMonth());
    }

    private long allowed(Viewer viewer) {
        AccessDecision decision = policy.decideAggregates(viewer.role());
        if (!decision.allowed()) {
            throw new AccessRefusedException(decision.reason());
        }
        return Objects.requireNonNull(viewer.departementId(), "an account belongs to a département");
    }

    private YearMonth lastMonth() {
        return YearMonth.now(clock).minusMonths(1 + PUBLICATION_LAG_MONTHS);
    }

    private static int months(Year year, YearMonth last) {
        if (year.getValue() < last.getYear()) {
            return 12;
        }
        return year.getValue() == last.getYear() ? last.getMonthValue() : 0;
    }

    private static String label(Year year, int[] span) {
        if (span[0] == span[1]) {
            return YearMonth.of(year.getValue(), span[0] + 1).toString();
        }
        if (span[1] - span[0] == 2) {
            return year.getValue() + "-T" + (span[0] / 3 + 1);
        }
        return Integer.toString(year.getValue());
    }

    private Map<Long, String> territoryNames(long departement) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM dossier_territory_view WHERE departement_id = :dep ORDER BY name")
                .param("dep", departement)
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                });
        return names;
    }

    // --- publication units -------------------------------------------------------------------------------------

    /**
     * Publishes every table of the département's latest published year not published with its last month yet, in
     * one transaction per table: for {@link ObservatoryPublisher}, so that readers find the tables ready (protecting
     * a year's December takes seconds). No viewer: it shows nothing to anyone. Returns how many tables it published.
     */
    int publishDue(long departement, TransactionTemplate transactions) {
        YearMonth last = lastMonth();
        Year year = Year.of(last.getYear());
        int months = months(year, last);
        if (months == 0) {
            return 0;
        }
        int published = 0;
        for (Indicator indicator : Indicator.values()) {
            published += publishIfDue(departement, indicator, year, months, transactions);
        }
        return published;
    }

    /**
     * One figure's tables, in one transaction, if not published with {@code months} yet; how many it stored. Two
     * instances publishing at once can still deadlock on the units' claim rows (inserting them): the transaction
     * MariaDB chose to roll back kept nothing and is run again, and then finds the tables the other published.
     */
    private int publishIfDue(
            long departement, Indicator indicator, Year year, int months, TransactionTemplate transactions) {
        for (int attempt = 1; ; attempt++) {
            try {
                Integer stored = transactions.execute(tx -> publishTogether(departement, indicator, year, months, null)
                        .stored());
                return stored == null ? 0 : stored;
            } catch (PessimisticLockingFailureException lost) {
                if (attempt == LOCK_ATTEMPTS) {
                    throw lost;
                }
            }
        }
    }

    /** A unit as published now, with the day its last month was published. */
    record Unit(Published published, LocalDate publishedOn) {}

    /**
     * The unit with {@code months} months: as stored if it has them, else protected now with one more month (or
     * several), together with every other breakdown of the figure and year (one linked system: the total row is
     * theirs too), the earlier patterns kept, and stored.
     */
    private Unit publish(
            long departement,
            Indicator indicator,
            Dimension breakdown,
            Year year,
            int months,
            List<String> categories) {
        Optional<Stored> current = find(departement, indicator, breakdown, year);
        if (current.isPresent() && current.get().months() >= months) {
            Stored found = current.get();
            return new Unit(read(found, found.months(), categories, indicator), found.publishedOn());
        }
        return Objects.requireNonNull(
                publishTogether(departement, indicator, year, months, breakdown).asked(),
                "the breakdown asked for has categories, so it is among those published");
    }

    /** What {@link #publishTogether} did: the unit asked for (null if none was), and how many tables it stored. */
    private record Together(@Nullable Unit asked, int stored) {}

    /**
     * Every breakdown of the figure and year with categories, protected together as one system and stored where
     * behind {@code months}. Their rows are locked in one order for everyone (territories first), so that two
     * readers publishing the same figure never wait for each other; the first to get them publishes for both.
     */
    private Together publishTogether(
            long departement, Indicator indicator, Year year, int months, @Nullable Dimension asked) {
        List<Dimension> breakdowns = new ArrayList<>();
        List<List<String>> categoriesOf = new ArrayList<>();
        List<Stored> rows = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            List<String> its = frozenMonths.get().categories(departement, dimension);
            if (its.isEmpty()) {
                continue;
            }
            breakdowns.add(dimension);
            categoriesOf.add(its);
            rows.add(lock(departement, indicator, dimension, year));
        }
        int mine = asked == null ? -1 : breakdowns.indexOf(asked);
        if (rows.stream().allMatch(row -> row.months() >= months)) {
            Unit unit = mine < 0
                    ? null
                    : new Unit(
                            read(rows.get(mine), rows.get(mine).months(), categoriesOf.get(mine), indicator),
                            rows.get(mine).publishedOn());
            return new Together(unit, 0);
        }
        if (breakdowns.getFirst() != Dimension.TERRITORY) {
            throw new IllegalStateException("a figure is published by territory first: its total row is theirs");
        }
        List<Counts> counts = new ArrayList<>();
        List<@Nullable Published> previous = new ArrayList<>();
        for (int b = 0; b < breakdowns.size(); b++) {
            Stored row = rows.get(b);
            counts.add(counts(departement, indicator, breakdowns.get(b), year, months, categoriesOf.get(b)));
            previous.add(row.months() == 0 ? null : read(row, row.months(), categoriesOf.get(b), indicator));
        }
        List<Published> published = YearTables.protectTogether(counts, previous);
        LocalDate today = LocalDate.now(clock);
        int stored = 0;
        for (int b = 0; b < breakdowns.size(); b++) {
            if (rows.get(b).months() < months) {
                store(rows.get(b), year, months, categoriesOf.get(b), published.get(b), today);
                stored++;
            }
        }
        return new Together(mine < 0 ? null : new Unit(published.get(mine), today), stored);
    }

    /** The unit's row as last committed, without a lock: most reads find their months published. */
    private Optional<Stored> find(long departement, Indicator indicator, Dimension breakdown, Year year) {
        return unitRow(departement, indicator, breakdown, year, false);
    }

    /** The unit's row, read as last committed or locked until the transaction ends. */
    private Optional<Stored> unitRow(
            long departement, Indicator indicator, Dimension breakdown, Year year, boolean locked) {
        return jdbc.sql("""
                        SELECT id, months, published_on FROM observatory_figure_unit
                        WHERE departement_id = :dep AND indicator = :indicator AND dimension = :dimension
                          AND year_number = :year""" + (locked ? " FOR UPDATE" : ""))
                .param("dep", departement)
                .param("indicator", indicator.name())
                .param("dimension", breakdown.name())
                .param("year", year.getValue())
                .query((rs, n) -> new Stored(
                        rs.getLong("id"), rs.getInt("months"), rs.getObject("published_on", LocalDate.class)))
                .optional();
    }

    private record Stored(long id, int months, LocalDate publishedOn) {}

    /** The unit's row, created if absent and locked: two requests publishing one month write it once. */
    private Stored lock(long departement, Indicator indicator, Dimension breakdown, Year year) {
        jdbc.sql("""
                        INSERT IGNORE INTO observatory_figure_unit
                            (departement_id, indicator, dimension, year_number, months, published_on)
                        VALUES (:dep, :indicator, :dimension, :year, 0, :today)""")
                .param("dep", departement)
                .param("indicator", indicator.name())
                .param("dimension", breakdown.name())
                .param("year", year.getValue())
                .param("today", LocalDate.now(clock))
                .update();
        return unitRow(departement, indicator, breakdown, year, true)
                .orElseThrow(() -> new IllegalStateException("the unit's row was just inserted"));
    }

    private Published read(Stored stored, int months, List<String> categories, Indicator indicator) {
        Map<String, IndicatorCell> cells = new HashMap<>();
        jdbc.sql("SELECT category, period, shown_count, shown_cohort FROM observatory_figure_cell WHERE unit_id = :id")
                .param("id", stored.id())
                .query(rs -> {
                    cells.put(
                            rs.getString("category") + "|" + rs.getString("period"),
                            IndicatorCell.of(
                                    rs.getObject("shown_count", Integer.class),
                                    indicator.shape() == Indicator.Shape.SHARE
                                            ? rs.getObject("shown_cohort", Integer.class)
                                            : null));
                });
        IndicatorCell withheld = IndicatorCell.of(null, null);
        List<List<IndicatorCell>> rows = new ArrayList<>();
        List<IndicatorCell> total = new ArrayList<>();
        for (int row = 0; row <= categories.size(); row++) {
            String category = row == categories.size() ? TOTAL : categories.get(row);
            List<IndicatorCell> line = new ArrayList<>();
            for (int period = 0; period < YearTables.periods(months); period++) {
                // A category without a stored cell (new since) counts as withheld: never shown, so never a leak.
                line.add(cells.getOrDefault(category + "|" + period(YearTables.span(months, period)), withheld));
            }
            if (row == categories.size()) {
                total = line;
            } else {
                rows.add(List.copyOf(line));
            }
        }
        return new Published(months, List.copyOf(rows), List.copyOf(total));
    }

    /** A period's code in storage: the label without the year (the unit has it). */
    private static String period(int[] span) {
        if (span[0] == span[1]) {
            return Integer.toString(span[0] + 1);
        }
        return span[1] - span[0] == 2 ? "T" + (span[0] / 3 + 1) : "Y";
    }

    private void store(
            Stored stored, Year year, int months, List<String> categories, Published published, LocalDate on) {
        List<Object[]> cells = new ArrayList<>();
        for (int row = 0; row <= categories.size(); row++) {
            String category = row == categories.size() ? TOTAL : categories.get(row);
            List<IndicatorCell> line = row == categories.size()
                    ? published.total()
                    : published.rows().get(row);
            for (int period = 0; period < line.size(); period++) {
                int[] span = YearTables.span(months, period);
                boolean earlier = span[1] < stored.months();
                if (earlier) {
                    continue; // published before, frozen
                }
                IndicatorCell cell = line.get(period);
                cells.add(new Object[] {
                    stored.id(),
                    category,
                    period(span),
                    cell.count().isPresent() ? cell.count().getAsInt() : null,
                    cell.cohort().isPresent() ? cell.cohort().getAsInt() : null
                });
            }
        }
        batch.batchUpdate("""
                INSERT INTO observatory_figure_cell (unit_id, category, period, shown_count, shown_cohort)
                VALUES (?, ?, ?, ?, ?)""", cells);
        jdbc.sql("UPDATE observatory_figure_unit SET months = :months, published_on = :on WHERE id = :id")
                .param("months", months)
                .param("on", on)
                .param("id", stored.id())
                .update();
    }

    /** The raw counts of the unit's months by category (all territories added up), from the frozen months. */
    private Counts counts(
            long departement,
            Indicator indicator,
            Dimension breakdown,
            Year year,
            int months,
            List<String> categories) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < categories.size(); c++) {
            index.put(categories.get(c), c);
        }
        int[][] counts = new int[categories.size()][months];
        int[][] cohorts = new int[categories.size()][months];
        for (MonthlyCount count : frozenMonths.get().of(departement, indicator, breakdown, year)) {
            int month = count.month().getMonthValue() - 1;
            Integer category = index.get(count.category());
            if (count.month().getYear() != year.getValue() || month >= months || category == null) {
                continue; // a month not yet published, or a category no longer listed
            }
            counts[category][month] += count.count();
            cohorts[category][month] += count.cohort();
        }
        boolean share = indicator.shape() == Indicator.Shape.SHARE;
        return new Counts(indicator.nature() == Indicator.Nature.FLOW, months, counts, share ? cohorts : null);
    }
}
