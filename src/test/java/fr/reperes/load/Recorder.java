package fr.reperes.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Round-trip times per request kind (sign-in, bootstrap, init, navigate, click...), the errors with their first
 * messages, and outcomes that are answers rather than errors (a second vote refused). Only what happens inside the
 * measured window counts; the ramp-up is recorded apart.
 */
final class Recorder {

    record Stats(String kind, int count, int errors, double p50, double p95, double p99, double max) {}

    private final Map<String, List<Long>> micros = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> outcomes = new ConcurrentSkipListMap<>();
    private final Map<String, String> firstErrors = new ConcurrentSkipListMap<>();
    private volatile boolean measuring;
    private volatile long startedAt;
    private volatile long stoppedAt;
    private volatile long serverCpuAtStart = -1;
    private volatile long serverCpuAtStop = -1;

    void startMeasuring() {
        startMeasuring(-1);
    }

    void stopMeasuring() {
        stopMeasuring(-1);
    }

    /** @param serverCpu the server process's processor time so far, in nanoseconds (-1: unknown) */
    void startMeasuring(long serverCpu) {
        serverCpuAtStart = serverCpu;
        startedAt = System.nanoTime();
        measuring = true;
    }

    void stopMeasuring(long serverCpu) {
        stoppedAt = System.nanoTime();
        measuring = false;
        serverCpuAtStop = serverCpu;
    }

    /**
     * The server's processor time per request of the window, in milliseconds (NaN: unknown): what a request costs,
     * whatever else the machine is doing at the time, where round trips measure the queue as well.
     */
    double serverCpuMillisPerRequest() {
        if (serverCpuAtStart < 0 || serverCpuAtStop < 0 || requests() == 0) {
            return Double.NaN;
        }
        return (serverCpuAtStop - serverCpuAtStart) / 1e6 / requests();
    }

    /** The share of the machine's processors the server used during the window. */
    double serverCpuShare() {
        if (serverCpuAtStart < 0 || serverCpuAtStop < 0) {
            return Double.NaN;
        }
        return (serverCpuAtStop - serverCpuAtStart) / (double) (stoppedAt - startedAt);
    }

    boolean measuring() {
        return measuring;
    }

    void time(String kind, long nanos) {
        if (measuring) {
            micros.computeIfAbsent(kind, k -> new ArrayList<>());
            List<Long> list = micros.get(kind);
            synchronized (list) {
                list.add(nanos / 1_000);
            }
        }
    }

    void error(String kind, String message) {
        if (measuring) {
            errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        }
        firstErrors.putIfAbsent(kind + ": " + abbreviate(message), "");
    }

    void outcome(String name) {
        outcomes.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
    }

    double seconds() {
        return (stoppedAt - startedAt) / 1e9;
    }

    long requests() {
        return micros.values().stream().mapToLong(List::size).sum();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    Map<String, Long> outcomes() {
        Map<String, Long> copy = new TreeMap<>();
        outcomes.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    List<String> errorSamples() {
        return firstErrors.keySet().stream().limit(20).toList();
    }

    /** p50, p95, p99 per kind, and "all" over every request but the sign-in (a flow of several requests). */
    Map<String, Stats> stats() {
        Map<String, Stats> stats = new TreeMap<>();
        List<Long> all = new ArrayList<>();
        micros.forEach((kind, list) -> {
            long[] values;
            synchronized (list) {
                values = list.stream().mapToLong(Long::longValue).toArray();
                if (!kind.equals("sign-in")) {
                    all.addAll(list);
                }
            }
            stats.put(
                    kind,
                    stats(
                            kind,
                            values,
                            errors.getOrDefault(kind, new AtomicLong()).intValue()));
        });
        errors.forEach((kind, count) -> stats.putIfAbsent(kind, stats(kind, new long[0], count.intValue())));
        stats.put("all", stats("all", all.stream().mapToLong(Long::longValue).toArray(), (int)
                errors.entrySet().stream()
                        .filter(e -> !e.getKey().equals("sign-in"))
                        .mapToLong(e -> e.getValue().get())
                        .sum()));
        return stats;
    }

    private static Stats stats(String kind, long[] values, int errors) {
        Arrays.sort(values);
        return new Stats(
                kind,
                values.length,
                errors,
                percentile(values, 50),
                percentile(values, 95),
                percentile(values, 99),
                values.length == 0 ? Double.NaN : values[values.length - 1] / 1000.0);
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }

    private static String abbreviate(String message) {
        String line = message.replaceAll("\\s+", " ");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
