package fr.reperes.observatory;

import fr.reperes.observatory.counting.FrozenMonths;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Raw months as the real counting would freeze them, written by a test. For a month a breakdown other than territories
 * was given nothing, everyone is in its last category: every breakdown of a figure shares out the same people, as the
 * real counting does, and all of them are published together.
 */
class RawMonths implements FrozenMonths {

    private final JdbcClient jdbc;
    private final Map<String, MonthlyCount> counts = new HashMap<>();

    RawMonths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets one month's raw count, replacing what was there (a late record, as the counting would see it). */
    void put(
            Indicator indicator,
            Dimension dimension,
            int year,
            int month,
            long territory,
            String category,
            int count,
            int cohort) {
        YearMonth when = YearMonth.of(year, month);
        counts.put(
                key(indicator, dimension, when, territory, category),
                new MonthlyCount(
                        indicator,
                        dimension,
                        when,
                        territory,
                        category,
                        count,
                        indicator.shape() == Indicator.Shape.SHARE ? cohort : 0));
    }

    /** The same count in every territory, from a month to December. */
    void fill(Indicator indicator, Dimension dimension, List<Long> territories, int year, int from, int value) {
        for (int month = from; month <= 12; month++) {
            for (long territory : territories) {
                put(indicator, dimension, year, month, territory, "" + territory, value, 0);
            }
        }
    }

    private static String key(
            Indicator indicator, Dimension dimension, YearMonth month, long territory, String category) {
        return indicator + "|" + dimension + "|" + month + "|" + territory + "|" + category;
    }

    @Override
    public List<MonthlyCount> of(long departementId, Indicator indicator, Dimension dimension, Year year) {
        List<MonthlyCount> given = given(indicator, dimension, year);
        if (dimension == Dimension.TERRITORY) {
            return given;
        }
        Set<YearMonth> monthsGiven = given.stream().map(MonthlyCount::month).collect(Collectors.toSet());
        String everyone = categories(departementId, dimension).getLast();
        List<MonthlyCount> all = new ArrayList<>(given);
        for (MonthlyCount territory : given(indicator, Dimension.TERRITORY, year)) {
            if (!monthsGiven.contains(territory.month())) {
                all.add(new MonthlyCount(
                        indicator,
                        dimension,
                        territory.month(),
                        territory.territoryId(),
                        everyone,
                        territory.count(),
                        territory.cohort()));
            }
        }
        return all;
    }

    private List<MonthlyCount> given(Indicator indicator, Dimension dimension, Year year) {
        return counts.values().stream()
                .filter(c -> c.indicator() == indicator
                        && c.dimension() == dimension
                        && c.month().getYear() == year.getValue())
                .toList();
    }

    @Override
    public List<String> categories(long departementId, Dimension dimension) {
        return switch (dimension) {
            case TERRITORY ->
                jdbc
                        .sql("SELECT id FROM dossier_territory_view WHERE departement_id = :d ORDER BY name")
                        .param("d", departementId)
                        .query(Long.class)
                        .list()
                        .stream()
                        .map(String::valueOf)
                        .toList();
            case AGE_BAND -> Dimension.AGE_BANDS;
            case MEASURE_KIND -> List.of("AEMO", "NONE");
            case PLACE_KIND -> List.of("MECS", "NOT_PLACED");
        };
    }
}
