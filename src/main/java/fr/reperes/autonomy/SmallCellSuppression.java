package fr.reperes.autonomy;

import java.util.ArrayList;
import java.util.List;

/**
 * The ODPE's privacy rule (domain.md): an aggregate never shows a cell of fewer than 5 young people, nor a cell from
 * which a withheld one can be recomputed. Applied to one month: for each figure, its territories' cells and the
 * département's total, which is their sum.
 *
 * <ul>
 *   <li>A count under 5, 0 included, is withheld (0 tells that nobody in a small group did something).</li>
 *   <li>The count of a share is also withheld when the rest of its cohort is under 5: with the count and the cohort
 *       shown, the rest is a subtraction away, and it is a count of young people too.</li>
 *   <li>A cohort under 5 is withheld, and the counts and shares with it.</li>
 *   <li>Complementary suppression: the territories add up to the total, so when exactly one number of that sum is
 *       withheld, the smallest shown territory's is withheld too (the total itself when there is no other).</li>
 *   <li>Shares of one cohort that nearly add up to it (requests before 18 and sorties sèches: only the few who
 *       submit on their birthday are in neither) are linked: one withheld withholds the other, or the cohort minus
 *       the shown one would give it back.</li>
 * </ul>
 * Withholding a number may leave another sum with a single unknown, so the rules run until nothing changes.
 */
final class SmallCellSuppression {

    static final int SMALLEST_SHOWN = 5;

    /** The cells of one figure as published: the territories' in the order given, and the total. */
    record Published(List<IndicatorCell> territories, IndicatorCell total) {
    }

    private SmallCellSuppression() {
    }

    /** A plain count by territory. */
    static Published protectCounts(int[] counts) {
        return protect(null, List.of(counts)).getFirst();
    }

    /** One share by territory: the count and its cohort. */
    static Published protectShare(int[] cohorts, int[] counts) {
        return protect(cohorts, List.of(counts)).getFirst();
    }

    /** Linked shares of one cohort by territory, in the order given. */
    static List<Published> protectLinkedShares(int[] cohorts, List<int[]> counts) {
        return protect(cohorts, counts);
    }

    private static List<Published> protect(int[] cohorts, List<int[]> counts) {
        Table table = new Table(cohorts, counts);
        table.withholdSmallCells();
        boolean withheldMore;
        do {
            withheldMore = table.withholdRecomputable();
        } while (withheldMore);
        return table.published();
    }

    /**
     * Rows are the territories, then the total; column 0 is the cohort (absent for plain counts), then one column per
     * figure.
     */
    private static final class Table {

        private final boolean shares;
        private final int territories;
        private final int columns;
        private final int[][] values;
        private final boolean[][] shown;

        Table(int[] cohorts, List<int[]> counts) {
            this.shares = cohorts != null;
            this.territories = counts.getFirst().length;
            this.columns = 1 + counts.size();
            this.values = new int[territories + 1][columns];
            this.shown = new boolean[territories + 1][columns];
            for (int row = 0; row < territories; row++) {
                values[row][0] = shares ? cohorts[row] : 0;
                for (int figure = 0; figure < counts.size(); figure++) {
                    if (counts.get(figure).length != territories || shares && cohorts.length != territories) {
                        throw new IllegalArgumentException("one number per territory in every figure");
                    }
                    values[row][1 + figure] = counts.get(figure)[row];
                }
                for (int column = 0; column < columns; column++) {
                    values[territories][column] += values[row][column];
                }
            }
        }

        void withholdSmallCells() {
            for (int row = 0; row <= territories; row++) {
                int cohort = values[row][0];
                shown[row][0] = shares && cohort >= SMALLEST_SHOWN;
                for (int column = 1; column < columns; column++) {
                    int count = values[row][column];
                    shown[row][column] = count >= SMALLEST_SHOWN
                            && (!shares || shown[row][0] && cohort - count >= SMALLEST_SHOWN);
                }
            }
        }

        /** One pass of the rules that protect withheld numbers; true when it withheld something more. */
        boolean withholdRecomputable() {
            boolean changed = false;
            for (int row = 0; shares && row <= territories; row++) {
                for (int column = 1; column < columns; column++) {
                    if (!shown[row][0] && shown[row][column]) {
                        shown[row][column] = false;
                        changed = true;
                    }
                }
            }
            for (int column = shares ? 0 : 1; column < columns; column++) {
                changed |= protectSum(column);
            }
            if (shares && columns > 2) {
                for (int row = 0; row <= territories; row++) {
                    changed |= protectLink(row);
                }
            }
            return changed;
        }

        /** Territories add up to the total: a sum with a single withheld number gives it back. */
        private boolean protectSum(int column) {
            int withheld = 0;
            int smallestShown = -1;
            for (int row = 0; row <= territories; row++) {
                if (!shown[row][column]) {
                    withheld++;
                } else if (row < territories
                        && (smallestShown < 0 || values[row][column] < values[smallestShown][column])) {
                    smallestShown = row;
                }
            }
            int next = smallestShown >= 0 ? smallestShown : territories;
            if (withheld != 1 || !shown[next][column]) {
                return false;
            }
            shown[next][column] = false;
            return true;
        }

        /** Linked shares nearly add up to the cohort: one withheld among shown others gives it back. */
        private boolean protectLink(int row) {
            int withheld = 0;
            int smallestShown = -1;
            for (int column = 1; column < columns; column++) {
                if (!shown[row][column]) {
                    withheld++;
                } else if (smallestShown < 0 || values[row][column] < values[row][smallestShown]) {
                    smallestShown = column;
                }
            }
            if (withheld != 1 || smallestShown < 0) {
                return false;
            }
            shown[row][smallestShown] = false;
            return true;
        }

        List<Published> published() {
            List<Published> figures = new ArrayList<>(columns - 1);
            for (int column = 1; column < columns; column++) {
                List<IndicatorCell> cells = new ArrayList<>(territories);
                for (int row = 0; row < territories; row++) {
                    cells.add(cell(row, column));
                }
                figures.add(new Published(List.copyOf(cells), cell(territories, column)));
            }
            return figures;
        }

        private IndicatorCell cell(int row, int column) {
            return IndicatorCell.of(shown[row][column] ? Integer.valueOf(values[row][column]) : null,
                    shares && shown[row][0] ? Integer.valueOf(values[row][0]) : null);
        }
    }
}
