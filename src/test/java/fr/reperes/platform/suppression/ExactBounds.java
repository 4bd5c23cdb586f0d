package fr.reperes.platform.suppression;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.jspecify.annotations.Nullable;

/**
 * The attacker's own linear programming, apart from the rule's {@link LinearBounds}: equations over named unknowns,
 * every unknown at least 0. Known values are substituted first, then the unknowns tied to the one asked about (through
 * equations with other unknowns) are solved alone by a dense two-phase simplex over {@link BigFraction}s with Bland's
 * rule; rows left redundant after phase 1 are dropped.
 */
final class ExactBounds {

    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<Map<Integer, Long>> rows = new ArrayList<>();
    private final List<Long> constants = new ArrayList<>();
    private final Map<Integer, Long> known = new HashMap<>();

    int variable(String name) {
        return index.computeIfAbsent(name, n -> index.size());
    }

    /** {@code Σ coefficient · variable = constant}. */
    void equation(Map<String, Long> coefficients, long constant) {
        Map<Integer, Long> row = new LinkedHashMap<>();
        coefficients.forEach((name, c) -> row.merge(variable(name), c, Long::sum));
        rows.add(row);
        constants.add(constant);
    }

    /** The reader knows the value. */
    void value(String name, long value) {
        int v = variable(name);
        Long before = known.put(v, value);
        if (before != null && before != value) {
            throw new AssertionError(name + " read as " + before + " and " + value);
        }
    }

