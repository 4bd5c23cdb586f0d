package fr.reperes.platform.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.platform.suppression.YearTables.Counts;
import fr.reperes.platform.suppression.YearTables.Published;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The largest realistic publication unit, published month by month as the observatory does: a flow share (the
 * heaviest case: every column of a row is tied by the quarter and year sums) by 12 territories, then by 6 other
 * categories audited with the territory table; counts mostly small, so that many numbers are withheld. Prints the
 * time of each month's publication (the figure in the report) and bounds the whole year. A benchmark (minutes):
 * {@code ./mvnw -Pbenchmark test -Dtest=YearTablesSpeedTest}.
 */
@Tag("benchmark")
class YearTablesSpeedTest {

    @Test
    void aYearOfTwelveTerritoriesAndSixCategoriesIsProtectedMonthByMonthInSeconds() {
        year(8, 12, "small counts, most withheld");
    }

    @Test
    void aYearOfMoreUsualCountsIsFaster() {
        year(30, 40, "counts 0-29, a few withheld");
    }

    private static void year(int countBound, int restBound, String what) {
        Random random = new Random(14);
        int[][] counts = new int[12][12];
        int[][] cohorts = new int[12][12];
        int[][] otherCounts = new int[6][12];
        int[][] otherCohorts = new int[6][12];
        for (int t = 0; t < 12; t++) {
            for (int m = 0; m < 12; m++) {
                counts[t][m] = random.nextInt(countBound);
                cohorts[t][m] = counts[t][m] + random.nextInt(restBound);
                for (int person = 0; person < counts[t][m]; person++) {
                    otherCounts[random.nextInt(6)][m]++;
                }
                for (int person = counts[t][m]; person < cohorts[t][m]; person++) {
                    otherCohorts[random.nextInt(6)][m]++;
                }
            }
        }
        for (int o = 0; o < 6; o++) {
            for (int m = 0; m < 12; m++) {
                otherCohorts[o][m] += otherCounts[o][m];
            }
        }
        long start = System.nanoTime();
        Published territories = null;
        Published other = null;
        StringBuilder times = new StringBuilder();
        for (int months = 1; months <= 12; months++) {
            long month = System.nanoTime();
            List<Published> both = YearTables.protectTogether(
                    List.of(cut(counts, cohorts, months), cut(otherCounts, otherCohorts, months)),
                    Arrays.asList(territories, other));
            territories = both.get(0);
            other = both.get(1);
            long end = System.nanoTime();
            times.append(String.format(
                    "month %d: territories and other together %d ms%n", months, (end - month) / 1_000_000));
        }
        long total = (System.nanoTime() - start) / 1_000_000;
        System.out.print(times);
        System.out.println("YearTablesSpeedTest (" + what
                + "): the whole year, 12 publications of two tables together, " + total + " ms");
        assertThat(other.total()).hasSize(17);
        assertThat(total)
                .as("a year published month by month, on a machine maybe shared")
                .isLessThan(300_000);
    }

    private static Counts cut(int[][] counts, int[][] cohorts, int months) {
        int[][] c = new int[counts.length][];
        int[][] h = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            c[i] = Arrays.copyOf(counts[i], months);
            h[i] = Arrays.copyOf(cohorts[i], months);
        }
        return new Counts(true, months, c, h);
    }
}
