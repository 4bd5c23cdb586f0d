package fr.reperes.platform.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.platform.suppression.SmallCellSuppression.Published;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The small-cell rule against an attacker, over random tables: 1 to 8 territories, counts with many zeros and small
 * numbers, plain counts, shares and linked shares of one cohort. The attacker is written here, apart from the rule: it
 * reads only what is published, writes down every equation a reader knows (territories add up to the total, count +
 * rest = cohort, linked counts + the few in neither = cohort, that last number assumed known), and then
 * <ul>
 *   <li>decides exactly, by Gaussian elimination over rationals, whether a withheld number is a linear combination
 *       of published ones (then it is given back whatever its bounds);</li>
 *   <li>bounds it by linear programming with every number at least 0: the interval it cannot leave.</li>
 * </ul>
 */
class SmallCellSuppressionAttackTest {

    enum Shape {
        COUNTS,
        SHARE,
        LINKED
    }

    /** What the rule is given: for COUNTS no cohorts; for LINKED two figures whose counts fit in the cohort. */
    record Scenario(Shape shape, int[] cohorts, List<int[]> counts) {

        int territories() {
            return counts.getFirst().length;
        }

        @Override
        public String toString() {
            return shape + " cohorts=" + Arrays.toString(cohorts) + " counts="
                    + counts.stream().map(Arrays::toString).toList();
        }
    }

    // --- the tables ------------------------------------------------------------------------------------------------

