package fr.reperes.platform.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.platform.suppression.SmallCellSuppression.ThreeWay;
import fr.reperes.platform.suppression.SmallCellSuppressionAttackTest.Attacker;
import fr.reperes.platform.suppression.SmallCellSuppressionAttackTest.Secret;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    record Indicator(boolean multiple, boolean[] asked, boolean[][] offered, int[][] respondents, int[][][] counts) {

        int options() {
            return counts.length;
        }

        int bands() {
            return asked.length;
        }

        int territories() {
            return respondents[0].length;
        }

        ThreeWay publish() {
            return SmallCellSuppression.protectThreeWay(multiple, asked, offered, respondents, counts);
        }

        /** The true number at (option, band, territory), -1 for "over all", option -1 the respondents. */
        int truth(int option, int band, int territory) {
            int sum = 0;
            for (int b = 0; b < bands(); b++) {
                for (int t = 0; t < territories(); t++) {
                    if ((band < 0 || band == b) && (territory < 0 || territory == t)) {
                        sum += option < 0 ? cohort(b, t) : at(option, b, t);
                    }
                }
            }
            return sum;
        }

        int at(int option, int band, int territory) {
            return asked[band] && offered[option][band] ? counts[option][band][territory] : 0;
        }

        int cohort(int band, int territory) {
            if (!asked[band]) {
                return 0;
            }
            if (multiple || options() == 0) {
                return respondents[band][territory];
            }
            int sum = 0;
            for (int o = 0; o < options(); o++) {
                sum += at(o, band, territory);
            }
            return sum;
        }

        /** A zero the questionnaire tells every reader: a band not asking, an option it lacks, and their margins. */
        boolean knownZero(int option, int band) {
            if (band < 0) {
                for (int b = 0; b < bands(); b++) {
                    if (!knownZero(option, b)) {
                        return false;
                    }
                }
                return true;
            }
            if (!asked[band]) {
                return true;
            }
            if (option >= 0) {
                return !offered[option][band];
            }
            boolean offersOne = false;
            for (int o = 0; o < options(); o++) {
                offersOne |= offered[o][band];
            }
            return !multiple && options() > 0 && !offersOne;
        }

        @Override
        public String toString() {
            return (multiple ? "multiple" : "single") + " asked=" + Arrays.toString(asked) + " offered="
                    + Arrays.deepToString(offered) + " respondents=" + Arrays.deepToString(respondents) + " counts="
                    + Arrays.deepToString(counts);
        }
    }

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
        assertThat(exposed(indicator, indicator.publish())).as("%s", indicator).isEmpty();
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
        assertThat(exposed(indicator, published)).isEmpty();
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
        assertThat(exposed(indicator, published)).isEmpty();
    }

    /** What a reader of every view can narrow to fewer than PROTECTION values; empty when safe. */
    static List<String> exposed(Indicator indicator, ThreeWay published) {
        Attacker attacker = new Attacker();
        int options = indicator.options();
        int bands = indicator.bands();
        int territories = indicator.territories();
        int[][][] variable = new int[options + 1][bands + 1][territories + 1];
        for (int o = -1; o < options; o++) {
            for (int b = -1; b < bands; b++) {
                for (int t = -1; t < territories; t++) {
                    variable[o + 1][b + 1][t + 1] = attacker.variables++;
                }
            }
        }
        for (int o = -1; o < options; o++) {
            for (int b = -1; b < bands; b++) {
                for (int t = -1; t < territories; t++) {
                    int v = variable[o + 1][b + 1][t + 1];
                    String name = (o < 0 ? "respondents" : "option " + o) + " band " + b + " territory " + t;
                    if (indicator.knownZero(o, b)) {
                        attacker.equation(Map.of(v, 1), 0);
                        assertThat(published.cell(o, b, t).count()).isEmpty();
                        continue;
                    }
                    var shown = published.cell(o, b, t).count();
                    if (shown.isPresent()) {
                        attacker.equation(Map.of(v, 1), shown.getAsInt());
                    } else {
                        attacker.secrets.add(new Secret(name, Map.of(v, 1), indicator.truth(o, b, t)));
                    }
                    var cohort = published.cell(o, b, t).cohort();
                    if (cohort.isPresent()) {
                        attacker.equation(Map.of(variable[0][b + 1][t + 1], 1), cohort.getAsInt());
                    }
                }
            }
        }
        for (int o = -1; o < options; o++) {
            for (int t = -1; t < territories; t++) {
                int[] parts = new int[bands];
                for (int b = 0; b < bands; b++) {
                    parts[b] = variable[o + 1][b + 1][t + 1];
                }
                sum(attacker, variable[o + 1][0][t + 1], parts);
            }
            for (int b = -1; b < bands; b++) {
                sum(
                        attacker,
                        variable[o + 1][b + 1][0],
                        Arrays.copyOfRange(variable[o + 1][b + 1], 1, territories + 1));
            }
        }
        for (int b = -1; b < bands; b++) {
            for (int t = -1; t < territories; t++) {
                int cohort = variable[0][b + 1][t + 1];
                if (!indicator.multiple()) {
                    int[] parts = new int[options];
                    for (int o = 0; o < options; o++) {
                        parts[o] = variable[o + 1][b + 1][t + 1];
                    }
                    sum(attacker, cohort, parts);
                    continue;
                }
                for (int o = 0; o < options; o++) {
                    int rest = attacker.variables++;
                    attacker.equation(Map.of(cohort, 1, variable[o + 1][b + 1][t + 1], -1, rest, -1), 0);
                    int restTruth = indicator.truth(-1, b, t) - indicator.truth(o, b, t);
                    if (restTruth < 5 && !indicator.knownZero(o, b)) {
                        attacker.secrets.add(new Secret(
                                "rest of option " + o + " band " + b + " territory " + t, Map.of(rest, 1), restTruth));
                    }
                }
            }
        }
        List<String> exposed = new ArrayList<>();
        for (Secret secret : attacker.secrets) {
            double[] bounds = attacker.bounds(secret.coefficients());
            // Whole people: the values a reader is left with are the integers in the interval.
            double width = Math.floor(bounds[1] + 1e-9) - Math.ceil(bounds[0] - 1e-9);
            if (width < SmallCellSuppression.PROTECTION - 1e-6) {
                exposed.add(
                        secret.name() + " (" + secret.truth() + ") narrowed to [" + bounds[0] + ", " + bounds[1] + "]");
            }
        }
        return exposed;
    }

    private static void sum(Attacker attacker, int whole, int... parts) {
        Map<Integer, Integer> coefficients = new HashMap<>();
        for (int part : parts) {
            coefficients.merge(part, 1, Integer::sum);
        }
        coefficients.merge(whole, -1, Integer::sum);
        attacker.equation(coefficients, 0);
    }
}
