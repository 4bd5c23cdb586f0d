package fr.reperes.platform.suppression;

import fr.reperes.platform.suppression.SmallCellSuppression.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The small-cell rule ({@link SmallCellSuppression}) over a publication unit of the observatory: one figure broken down
 * by categories (territories, age bands...) over the periods of one calendar year, with the total row. Its columns are
 * the months published so far, the complete quarters, and the year once complete.
 *
 * <ul>
 *   <li><b>One linked system.</b> Each column's categories add up to the total row. For a flow (what happened in a
 *       month) a quarter is the sum of its months and the year the sum of its quarters: equations the audit gives the
 *       reader. For a stock (a state at a month's end) a quarter and the year are their last month's figure: the
 *       same numbers shown again, no new number and no new equation.</li>
 *   <li><b>Shares.</b> A share's count and cohort are both published numbers; the rest (cohort - count) is implied
 *       and protected like one, as {@link SmallCellSuppression#protectShare} does, in every column.</li>
 *   <li><b>Frozen patterns.</b> Each new month is a new publication of the unit, given the previous one: a number
 *       once shown stays shown (same value: months are frozen raw counts), once withheld stays withheld. The audit
 *       runs over the whole system, old numbers included, and chooses secondary suppressions among the new numbers
 *       only. So the union of all publications of a unit over time is its latest publication, which the audit
 *       protects. Always feasible: withholding every new number adds only unknowns that the new equations leave
 *       free (any non-negative values of the new months fit them, the sums following), so the earlier numbers keep
 *       the intervals they had.</li>
 *   <li><b>The shared total row, all breakdowns at once.</b> Every breakdown of one figure and year has the same
 *       total row. All of them are protected together each month, as one system ({@link #protectTogether}): the
 *       total row one set of numbers, every earlier pattern of every breakdown fixed. Protecting them one after the
 *       other is not enough, even with the earlier ones fixed: a month's territory table, audited before the other
 *       breakdowns' new month, can show a number that, with what another breakdown showed the month before, narrows
 *       that breakdown's old withheld numbers, and the later audit can no longer withhold it (found by
 *       YearTablesAttackTest, kept as {@code aYearFoundNarrowedOnceStaysProtected}). Feasible likewise: a breakdown
 *       whose new numbers are all withheld tells nothing about the total (all its people could be in one
 *       category).</li>
 * </ul>
 *
 * <p><b>Speed and decomposition.</b> The audit solves, for each withheld number, the linear programs of the unknowns
 * connected to it through sums ({@link SmallCellSuppression}'s {@code protectedEnough}): components that shown numbers
 * cut apart are solved apart, which is exact (an equation whose other numbers are all shown constrains nothing else).
 * A stock's months are such components by construction (no equation ties two months), so its table is as fast as its
 * months' one-column tables; a flow's withheld numbers form one component through the quarter and year sums.
 * Secondary suppression tries only the {@link SmallCellSuppression#CANDIDATES_TRIED} cheapest numbers (each try solves
 * the linear programs again), which chooses but never decides safety. Measured (YearTablesSpeedTest, 2 cores, a flow
 * share of 12 territories then 6 other categories, counts 0-7 so most numbers are withheld: the worst case): each
 * month from January to November 0.1-1 s per table; December, when the year column ties every quarter of a row
 * together, 21 to 89 s for the territory table (the machine shared with other builds) and 12 to 14 s for the other;
 * with counts 0-29 (a few withheld) 11 s and 7 s. A unit is protected once per month and stored, so this is paid by
 * the first reader of a month, not by every page; a page should not be the one to pay it (publish ahead, in a job).
 */
public final class YearTables {

    private YearTables() {}

    /**
     * The raw figure of a unit: {@code counts[category][month]} for the first {@code months} months of the year, and
     * for a share {@code cohorts[category][month]} (each count at most its cohort).
     */
    public record Counts(boolean flow, int months, int[][] counts, int @Nullable [][] cohorts) {

        public Counts {
            if (months < 1 || months > 12) {
                throw new IllegalArgumentException("a year has 1 to 12 months published");
            }
            if (counts.length == 0) {
                throw new IllegalArgumentException("at least one category");
            }
            for (int c = 0; c < counts.length; c++) {
                if (counts[c].length != months || cohorts != null && cohorts[c].length != months) {
                    throw new IllegalArgumentException("one number per month in every category");
                }
                for (int m = 0; m < months; m++) {
                    if (cohorts != null && counts[c][m] > cohorts[c][m]) {
                        throw new IllegalArgumentException("the count of a share cannot exceed its cohort");
                    }
                }
            }
            if (cohorts != null && cohorts.length != counts.length) {
                throw new IllegalArgumentException("one cohort per category");
            }
        }

        public boolean share() {
            return cohorts != null;
        }

        int[][] cohortsOrZeros() {
            return cohorts != null ? cohorts : new int[counts.length][months];
        }

        public int categories() {
            return counts.length;
        }

        /** The columns: months, then complete quarters, then the year if complete. */
        public int periods() {
            return YearTables.periods(months);
        }
    }

    /** How many columns a unit of {@code months} months has: the months, the complete quarters, the complete year. */
    public static int periods(int months) {
        return months + months / 3 + (months == 12 ? 1 : 0);
    }

    /** The month a column shows, its quarter (0-3) or the year: {@code [first month, last month]} inclusive, 0-based. */
    public static int[] span(int months, int period) {
        if (period < months) {
            return new int[] {period, period};
        }
        int quarter = period - months;
        if (quarter < months / 3) {
            return new int[] {3 * quarter, 3 * quarter + 2};
        }
        if (months == 12 && period == periods(12) - 1) {
            return new int[] {0, 11};
        }
        throw new IndexOutOfBoundsException("no column " + period + " in a unit of " + months + " months");
    }

    /**
     * A unit as published: {@code rows[category][period]} and the total row, columns in the order of
     * {@link #span}. A withheld number is absent from its cell.
     */
    public record Published(int months, List<List<IndicatorCell>> rows, List<IndicatorCell> total) {}

    /**
     * Protects every breakdown of one figure and year together, as one linked system: the shared total row one set of
     * numbers, every earlier publication's pattern kept, secondary suppression chosen among the new numbers of all
     * of them.
     *
     * @param breakdowns  the raw figure by each breakdown, territories first (whose total row the others share); all
     *                    the same figure over the same months
     * @param previous    each breakdown's previous publication (as many months or fewer, the same categories), whose
     *                    pattern is kept; null where it has none
     * @return each breakdown's publication, in the same order
     */
    public static List<Published> protectTogether(List<Counts> breakdowns, List<@Nullable Published> previous) {
        if (breakdowns.isEmpty() || previous.size() != breakdowns.size()) {
            throw new IllegalArgumentException("one previous publication, or null, per breakdown");
        }
        Counts first = breakdowns.getFirst();
        Table table = new Table();
        List<Unit> units = new ArrayList<>(breakdowns.size());
        for (int b = 0; b < breakdowns.size(); b++) {
            Counts counts = breakdowns.get(b);
            if (counts.months() != first.months() || counts.share() != first.share() || counts.flow() != first.flow()) {
                throw new IllegalArgumentException("every breakdown is the same figure over the same months");
            }
            @Nullable Published before = previous.get(b);
            if (before != null
                    && (before.months() > counts.months() || before.rows().size() != counts.categories())) {
                throw new IllegalArgumentException("a previous publication has fewer months and the same categories");
            }
            Unit unit = b == 0 ? new Unit(table, counts) : new Unit(table, counts, units.getFirst().total);
            if (before != null) {
                unit.fix(before);
            }
            units.add(unit);
        }
        boolean[] shown = SmallCellSuppression.protect(table);
        return units.stream().map(unit -> unit.published(shown)).toList();
    }

    /** The numbers of one unit in a table: count, cohort and rest of every row and column. */
    private static final class Unit {

        private final Table table;
        private final Counts counts;
        /** [row][period], the total row last. */
        final int[][] count;

        final int[][] cohort;
        final int[][] rest;
        final Total total;

        record Total(int[] count, int[] cohort, int[] rest) {}

        Unit(Table table, Counts counts) {
            this(table, counts, null);
        }

        Unit(Table table, Counts counts, @Nullable Total shared) {
            this.table = table;
            this.counts = counts;
            int categories = counts.categories();
            int months = counts.months();
            int periods = counts.periods();
            count = new int[categories + 1][periods];
            cohort = new int[categories + 1][periods];
            rest = new int[categories + 1][periods];
            boolean share = counts.share();
            for (int row = 0; row <= categories; row++) {
                boolean totalRow = row == categories;
                for (int period = 0; period < periods; period++) {
                    int[] span = span(months, period);
                    if (!counts.flow() && period >= months) {
                        // A stock's quarter or year is its last month: the same numbers.
                        count[row][period] = count[row][span[1]];
                        cohort[row][period] = cohort[row][span[1]];
                        rest[row][period] = rest[row][span[1]];
                        continue;
                    }
                    if (totalRow && shared != null) {
                        if (table.value(shared.count()[period]) != sum(counts.counts(), span)
                                || share
                                        && table.value(shared.cohort()[period]) != sum(counts.cohortsOrZeros(), span)) {
                            throw new IllegalArgumentException("two breakdowns of one figure have the same total");
                        }
                        count[row][period] = shared.count()[period];
                        cohort[row][period] = shared.cohort()[period];
                        rest[row][period] = shared.rest()[period];
                        continue;
                    }
                    int countValue = totalRow ? sum(counts.counts(), span) : sum(counts.counts()[row], span);
                    count[row][period] = table.number(countValue);
                    if (share) {
                        int[][] cohorts = counts.cohortsOrZeros();
                        int cohortValue = totalRow ? sum(cohorts, span) : sum(cohorts[row], span);
                        cohort[row][period] = table.number(cohortValue);
                        rest[row][period] = table.implied(cohortValue - countValue);
                        table.sum(cohort[row][period], count[row][period], rest[row][period]);
                        table.shownOnlyWith(count[row][period], cohort[row][period]);
                    }
                }
            }
            // Categories add up to the total, in every column (a shared total row already has its own equations
            // over its months; these are the new breakdown's).
            for (int period = 0; period < periods; period++) {
                if (!counts.flow() && period >= months) {
                    continue;
                }
                sumColumn(count, period, categories);
                if (share) {
                    sumColumn(cohort, period, categories);
                    sumColumn(rest, period, categories);
                }
            }
            // A flow's quarters add up their months, its year its quarters.
            if (counts.flow()) {
                for (int row = 0; row <= categories; row++) {
                    if (row == categories && shared != null) {
                        continue; // the shared total row's sums are already there
                    }
                    for (int period = months; period < periods; period++) {
                        sumPeriod(count[row], period);
                        if (share) {
                            sumPeriod(cohort[row], period);
                            sumPeriod(rest[row], period);
                        }
                    }
                }
            }
            total = new Total(count[categories], cohort[categories], rest[categories]);
        }

        private void sumColumn(int[][] numbers, int period, int categories) {
            int[] parts = new int[categories];
            for (int row = 0; row < categories; row++) {
                parts[row] = numbers[row][period];
            }
            table.sum(numbers[categories][period], parts);
        }

        private void sumPeriod(int[] numbers, int period) {
            int months = counts.months();
            int[] span = span(months, period);
            int[] parts;
            if (span[1] - span[0] == 11) {
                parts = new int[] {numbers[months], numbers[months + 1], numbers[months + 2], numbers[months + 3]};
            } else {
                parts = Arrays.copyOfRange(numbers, span[0], span[1] + 1);
            }
            table.sum(numbers[period], parts);
        }

        private static int sum(int[] months, int[] span) {
            int sum = 0;
            for (int m = span[0]; m <= span[1]; m++) {
                sum += months[m];
            }
            return sum;
        }

        private static int sum(int[][] categories, int[] span) {
            int sum = 0;
            for (int[] months : categories) {
                sum += sum(months, span);
            }
            return sum;
        }

        /** Keeps the pattern of an earlier publication (or of the territory table) for every column it had. */
        void fix(Published published) {
            int months = published.months();
            int categories = counts.categories();
            for (int row = 0; row <= categories; row++) {
                List<IndicatorCell> cells =
                        row == categories ? published.total() : published.rows().get(row);
                for (int period = 0; period < periods(months); period++) {
                    // The same column in this unit: months keep their index, quarters and the year move right.
                    int[] span = span(months, period);
                    int here = period < months ? period : indexOf(span);
                    IndicatorCell cell = cells.get(period);
                    fixOne(count[row][here], cell.count().isPresent());
                    if (counts.share()) {
                        fixOne(cohort[row][here], cell.cohort().isPresent());
                    }
                }
            }
        }

        private void fixOne(int number, boolean shown) {
            Boolean already = table.fixed(number);
            if (already != null && already != shown) {
                throw new IllegalArgumentException("a number published twice with two fates");
            }
            table.fix(number, shown);
        }

        private int indexOf(int[] span) {
            int periods = counts.periods();
            for (int period = counts.months(); period < periods; period++) {
                if (Arrays.equals(span(counts.months(), period), span)) {
                    return period;
                }
            }
            throw new IllegalStateException("a complete quarter stays complete");
        }

        Published published(boolean[] shown) {
            int categories = counts.categories();
            List<List<IndicatorCell>> rows = new ArrayList<>(categories);
            List<IndicatorCell> totalCells = List.of();
            for (int row = 0; row <= categories; row++) {
                List<IndicatorCell> cells = new ArrayList<>(counts.periods());
                for (int period = 0; period < counts.periods(); period++) {
                    Integer shownCount = table.shownValue(count[row][period], shown);
                    Integer shownCohort = counts.share() ? table.shownValue(cohort[row][period], shown) : null;
                    cells.add(IndicatorCell.of(shownCount, shownCohort));
                }
                if (row == categories) {
                    totalCells = List.copyOf(cells);
                } else {
                    rows.add(List.copyOf(cells));
                }
            }
            return new Published(counts.months(), List.copyOf(rows), totalCells);
        }
    }
}
