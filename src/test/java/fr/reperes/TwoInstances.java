package fr.reperes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a scheduled job as several portal instances on one database would: at the same moment, each on its own thread
 * (its own connection and transactions). The jobs hold nothing in memory between runs, so what an instance adds to a
 * thread is its own pool, which the tests' multi-process benchmark (VoteBurstBenchmarkTest) also covers.
 */
public final class TwoInstances {

    private TwoInstances() {}

    /** Each instance's result, in the order the instances were started; rethrows the first failure. */
    public static <T> List<T> atOnce(int instances, Callable<T> job) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> runs = new ArrayList<>();
        try (ExecutorService servers = Executors.newFixedThreadPool(instances)) {
            for (int i = 0; i < instances; i++) {
                runs.add(servers.submit(() -> {
                    start.await();
                    return job.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> run : runs) {
                results.add(run.get());
            }
            return results;
        }
    }

    /** Two instances at once. */
    public static <T> List<T> atOnce(Callable<T> job) throws Exception {
        return atOnce(2, job);
    }
}
