package fr.reperes.platform.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.platform.suppression.YearTables.Counts;
import fr.reperes.platform.suppression.YearTables.Published;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.commons.math3.fraction.BigFraction;
import org.jspecify.annotations.Nullable;

/**
 * The observatory's publication units ({@link YearTables}) against an attacker over everything ever published: random
 * figures (a count or a share, a flow or a stock) by territory and by two other breakdowns of the same people (all
 * sharing the total), published month by month as the observatory does (each month a new publication, given the
 * previous one's pattern; all breakdowns protected together). The attacker reads every date's cells of
 * the three tables, writes every equation a reader knows (categories add up to the total in each table and column, count +
 * rest = cohort, a flow's quarter adds its months up and its year its quarters, a stock's quarter and year are their
 * last month), and bounds each withheld number and each rest under 5 with its own exact linear programming
 * ({@link ExactBounds}, not the rule's {@link LinearBounds}), rounding inward to whole people.
 */
class YearTablesAttackTest {

    /** One figure by territory and by another breakdown, counts[category][month], all months of the year. */
    record Scenario(
            boolean flow,
            boolean share,
            int months,
            int[][] territoryCounts,
            int[][] territoryCohorts,
            int[][] otherCounts,
            int[][] otherCohorts,
            int[][] secondCounts,
            int[][] secondCohorts) {

        Counts territories(int upTo) {
            return counts(territoryCounts, territoryCohorts, upTo);
        }

        Counts other(int upTo) {
            return counts(otherCounts, otherCohorts, upTo);
        }

        Counts second(int upTo) {
            return counts(secondCounts, secondCohorts, upTo);
        }

        boolean hasSecond() {
            return secondCounts.length > 0;
        }

        private Counts counts(int[][] counts, int[][] cohorts, int upTo) {
            int[][] c = Arrays.stream(counts).map(r -> Arrays.copyOf(r, upTo)).toArray(int[][]::new);
            int[][] h = Arrays.stream(cohorts).map(r -> Arrays.copyOf(r, upTo)).toArray(int[][]::new);
            return new Counts(flow, upTo, c, share ? h : null);
        }

        @Override
        public String toString() {
            return (flow ? "flow " : "stock ") + (share ? "share " : "count ") + months + " months, territories "
                    + Arrays.deepToString(territoryCounts)
                    + (share ? " of " + Arrays.deepToString(territoryCohorts) : "")
                    + ", other " + Arrays.deepToString(otherCounts)
                    + (share ? " of " + Arrays.deepToString(otherCohorts) : "")
                    + ", second " + Arrays.deepToString(secondCounts)
                    + (share ? " of " + Arrays.deepToString(secondCohorts) : "");
        }
    }