    /** Mostly small numbers, 0 often, sometimes large ones. */
    private static Arbitrary<Integer> count() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 6)),
                Tuple.of(2, Arbitraries.just(0)),
                Tuple.of(4, Arbitraries.integers().between(0, 25)),
                Tuple.of(1, Arbitraries.integers().between(0, 300)));
    }

    @Provide
    Arbitrary<Scenario> tables() {
        return Arbitraries.oneOf(counts(), shares(), linkedShares());
    }

    @Provide
    Arbitrary<Scenario> counts() {
        return count().array(int[].class)
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(c -> new Scenario(Shape.COUNTS, null, List.of(c)));
    }

    /** A share by territory: a cohort, and the part of it counted. */
    @Provide
    Arbitrary<Scenario> shares() {
        return Combinators.combine(count(), count())
                .as((part, rest) -> new int[] {part, part + rest})
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(rows -> new Scenario(
                        Shape.SHARE,
                        rows.stream().mapToInt(r -> r[1]).toArray(),
                        List.of(rows.stream().mapToInt(r -> r[0]).toArray())));
    }

    /** Two shares of one cohort and the few in neither (mostly 0, 1 or 2). */
    @Provide
    Arbitrary<Scenario> linkedShares() {
        Arbitrary<Integer> few = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(0)),
                Tuple.of(3, Arbitraries.integers().between(1, 2)),
                Tuple.of(1, count()));
        return Combinators.combine(count(), count(), few)
                .as((a, b, neither) -> new int[] {a, b, a + b + neither})
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(rows -> new Scenario(
                        Shape.LINKED,
                        rows.stream().mapToInt(r -> r[2]).toArray(),
                        List.of(
                                rows.stream().mapToInt(r -> r[0]).toArray(),
                                rows.stream().mapToInt(r -> r[1]).toArray())));
    }

    static List<Published> publish(Scenario scenario) {
        return switch (scenario.shape()) {
            case COUNTS ->
                List.of(SmallCellSuppression.protectCounts(scenario.counts().getFirst()));
            case SHARE ->
                List.of(SmallCellSuppression.protectShare(
                        scenario.cohorts(), scenario.counts().getFirst()));
            case LINKED -> SmallCellSuppression.protectLinkedShares(scenario.cohorts(), scenario.counts());
        };
    }

    // --- the properties --------------------------------------------------------------------------------------------

    @Property(tries = 300)
    void noWithheldNumberCanBeWorkedOutNorNarrowedToFewerThanFiveValues(@ForAll("tables") Scenario scenario) {
        Attacker attacker = new Attacker();
        attacker.read(scenario, publish(scenario), 0);
        assertThat(attacker.secrets).allSatisfy(secret -> {
            assertThat(attacker.determines(secret.coefficients()))
                    .as("%s is a combination of published numbers in %s", secret.name(), scenario)
                    .isFalse();
            double[] bounds = attacker.bounds(secret.coefficients());
            assertThat(bounds[0]).as("%s: lower bound", secret.name()).isLessThanOrEqualTo(secret.truth() + 1e-6);
            assertThat(bounds[1]).as("%s: upper bound", secret.name()).isGreaterThanOrEqualTo(secret.truth() - 1e-6);
            assertThat(bounds[1] - bounds[0])
                    .as("%s narrowed to [%s, %s] in %s", secret.name(), bounds[0], bounds[1], scenario)
                    .isGreaterThanOrEqualTo(SmallCellSuppression.PROTECTION - 1e-6);
        });
    }

    @Property(tries = 300)
    void shownNumbersAreTheTrueOnesAndNoneIsUnderFive(@ForAll("tables") Scenario scenario) {
        List<Published> published = publish(scenario);
        int territories = scenario.territories();
        for (int figure = 0; figure < published.size(); figure++) {
            int[] counts = scenario.counts().get(figure);
            for (int row = 0; row <= territories; row++) {
                IndicatorCell cell = row < territories
                        ? published.get(figure).territories().get(row)
                        : published.get(figure).total();
                int count =
                        row < territories ? counts[row] : Arrays.stream(counts).sum();
                cell.count()
                        .ifPresent(shown -> assertThat(shown).isEqualTo(count).isGreaterThanOrEqualTo(5));
                if (scenario.cohorts() == null) {
                    assertThat(cell.cohort()).isEmpty();
                    continue;
                }
                int cohort = row < territories
                        ? scenario.cohorts()[row]
                        : Arrays.stream(scenario.cohorts()).sum();
                cell.cohort()
                        .ifPresent(shown -> assertThat(shown).isEqualTo(cohort).isGreaterThanOrEqualTo(5));
                if (cell.count().isPresent()) {
                    assertThat(cell.cohort())
                            .as("a count is shown with its cohort")
                            .isPresent();
                    assertThat(cohort - count).as("the rest of a shown count").isGreaterThanOrEqualTo(5);
                    assertThat(cell.share()).hasValue((double) count / cohort);
                } else {
                    assertThat(cell.share()).isEmpty();
                }
            }
        }
    }

    @Property(tries = 200)
    void tablesOfFiveOrMoreEverywhereAreShownWhole(@ForAll("largeCounts") int[] counts) {
        Published published = SmallCellSuppression.protectCounts(counts);
        assertThat(published.territories()).noneMatch(IndicatorCell::suppressed);
        assertThat(published.total().count()).hasValue(Arrays.stream(counts).sum());
    }

    @Provide
    Arbitrary<int[]> largeCounts() {
        return Arbitraries.integers()
                .between(5, 500)
                .array(int[].class)
                .ofMinSize(1)
                .ofMaxSize(8);
    }

    /**
     * Why a month is published once and frozen (the observatory's AutonomyIndicators): two publications of one month, each safe
     * alone, recounted after one late record, give a withheld number back to whoever compares them, knowing only
     * that the other territories did not change. The attacker sees both dates' numbers as separate unknowns.
     */
    @Example
    void twoSafePublicationsOfAMonthRecountedAfterALateRecordGiveAWithheldNumberBack() {
        int[] first = {4, 6, 20};
        int[] afterALateRecord = {5, 6, 20};
        Attacker attacker = new Attacker();
        attacker.read(
                new Scenario(Shape.COUNTS, null, List.of(first)),
                List.of(SmallCellSuppression.protectCounts(first)),
                0);
        int secondDate = attacker.variables;
        attacker.read(
                new Scenario(Shape.COUNTS, null, List.of(afterALateRecord)),
                List.of(SmallCellSuppression.protectCounts(afterALateRecord)),
                secondDate);
        // Each date alone protects its withheld cells.
        assertThat(attacker.secrets).isNotEmpty();
        // The late record was in the first territory: the others are the same numbers on both dates.
        attacker.equation(Map.of(1, 1, secondDate + 1, -1), 0);
        attacker.equation(Map.of(2, 1, secondDate + 2, -1), 0);
        Secret withheld = attacker.secrets.getFirst();
        assertThat(withheld.name()).isEqualTo("count of territory 0");
        assertThat(attacker.determines(withheld.coefficients())).isTrue();
    }

    // --- the attacker ----------------------------------------------------------------------------------------------

    /** A number the publication must not give away: a withheld one, or a rest under 5; as a combination of unknowns. */
    record Secret(String name, Map<Integer, Integer> coefficients, int truth) {}

    /**
     * Every number of the table is an unknown; the attacker adds what it reads (a shown number is an equation
     * {@code x = value}) and every equation of the table's structure.
     */
    static final class Attacker {

        int variables;
        final List<Map<Integer, Integer>> rows = new ArrayList<>();
        final List<Long> constants = new ArrayList<>();
        final List<Secret> secrets = new ArrayList<>();

        void equation(Map<Integer, Integer> coefficients, long constant) {
            rows.add(coefficients);
            constants.add(constant);
        }

        private int variable() {
            return variables++;
        }

        private void shown(int variable, OptionalInt value) {
            value.ifPresent(v -> equation(Map.of(variable, 1), v));
        }

        /** Sum of parts equals the whole. */
        private void sum(int whole, int... parts) {
            Map<Integer, Integer> coefficients = new LinkedHashMap<>();
            for (int part : parts) {
                coefficients.merge(part, 1, Integer::sum);
            }
            coefficients.merge(whole, -1, Integer::sum);
            equation(coefficients, 0);
        }

        /** Reads one publication of a scenario; its unknowns are numbered from {@code first}. */
        void read(Scenario scenario, List<Published> published, int first) {
            if (variables != first) {
                throw new IllegalStateException("publications are read one after the other");
            }
            int n = scenario.territories();
            int figures = scenario.counts().size();
            int[][] count = new int[figures][n + 1];
            int[] cohort = new int[n + 1];
            int[] rest = new int[n + 1];
            for (int row = 0; row <= n; row++) {
                for (int figure = 0; figure < figures; figure++) {
                    count[figure][row] = variable();
                }
                if (scenario.shape() != Shape.COUNTS) {
                    cohort[row] = variable();
                    rest[row] = variable();
                }
            }
            for (int row = 0; row <= n; row++) {
                String where = row < n ? "territory " + row : "the total";
                for (int figure = 0; figure < figures; figure++) {
                    int[] counts = scenario.counts().get(figure);
                    int truth = row < n ? counts[row] : Arrays.stream(counts).sum();
                    IndicatorCell cell = row < n
                            ? published.get(figure).territories().get(row)
                            : published.get(figure).total();
                    shown(count[figure][row], cell.count());
                    if (cell.count().isEmpty()) {
                        secrets.add(new Secret(
                                (figures > 1 ? "figure " + figure + " " : "") + "count of " + where,
                                Map.of(count[figure][row], 1),
                                truth));
                    }
                    if (scenario.shape() != Shape.COUNTS) {
                        shown(cohort[row], cell.cohort());
                        int cohortTruth = row < n
                                ? scenario.cohorts()[row]
                                : Arrays.stream(scenario.cohorts()).sum();
                        if (figure == 0 && cell.cohort().isEmpty()) {
                            secrets.add(new Secret("cohort of " + where, Map.of(cohort[row], 1), cohortTruth));
                        }
                        if (cohortTruth - truth < 5) {
                            secrets.add(new Secret(
                                    (figures > 1 ? "figure " + figure + " " : "") + "rest of " + where,
                                    Map.of(cohort[row], 1, count[figure][row], -1),
                                    cohortTruth - truth));
                        }
                    }
                }
                if (scenario.shape() != Shape.COUNTS) {
                    int[] parts = new int[figures + 1];
                    for (int figure = 0; figure < figures; figure++) {
                        parts[figure] = count[figure][row];
                    }
                    parts[figures] = rest[row];
                    sum(cohort[row], parts);
                }
                if (scenario.shape() == Shape.LINKED) {
                    // The few in neither figure: assumed known to the attacker, the worst case.
                    int cohortTruth = row < n
                            ? scenario.cohorts()[row]
                            : Arrays.stream(scenario.cohorts()).sum();
                    int counted = 0;
                    for (int figure = 0; figure < figures; figure++) {
                        int[] counts = scenario.counts().get(figure);
                        counted += row < n ? counts[row] : Arrays.stream(counts).sum();
                    }
                    equation(Map.of(rest[row], 1), cohortTruth - counted);
                }
            }
            for (int figure = 0; figure < figures; figure++) {
                sum(count[figure][n], Arrays.copyOf(count[figure], n));
            }
            if (scenario.shape() != Shape.COUNTS) {
                sum(cohort[n], Arrays.copyOf(cohort, n));
                sum(rest[n], Arrays.copyOf(rest, n));
            }
        }

        /** Whether the combination is one of the equations' combinations: exact, over rationals. */
        boolean determines(Map<Integer, Integer> combination) {
            List<BigFraction[]> echelon = new ArrayList<>();
            List<Integer> pivots = new ArrayList<>();
            for (Map<Integer, Integer> row : rows) {
                BigFraction[] reduced = reduce(dense(row), echelon, pivots);
                int pivot = IntStream.range(0, variables)
                        .filter(i -> !reduced[i].equals(BigFraction.ZERO))
                        .findFirst()
                        .orElse(-1);
                if (pivot >= 0) {
                    BigFraction scale = reduced[pivot];
                    for (int i = 0; i < variables; i++) {
                        reduced[i] = reduced[i].divide(scale);
                    }
                    echelon.add(reduced);
                    pivots.add(pivot);
                }
            }
            BigFraction[] left = reduce(dense(combination), echelon, pivots);
            return Arrays.stream(left).allMatch(BigFraction.ZERO::equals);
        }

        private BigFraction[] dense(Map<Integer, Integer> sparse) {
            BigFraction[] dense = new BigFraction[variables];
            Arrays.fill(dense, BigFraction.ZERO);
            sparse.forEach((variable, coefficient) -> dense[variable] = new BigFraction(coefficient));
            return dense;
        }

        private BigFraction[] reduce(BigFraction[] vector, List<BigFraction[]> echelon, List<Integer> pivots) {
            for (int r = 0; r < echelon.size(); r++) {
                BigFraction factor = vector[pivots.get(r)];
                if (!factor.equals(BigFraction.ZERO)) {
                    BigFraction[] row = echelon.get(r);
                    for (int i = 0; i < variables; i++) {
                        vector[i] = vector[i].subtract(row[i].multiply(factor));
                    }
                }
            }
            return vector;
        }

        /**
         * The smallest and largest value of the combination, every number at least 0: the rule's own exact LP
         * ({@link LinearBounds}, checked against enumeration in LinearBoundsTest) on the attacker's own system.
         */
        double[] bounds(Map<Integer, Integer> combination) {
            List<long[]> equations = new ArrayList<>();
            for (Map<Integer, Integer> row : rows) {
                long[] coefficients = new long[variables];
                row.forEach((variable, coefficient) -> coefficients[variable] = coefficient);
                equations.add(coefficients);
            }
            long[] objective = new long[variables];
            combination.forEach((variable, coefficient) -> objective[variable] = coefficient);
            return LinearBounds.of(
                    equations, constants.stream().mapToLong(Long::longValue).toArray(), objective);
        }
    }
}
