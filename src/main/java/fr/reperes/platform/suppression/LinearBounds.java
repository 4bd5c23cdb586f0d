package fr.reperes.platform.suppression;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The smallest and largest value of a linear combination of unknowns that satisfy linear equations and are all 0 or
 * more: two linear programs, solved exactly over rationals by the two-phase simplex method with Bland's rule (which
 * cannot cycle, however degenerate the tables; and a publication's equations are highly redundant). Exact because
 * the small-cell rule's audit compares the bounds with a width, and a rounding error there would be a leak; hand
 * written because the common Java LP solver (Commons Math's SimplexSolver) returns wrong optima on these small
 * degenerate systems (maximising x1 under x0 + x1 + x2 = 5 gives 0).
 *
 * <p>The systems come from one month's tables (a few dozen unknowns); no attempt at speed beyond skipping zeros.
 */
final class LinearBounds {

    private LinearBounds() {}

    /**
     * {min, max} of {@code objective · x} where {@code rows[i] · x = constants[i]} and {@code x ≥ 0}; infinite when
     * unbounded.
     *
     * @throws IllegalArgumentException when no x satisfies the equations
     */
    static double[] of(List<long[]> rows, long[] constants, long[] objective) {
        return new double[] {minimum(rows, constants, objective), maximum(rows, constants, objective)};
    }

    /** The smallest value of {@code objective · x} as in {@link #of}; negative infinity when unbounded. */
    static double minimum(List<long[]> rows, long[] constants, long[] objective) {
        Fraction min = lowest(rows, constants, objective);
        return min == null ? Double.NEGATIVE_INFINITY : min.doubleValue();
    }

    /** The largest value of {@code objective · x} as in {@link #of}; infinity when unbounded. */
    static double maximum(List<long[]> rows, long[] constants, long[] objective) {
        long[] negated = new long[objective.length];
        for (int j = 0; j < objective.length; j++) {
            negated[j] = -objective[j];
        }
        Fraction max = lowest(rows, constants, negated);
        return max == null ? Double.POSITIVE_INFINITY : 0.0 - max.doubleValue();
    }

    /** A feasible basis of a system, found by phase 1; the same for every objective over the same equations. */
    private record Start(List<long[]> rows, long[] constants, Fraction[][] tableau, int[] basis) {

        boolean of(List<long[]> otherRows, long[] otherConstants) {
            if (rows.size() != otherRows.size() || !Arrays.equals(constants, otherConstants)) {
                return false;
            }
            for (int i = 0; i < rows.size(); i++) {
                if (!Arrays.equals(rows.get(i), otherRows.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The last system's phase 1, per thread: the audit bounds many numbers (a minimum and a maximum each) over the same
     * equations, and phase 1, which only depends on them, is most of the work.
     */
    private static final ThreadLocal<@Nullable Start> LAST = new ThreadLocal<>();

    /** The minimum of {@code cost · x}, null when unbounded below. */
    private static @Nullable Fraction lowest(List<long[]> rows, long[] constants, long[] cost) {
        int m = rows.size();
        int n = cost.length;
        int rhs = n + m;
        Start start = LAST.get();
        if (start == null || !start.of(rows, constants)) {
            start = phaseOne(rows, constants, n);
            LAST.set(start);
        }
        Fraction[][] t = new Fraction[m + 1][];
        for (int i = 0; i <= m; i++) {
            t[i] = start.tableau()[i].clone(); // fractions are immutable: a shallow copy is a copy
        }
        int[] basis = start.basis().clone();
        // Phase 2: the reduced costs of the real objective in the current basis.
        for (int j = 0; j <= rhs; j++) {
            t[m][j] = j < n ? Fraction.of(cost[j]) : Fraction.ZERO;
        }
        for (int i = 0; i < m; i++) {
            if (basis[i] < n && cost[basis[i]] != 0) {
                Fraction factor = Fraction.of(cost[basis[i]]);
                for (int j = 0; j <= rhs; j++) {
                    if (t[i][j].signum() != 0) {
                        t[m][j] = t[m][j].subtract(factor.multiply(t[i][j]));
                    }
                }
            }
        }
        if (!simplex(t, basis, n)) {
            return null;
        }
        return t[m][rhs].negate();
    }

    private static Start phaseOne(List<long[]> rows, long[] constants, int n) {
        int m = rows.size();
        int rhs = n + m;
        Fraction[][] t = new Fraction[m + 1][n + m + 1];
        int[] basis = new int[m];
        for (Fraction[] row : t) {
            Arrays.fill(row, Fraction.ZERO);
        }
        // Phase 1: one artificial unknown per equation, right-hand sides made non-negative; minimise their sum.
        for (int i = 0; i < m; i++) {
            long sign = constants[i] < 0 ? -1 : 1;
            for (int j = 0; j < n; j++) {
                t[i][j] = Fraction.of(sign * rows.get(i)[j]);
            }
            t[i][n + i] = Fraction.ONE;
            t[i][rhs] = Fraction.of(sign * constants[i]);
            basis[i] = n + i;
            for (int j = 0; j < n; j++) {
                t[m][j] = t[m][j].subtract(t[i][j]);
            }
            t[m][rhs] = t[m][rhs].subtract(t[i][rhs]);
        }
        if (!simplex(t, basis, n + m)) {
            throw new IllegalStateException("phase 1 is bounded below by 0");
        }
        if (t[m][rhs].signum() != 0) {
            throw new IllegalArgumentException("the equations have no solution in non-negative numbers");
        }
        // Artificial unknowns still basic (at 0) leave the basis where a real unknown can take their place; a row
        // where none can is a redundant equation, harmless once artificials may no longer enter.
        for (int i = 0; i < m; i++) {
            if (basis[i] >= n) {
                for (int j = 0; j < n; j++) {
                    if (t[i][j].signum() != 0) {
                        pivot(t, basis, i, j);
                        break;
                    }
                }
            }
        }
        List<long[]> copies = new ArrayList<>(m);
        for (long[] row : rows) {
            copies.add(row.clone());
        }
        return new Start(copies, constants.clone(), t, basis);
    }

    /**
     * Pivots until no column below {@code enterable} has a negative reduced cost; false when one can grow without
     * bound. Bland's rule: the lowest such column enters, and among tied rows the lowest basic unknown leaves.
     */
    private static boolean simplex(Fraction[][] t, int[] basis, int enterable) {
        int m = basis.length;
        int rhs = t[0].length - 1;
        while (true) {
            int entering = -1;
            for (int j = 0; j < enterable; j++) {
                if (t[m][j].signum() < 0) {
                    entering = j;
                    break;
                }
            }
            if (entering < 0) {
                return true;
            }
            int leaving = -1;
            Fraction best = null;
            for (int i = 0; i < m; i++) {
                if (t[i][entering].signum() > 0) {
                    Fraction ratio = t[i][rhs].divide(t[i][entering]);
                    int order = best == null ? -1 : ratio.compareTo(best);
                    if (order < 0 || order == 0 && basis[i] < basis[leaving]) {
                        best = ratio;
                        leaving = i;
                    }
                }
            }
            if (leaving < 0) {
                return false;
            }
            pivot(t, basis, leaving, entering);
        }
    }

    private static void pivot(Fraction[][] t, int[] basis, int row, int column) {
        Fraction pivot = t[row][column];
        int width = t[row].length;
        // The pivot row is sparse: only its non-zero columns change the others.
        int[] nonZero = new int[width];
        int count = 0;
        for (int j = 0; j < width; j++) {
            if (t[row][j].signum() != 0) {
                t[row][j] = t[row][j].divide(pivot);
                nonZero[count++] = j;
            }
        }
        for (int i = 0; i < t.length; i++) {
            Fraction factor = t[i][column];
            if (i != row && factor.signum() != 0) {
                for (int k = 0; k < count; k++) {
                    int j = nonZero[k];
                    t[i][j] = t[i][j].subtract(factor.multiply(t[row][j]));
                }
            }
        }
        basis[row] = column;
    }

    /**
     * An exact rational, always in lowest terms with a positive denominator, in longs: the tables' counts and the
     * tableaux's coefficients stay far below their range, and every operation is checked, so that an overflow throws
     * ({@link ArithmeticException}) rather than give a wrong bound.
     */
    private record Fraction(long numerator, long denominator) implements Comparable<Fraction> {

        static final Fraction ZERO = new Fraction(0, 1);
        static final Fraction ONE = new Fraction(1, 1);

        static Fraction of(long value) {
            return new Fraction(value, 1);
        }

        static Fraction of(long numerator, long denominator) {
            if (denominator == 1) {
                return new Fraction(numerator, 1); // whole numbers, the usual case: no gcd to find
            }
            if (denominator == 0) {
                throw new ArithmeticException("division by zero");
            }
            if (denominator < 0) {
                numerator = Math.negateExact(numerator);
                denominator = Math.negateExact(denominator);
            }
            long gcd = gcd(Math.abs(numerator), denominator);
            return gcd <= 1 ? new Fraction(numerator, denominator) : new Fraction(numerator / gcd, denominator / gcd);
        }

        private static long gcd(long a, long b) {
            while (b != 0) {
                long r = a % b;
                a = b;
                b = r;
            }
            return a;
        }

        int signum() {
            return Long.signum(numerator);
        }

        Fraction negate() {
            return new Fraction(Math.negateExact(numerator), denominator);
        }

        Fraction subtract(Fraction other) {
            if (denominator == other.denominator) {
                return of(Math.subtractExact(numerator, other.numerator), denominator);
            }
            return of(
                    Math.subtractExact(
                            Math.multiplyExact(numerator, other.denominator),
                            Math.multiplyExact(other.numerator, denominator)),
                    Math.multiplyExact(denominator, other.denominator));
        }

        Fraction multiply(Fraction other) {
            return of(
                    Math.multiplyExact(numerator, other.numerator), Math.multiplyExact(denominator, other.denominator));
        }

        Fraction divide(Fraction other) {
            return of(
                    Math.multiplyExact(numerator, other.denominator), Math.multiplyExact(denominator, other.numerator));
        }

        double doubleValue() {
            return new BigDecimal(numerator)
                    .divide(new BigDecimal(denominator), MathContext.DECIMAL64)
                    .doubleValue();
        }

        @Override
        public int compareTo(Fraction other) {
            try {
                return Long.compare(
                        Math.multiplyExact(numerator, other.denominator),
                        Math.multiplyExact(other.numerator, denominator));
            } catch (ArithmeticException large) {
                return BigInteger.valueOf(numerator)
                        .multiply(BigInteger.valueOf(other.denominator))
                        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
            }
        }
    }
}