    /** {min, max} of the combination; the unknowns it names first among those tied to each other. */
    @Nullable BigFraction[] bounds(Map<String, Long> combination) {
        // Substitute the known values.
        List<Map<Integer, Long>> reduced = new ArrayList<>();
        List<Long> right = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Map<Integer, Long> row = new LinkedHashMap<>();
            long constant = constants.get(r);
            for (Map.Entry<Integer, Long> e : rows.get(r).entrySet()) {
                Long value = known.get(e.getKey());
                if (value == null) {
                    if (e.getValue() != 0) {
                        row.merge(e.getKey(), e.getValue(), Long::sum);
                    }
                } else {
                    constant -= e.getValue() * value;
                }
            }
            row.values().removeIf(c -> c == 0);
            if (row.isEmpty()) {
                if (constant != 0) {
                    throw new AssertionError("the published numbers contradict an equation");
                }
                continue;
            }
            reduced.add(row);
            right.add(constant);
        }
        long offset = 0;
        Map<Integer, Long> objective = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : combination.entrySet()) {
            int v = variable(e.getKey());
            Long value = known.get(v);
            if (value == null) {
                objective.merge(v, e.getValue(), Long::sum);
            } else {
                offset += e.getValue() * value;
            }
        }
        // The unknowns tied to the objective's.
        Set<Integer> component = new LinkedHashSet<>(objective.keySet());
        Deque<Integer> todo = new ArrayDeque<>(component);
        Map<Integer, List<Integer>> rowsOf = new HashMap<>();
        for (int r = 0; r < reduced.size(); r++) {
            for (int v : reduced.get(r).keySet()) {
                rowsOf.computeIfAbsent(v, k -> new ArrayList<>()).add(r);
            }
        }
        Set<Integer> usedRows = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            int v = todo.pop();
            for (int r : rowsOf.getOrDefault(v, List.of())) {
                if (usedRows.add(r)) {
                    for (int other : reduced.get(r).keySet()) {
                        if (component.add(other)) {
                            todo.push(other);
                        }
                    }
                }
            }
        }
        List<Integer> unknowns = new ArrayList<>(component);
        Map<Integer, Integer> column = new HashMap<>();
        for (int j = 0; j < unknowns.size(); j++) {
            column.put(unknowns.get(j), j);
        }
        int n = unknowns.size();
        List<BigFraction[]> a = new ArrayList<>();
        List<BigFraction> b = new ArrayList<>();
        for (int r : usedRows) {
            BigFraction[] row = new BigFraction[n];
            Arrays.fill(row, BigFraction.ZERO);
            reduced.get(r).forEach((v, c) -> row[column.get(v)] = new BigFraction(c));
            a.add(row);
            b.add(new BigFraction(right.get(r)));
        }
        BigFraction[] cost = new BigFraction[n];
        Arrays.fill(cost, BigFraction.ZERO);
        objective.forEach((v, c) -> cost[column.get(v)] = new BigFraction(c));
        BigFraction[] negated = new BigFraction[n];
        for (int j = 0; j < n; j++) {
            negated[j] = cost[j].negate();
        }
        List<Integer> key = new ArrayList<>(usedRows);
        key.addAll(0, unknowns);
        key.add(0, unknowns.size());
        Start start = starts.computeIfAbsent(key, k -> phaseOne(a, b, n));
        BigFraction min = phaseTwo(start, cost);
        BigFraction max = phaseTwo(start, negated);
        BigFraction shift = new BigFraction(offset);
        return new @Nullable BigFraction[] {
            min == null ? null : min.add(shift),
            max == null ? null : max.negate().add(shift)
        };
    }

    /** A feasible basis of one system: the tableau [A | b] in it, redundant rows dropped. */
    private record Start(BigFraction[][] tableau, int[] basis) {}

    private final Map<List<Integer>, Start> starts = new HashMap<>();

    private static Start phaseOne(List<BigFraction[]> a, List<BigFraction> b, int n) {
        int m = a.size();
        // Phase 1 tableau: [A | I | b], objective row the artificials' sum.
        BigFraction[][] t = new BigFraction[m + 1][n + m + 1];
        for (BigFraction[] row : t) {
            Arrays.fill(row, BigFraction.ZERO);
        }
        int[] basis = new int[m];
        for (int i = 0; i < m; i++) {
            boolean flip = b.get(i).compareTo(BigFraction.ZERO) < 0;
            for (int j = 0; j < n; j++) {
                t[i][j] = flip ? a.get(i)[j].negate() : a.get(i)[j];
            }
            t[i][n + i] = BigFraction.ONE;
            t[i][n + m] = flip ? b.get(i).negate() : b.get(i);
            basis[i] = n + i;
            for (int j = 0; j < n; j++) {
                t[m][j] = t[m][j].subtract(t[i][j]);
            }
            t[m][n + m] = t[m][n + m].subtract(t[i][n + m]);
        }
        run(t, basis, n + m);
        if (t[m][n + m].compareTo(BigFraction.ZERO) != 0) {
            throw new AssertionError("the reader's equations have no non-negative solution: the truth is one");
        }
        // Drive artificials out; drop the rows where none can leave (redundant equations).
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (basis[i] >= n) {
                int entering = -1;
                for (int j = 0; j < n; j++) {
                    if (t[i][j].compareTo(BigFraction.ZERO) != 0) {
                        entering = j;
                        break;
                    }
                }
                if (entering < 0) {
                    continue;
                }
                pivot(t, basis, i, entering);
            }
            keep.add(i);
        }
        int k = keep.size();
        BigFraction[][] u = new BigFraction[k + 1][n + 1];
        int[] basis2 = new int[k];
        for (int r = 0; r < k; r++) {
            int i = keep.get(r);
            System.arraycopy(t[i], 0, u[r], 0, n);
            u[r][n] = t[i][n + m];
            basis2[r] = basis[i];
        }
        return new Start(u, basis2);
    }

    /** Minimum of cost · x over the system of {@code start}; null when unbounded below. */
    private static @Nullable BigFraction phaseTwo(Start start, BigFraction[] cost) {
        int n = cost.length;
        int k = start.basis().length;
        BigFraction[][] u = new BigFraction[k + 1][];
        for (int r = 0; r < k; r++) {
            u[r] = start.tableau()[r].clone();
        }
        u[k] = new BigFraction[n + 1];
        int[] basis2 = start.basis().clone();
        for (int j = 0; j < n; j++) {
            u[k][j] = cost[j];
        }
        u[k][n] = BigFraction.ZERO;
        for (int r = 0; r < k; r++) {
            BigFraction c = cost[basis2[r]];
            if (c.compareTo(BigFraction.ZERO) != 0) {
                for (int j = 0; j <= n; j++) {
                    u[k][j] = u[k][j].subtract(c.multiply(u[r][j]));
                }
            }
        }
        if (!run(u, basis2, n)) {
            return null;
        }
        return u[k][n].negate();
    }

    private static boolean run(BigFraction[][] t, int[] basis, int enterable) {
        int m = basis.length;
        int rhs = t[0].length - 1;
        while (true) {
            int entering = -1;
            for (int j = 0; j < enterable; j++) {
                if (t[m][j].compareTo(BigFraction.ZERO) < 0) {
                    entering = j;
                    break;
                }
            }
            if (entering < 0) {
                return true;
            }
            int leaving = -1;
            @Nullable BigFraction best = null;
            for (int i = 0; i < m; i++) {
                if (t[i][entering].compareTo(BigFraction.ZERO) > 0) {
                    BigFraction ratio = t[i][rhs].divide(t[i][entering]);
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

    private static void pivot(BigFraction[][] t, int[] basis, int row, int column) {
        BigFraction p = t[row][column];
        int width = t[row].length;
        for (int j = 0; j < width; j++) {
            if (t[row][j].getNumerator().signum() != 0) {
                t[row][j] = t[row][j].divide(p);
            }
        }
        for (int i = 0; i < t.length; i++) {
            BigFraction factor = t[i][column];
            if (i != row && factor.getNumerator().signum() != 0) {
                for (int j = 0; j < width; j++) {
                    if (t[row][j].getNumerator().signum() != 0) {
                        t[i][j] = t[i][j].subtract(factor.multiply(t[row][j]));
                    }
                }
            }
        }
        basis[row] = column;
    }

    /** Whole values: the largest whole number at most the fraction. */
    static BigInteger floor(BigFraction f) {
        BigInteger[] qr = f.getNumerator().divideAndRemainder(f.getDenominator());
        return f.getNumerator().signum() < 0 && qr[1].signum() != 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    static BigInteger ceil(BigFraction f) {
        return floor(f.negate()).negate();
    }
}
