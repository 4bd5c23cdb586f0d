package fr.reperes.observatory.publication;

import fr.reperes.observatory.AutonomyFigures.MonthlyFigure;
import fr.reperes.observatory.AutonomyFigures.Territory;
import fr.reperes.observatory.AutonomyIndicator;
import fr.reperes.platform.suppression.IndicatorCell;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The ODPE's figures as published, month by month (V13): a month is published once and frozen, so that two requests
 * for it, whatever was recorded in between, return the same cells. Only shown numbers are kept.
 */
@Component
public class PublishedFigures {

    private static final String READ = """
            SELECT p.month_start, p.published_on, c.indicator, c.territory_id, c.shown_count, c.shown_cohort
            FROM observatory_publication p JOIN observatory_published_cell c ON c.publication_id = p.id
            WHERE p.departement_id = :dep AND p.month_start BETWEEN :first AND :last""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PublishedFigures(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The months of the period already published, each with its figures by indicator, in one statement. */
    public Map<YearMonth, List<MonthlyFigure>> read(
            long departement, YearMonth from, YearMonth to, List<Territory> territories) {
        return read(READ, departement, from, to, territories);
    }

    /**
     * Publishes a month's figures, unless another request published it in the meantime; returns what is published
     * now, which is what every later request will get.
     */
    public List<MonthlyFigure> publish(
            long departement, YearMonth month, LocalDate on, List<MonthlyFigure> figures, List<Territory> territories) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("""
                        INSERT IGNORE INTO observatory_publication (departement_id, month_start, published_on)
                        VALUES (:dep, :month, :on)""")
                .param("dep", departement)
                .param("month", month.atDay(1))
                .param("on", on)
                .update(key, "id");
        if (inserted == 0) {
            // Published by a request running at the same time: a locking read sees its committed cells, where this
            // transaction's snapshot would not.
            return Objects.requireNonNull(
                    read(READ + " LOCK IN SHARE MODE", departement, month, month, territories)
                            .get(month),
                    "INSERT IGNORE skipped the month: its publication is committed, so the locking read finds it");
        }
        long publication = Objects.requireNonNull(key.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
        List<Object[]> cells = new ArrayList<>();
        for (MonthlyFigure figure : figures) {
            figure.byTerritory().forEach((territory, cell) -> cells.add(row(publication, figure, territory, cell)));
            cells.add(row(publication, figure, null, figure.departement()));
        }
        batch.batchUpdate("""
                INSERT INTO observatory_published_cell (publication_id, indicator, territory_id, shown_count,
                                                        shown_cohort)
                VALUES (?, ?, ?, ?, ?)""", cells);
        return figures;
    }

    private static Object[] row(long publication, MonthlyFigure figure, @Nullable Long territory, IndicatorCell cell) {
        return new Object[] {
            publication,
            figure.indicator().name(),
            territory,
            cell.count().isPresent() ? cell.count().getAsInt() : null,
            cell.cohort().isPresent() ? cell.cohort().getAsInt() : null
        };
    }

    private Map<YearMonth, List<MonthlyFigure>> read(
            String sql, long departement, YearMonth from, YearMonth to, List<Territory> territories) {
        Map<YearMonth, LocalDate> publishedOn = new TreeMap<>();
        Map<YearMonth, Map<AutonomyIndicator, Map<Long, IndicatorCell>>> cells = new HashMap<>();
        jdbc.sql(sql)
                .param("dep", departement)
                .param("first", from.atDay(1))
                .param("last", to.atDay(1))
                .query(rs -> {
                    YearMonth month = YearMonth.from(rs.getObject("month_start", LocalDate.class));
                    publishedOn.put(month, rs.getObject("published_on", LocalDate.class));
                    long territory = rs.getLong("territory_id");
                    Long key = rs.wasNull() ? null : territory;
                    Integer count = rs.getObject("shown_count", Integer.class);
                    Integer cohort = rs.getObject("shown_cohort", Integer.class);
                    // HashMap: the département's total is the null key.
                    cells.computeIfAbsent(month, m -> new EnumMap<>(AutonomyIndicator.class))
                            .computeIfAbsent(AutonomyIndicator.valueOf(rs.getString("indicator")), i -> new HashMap<>())
                            .put(key, IndicatorCell.of(count, cohort));
                });
        Map<YearMonth, List<MonthlyFigure>> months = new TreeMap<>();
        publishedOn.forEach((month, on) -> {
            List<MonthlyFigure> figures = new ArrayList<>();
            Objects.requireNonNull(cells.get(month), "a month is published with its cells")
                    .forEach((indicator, byTerritory) -> {
                        Map<Long, IndicatorCell> ordered = new LinkedHashMap<>();
                        for (Territory territory : territories) {
                            ordered.put(
                                    territory.id(),
                                    byTerritory.getOrDefault(territory.id(), IndicatorCell.of(null, null)));
                        }
                        figures.add(new MonthlyFigure(
                                indicator,
                                month,
                                on,
                                Collections.unmodifiableMap(ordered),
                                Objects.requireNonNull(
                                        byTerritory.get(null), "every publication holds the département's total")));
                    });
            months.put(month, figures);
        });
        return months;
    }
}
