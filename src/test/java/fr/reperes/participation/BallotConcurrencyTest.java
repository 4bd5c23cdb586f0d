package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessPolicy;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.VoteFixture.TestClock;
import fr.reperes.participation.votes.Tally;
import fr.reperes.participation.votes.VoteStore;
import fr.reperes.platform.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Exactly once under load, through two portal instances: every member of a 200-member council clicks "voter" five
 * times at once, the clicks spread over 32 threads and over two instances of the vote services, each with its own
 * connection pool and transaction manager on the same database (what a second node of the portal has; a second
 * Spring context would also load the demo again into the same database). Every member is on the roll once, every
 * question's counters add up to the roll, each choice counted as many times as it was given, one receipt per ballot.
 */
@IntegrationTest
class BallotConcurrencyTest {

    private static final int MEMBERS = 200;
    private static final int CLICKS = 5;
    private static final int THREADS = 32;

    @Autowired
    ApplicationContext context;

    @Autowired
    CouncilAccess access;

    @Autowired
    VoteStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessPolicy policy;

    @Autowired
    DataSource dataSource;

    @Test
    void everyMemberIsCountedExactlyOnceWhenAllClickFiveTimesAtOnceOnTwoInstances() throws Exception {
        VoteFixture council = new VoteFixture(context, MEMBERS);
        long first = council.proposal("Concurrence A");
        long second = council.proposal("Concurrence B");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock clock = new TestClock(now, context.getBean(Clock.class).getZone());
        CouncilVotes instanceA = new CouncilVotes(access, store, jdbc, clock);
        long vote = instanceA.open(
                council.animateur,
                new NewVote(
                        council.councilId,
                        "Vote sous charge",
                        VoteKind.FOR_AGAINST_ABSTAIN,
                        List.of(first, second),
                        null,
                        now,
                        now.plus(Duration.ofDays(1)),
                        50,
                        MajorityRule.SIMPLE));

        HikariDataSource main = dataSource.unwrap(HikariDataSource.class);
        try (HikariDataSource otherPool = new HikariDataSource()) {
            otherPool.setJdbcUrl(main.getJdbcUrl());
            otherPool.setUsername(main.getUsername());
            otherPool.setPassword(main.getPassword());
            otherPool.setPoolName("second-instance");
            JdbcClient otherJdbc = JdbcClient.create(otherPool);
            CouncilVotes instanceB = new CouncilVotes(
                    new CouncilAccess(otherJdbc, policy, clock),
                    new VoteStore(otherJdbc, new DataSourceTransactionManager(otherPool), clock),
                    otherJdbc,
                    clock);
            List<CouncilVotes> instances = List.of(instanceA, instanceB);

            BallotChoice[] choices = {BallotChoice.FOR, BallotChoice.AGAINST, BallotChoice.ABSTAIN};
            Map<BallotChoice, Integer> expectedFirst = new EnumMap<>(BallotChoice.class);
            Map<BallotChoice, Integer> expectedSecond = new EnumMap<>(BallotChoice.class);
            List<Callable<String>> clicks = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int m = 0; m < MEMBERS; m++) {
                Viewer member = council.members.get(m);
                Map<Long, BallotChoice> ballot = Map.of(first, choices[m % 3], second, choices[(m / 3) % 3]);
                expectedFirst.merge(choices[m % 3], 1, Integer::sum);
                expectedSecond.merge(choices[(m / 3) % 3], 1, Integer::sum);
                for (int click = 0; click < CLICKS; click++) {
                    CouncilVotes instance = instances.get(click % 2);
                    clicks.add(() -> {
                        start.await();
                        return instance.cast(member, council.councilId, vote, ballot);
                    });
                }
            }
            Collections.shuffle(clicks, new Random(11));
            AtomicInteger alreadyVoted = new AtomicInteger();
            ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
            List<String> receipts = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            long elapsed;
            try {
                List<Future<String>> futures = new ArrayList<>();
                for (Callable<String> click : clicks) {
                    futures.add(pool.submit(click));
                }
                long began = System.nanoTime();
                start.countDown();
                for (Future<String> future : futures) {
                    try {
                        receipts.add(future.get());
                    } catch (ExecutionException failed) {
                        if (failed.getCause() instanceof InvalidInputException refused
                                && refused.fieldErrors().containsValue("council.votes.refused.already-voted")) {
                            alreadyVoted.incrementAndGet();
                        } else {
                            unexpected.add(failed.getCause());
                        }
                    }
                }
                elapsed = Duration.ofNanos(System.nanoTime() - began).toMillis();
            } finally {
                pool.shutdown();
            }
            assertThat(unexpected).isEmpty();
            assertThat(receipts).hasSize(MEMBERS);
            assertThat(new HashSet<>(receipts)).hasSize(MEMBERS);
            assertThat(alreadyVoted.get()).isEqualTo(MEMBERS * (CLICKS - 1));

            assertThat(store.rollSize(vote)).isEqualTo(MEMBERS);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT member_key) FROM council_vote_roll WHERE vote_id = :v")
                            .param("v", vote)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(MEMBERS);
            Map<BallotChoice, Integer> countedFirst = new EnumMap<>(BallotChoice.class);
            Map<BallotChoice, Integer> countedSecond = new EnumMap<>(BallotChoice.class);
            for (Tally tally : store.tallies(vote)) {
                (tally.proposalId() == first ? countedFirst : countedSecond).put(tally.choice(), tally.ballots());
            }
            assertThat(countedFirst).isEqualTo(expectedFirst);
            assertThat(countedSecond).isEqualTo(expectedSecond);
            assertThat(countedFirst.values().stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .isEqualTo(MEMBERS);
            assertThat(countedSecond.values().stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .isEqualTo(MEMBERS);
            Set<String> stored = new HashSet<>(store.receipts(vote));
            assertThat(stored).containsExactlyInAnyOrderElementsOf(receipts);
            System.out.printf(
                    "Ballot concurrency: %d threads, %d members x %d clicks = %d casts over 2 instances,"
                            + " %d ballots counted, %d refused as already cast, none lost or doubled, in %d ms%n",
                    THREADS, MEMBERS, CLICKS, MEMBERS * CLICKS, receipts.size(), alreadyVoted.get(), elapsed);
        }
    }
}
