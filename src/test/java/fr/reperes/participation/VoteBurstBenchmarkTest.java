package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.reperes.IntegrationTest;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.VoteBurstInstance.Click;
import fr.reperes.participation.votes.Tally;
import fr.reperes.participation.votes.VoteStore;
import fr.reperes.platform.InvalidInputException;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The vote burst (issue 15): 1,000 council members cast their ballot within seconds through two portal instances on
 * one MariaDB. Each instance is a JVM process of its own ({@link VoteBurstInstance}: its own pool, transaction
 * manager and vote services, the path the vote screen takes), so that the last test can kill one with SIGKILL in
 * the middle of the burst, as a crashed node dies: its connections drop and MariaDB rolls back what was in flight.
 * Every member is pinned to one instance (as the load balancer's sticky cookie pins a session), and in the second test
 * also clicks a second time, at once, on the other instance.
 *
 * <p>Run with {@code ./mvnw -B -ntp -o -Pnodes test}; writes target/benchmark-vote-burst.md.
 */
@IntegrationTest
@Tag("nodes")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VoteBurstBenchmarkTest {

    private static final int MEMBERS = 1_000;
    private static final int THREADS_PER_INSTANCE = 16;
    /** The target: 1,000 ballots within 10 seconds. */
    private static final Duration TARGET = Duration.ofSeconds(10);
    /** How many ballots the instance to be killed has reported before it is killed. */
    private static final int KILL_AFTER = 150;

    /** The lines of {@link VoteBurstInstance}'s protocol. */
    private static final Pattern PROTOCOL = Pattern.compile("(READY|DONE |CAST |REFUSED |ERROR )");

    private static final BallotChoice[] CHOICES = {BallotChoice.FOR, BallotChoice.AGAINST, BallotChoice.ABSTAIN};

    @Autowired
    ApplicationContext context;

    @Autowired
    CouncilVotes votes;

    @Autowired
    VoteStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    private VoteFixture council;
    private List<Click> clicks;
    private final StringBuilder report = new StringBuilder();

    @BeforeAll
    void oneThousandMembers() {
        long began = System.nanoTime();
        council = new VoteFixture(context, MEMBERS);
        clicks = IntStream.range(0, MEMBERS)
                .mapToObj(m -> {
                    Viewer member = council.members.get(m);
                    return new Click(
                            m,
                            Objects.requireNonNull(member.accountId()),
                            Objects.requireNonNull(member.youngPersonId()),
                            CHOICES[m % 3],
                            CHOICES[(m / 3) % 3]);
                })
                .toList();
        report.append("# Vote burst: two portal instances on one MariaDB\n\n")
                .append("Machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores. Each instance is a JVM process with its own pool of ")
                .append(THREADS_PER_INSTANCE)
                .append(" connections and ")
                .append(THREADS_PER_INSTANCE)
                .append(" casting threads, on the test's embedded MariaDB; ")
                .append(MEMBERS)
                .append(" members (created in ")
                .append(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began))
                .append(" ms), a vote of two questions.\n\n");
    }

    @AfterAll
    void writeReport() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-vote-burst.md"), report.toString());
        System.out.println(report);
    }

    /**
     * The burst itself: each member's ballot goes to their own instance (even members to A, odd to B, as the sticky
     * cookie pins them), all at once: 1,000 ballots counted, within the target.
     */
    @Test
    @Order(1)
    void oneThousandBallotsWithinTenSecondsThroughTwoInstances() throws Exception {
        Opened vote = openVote("Rafale");
        List<Click> even =
                clicks.stream().filter(click -> click.member() % 2 == 0).toList();
        List<Click> odd =
                clicks.stream().filter(click -> click.member() % 2 == 1).toList();
        try (InstanceProcess a = InstanceProcess.start("A", vote, council, even, dataSource, clock);
                InstanceProcess b = InstanceProcess.start("B", vote, council, odd, dataSource, clock)) {
            a.awaitReady();
            b.awaitReady();
            String load = loadAverage();
            long began = System.nanoTime();
            a.go();
            b.go();
            a.awaitDone();
            b.awaitDone();
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            assertThat(a.castCount()).isEqualTo(even.size());
            assertThat(b.castCount()).isEqualTo(odd.size());
            assertCountedOnceEach(vote, allMembers());
            report.append("## 1,000 ballots, each member on their own instance\n\n")
                    .append(load)
                    .append("| Ballots cast | Counted | Lost | Doubled | Time (both instances done) | Ballots/s |"
                            + " A alone | B alone |\n")
                    .append("|---|---|---|---|---|---|---|---|\n")
                    .append("| %d | %d | 0 | 0 | %d ms | %d | %s ms | %s ms |\n\n"
                            .formatted(
                                    MEMBERS,
                                    store.rollSize(vote.id()),
                                    elapsed,
                                    MEMBERS * 1000L / Math.max(1, elapsed),
                                    a.reportedMillis(),
                                    b.reportedMillis()));
            assertThat(Duration.ofMillis(elapsed)).isLessThan(TARGET);
        }
    }

    /**
     * Each member's ballot goes to their own instance (even members to A, odd to B) and, at the same moment, a second
     * click goes to the other instance: 2,000 casts, exactly 1,000 ballots counted, 1,000 refused as already cast.
     */
    @Test
    @Order(2)
    void oneThousandBallotsThroughTwoInstancesNoneLostNoneDoubled() throws Exception {
        Opened vote = openVote("Double clic");
        // Both instances get every member, in the same order: each member's two clicks arrive at the same moment.
        List<Click> toA = clicks;
        List<Click> toB = clicks;
        try (InstanceProcess a = InstanceProcess.start("A", vote, council, toA, dataSource, clock);
                InstanceProcess b = InstanceProcess.start("B", vote, council, toB, dataSource, clock)) {
            a.awaitReady();
            b.awaitReady();
            String load = loadAverage();
            long began = System.nanoTime();
            a.go();
            b.go();
            a.awaitDone();
            b.awaitDone();
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);

            List<String> outcomes = new ArrayList<>(a.lines());
            outcomes.addAll(b.lines());
            assertThat(outcomes.stream().filter(line -> line.startsWith("ERROR")))
                    .isEmpty();
            Map<Integer, Long> castPerMember = outcomes.stream()
                    .filter(line -> line.startsWith("CAST "))
                    .collect(Collectors.groupingBy(line -> member(line), Collectors.counting()));
            assertThat(castPerMember).hasSize(MEMBERS);
            assertThat(castPerMember.values()).containsOnly(1L);
            long refused = outcomes.stream()
                    .filter(line -> line.startsWith("REFUSED ") && line.endsWith("council.votes.refused.already-voted"))
                    .count();
            assertThat(refused).isEqualTo(MEMBERS);

            assertCountedOnceEach(vote, allMembers());
            int instanceA = a.castCount();
            int instanceB = b.castCount();
            report.append("## 1,000 members clicking twice at once, once on each instance\n\n")
                    .append(load)
                    .append("| Casts | Ballots counted | Refused (already cast) | Lost | Doubled | Time | Ballots/s |"
                            + " Counted by A / B |\n")
                    .append("|---|---|---|---|---|---|---|---|\n")
                    .append("| %d | %d | %d | 0 | 0 | %d ms | %d | %d / %d |\n\n"
                            .formatted(
                                    outcomes.size() - 2,
                                    store.rollSize(vote.id()),
                                    refused,
                                    elapsed,
                                    MEMBERS * 1000L / Math.max(1, elapsed),
                                    instanceA,
                                    instanceB));
            assertThat(Duration.ofMillis(elapsed)).isLessThan(TARGET.multipliedBy(2));
        }
    }

    /**
     * Instance B is killed (SIGKILL) after it reported {@value #KILL_AFTER} ballots, its other members' casts in
     * flight or waiting. Every ballot B reported cast is counted; the roll, the receipts and every question's counters
     * agree at once (never a member on the roll without their ballot, nor a ballot without its member); each of B's
     * other members, coming back through another instance, reads whether their ballot was cast and can vote again
     * exactly when it was not. In the end, 1,000 ballots, none lost, none doubled.
     */
    @Test
    @Order(3)
    void anInstanceKilledInTheMiddleOfTheBurstLosesNoCastBallot() throws Exception {
        Opened vote = openVote("Panne");
        List<Click> even =
                clicks.stream().filter(click -> click.member() % 2 == 0).toList();
        List<Click> odd =
                clicks.stream().filter(click -> click.member() % 2 == 1).toList();
        Set<Integer> reportedByB;
        long aMillis;
        String load;
        try (InstanceProcess a = InstanceProcess.start("A", vote, council, even, dataSource, clock);
                InstanceProcess b = InstanceProcess.start("B", vote, council, odd, dataSource, clock)) {
            a.awaitReady();
            b.awaitReady();
            load = loadAverage();
            long began = System.nanoTime();
            a.go();
            b.go();
            b.awaitKillPoint();
            b.kill();
            a.awaitDone();
            aMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            assertThat(a.lines().stream().filter(line -> !line.startsWith("CAST ") && !line.startsWith("DONE ")))
                    .isEmpty();
            assertThat(a.castCount()).isEqualTo(even.size());
            reportedByB = b.lines().stream()
                    .filter(line -> line.startsWith("CAST "))
                    .map(VoteBurstBenchmarkTest::member)
                    .collect(Collectors.toSet());
            assertThat(b.lines()).noneMatch(line -> line.startsWith("DONE"));
        }

        // Right after the kill: whatever MariaDB kept, it kept whole.
        Set<String> roll = roll(vote.id());
        int rollAfterKill = roll.size();
        assertThat(store.receipts(vote.id())).hasSize(rollAfterKill);
        for (Map<BallotChoice, Integer> question : counted(vote).values()) {
            assertThat(question.values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(rollAfterKill);
        }
        // Every ballot an instance said was cast is counted.
        for (int m = 0; m < MEMBERS; m++) {
            if (m % 2 == 0 || reportedByB.contains(m)) {
                assertThat(roll).contains(key(m));
            }
        }

        // B's other members come back (through another instance) and see whether their ballot was cast.
        int committedInFlight = 0;
        int votedAgain = 0;
        for (Click click : odd) {
            if (reportedByB.contains(click.member())) {
                continue;
            }
            Viewer member = council.members.get(click.member());
            CouncilVote seen = votes.vote(member, council.councilId, vote.id());
            boolean cast = seen.hasVoted();
            assertThat(cast).isEqualTo(roll.contains(key(click.member())));
            assertThat(seen.canCast()).isEqualTo(!cast);
            Map<Long, BallotChoice> ballot = Map.of(vote.first(), click.first(), vote.second(), click.second());
            if (cast) {
                committedInFlight++;
                InvalidInputException refused = null;
                try {
                    votes.cast(member, council.councilId, vote.id(), ballot);
                } catch (InvalidInputException e) {
                    refused = e;
                }
                assertThat(refused).isNotNull();
                assertThat(refused.fieldErrors()).containsValue("council.votes.refused.already-voted");
            } else {
                votes.cast(member, council.councilId, vote.id(), ballot);
                votedAgain++;
            }
        }
        assertCountedOnceEach(vote, allMembers());
        report.append("## Instance B killed (SIGKILL) in the middle of the burst\n\n")
                .append(load)
                .append("| Reported cast by A | Reported cast by B before the kill | Committed by B but not reported"
                        + " (member reads \"a voté\") | Rolled back or never started (member votes again) |"
                        + " On the roll right after the kill | Lost | Half-written | Doubled | A finished in |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n")
                .append("| %d | %d | %d | %d | %d | 0 | 0 | 0 | %d ms |\n\n"
                        .formatted(
                                even.size(), reportedByB.size(), committedInFlight, votedAgain, rollAfterKill, aMillis))
                .append("After the members came back: ")
                .append(store.rollSize(vote.id()))
                .append(" ballots counted, one per member, the counters agree with the ballots given.\n");
    }

    private record Opened(long id, long first, long second, long warmUp, long warmUpFirst, long warmUpSecond) {}

    private Opened openVote(String title) {
        long first = council.proposal(title + " A");
        long second = council.proposal(title + " B");
        long warmFirst = council.proposal(title + " échauffement A");
        long warmSecond = council.proposal(title + " échauffement B");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long vote = open(title, first, second, now);
        long warmUp = open(title + " (échauffement)", warmFirst, warmSecond, now);
        return new Opened(vote, first, second, warmUp, warmFirst, warmSecond);
    }

    private long open(String title, long first, long second, Instant now) {
        return votes.open(
                council.animateur,
                new NewVote(
                        council.councilId,
                        title,
                        VoteKind.FOR_AGAINST_ABSTAIN,
                        List.of(first, second),
                        null,
                        now,
                        now.plus(Duration.ofDays(1)),
                        50,
                        MajorityRule.SIMPLE));
    }

    private List<Integer> allMembers() {
        return IntStream.range(0, MEMBERS).boxed().toList();
    }

    /** Every given member once on the roll, one receipt per ballot, each question's counters as the ballots given. */
    private void assertCountedOnceEach(Opened vote, List<Integer> members) {
        Set<String> roll = roll(vote.id());
        assertThat(store.rollSize(vote.id())).isEqualTo(members.size());
        assertThat(roll)
                .containsExactlyInAnyOrderElementsOf(
                        members.stream().map(this::key).toList());
        assertThat(new HashSet<>(store.receipts(vote.id()))).hasSize(members.size());
        Map<BallotChoice, Integer> expectedFirst = new EnumMap<>(BallotChoice.class);
        Map<BallotChoice, Integer> expectedSecond = new EnumMap<>(BallotChoice.class);
        for (int m : members) {
            expectedFirst.merge(clicks.get(m).first(), 1, Integer::sum);
            expectedSecond.merge(clicks.get(m).second(), 1, Integer::sum);
        }
        Map<Long, Map<BallotChoice, Integer>> counted = counted(vote);
        assertThat(counted.get(vote.first())).isEqualTo(expectedFirst);
        assertThat(counted.get(vote.second())).isEqualTo(expectedSecond);
    }

    private Map<Long, Map<BallotChoice, Integer>> counted(Opened vote) {
        Map<Long, Map<BallotChoice, Integer>> counted = new HashMap<>();
        for (Tally tally : store.tallies(vote.id())) {
            if (tally.ballots() > 0) {
                counted.computeIfAbsent(tally.proposalId(), p -> new EnumMap<>(BallotChoice.class))
                        .put(tally.choice(), tally.ballots());
            }
        }
        counted.putIfAbsent(vote.first(), new EnumMap<>(BallotChoice.class));
        counted.putIfAbsent(vote.second(), new EnumMap<>(BallotChoice.class));
        return counted;
    }

    private Set<String> roll(long voteId) {
        return new HashSet<>(jdbc.sql("SELECT member_key FROM council_vote_roll WHERE vote_id = :v")
                .param("v", voteId)
                .query(String.class)
                .list());
    }

    private String key(int member) {
        return "Y:" + clicks.get(member).youngPersonId();
    }

    /** The machine's load when a scenario starts (other builds share its cores), for reading the times. */
    private static String loadAverage() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "Load average when the burst started: " + load[0] + " (1 min), " + load[1] + " (5 min).\n\n";
        } catch (IOException | RuntimeException unknown) {
            return "";
        }
    }

    private static int member(String line) {
        return Integer.parseInt(line.split(" ")[1]);
    }

    /** A portal instance in a process of its own, and what it said. */
    private static final class InstanceProcess implements AutoCloseable {

        private final Process process;
        private final Thread reader;
        private final List<String> lines = new ArrayList<>();
        private final CountDownLatch ready = new CountDownLatch(1);
        private final CountDownLatch done = new CountDownLatch(1);
        private final CountDownLatch killAt = new CountDownLatch(KILL_AFTER);
        private final String name;

        private InstanceProcess(String name, Process process) {
            this.name = name;
            this.process = process;
            this.reader = Thread.ofPlatform().name("instance-" + name).start(this::read);
        }

        static InstanceProcess start(
                String name, Opened vote, VoteFixture council, List<Click> clicks, DataSource dataSource, Clock clock)
                throws IOException, SQLException {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            Path file = Files.createTempFile("vote-burst-" + name, ".txt");
            Files.write(file, clicks.stream().map(Click::line).toList());
            File errors = Path.of("target", "vote-burst-" + name + ".log").toFile();
            Files.createDirectories(errors.toPath().getParent());
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            VoteBurstInstance.class.getName(),
                            pool.getJdbcUrl(),
                            pool.getUsername(),
                            pool.getPassword(),
                            clock.getZone().getId(),
                            Long.toString(council.departementId),
                            Long.toString(council.councilId),
                            Long.toString(vote.id()),
                            Long.toString(vote.warmUp()),
                            Long.toString(vote.first()),
                            Long.toString(vote.second()),
                            Long.toString(vote.warmUpFirst()),
                            Long.toString(vote.warmUpSecond()),
                            Integer.toString(THREADS_PER_INSTANCE),
                            file.toString())
                    .redirectError(errors);
            return new InstanceProcess(name, builder.start());
        }

        private void read() {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (!PROTOCOL.matcher(line).lookingAt()) {
                        // A library's log line (the instance's logging goes to its standard output too).
                        continue;
                    }
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (line.equals("READY")) {
                        ready.countDown();
                    } else if (line.startsWith("CAST ")) {
                        killAt.countDown();
                    } else if (line.startsWith("DONE") || line.startsWith("ERROR -1")) {
                        done.countDown();
                    }
                }
            } catch (IOException closed) {
                // The process was killed: what was read is what it said.
            }
            ready.countDown();
            done.countDown();
        }

        void awaitReady() throws InterruptedException {
            assertThat(ready.await(3, TimeUnit.MINUTES)).as(name + " ready").isTrue();
            assertThat(lines()).as(name + " said nothing but READY").isEmpty();
            assertThat(process.isAlive()).as(name + " running").isTrue();
        }

        void go() throws IOException {
            Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            in.write("GO\n");
            in.flush();
        }

        void awaitKillPoint() throws InterruptedException {
            assertThat(killAt.await(2, TimeUnit.MINUTES)).isTrue();
        }

        void awaitDone() throws InterruptedException {
            assertThat(done.await(5, TimeUnit.MINUTES)).as(name + " done").isTrue();
            assertThat(lines()).as(name + " done").anyMatch(line -> line.startsWith("DONE"));
        }

        /** SIGKILL, as a node dies; returns once every line it wrote before is read. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
            reader.join();
        }

        /** The time the instance measured from GO to its last cast. */
        String reportedMillis() {
            return lines().stream()
                    .filter(line -> line.startsWith("DONE "))
                    .map(line -> line.substring(5))
                    .findFirst()
                    .orElse("?");
        }

        int castCount() {
            return (int)
                    lines().stream().filter(line -> line.startsWith("CAST ")).count();
        }

        List<String> lines() {
            synchronized (lines) {
                return lines.stream().filter(line -> !line.equals("READY")).toList();
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
            reader.join();
        }

        @Override
        public String toString() {
            return name + (process.isAlive() ? " (running)" : " (stopped)");
        }
    }
}
