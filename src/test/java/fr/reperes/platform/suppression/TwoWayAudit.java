package fr.reperes.platform.suppression;

import fr.reperes.platform.suppression.SmallCellSuppression.TwoWay;
import fr.reperes.platform.suppression.SmallCellSuppressionAttackTest.Attacker;
import fr.reperes.platform.suppression.SmallCellSuppressionAttackTest.Secret;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The attacker of SmallCellSuppressionAttackTest on a question's published two-way table, for tests of any module
 * that publishes survey answers (screens, exports): it reads only what is published, writes every equation a reader
 * knows (a single choice's options add up to the group's respondents and its groups to the option's total; a multiple
 * choice's option plus those who did not choose it make the group's respondents), and bounds each withheld number,
 * and each rest under 5 of a multiple choice, by exact linear programming.
 */
public final class TwoWayAudit {

    private TwoWayAudit() {}

    /**
     * What a reader can work out or narrow to fewer than {@link SmallCellSuppression#PROTECTION} values, with the
     * interval found; empty when the publication is safe. {@code counts[option][group]}; respondents only for a
     * multiple choice.
     */
    public static List<String> exposed(boolean multiple, int[] respondents, int[][] counts, TwoWay published) {
        Attacker attacker = new Attacker();
        read(attacker, multiple, respondents, counts, published);
        List<String> exposed = new ArrayList<>();
        for (Secret secret : attacker.secrets) {
            if (attacker.determines(secret.coefficients())) {
                exposed.add(secret.name() + " is a combination of published numbers");
                continue;
            }
            double[] bounds = attacker.bounds(secret.coefficients());
            if (bounds[1] - bounds[0] < SmallCellSuppression.PROTECTION - 1e-6) {
                exposed.add(secret.name() + " narrowed to [" + bounds[0] + ", " + bounds[1] + "]");
            }
        }
        return exposed;
    }

    /** Each group's respondents: given for a multiple choice, the options' sum for a single one. */
    public static int[] groupTotals(boolean multiple, int[] respondents, int[][] counts) {
        if (multiple) {
            return respondents;
        }
        int[] totals = new int[counts[0].length];
        for (int[] row : counts) {
            for (int g = 0; g < totals.length; g++) {
                totals[g] += row[g];
            }
        }
        return totals;
    }

    /** Every number an unknown; what is shown an equation; the structure's sums; withheld numbers the secrets. */
    private static void read(Attacker attacker, boolean multiple, int[] respondents, int[][] counts, TwoWay published) {
        int options = counts.length;
        int groups = counts[0].length;
        int[][] cell = new int[options][groups];
        int[][] rest = new int[options][groups];
        int[] optionTotal = new int[options];
        int[] restTotal = new int[options];
        int[] groupTotal = new int[groups];
        for (int g = 0; g < groups; g++) {
            groupTotal[g] = attacker.variables++;
        }
        int total = attacker.variables++;
        for (int o = 0; o < options; o++) {
            optionTotal[o] = attacker.variables++;
            restTotal[o] = attacker.variables++;
            for (int g = 0; g < groups; g++) {
                cell[o][g] = attacker.variables++;
                rest[o][g] = attacker.variables++;
            }
        }
        int[] truths = groupTotals(multiple, respondents, counts);
        int all = Arrays.stream(truths).sum();
        sum(attacker, total, groupTotal);
        for (int o = 0; o < options; o++) {
            sum(attacker, optionTotal[o], cell[o]);
            int optionTruth = Arrays.stream(counts[o]).sum();
            secret(
                    attacker,
                    "total of option " + o,
                    optionTotal[o],
                    published.optionTotals().get(o),
                    optionTruth);
            for (int g = 0; g < groups; g++) {
                secret(
                        attacker,
                        "option " + o + " group " + g,
                        cell[o][g],
                        published.cells().get(o).get(g),
                        counts[o][g]);
            }
            if (multiple) {
                for (int g = 0; g < groups; g++) {
                    attacker.equation(Map.of(groupTotal[g], 1, cell[o][g], -1, rest[o][g], -1), 0);
                    int restTruth = respondents[g] - counts[o][g];
                    if (restTruth < 5) {
                        attacker.secrets.add(
                                new Secret("rest of option " + o + " group " + g, Map.of(rest[o][g], 1), restTruth));
                    }
                }
                sum(attacker, restTotal[o], rest[o]);
                attacker.equation(Map.of(total, 1, optionTotal[o], -1, restTotal[o], -1), 0);
                if (all - optionTruth < 5) {
                    attacker.secrets.add(new Secret("rest of option " + o, Map.of(restTotal[o], 1), all - optionTruth));
                }
            }
        }
        if (!multiple) {
            for (int g = 0; g < groups; g++) {
                int[] column = new int[options];
                for (int o = 0; o < options; o++) {
                    column[o] = cell[o][g];
                }
                sum(attacker, groupTotal[g], column);
            }
            sum(attacker, total, optionTotal);
        }
        for (int g = 0; g < groups; g++) {
            secret(
                    attacker,
                    "respondents of group " + g,
                    groupTotal[g],
                    published.groupTotals().get(g),
                    truths[g]);
        }
        secret(attacker, "all respondents", total, published.total(), all);
    }

    private static void secret(Attacker attacker, String name, int variable, IndicatorCell cell, int truth) {
        OptionalInt shown = cell.count();
        if (shown.isPresent()) {
            attacker.equation(Map.of(variable, 1), shown.getAsInt());
        } else {
            attacker.secrets.add(new Secret(name, Map.of(variable, 1), truth));
        }
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
