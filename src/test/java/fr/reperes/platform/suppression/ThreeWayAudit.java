package fr.reperes.platform.suppression;

import fr.reperes.platform.suppression.SmallCellSuppression.ThreeWay;
import fr.reperes.platform.suppression.SmallCellSuppressionAttackTest.Attacker;
import fr.reperes.platform.suppression.SmallCellSuppressionAttackTest.Secret;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attacker of SmallCellSuppressionAttackTest on an indicator's published three-way table (options × bands ×
 * territories, every margin), for tests of any module that publishes survey answers: it reads every number published
 * (a withheld one is an unknown), knows the questionnaire (which band asks what: those zeros are known), writes every
 * equation a reader knows, and bounds each withheld number, and each rest under 5 of a multiple choice, by exact
 * linear programming over the whole system, keeping only the whole values in the interval.
 */
public final class ThreeWayAudit {

    private ThreeWayAudit() {}

    public record Indicator(
            boolean multiple, boolean[] asked, boolean[][] offered, int[][] respondents, int[][][] counts) {

        int options() {
            return counts.length;
        }

        int bands() {
            return asked.length;
        }

        int territories() {
            return respondents[0].length;
        }

        public ThreeWay publish() {
            return SmallCellSuppression.protectThreeWay(multiple, asked, offered, respondents, counts);
        }

        /** The true number at (option, band, territory), -1 for "over all", option -1 the respondents. */
        public int truth(int option, int band, int territory) {
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
        public boolean knownZero(int option, int band) {
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

    /** What a reader of every view can narrow to fewer than PROTECTION values; empty when safe. */
    public static List<String> exposed(Indicator indicator, ThreeWay published) {
        Attacker attacker = new Attacker();
        List<String> exposed = new ArrayList<>();
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
                        if (published.cell(o, b, t).count().isPresent()) {
                            exposed.add(name + " is a zero the questionnaire tells, yet published");
                        }
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
