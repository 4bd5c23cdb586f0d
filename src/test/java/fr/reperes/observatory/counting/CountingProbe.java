package fr.reperes.observatory.counting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For benchmarks outside this package: the counting statements of some months, nothing stored. */
public final class CountingProbe {

    private CountingProbe() {}

    /** Counts the months as freezing them would (every source, every dimension); how many non-zero cells. */
    public static int count(ApplicationContext context, long departementId, Collection<YearMonth> months) {
        return context.getBean(MonthlyCounting.class)
                .count(departementId, new TreeSet<>(months))
                .size();
    }

    /** Each source's counting statement alone, timed (ms), with its EXPLAIN when {@code explain}. */
    public static Map<String, String> timeSources(
            ApplicationContext context, long departementId, Collection<YearMonth> given, boolean explain) {
        TreeSet<YearMonth> months = new TreeSet<>(given);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Clock clock = context.getBean(Clock.class);
        Instant now = clock.instant();
        long shift = clock.getZone().getRules().getOffset(now).getTotalSeconds()
                - ZoneId.systemDefault().getRules().getOffset(now).getTotalSeconds();
        LocalDate first = months.first().atDay(1);
        LocalDate last = months.last().atEndOfMonth();
        String monthEnds = months.stream()
                .map(m -> "SELECT DATE '" + m.atEndOfMonth() + "' AS on_day")
                .collect(Collectors.joining(" UNION ALL "));
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("dossier", CountingSql.classified(CountingSql.dossier(monthEnds, shift), true));
        sources.put("autonomy", CountingSql.classified(CountingSql.autonomy(), false));
        sources.put("participation", CountingSql.classified(CountingSql.participation(shift), false));
        sources.put("content", CountingSql.classified(CountingSql.content(shift), false));
        Map<String, String> result = new LinkedHashMap<>();
        sources.forEach((name, sql) -> {
            long t = System.nanoTime();
            int rows = run(jdbc, sql, departementId, first, last);
            String line = String.format("%.0f ms, %d rows", (System.nanoTime() - t) / 1e6, rows);
            if (explain) {
                StringBuilder plan = new StringBuilder();
                jdbc.sql("EXPLAIN " + sql)
                        .param("dep", departementId)
                        .param("first", first)
                        .param("last", last)
                        .param("lo", first.minusDays(2).atStartOfDay())
                        .param("hi", last.plusDays(3).atStartOfDay())
                        .query(rs -> {
                            plan.append("\n    ")
                                    .append(rs.getString("id"))
                                    .append(' ')
                                    .append(rs.getString("select_type"))
                                    .append(' ')
                                    .append(rs.getString("table"))
                                    .append(' ')
                                    .append(rs.getString("type"))
                                    .append(" key=")
                                    .append(rs.getString("key"))
                                    .append(" rows=")
                                    .append(rs.getString("rows"))
                                    .append(' ')
                                    .append(rs.getString("Extra"));
                        });
                line += plan;
            }
            result.put(name, line);
        });
        return result;
    }

    private static int run(JdbcClient jdbc, String sql, long dep, LocalDate first, LocalDate last) {
        int[] rows = new int[1];
        jdbc.sql(sql)
                .param("dep", dep)
                .param("first", first)
                .param("last", last)
                .param("lo", first.minusDays(2).atStartOfDay())
                .param("hi", last.plusDays(3).atStartOfDay())
                .query(rs -> {
                    rows[0]++;
                });
        return rows[0];
    }
}
