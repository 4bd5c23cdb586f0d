package fr.reperes.platform.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.platform.suppression.SmallCellSuppression.ThreeWay;
import fr.reperes.platform.suppression.ThreeWayAudit.Indicator;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * A survey indicator's answers by band and territory (options × bands × territories, every margin), against the
 * attacker of SmallCellSuppressionAttackTest. The attacker reads every number any view publishes — the author's screen
 * all together, by band, by territory, one band, one territory, one band by territory, its CSV and ODS, and the page
 * given back to a band, all of which SurveyResults reads from this one table — and knows the questionnaire (which
 * band asks what: those zeros are known). It writes every equation a reader knows and bounds each withheld number,
 * and each rest under 5 of a multiple choice, by exact linear programming over the whole system.
 */
class SmallCellSuppressionThreeWayAttackTest {

    private static Arbitrary<Integer> count() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 6)),
                Tuple.of(2, Arbitraries.just(0)),
                Tuple.of(4, Arbitraries.integers().between(0, 25)),
                Tuple.of(1, Arbitraries.integers().between(0, 120)));
    }

    @Provide
    Arbitrary<Indicator> indicators() {
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(2, 4),
                        Arbitraries.integers().between(2, 4),
                        Arbitraries.integers().between(2, 5))
                .flatAs((multiple, options, bands, territories) -> Combinators.combine(
                                Arbitraries.frequency(Tuple.of(5, true), Tuple.of(1, false))
                                        .array(boolean[].class)
                                        .ofSize(bands),
                                Arbitraries.frequency(Tuple.of(6, true), Tuple.of(1, false))
                                        .array(boolean[].class)
                                        .ofSize(bands)
                                        .array(boolean[][].class)
                                        .ofSize(options),
                                count().array(int[].class)
                                        .ofSize(territories)
                                        .array(int[][].class)
                                        .ofSize(bands),
                                Arbitraries.doubles()
                                        .between(0, 1)
                                        .array(double[].class)
                                        .ofSize(territories)
                                        .array(double[][].class)
                                        .ofSize(bands)
                                        .array(double[][][].class)
                                        .ofSize(options),
                                count().array(int[].class)
                                        .ofSize(territories)
                                        .array(int[][].class)
                                        .ofSize(bands)
                                        .array(int[][][].class)
                                        .ofSize(options))
                        .as((asked, offered, respondents, fractions, singles) -> {
                            int[][][] counts = singles;
                            if (multiple) {
                                counts = new int[options][bands][territories];
                                for (int o = 0; o < options; o++) {
                                    for (int b = 0; b < bands; b++) {
                                        for (int t = 0; t < territories; t++) {
                                            counts[o][b][t] = (int) Math.round(fractions[o][b][t] * respondents[b][t]);
                                        }
                                    }
                                }
                            }
                            return new Indicator(multiple, asked, offered, respondents, counts);
                        }));
    }

    @Property(tries = 120)
    void noViewTogetherGivesBackAWithheldNumberNorNarrowsItBelowFiveValues(@ForAll("indicators") Indicator indicator) {
        assertThat(ThreeWayAudit.exposed(indicator, indicator.publish()))
                .as("%s", indicator)
                .isEmpty();
    }

    @Property(tries = 120)
    void shownNumbersAreTheTrueOnesAndNoneIsUnderFive(@ForAll("indicators") Indicator indicator) {
        ThreeWay published = indicator.publish();
        for (int o = -1; o < indicator.options(); o++) {
            for (int b = -1; b < indicator.bands(); b++) {
                for (int t = -1; t < indicator.territories(); t++) {
                    int truth = indicator.truth(o, b, t);
                    published
                            .cell(o, b, t)
                            .count()
                            .ifPresent(
                                    shown -> assertThat(shown).isEqualTo(truth).isGreaterThanOrEqualTo(5));
                }
            }
        }
    }

    /** The privacy gap this table closes: "all bands" next to "one band" no longer gives back the other band. */
    @Example
    void comparingAllBandsWithOneBandGivesNothingBack() {
        // Band 0 answered a lot, band 1 gave 2 "no" in territory 0: all bands' "no" (12) minus band 0's (10) was 2.
        int[][][] counts = {{{30, 20}, {6, 7}}, {{10, 8}, {2, 9}}};
        boolean[][] offered = {{true, true}, {true, true}};
        Indicator indicator = new Indicator(false, new boolean[] {true, true}, offered, new int[2][2], counts);
        ThreeWay published = indicator.publish();
        assertThat(published.cell(1, 1, 0).suppressed()).isTrue();
        assertThat(ThreeWayAudit.exposed(indicator, published)).isEmpty();
    }

    @Example
    void realSizesAreProtectedInReasonableTime() {
        int[][][] counts = new int[5][4][6];
        for (int o = 0; o < 5; o++) {
            for (int b = 0; b < 4; b++) {
                for (int t = 0; t < 6; t++) {
                    counts[o][b][t] = (o * 7 + b * 3 + t * 5) % 13;
                }
            }
        }
        boolean[][] offered = new boolean[5][4];
        for (boolean[] row : offered) {
            Arrays.fill(row, true);
        }
        Indicator indicator =
                new Indicator(false, new boolean[] {true, true, true, true}, offered, new int[4][6], counts);
        long start = System.nanoTime();
        ThreeWay published = indicator.publish();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("three-way 5 options x 4 bands x 6 territories protected in " + millis + " ms");
        assertThat(ThreeWayAudit.exposed(indicator, published)).isEmpty();
    }
}
