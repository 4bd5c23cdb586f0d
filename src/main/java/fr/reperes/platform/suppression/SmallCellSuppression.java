package fr.reperes.platform.suppression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The ODPE's privacy rule: an aggregate never shows a cell of fewer than 5 young people, nor a cell from
 * which a withheld one can be recomputed. The method is cell suppression as statistical offices practise it for
 * frequency tables (Hundepool et al., <i>Statistical Disclosure Control</i>, Wiley 2012, on tabular data; the
 * τ-ARGUS manual's threshold rule, secondary suppression, and the audit of a suppression pattern by the feasibility
 * intervals of its withheld cells):
 *
 * <ol>
 *   <li><b>Primary suppression, threshold rule.</b> A count of young people under {@value #SMALLEST_SHOWN}, zero
 *       included (0 tells that nobody in a small group did something), is withheld. So is any number readers would
 *       work out from shown ones that counts young people: the rest of a cohort (cohort minus count) is never
 *       published, but it is protected as if it were ({@link Table#implied}).</li>
 *   <li><b>Secondary suppression, audited by linear programming.</b> The reader is given every equation the publication
 *       implies (territories add up to the total, count + rest = cohort, linked shares add up to their cohort less
 *       the few in neither) and that every number is at least 0. For each withheld number and each implied number
 *       under {@value #SMALLEST_SHOWN}, two linear programs ({@link LinearBounds}, exact over rationals) find the
 *       smallest and largest value it can take given all shown numbers: its feasibility interval. Until every such
 *       interval is at least {@value #PROTECTION} wide, one more number is withheld: preferably one that alone widens
 *       the exposed one's interval enough, territories' numbers before totals and cohorts, the smallest first.
 *       {@value #PROTECTION} values and not merely two, because withheld numbers that a total leaves fewer than 5
 *       for are a small cell themselves (two territories' 1s next to a shown total tell "2 between them"), and a
 *       number known to be 0 or 1 is nearly known. Because the audit solves
 *       the whole system at once, it catches what single sums miss: a number that is the only unknown of a
 *       combination of equations (a cohort minus a total minus another territory's count...), and a number that
 *       non-negativity pins down (two withheld zeros next to a shown total that leaves nothing for them). The tables
 *       are two-way tables with margins, whose equations form a totally unimodular system: the linear programs'
 *       bounds are integers, so the interval over real numbers is the interval over counts of people.</li>
 *   <li><b>A whole number shown only with its parts' base.</b> The count of a share is shown only with its cohort
 *       ({@link Table#shownOnlyWith}): a count without its cohort would be a share without its meaning.</li>
 *   <li><b>Linked figures are protected together.</b> Figures sharing a cohort (requests before 18 and sorties
 *       sèches: only the few who submit on their birthday are in neither) form one table. The reader is assumed to
 *       know exactly how many are in neither ({@link Table#known}): the worst case for the others.</li>
 * </ol>
 * Totals are published exact, not rounded: the audit already guarantees every withheld number an interval of
 * {@value #PROTECTION} values or more, and controlled rounding would make the published figures disagree with each
 * other without protecting anything more.
 *
 * <p><b>Two publications of the same month.</b> Late records (an entretien held last month and recorded today) change
 * a past month's counts. Two publications of that month, each safe alone, could be compared: a number withheld on
 * the first date and shown on the second, with its neighbours unchanged, gives back the first date's withheld one.
 * This class does not decide that: the observatory (AutonomyIndicators) publishes a month once, a month after it ended (late
 * records have come in), and freezes what it published; every later request for that month returns the same cells.
 * The union of two publications of a month is then one publication, which this rule protects.
 *
 * <p>Pure: numbers in, which numbers may be shown out. The rule ({@link Table}, {@link #protect}) knows nothing of
 * young people or autonomy; only the shapes of figure (counts, a share, linked shares, and a question's answers by
 * group: {@link #protectChoices}, {@link #protectMultipleChoices}) give back {@link IndicatorCell}s. Survey answers are
 * counts of people like any other: the same threshold, the same audit. SmallCellSuppressionAttackTest attacks random tables with a solver of its own.
 */
public final class SmallCellSuppression {

    static final int SMALLEST_SHOWN = 5;
    /** The narrowest range of values that all that is published may leave a reader for a withheld number. */
    static final int PROTECTION = SMALLEST_SHOWN;
    /** How many of the cheapest numbers secondary suppression tries, one by one, before taking the cheapest. */
    static final int CANDIDATES_TRIED = 6;

    /** The cells of one figure as published: the territories' in the order given, and the total. */
    public record Published(List<IndicatorCell> territories, IndicatorCell total) {}

    private SmallCellSuppression() {}

    /** A plain count by territory. */
    public static Published protectCounts(int[] counts) {
        Table table = new Table();
        int[] cells = Arrays.stream(counts).map(table::number).toArray();
        int total = table.number(Arrays.stream(counts).sum());
        table.sum(total, cells);
        boolean[] shown = protect(table);
        List<IndicatorCell> territories = new ArrayList<>(counts.length);
        for (int cell : cells) {
            territories.add(IndicatorCell.of(table.shownValue(cell, shown), null));
        }
        return new Published(List.copyOf(territories), IndicatorCell.of(table.shownValue(total, shown), null));
    }

    /** One share by territory: the count and its cohort. */
    public static Published protectShare(int[] cohorts, int[] counts) {
        requireSameLength(cohorts, List.of(counts));
        return protectShares(cohorts, List.of(counts), false).getFirst();
    }

    /**
     * Shares of one cohort by territory, in the order given, whose counts nearly add up to the cohort: at least two
     * figures, and no territory's counts adding up to more than its cohort.
     */
    public static List<Published> protectLinkedShares(int[] cohorts, List<int[]> counts) {
        if (counts.size() < 2) {
            throw new IllegalArgumentException("linked shares are at least two figures of one cohort");
        }
        requireSameLength(cohorts, counts);
        return protectShares(cohorts, counts, true);
    }

    private static void requireSameLength(int[] cohorts, List<int[]> counts) {
        if (counts.stream().anyMatch(c -> c.length != cohorts.length)) {
            throw new IllegalArgumentException("one number per territory in every figure");
        }
    }

    /**
     * One row per territory, then the total row; in a row, the cohort is the sum of the figures' counts and of the
     * rest: the rest of the one figure, which readers work out, or the few in none of the linked figures, which they
     * are assumed to know.
     */
    private static List<Published> protectShares(int[] cohorts, List<int[]> counts, boolean linked) {
        int territories = cohorts.length;
        int figures = counts.size();
        Table table = new Table();
        int[] cohort = new int[territories + 1];
        int[][] count = new int[figures][territories + 1];
        int[] rest = new int[territories + 1];
        int[] totals = new int[figures + 2];
        for (int row = 0; row <= territories; row++) {
            boolean total = row == territories;
            int cohortValue = total ? Arrays.stream(cohorts).sum() : cohorts[row];
            cohort[row] = table.number(cohortValue);
            int restValue = cohortValue;
            for (int figure = 0; figure < figures; figure++) {
                int value = total ? Arrays.stream(counts.get(figure)).sum() : counts.get(figure)[row];
                count[figure][row] = table.number(value);
                restValue -= value;
                table.shownOnlyWith(count[figure][row], cohort[row]);
            }
            if (restValue < 0) {
                throw new IllegalArgumentException("the counts of a share cannot exceed their cohort");
            }
            rest[row] = linked ? table.known(restValue) : table.implied(restValue);
            int[] parts = new int[figures + 1];
            for (int figure = 0; figure < figures; figure++) {
                parts[figure] = count[figure][row];
            }
            parts[figures] = rest[row];
            table.sum(cohort[row], parts);
        }
        table.sum(cohort[territories], Arrays.copyOf(cohort, territories));
        table.sum(rest[territories], Arrays.copyOf(rest, territories));
        for (int figure = 0; figure < figures; figure++) {
            table.sum(count[figure][territories], Arrays.copyOf(count[figure], territories));
        }
        boolean[] shown = protect(table);
        List<Published> published = new ArrayList<>(figures);
        for (int figure = 0; figure < figures; figure++) {
            List<IndicatorCell> cells = new ArrayList<>(territories);
            for (int row = 0; row <= territories; row++) {
                cells.add(IndicatorCell.of(
                        table.shownValue(count[figure][row], shown), table.shownValue(cohort[row], shown)));
            }
            published.add(new Published(List.copyOf(cells.subList(0, territories)), cells.get(territories)));
        }
        return published;
    }

    /**
     * A question's answers as published: one row per option (in the order given) and one column per group
     * (territory, age band...), each option's total over the groups, each group's respondents, and all respondents.
     * A cell's cohort is its group's respondents when shown, so that a share can be read.
     */
    public record TwoWay(
            List<List<IndicatorCell>> cells,
            List<IndicatorCell> optionTotals,
            List<IndicatorCell> groupTotals,
            IndicatorCell total) {}

    /**
     * A single choice by group: {@code counts[option][group]}, each respondent in exactly one option, so that a
     * group's options add up to its respondents and an option's groups to its total. One group: its column is the
     * options' totals (no second copy of the same numbers).
     */
    public static TwoWay protectChoices(int[][] counts) {
        int options = counts.length;
        int groups = groups(counts);
        Table table = new Table();
        int[][] cell = new int[options][groups];
        int[] optionTotal = new int[options];
        for (int option = 0; option < options; option++) {
            for (int group = 0; group < groups; group++) {
                cell[option][group] = table.number(counts[option][group]);
            }
            optionTotal[option] = groups == 1
                    ? cell[option][0]
                    : table.number(Arrays.stream(counts[option]).sum());
            if (groups > 1) {
                table.sum(optionTotal[option], cell[option]);
            }
        }
        int[] groupTotal = new int[groups];
        for (int group = 0; group < groups; group++) {
            int g = group;
            groupTotal[group] =
                    table.number(Arrays.stream(counts).mapToInt(row -> row[g]).sum());
            table.sum(
                    groupTotal[group],
                    Arrays.stream(cell).mapToInt(row -> row[g]).toArray());
        }
        int total;
        if (groups == 1) {
            total = groupTotal[0];
        } else {
            total = table.number(
                    Arrays.stream(counts).flatMapToInt(Arrays::stream).sum());
            table.sum(total, groupTotal);
        }
        if (groups > 1 && options > 0) {
            table.sum(total, optionTotal);
        }
        boolean[] shown = protect(table);
        return twoWay(table, shown, cell, optionTotal, groupTotal, groupTotal, total, total);
    }

    /**
     * A multiple choice by group: {@code respondents[group]} answered the question, and {@code counts[option][group]}
     * of them chose the option; a respondent may choose several, so the options do not add up to anything. Each option
     * is a share of its group's respondents, protected as such: its count, and the rest (respondents who did not
     * choose it), which readers work out, are both kept from being narrowed.
     */
    public static TwoWay protectMultipleChoices(int[] respondents, int[][] counts) {
        int options = counts.length;
        int groups = respondents.length;
        if (Arrays.stream(counts).anyMatch(row -> row.length != groups)) {
            throw new IllegalArgumentException("one number per group for every option");
        }
        boolean margins = groups > 1;
        Table table = new Table();
        int[] cohort = new int[groups];
        for (int group = 0; group < groups; group++) {
            cohort[group] = table.number(respondents[group]);
        }
        int total = margins ? table.number(Arrays.stream(respondents).sum()) : cohort[0];
        if (margins) {
            table.sum(total, cohort);
        }
        int[][] cell = new int[options][groups];
        int[] optionTotal = new int[options];
        for (int option = 0; option < options; option++) {
            int[] rest = new int[groups];
            for (int group = 0; group < groups; group++) {
                int value = counts[option][group];
                if (value > respondents[group]) {
                    throw new IllegalArgumentException("an option cannot be chosen by more than its respondents");
                }
                cell[option][group] = table.number(value);
                rest[group] = table.implied(respondents[group] - value);
                table.sum(cohort[group], cell[option][group], rest[group]);
                table.shownOnlyWith(cell[option][group], cohort[group]);
            }
            if (margins) {
                int sum = Arrays.stream(counts[option]).sum();
                optionTotal[option] = table.number(sum);
                int restTotal = table.implied(Arrays.stream(respondents).sum() - sum);
                table.sum(optionTotal[option], cell[option]);
                table.sum(restTotal, rest);
                table.sum(total, optionTotal[option], restTotal);
                table.shownOnlyWith(optionTotal[option], total);
            } else {
                optionTotal[option] = cell[option][0];
            }
        }
        boolean[] shown = protect(table);
        return twoWay(table, shown, cell, optionTotal, cohort, cohort, total, total);
    }

    /**
     * A question's answers by band and territory, as published: {@code cell(option, band, territory)}, where -1 is
     * "over all" (a margin) and option -1 the respondents. Every view of the question (all together, by band, by
     * territory, one band, one territory, one band by territory...) reads its numbers here, so that no two views are
     * protected apart: comparing them gives back nothing this one table does not.
     */
    public record ThreeWay(int options, int bands, int territories, List<IndicatorCell> numbers) {

        public IndicatorCell cell(int option, int band, int territory) {
            return numbers.get(((option + 1) * (bands + 1) + band + 1) * (territories + 1) + territory + 1);
        }

        public IndicatorCell respondents(int band, int territory) {
            return cell(-1, band, territory);
        }
    }

    /**
     * One table options × (band × territory) with every margin (per band, per territory, per band and territory, per
     * option, and the grand total), protected at once. {@code counts[option][band][territory]};
     * {@code respondents[band][territory]} is used for a multiple choice and a question without options (a single
     * choice's respondents are its options' sum). A band that does not ask the question ({@code asked[band]} false),
     * or an option a band's question does not offer ({@code offered[option][band]} false), is a zero every reader
     * knows from the questionnaire: it is counted as known, never as a withheld number that could protect another.
     * A three-way table with its two-way margins is not totally unimodular: the audit rounds the linear programs'
     * bounds inward to whole numbers, so a withheld number keeps {@value #PROTECTION} possible whole values.
     */
    public static ThreeWay protectThreeWay(
            boolean multiple, boolean[] asked, boolean[][] offered, int[][] respondents, int[][][] counts) {
        int options = counts.length;
        int bands = asked.length;
        if (bands == 0 || respondents.length != bands) {
            throw new IllegalArgumentException("at least one band, and respondents for each");
        }
        int territories = respondents[0].length;
        if (territories == 0) {
            throw new IllegalArgumentException("at least one territory");
        }
        boolean single = !multiple && options > 0;
        // value[o + 1][b + 1][t + 1]: -1 a margin, option -1 the respondents.
        int[][][] value = new int[options + 1][bands + 1][territories + 1];
        for (int b = 0; b < bands; b++) {
            for (int t = 0; t < territories; t++) {
                int answered = 0;
                for (int o = 0; o < options; o++) {
                    int count = asked[b] && offered[o][b] ? counts[o][b][t] : 0;
                    if (multiple && count > respondents[b][t]) {
                        throw new IllegalArgumentException("an option cannot be chosen by more than its respondents");
                    }
                    answered += count;
                    for (int[] at : margins(o, b, t)) {
                        value[at[0] + 1][at[1] + 1][at[2] + 1] += count;
                    }
                }
                int cohort = !asked[b] ? 0 : single ? answered : respondents[b][t];
                for (int[] at : margins(-1, b, t)) {
                    value[at[0] + 1][at[1] + 1][at[2] + 1] += cohort;
                }
            }
        }
        // Zeros the questionnaire tells: a band not asked, an option its question lacks, a single choice's band
        // offering no option, and a margin over bands that are all such zeros.
        boolean[][] zero = new boolean[options + 1][bands + 1];
        for (int o = -1; o < options; o++) {
            boolean all = true;
            for (int b = 0; b < bands; b++) {
                boolean none = !asked[b];
                if (o >= 0) {
                    none |= !offered[o][b];
                } else if (single) {
                    int band = b;
                    none |= IntStream.range(0, options).noneMatch(option -> offered[option][band]);
                }
                zero[o + 1][b + 1] = none;
                all &= none;
            }
            zero[o + 1][0] = all;
        }
        Table table = new Table();
        int[][][] id = new int[options + 1][bands + 1][territories + 1];
        // The cells, then their margins. A margin over one territory, or over the one band that is not a known zero,
        // IS that number, not a copy of it: a copy would be withheld with it and take more numbers down.
        for (int o = -1; o < options; o++) {
            boolean[] zeros = zero[o + 1];
            int[] live = IntStream.range(0, bands).filter(b -> !zeros[b + 1]).toArray();
            for (int b = 0; b < bands; b++) {
                for (int t = 0; t < territories; t++) {
                    id[o + 1][b + 1][t + 1] =
                            zero[o + 1][b + 1] ? table.known(0) : table.number(value[o + 1][b + 1][t + 1]);
                }
                id[o + 1][b + 1][0] = zero[o + 1][b + 1]
                        ? table.known(0)
                        : territories == 1 ? id[o + 1][b + 1][1] : table.number(value[o + 1][b + 1][0]);
            }
            for (int t = -1; t < territories; t++) {
                id[o + 1][0][t + 1] = zero[o + 1][0]
                        ? table.known(0)
                        : live.length == 1
                                ? id[o + 1][live[0] + 1][t + 1]
                                : t == -1 && territories == 1 ? id[o + 1][0][1] : table.number(value[o + 1][0][t + 1]);
            }
        }
        for (int o = -1; o < options; o++) {
            for (int t = -1; t < territories; t++) {
                int[] parts = new int[bands];
                for (int b = 0; b < bands; b++) {
                    parts[b] = id[o + 1][b + 1][t + 1];
                }
                table.sum(id[o + 1][0][t + 1], parts);
            }
            for (int b = -1; b < bands; b++) {
                table.sum(id[o + 1][b + 1][0], Arrays.copyOfRange(id[o + 1][b + 1], 1, territories + 1));
            }
        }
        Set<Long> restOf = new HashSet<>();
        for (int b = -1; b < bands; b++) {
            for (int t = -1; t < territories; t++) {
                int cohort = id[0][b + 1][t + 1];
                if (single) {
                    int[] parts = new int[options];
                    for (int o = 0; o < options; o++) {
                        parts[o] = id[o + 1][b + 1][t + 1];
                    }
                    table.sum(cohort, parts);
                } else if (multiple) {
                    for (int o = 0; o < options; o++) {
                        int cell = id[o + 1][b + 1][t + 1];
                        if (table.kind(cell) == Kind.KNOWN
                                || table.kind(cohort) == Kind.KNOWN
                                || !restOf.add(((long) cell << 32) | cohort)) {
                            continue; // a zero the questionnaire tells, or a margin that is a cell it already has
                        }
                        int rest = table.implied(table.value(cohort) - table.value(cell));
                        table.sum(cohort, cell, rest);
                        table.shownOnlyWith(cell, cohort);
                    }
                }
            }
        }
        boolean[] shown = protect(table);
        List<IndicatorCell> numbers = new ArrayList<>((options + 1) * (bands + 1) * (territories + 1));
        for (int o = -1; o < options; o++) {
            for (int b = -1; b < bands; b++) {
                for (int t = -1; t < territories; t++) {
                    int cell = id[o + 1][b + 1][t + 1];
                    Integer count = table.kind(cell) == Kind.PUBLISHED ? table.shownValue(cell, shown) : null;
                    int cohort = id[0][b + 1][t + 1];
                    Integer cohortValue =
                            o < 0 || table.kind(cohort) != Kind.PUBLISHED ? null : table.shownValue(cohort, shown);
                    numbers.add(IndicatorCell.of(count, cohortValue));
                }
            }
        }
        return new ThreeWay(options, bands, territories, List.copyOf(numbers));
    }

    /** The cell itself and every margin it counts in. */
    private static int[][] margins(int option, int band, int territory) {
        return new int[][] {{option, band, territory}, {option, -1, territory}, {option, band, -1}, {option, -1, -1}};
    }

    private static int groups(int[][] counts) {
        if (counts.length == 0) {
            throw new IllegalArgumentException("a question has at least one option");
        }
        int groups = counts[0].length;
        if (groups == 0 || Arrays.stream(counts).anyMatch(row -> row.length != groups)) {
            throw new IllegalArgumentException("one number per group for every option, and at least one group");
        }
        return groups;
    }

    private static TwoWay twoWay(
            Table table,
            boolean[] shown,
            int[][] cell,
            int[] optionTotal,
            int[] groupTotal,
            int[] groupCohort,
            int total,
            int totalCohort) {
        List<List<IndicatorCell>> rows = new ArrayList<>(cell.length);
        List<IndicatorCell> optionTotals = new ArrayList<>(cell.length);
        for (int option = 0; option < cell.length; option++) {
            List<IndicatorCell> row = new ArrayList<>(groupTotal.length);
            for (int group = 0; group < groupTotal.length; group++) {
                row.add(IndicatorCell.of(
                        table.shownValue(cell[option][group], shown), table.shownValue(groupCohort[group], shown)));
            }
            rows.add(List.copyOf(row));
            optionTotals.add(IndicatorCell.of(
                    table.shownValue(optionTotal[option], shown), table.shownValue(totalCohort, shown)));
        }
        List<IndicatorCell> groupTotals = new ArrayList<>(groupTotal.length);
        for (int group : groupTotal) {
            groupTotals.add(IndicatorCell.of(table.shownValue(group, shown), null));
        }
        return new TwoWay(
                List.copyOf(rows),
                List.copyOf(optionTotals),
                List.copyOf(groupTotals),
                IndicatorCell.of(table.shownValue(total, shown), null));
    }

    /** Which numbers of the table may be shown: true at the index of each number shown. */
    static boolean[] protect(Table table) {
        boolean[] shown = new boolean[table.size()];
        for (int cell = 0; cell < table.size(); cell++) {
            Boolean fixed = table.fixed(cell);
            shown[cell] =
                    fixed != null ? fixed : table.kind(cell) == Kind.PUBLISHED && table.value(cell) >= SMALLEST_SHOWN;
        }
        table.withholdWithoutCompanions(shown);
        // Withholding one more number takes an equation away from the reader: intervals only widen, so a number
        // found protected stays protected and is not checked again.
        boolean[] safe = new boolean[table.size()];
        for (int exposed = table.firstExposed(shown, safe); exposed >= 0; exposed = table.firstExposed(shown, safe)) {
            int complement = table.complement(exposed, shown);
            if (complement < 0) {
                // Only numbers fixed by an earlier publication are left shown: withholding every new number keeps
                // what was published before as it was audited (new unknowns only), which is the most that can be done.
                for (int cell = 0; cell < table.size(); cell++) {
                    if (table.fixed(cell) == null) {
                        shown[cell] = false;
                    }
                }
                break;
            }
            shown[complement] = false;
            table.withholdWithoutCompanions(shown);
        }
        return shown;
    }

    enum Kind {
        /** A number to publish, of young people: withheld under 5, or to protect another. */
        PUBLISHED,
        /** Never published, but readers may work it out (a cohort minus its count): protected under 5 like one. */
        IMPLIED,
        /** Never published nor protected; every reader is assumed to know it, and may use it against the others. */
        KNOWN
    }

    /** Numbers published together and the sums that tie them, as every reader knows them. */
    static final class Table {

        private final List<Integer> values = new ArrayList<>();
        private final List<Kind> kinds = new ArrayList<>();
        /** Each sum: the whole first, then its parts. */
        private final List<int[]> sums = new ArrayList<>();

        private final List<int[]> companions = new ArrayList<>();
        /** Numbers whose fate an earlier publication decided: shown (true) or withheld (false); null when new. */
        private final List<@Nullable Boolean> fixed = new ArrayList<>();

        int number(int value) {
            return add(value, Kind.PUBLISHED);
        }

        int implied(int value) {
            return add(value, Kind.IMPLIED);
        }

        int known(int value) {
            return add(value, Kind.KNOWN);
        }

        private int add(int value, Kind kind) {
            if (value < 0) {
                throw new IllegalArgumentException("a count of young people is 0 or more: " + value);
            }
            values.add(value);
            kinds.add(kind);
            fixed.add(null);
            return values.size() - 1;
        }

        /** The whole is the sum of the parts, and readers know it. */
        void sum(int whole, int... parts) {
            int total = 0;
            for (int part : parts) {
                total += value(part);
            }
            if (total != value(whole)) {
                throw new IllegalArgumentException("the parts add up to " + total + ", not " + value(whole));
            }
            if (parts.length == 0) {
                return; // a total of no territory at all: nothing to add up, and nothing to give away
            }
            if (Arrays.stream(parts).anyMatch(part -> part == whole)) {
                return; // the whole is one of its parts, the others zeros: nothing a reader learns
            }
            int[] sum = new int[parts.length + 1];
            sum[0] = whole;
            System.arraycopy(parts, 0, sum, 1, parts.length);
            sums.add(sum);
        }

        /**
         * The number was published before, shown or withheld, and stays so: secondary suppression chooses among the
         * other numbers only.
         */
        void fix(int cell, boolean shown) {
            if (kind(cell) != Kind.PUBLISHED) {
                throw new IllegalArgumentException("only a published number has a fate to keep");
            }
            fixed.set(cell, shown);
        }

        @Nullable Boolean fixed(int cell) {
            return fixed.get(cell);
        }

        /** The number is withheld whenever its companion is. */
        void shownOnlyWith(int number, int companion) {
            companions.add(new int[] {number, companion});
        }

        int size() {
            return values.size();
        }

        int value(int cell) {
            return values.get(cell);
        }

        Kind kind(int cell) {
            return kinds.get(cell);
        }

        @Nullable Integer shownValue(int cell, boolean[] shown) {
            return shown[cell] ? value(cell) : null;
        }

        private void withholdWithoutCompanions(boolean[] shown) {
            boolean changed;
            do {
                changed = false;
                for (int[] pair : companions) {
                    if (shown[pair[0]] && !shown[pair[1]] && fixed(pair[0]) == null) {
                        shown[pair[0]] = false;
                        changed = true;
                    }
                }
            } while (changed);
        }

        private boolean unknown(int cell, boolean[] shown) {
            return kind(cell) == Kind.IMPLIED || kind(cell) == Kind.PUBLISHED && !shown[cell];
        }

        /** A withheld number, or an implied one under 5: its interval must be {@value #PROTECTION} wide or more. */
        private boolean confidential(int cell, boolean[] shown) {
            return kind(cell) == Kind.PUBLISHED
                    ? !shown[cell]
                    : kind(cell) == Kind.IMPLIED && value(cell) < SMALLEST_SHOWN;
        }

        /** The first number a reader could narrow to fewer than {@value #PROTECTION} values, or -1. */
        private int firstExposed(boolean[] shown, boolean[] safe) {
            for (int cell = 0; cell < size(); cell++) {
                if (!safe[cell] && confidential(cell, shown)) {
                    if (!protectedEnough(cell, shown)) {
                        return cell;
                    }
                    safe[cell] = true;
                }
            }
            return -1;
        }

        /**
         * The number to withhold so that {@code exposed} is protected: among the shown numbers of the sums that tie
         * it to other unknowns, one that alone gives it a wide enough interval if there is one, else the cheapest
         * of them. Cheapest: territories' before totals and cohorts (the fewer sums a number is the whole of, the
         * better), then the smallest.
         */
        private int complement(int exposed, boolean[] shown) {
            Comparator<Integer> cheapest = Comparator.<Integer>comparingLong(this::wholeOf)
                    .thenComparingInt(this::value)
                    .thenComparingInt(cell -> cell);
            List<Integer> candidates = shownNumbersInSumsWith(connectedUnknowns(exposed, shown), shown);
            candidates.removeIf(cell -> fixed(cell) != null);
            if (candidates.isEmpty()) {
                for (int cell = 0; cell < size(); cell++) {
                    if (kind(cell) == Kind.PUBLISHED && shown[cell] && fixed(cell) == null) {
                        candidates.add(cell);
                    }
                }
            }
            if (candidates.isEmpty()) {
                if (IntStream.range(0, size()).anyMatch(cell -> fixed(cell) != null)) {
                    return -1; // only earlier publications' numbers are left: the caller withholds every new one
                }
                throw new IllegalStateException("nothing left to withhold, yet number " + exposed + " is exposed");
            }
            candidates.sort(cheapest);
            // Each try solves the exposed number's linear programs again over a changed system: on a year's linked
            // table that is most of the time, so only the cheapest few are tried. Whichever is withheld, the audit
            // goes on until every number is protected: this only chooses, it decides nothing about safety.
            for (int candidate : candidates.subList(0, Math.min(candidates.size(), CANDIDATES_TRIED))) {
                shown[candidate] = false;
                boolean enough = protectedEnough(exposed, shown);
                shown[candidate] = true;
                if (enough) {
                    return candidate;
                }
            }
            return candidates.getFirst();
        }

        private long wholeOf(int cell) {
            return sums.stream().filter(sum -> sum[0] == cell).count();
        }

        private List<Integer> shownNumbersInSumsWith(List<Integer> cells, boolean[] shown) {
            List<Integer> found = new ArrayList<>();
            for (int[] sum : sums) {
                if (Arrays.stream(sum).anyMatch(cells::contains)) {
                    for (int cell : sum) {
                        if (kind(cell) == Kind.PUBLISHED && shown[cell] && !found.contains(cell)) {
                            found.add(cell);
                        }
                    }
                }
            }
            return found;
        }

        /** The unknowns tied to {@code cell} through sums, {@code cell} included. */
        private List<Integer> connectedUnknowns(int cell, boolean[] shown) {
            List<Integer> reached = new ArrayList<>(List.of(cell));
            boolean grew;
            do {
                grew = false;
                for (int[] sum : sums) {
                    if (Arrays.stream(sum).anyMatch(reached::contains)) {
                        for (int other : sum) {
                            if (unknown(other, shown) && !reached.contains(other)) {
                                reached.add(other);
                                grew = true;
                            }
                        }
                    }
                }
            } while (grew);
            return reached;
        }

        /**
         * Whether the smallest and largest values of {@code cell} that every published equation and non-negativity
         * allow are {@value #PROTECTION} or more apart. Only the equations tied to it matter.
         */
        private boolean protectedEnough(int cell, boolean[] shown) {
            // In a canonical order, so that every number of one connected system shares its phase 1 (LinearBounds).
            List<Integer> unknowns = new ArrayList<>(connectedUnknowns(cell, shown));
            unknowns.sort(Comparator.naturalOrder());
            List<long[]> equations = new ArrayList<>();
            List<Long> constants = new ArrayList<>();
            for (int[] sum : sums) {
                long[] coefficients = new long[unknowns.size()];
                long constant = 0;
                boolean tied = false;
                for (int i = 0; i < sum.length; i++) {
                    int sign = i == 0 ? -1 : 1;
                    int index = unknowns.indexOf(sum[i]);
                    if (index >= 0) {
                        coefficients[index] += sign;
                        tied = true;
                    } else {
                        constant -= (long) sign * value(sum[i]);
                    }
                }
                if (tied) {
                    equations.add(coefficients);
                    constants.add(constant);
                }
            }
            if (equations.isEmpty()) {
                return true; // tied to nothing: any value from 0 up
            }
            long[] objective = new long[unknowns.size()];
            objective[unknowns.indexOf(cell)] = 1;
            long[] right = constants.stream().mapToLong(Long::longValue).toArray();
            // The true value lies between the bounds: a maximum far enough above it settles the question alone.
            // Rounded inward to whole numbers: a table whose equations are not totally unimodular (three-way) may
            // have fractional bounds, and people come whole.
            try {
                double largest = Math.floor(LinearBounds.maximum(equations, right, objective) + 1e-9);
                return largest - value(cell) >= PROTECTION - 1e-9
                        || largest - Math.ceil(LinearBounds.minimum(equations, right, objective) - 1e-9)
                                >= PROTECTION - 1e-9;
            } catch (ArithmeticException overflow) {
                return false; // not proved protected: one more number is withheld, never one too few
            }
        }
    }
}
