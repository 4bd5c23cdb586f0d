package fr.reperes.platform.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The exact LP behind the small-cell audit, against hand-solved systems and against enumeration. */
class LinearBoundsTest {

    @Example
    void aSumOfThreeLeavesEachAnywhereFromZeroToTheSum() {
        // Commons Math's SimplexSolver answers [0, 0] for the second unknown here.
        List<long[]> rows = List.of(new long[] {0, 0, 0, 1}, new long[] {1, 1, 1, -1});
        long[] constants = {0 + 5, 0};
        for (int unknown = 0; unknown < 3; unknown++) {
            long[] objective = new long[4];
            objective[unknown] = 1;
            assertThat(LinearBounds.of(rows, constants, objective)).containsExactly(0.0, 5.0);
        }
    }

    @Example
    void redundantAndDegenerateEquationsChangeNothing() {
        // a + b = 4, b + c = 6, a - c = -2 (the difference of the first two), twice.
        List<long[]> rows = List.of(
                new long[] {1, 1, 0}, new long[] {0, 1, 1}, new long[] {1, 0, -1}, new long[] {1, 0, -1}, new long[] {
                    0, 0, 0
                });
        long[] constants = {4, 6, -2, -2, 0};
        assertThat(LinearBounds.of(rows, constants, new long[] {1, 0, 0})).containsExactly(0.0, 4.0);
        assertThat(LinearBounds.of(rows, constants, new long[] {0, 0, 1})).containsExactly(2.0, 6.0);
        assertThat(LinearBounds.of(rows, constants, new long[] {1, 0, -1})).containsExactly(-2.0, -2.0);
    }

    @Example
    void anUnknownTiedToNothingAboveIsUnbounded() {
        assertThat(LinearBounds.of(List.<long[]>of(new long[] {1, -1}), new long[] {3}, new long[] {0, 1}))
                .containsExactly(0.0, Double.POSITIVE_INFINITY);
        assertThat(LinearBounds.of(List.<long[]>of(new long[] {1, -1}), new long[] {3}, new long[] {0, -1}))
                .containsExactly(Double.NEGATIVE_INFINITY, 0.0);
    }

    @Example
    void boundsAreExactFractionsWhereTheSystemHasThem() {
        assertThat(LinearBounds.of(List.<long[]>of(new long[] {2, 2}), new long[] {1}, new long[] {1, 0}))
                .containsExactly(0.0, 0.5);
    }

    @Example
    void equationsWithoutANonNegativeSolutionAreRefused() {
        assertThatThrownBy(
                        () -> LinearBounds.of(List.<long[]>of(new long[] {1, 1}), new long[] {-1}, new long[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A random system with a known solution in 0..3, each unknown boxed to 0..3 with a slack. */
    record BoxedSystem(List<long[]> rows, long[] constants, int unknowns, long[] objective) {}

    @Provide
    Arbitrary<BoxedSystem> systems() {
        Arbitrary<Integer> unknowns = Arbitraries.integers().between(1, 4);
        return unknowns.flatMap(n -> Combinators.combine(
                        Arbitraries.longs()
                                .between(-1, 1)
                                .array(long[].class)
                                .ofSize(n)
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(3),
                        Arbitraries.integers().between(0, 3).array(int[].class).ofSize(n),
                        Arbitraries.longs().between(-2, 2).array(long[].class).ofSize(n))
                .as((coefficients, solution, objective) -> {
                    List<long[]> rows = new ArrayList<>();
                    List<Long> constants = new ArrayList<>();
                    for (long[] row : coefficients) {
                        long[] full = new long[2 * n];
                        long constant = 0;
                        for (int j = 0; j < n; j++) {
                            full[j] = row[j];
                            constant += row[j] * solution[j];
                        }
                        rows.add(full);
                        constants.add(constant);
                    }
                    for (int j = 0; j < n; j++) {
                        long[] box = new long[2 * n];
                        box[j] = 1;
                        box[n + j] = 1;
                        rows.add(box);
                        constants.add(3L);
                    }
                    long[] fullObjective = new long[2 * n];
                    System.arraycopy(objective, 0, fullObjective, 0, n);
                    return new BoxedSystem(
                            rows, constants.stream().mapToLong(Long::longValue).toArray(), n, fullObjective);
                }));
    }

    /**
     * The LP's interval holds every integer solution's value, and is no wider than the box allows; where the integer
     * solutions reach the LP's bounds they are the same (our tables are totally unimodular, so they always do there).
     */
    @Property(tries = 300)
    void theBoundsHoldEveryIntegerSolution(@ForAll("systems") BoxedSystem system) {
        int n = system.unknowns();
        long integerMin = Long.MAX_VALUE;
        long integerMax = Long.MIN_VALUE;
        int[] x = new int[n];
        for (int point = 0; point < Math.pow(4, n); point++) {
            int rest = point;
            for (int j = 0; j < n; j++) {
                x[j] = rest % 4;
                rest /= 4;
            }
            if (satisfies(system, x)) {
                long value = 0;
                for (int j = 0; j < n; j++) {
                    value += system.objective()[j] * x[j];
                }
                integerMin = Math.min(integerMin, value);
                integerMax = Math.max(integerMax, value);
            }
        }
        double[] bounds = LinearBounds.of(system.rows(), system.constants(), system.objective());
        assertThat(bounds[0]).isLessThanOrEqualTo(integerMin + 1e-9);
        assertThat(bounds[1]).isGreaterThanOrEqualTo(integerMax - 1e-9);
        long boxMin = 0;
        long boxMax = 0;
        for (int j = 0; j < n; j++) {
            boxMin += Math.min(0, 3 * system.objective()[j]);
            boxMax += Math.max(0, 3 * system.objective()[j]);
        }
        assertThat(bounds[0]).isGreaterThanOrEqualTo(boxMin - 1e-9);
        assertThat(bounds[1]).isLessThanOrEqualTo(boxMax + 1e-9);
    }

    private static boolean satisfies(BoxedSystem system, int[] x) {
        int n = system.unknowns();
        for (int i = 0; i < system.rows().size() - n; i++) {
            long sum = 0;
            for (int j = 0; j < n; j++) {
                sum += system.rows().get(i)[j] * x[j];
            }
            if (sum != system.constants()[i]) {
                return false;
            }
        }
        return true;
    }
}