    /** Mostly small numbers, 0 often, sometimes large ones. */
    private static Arbitrary<Integer> count() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 6)),
                Tuple.of(2, Arbitraries.just(0)),
                Tuple.of(4, Arbitraries.integers().between(0, 20)),
                Tuple.of(1, Arbitraries.integers().between(0, 200)));
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.frequencyOf(
                                Tuple.of(6, Arbitraries.integers().between(1, 6)),
                                Tuple.of(1, Arbitraries.integers().between(7, 12))),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(0, 2),
                        count().list().ofSize(4 * 12 * 2),
                        Arbitraries.longs())
                .as(YearTablesAttackTest::scenario);
    }

    /**
     * The territory table from the numbers drawn; each other breakdown shares out each month's people (counted and
     * the rest) among its categories at random, so all have the same total. A second other breakdown ({@code seconds}
     * categories, none for 0) only up to three months: the attacker's exact solver over three whole years of tables
     * takes minutes per scenario.
     */
    static Scenario scenario(
            boolean flow,
            boolean share,
            int months,
            int territories,
            int others,
            int seconds,
            List<Integer> numbers,
            long seed) {
        int[][] counts = new int[territories][months];
        int[][] cohorts = new int[territories][months];
        int next = 0;
        for (int t = 0; t < territories; t++) {
            for (int m = 0; m < months; m++) {
                counts[t][m] = numbers.get(next++);
                cohorts[t][m] = counts[t][m] + (share ? numbers.get(next++) : 0);
            }
        }
        Random random = new Random(seed);
        int[][][] other = shareOut(counts, cohorts, others, random);
        int[][][] second = seconds == 0 || months > 3
                ? new int[][][] {new int[0][], new int[0][]}
                : shareOut(counts, cohorts, seconds, random);
        return new Scenario(flow, share, months, counts, cohorts, other[0], other[1], second[0], second[1]);
    }

    /** The same people shared out among {@code categories} at random: {counts, cohorts}. */
    private static int[][][] shareOut(int[][] counts, int[][] cohorts, int categories, Random random) {
        int months = counts[0].length;
        int[][] otherCounts = new int[categories][months];
        int[][] otherCohorts = new int[categories][months];
        for (int m = 0; m < months; m++) {
            int month = m;
            int counted = Arrays.stream(counts).mapToInt(r -> r[month]).sum();
            int rest = Arrays.stream(cohorts).mapToInt(r -> r[month]).sum() - counted;
            for (int person = 0; person < counted; person++) {
                otherCounts[random.nextInt(categories)][m]++;
            }
            for (int o = 0; o < categories; o++) {
                otherCohorts[o][m] = otherCounts[o][m];
            }
            for (int person = 0; person < rest; person++) {
                otherCohorts[random.nextInt(categories)][m]++;
            }
        }
        return new int[][][] {otherCounts, otherCohorts};
    }

    /** Whole years (the year column ties every quarter of a row), small tables so the attacker's solver keeps up. */
    @Provide
    Arbitrary<Scenario> wholeYears() {
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.just(12),
                        Arbitraries.integers().between(1, 2),
                        Arbitraries.integers().between(1, 2),
                        Arbitraries.just(0),
                        count().list().ofSize(4 * 12 * 2),
                        Arbitraries.longs())
                .as(YearTablesAttackTest::scenario);
    }

    @Property(tries = 10)
    void aWholeYearPublishedMonthByMonthKeepsEveryWithheldNumberProtected(@ForAll("wholeYears") Scenario scenario) {
        noWithheldNumberIsNarrowedBelowFiveValuesByAllPublicationsTogether(scenario);
    }

    /**
     * Each date's publications of the tables, month by month: [date][0 territory, 1 other, 2 second or null when the
     * scenario has no second breakdown], all protected together each month as the observatory does.
     */
    static List<Published[]> publishMonthByMonth(Scenario scenario) {
        List<Published[]> dates = new ArrayList<>();
        List<@Nullable Published> last = new ArrayList<>(Arrays.asList(null, null, null));
        for (int month = 1; month <= scenario.months(); month++) {
            List<Counts> tables = new ArrayList<>(List.of(scenario.territories(month), scenario.other(month)));
            if (scenario.hasSecond()) {
                tables.add(scenario.second(month));
            }
            List<Published> now = YearTables.protectTogether(tables, last.subList(0, tables.size()));
            for (int t = 0; t < now.size(); t++) {
                last.set(t, now.get(t));
            }
            dates.add(new Published[] {now.get(0), now.get(1), scenario.hasSecond() ? now.get(2) : null});
        }
        return dates;
    }

    @Property(tries = 100)
    void noWithheldNumberIsNarrowedBelowFiveValuesByAllPublicationsTogether(@ForAll("scenarios") Scenario scenario) {
        List<Published[]> dates = publishMonthByMonth(scenario);
        Attacker attacker = new Attacker(scenario);
        for (Published[] date : dates) {
            attacker.read("T", scenario.territoryCounts(), scenario.territoryCohorts(), date[0]);
            attacker.read("A", scenario.otherCounts(), scenario.otherCohorts(), date[1]);
            if (scenario.hasSecond()) {
                attacker.read("B", scenario.secondCounts(), scenario.secondCohorts(), date[2]);
            }
        }
        attacker.structure("T", scenario.territoryCounts().length);
        attacker.structure("A", scenario.otherCounts().length);
        if (scenario.hasSecond()) {
            attacker.structure("B", scenario.secondCounts().length);
        }
        assertThat(attacker.secrets).allSatisfy((name, truth) -> {
            @Nullable BigFraction[] bounds = attacker.reader.bounds(Map.of(name, 1L));
            BigFraction min = bounds[0];
            BigInteger low = min == null ? BigInteger.valueOf(Long.MIN_VALUE) : ExactBounds.ceil(min);
            BigFraction max = bounds[1];
            BigInteger high = max == null ? BigInteger.valueOf(Long.MAX_VALUE) : ExactBounds.floor(max);
            assertThat(low.longValue()).as("%s: lower bound", name).isLessThanOrEqualTo(truth);
            assertThat(high.longValue()).as("%s: upper bound", name).isGreaterThanOrEqualTo(truth);
            assertThat(high.subtract(low).longValue())
                    .as("%s (%s) narrowed to [%s, %s] in %s", name, truth, low, high, scenario)
                    .isGreaterThanOrEqualTo(SmallCellSuppression.PROTECTION);
        });
    }

    @Property(tries = 200)
    void shownNumbersAreTrueFiveOrMoreAndFrozenAndTheTotalRowIsTheTerritoryTables(
            @ForAll("scenarios") Scenario scenario) {
        List<Published[]> dates = publishMonthByMonth(scenario);
        for (int d = 0; d < dates.size(); d++) {
            Published[] date = dates.get(d);
            assertThat(date[1].total())
                    .as("the total row is the territory table's")
                    .isEqualTo(date[0].total());
            int tables = scenario.hasSecond() ? 3 : 2;
            if (scenario.hasSecond()) {
                assertThat(date[2].total())
                        .as("the total row is the territory table's")
                        .isEqualTo(date[0].total());
            }
            for (int table = 0; table < tables; table++) {
                Published published = date[table];
                int[][] counts = switch (table) {
                    case 0 -> scenario.territoryCounts();
                    case 1 -> scenario.otherCounts();
                    default -> scenario.secondCounts();
                };
                int[][] cohorts = switch (table) {
                    case 0 -> scenario.territoryCohorts();
                    case 1 -> scenario.otherCohorts();
                    default -> scenario.secondCohorts();
                };
                for (int row = 0; row <= counts.length; row++) {
                    List<IndicatorCell> cells = row == counts.length
                            ? published.total()
                            : published.rows().get(row);
                    assertThat(cells).hasSize(YearTables.periods(d + 1));
                    for (int period = 0; period < cells.size(); period++) {
                        int[] span = YearTables.span(d + 1, period);
                        int count = truth(scenario, counts, row, span);
                        int cohort = truth(scenario, cohorts, row, span);
                        IndicatorCell cell = cells.get(period);
                        cell.count()
                                .ifPresent(shown -> assertThat(shown)
                                        .isEqualTo(count)
                                        .isGreaterThanOrEqualTo(SmallCellSuppression.SMALLEST_SHOWN));
                        if (scenario.share()) {
                            cell.cohort()
                                    .ifPresent(shown -> assertThat(shown)
                                            .isEqualTo(cohort)
                                            .isGreaterThanOrEqualTo(SmallCellSuppression.SMALLEST_SHOWN));
                            if (cell.count().isPresent()) {
                                assertThat(cell.cohort())
                                        .as("a count is shown with its cohort")
                                        .isPresent();
                                assertThat(cohort - count)
                                        .as("the rest of a shown count")
                                        .isGreaterThanOrEqualTo(5);
                            }
                        } else {
                            assertThat(cell.cohort()).isEmpty();
                        }
                        if (d > 0 && period < d) {
                            // The same month on the previous date: the same cell, shown or withheld.
                            List<IndicatorCell> before = row == counts.length
                                    ? dates.get(d - 1)[table].total()
                                    : dates.get(d - 1)[table].rows().get(row);
                            assertThat(cell).as("a published month is frozen").isEqualTo(before.get(period));
                        }
                    }
                }
            }
        }
    }

    private static int truth(Scenario scenario, int[][] numbers, int row, int[] span) {
        int last = span[1];
        int first = scenario.flow() ? span[0] : last;
        int sum = 0;
        for (int r = 0; r < numbers.length; r++) {
            if (row == numbers.length || r == row) {
                for (int m = first; m <= last; m++) {
                    sum += numbers[r][m];
                }
            }
        }
        return sum;
    }

    /**
     * Every number of the tables is an unknown named by table, row and span ({@code T|2|0-2|count}); the total row
     * ({@code total|...}) is one for all. Secrets: every number withheld on some date, every rest under 5.
     */
    static final class Attacker {

        final ExactBounds reader = new ExactBounds();
        final Map<String, Integer> secrets = new LinkedHashMap<>();
        private final Map<String, Boolean> everShown = new HashMap<>();
        private final Scenario scenario;

        Attacker(Scenario scenario) {
            this.scenario = scenario;
        }

        private static String name(String table, int row, int rows, int[] span, String what) {
            return (row == rows ? "total" : table + "|" + row) + "|" + span[0] + "-" + span[1] + "|" + what;
        }

        void read(String table, int[][] counts, int[][] cohorts, Published published) {
            int rows = counts.length;
            for (int row = 0; row <= rows; row++) {
                List<IndicatorCell> cells =
                        row == rows ? published.total() : published.rows().get(row);
                for (int period = 0; period < cells.size(); period++) {
                    int[] span = YearTables.span(published.months(), period);
                    IndicatorCell cell = cells.get(period);
                    int count = truth(scenario, counts, row, span);
                    int cohort = truth(scenario, cohorts, row, span);
                    see(name(table, row, rows, span, "count"), cell.count().isPresent(), count);
                    if (scenario.share()) {
                        see(
                                name(table, row, rows, span, "cohort"),
                                cell.cohort().isPresent(),
                                cohort);
                        if (cohort - count < SmallCellSuppression.SMALLEST_SHOWN) {
                            secrets.put(name(table, row, rows, span, "rest"), cohort - count);
                        }
                    }
                }
            }
        }

        private void see(String name, boolean shown, int value) {
            if (shown) {
                reader.value(name, value);
                everShown.put(name, true);
                secrets.remove(name);
            } else if (!everShown.containsKey(name)) {
                secrets.put(name, value);
            }
        }

        /** The equations every reader knows, over all the year's columns. */
        void structure(String table, int rows) {
            int months = scenario.months();
            List<int[]> spans = new ArrayList<>();
            for (int period = 0; period < YearTables.periods(months); period++) {
                spans.add(YearTables.span(months, period));
            }
            List<String> kinds = scenario.share() ? List.of("count", "cohort", "rest") : List.of("count");
            for (int[] span : spans) {
                for (String kind : kinds) {
                    Map<String, Long> sum = new LinkedHashMap<>();
                    sum.put(name(table, rows, rows, span, kind), -1L);
                    for (int row = 0; row < rows; row++) {
                        sum.put(name(table, row, rows, span, kind), 1L);
                    }
                    reader.equation(sum, 0);
                }
                for (int row = 0; row <= rows; row++) {
                    if (scenario.share()) {
                        reader.equation(
                                Map.of(
                                        name(table, row, rows, span, "cohort"), -1L,
                                        name(table, row, rows, span, "count"), 1L,
                                        name(table, row, rows, span, "rest"), 1L),
                                0);
                    }
                    if (span[0] == span[1]) {
                        continue;
                    }
                    for (String kind : kinds) {
                        Map<String, Long> equation = new LinkedHashMap<>();
                        equation.put(name(table, row, rows, span, kind), -1L);
                        if (!scenario.flow()) {
                            equation.put(name(table, row, rows, new int[] {span[1], span[1]}, kind), 1L);
                        } else if (span[1] - span[0] == 2) {
                            for (int m = span[0]; m <= span[1]; m++) {
                                equation.put(name(table, row, rows, new int[] {m, m}, kind), 1L);
                            }
                        } else {
                            for (int q = 0; q < 4; q++) {
                                equation.put(name(table, row, rows, new int[] {3 * q, 3 * q + 2}, kind), 1L);
                            }
                        }
                        reader.equation(equation, 0);
                    }
                }
            }
        }
    }

    /**
     * A year that random attacks found narrowed (seed 6543226900971496932): one territory, so the territory table's
     * row is the total row, and two other categories.
     */
    @Example
    void aYearFoundNarrowedOnceStaysProtected() {
        int[][] none = new int[0][];
        Scenario scenario = new Scenario(
                true,
                true,
                12,
                new int[][] {{2, 0, 20, 2, 16, 2, 5, 6, 5, 1, 0, 5}},
                new int[][] {{2, 17, 25, 5, 16, 4, 24, 26, 9, 20, 2, 10}},
                new int[][] {{0, 0, 6, 0, 10, 0, 1, 2, 1, 1, 0, 1}, {2, 0, 14, 2, 6, 2, 4, 4, 4, 0, 0, 4}},
                new int[][] {{0, 13, 7, 0, 10, 0, 10, 13, 2, 15, 0, 3}, {2, 4, 18, 5, 6, 4, 14, 13, 7, 5, 2, 7}},
                none,
                none);
        noWithheldNumberIsNarrowedBelowFiveValuesByAllPublicationsTogether(scenario);
    }

    /** Nothing is lost by freezing: a unit of large numbers everywhere is shown whole, month after month. */
    @Example
    void aYearOfLargeNumbersIsShownWhole() {
        int[][] counts = new int[3][12];
        int[][] cohorts = new int[3][12];
        for (int c = 0; c < 3; c++) {
            for (int m = 0; m < 12; m++) {
                counts[c][m] = 20 + c + m;
                cohorts[c][m] = 50 + 2 * m;
            }
        }
        Scenario scenario = new Scenario(true, true, 12, counts, cohorts, counts, cohorts, counts, cohorts);
        Published last = publishMonthByMonth(scenario).getLast()[2];
        assertThat(last.rows()).allSatisfy(row -> assertThat(row).noneMatch(IndicatorCell::suppressed));
        assertThat(last.total()).hasSize(17).noneMatch(IndicatorCell::suppressed);
    }
}
