package fr.reperes.participation;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.zaxxer.hikari.HikariDataSource;
import fr.reperes.access.AccessPolicy;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.votes.VoteStore;
import fr.reperes.platform.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * One portal instance of the vote burst ({@code VoteBurstBenchmarkTest}), in a JVM process of its own: its own
 * connection pool, transaction manager and vote services on the shared database, casting through
 * {@link CouncilVotes#cast} as the vote screen does. It reads its clicks from a file (one line a click: member index,
 * account, young person, then two choices), warms up on a vote of its own, says {@code READY}, waits for {@code GO}
 * on its standard input, then casts on {@code threads} threads and reports every outcome as it returns, one line each
 * ({@code CAST <member>}, {@code REFUSED <member> <key>}, {@code ERROR <member> <message>}) and {@code DONE <ms>}.
 * A line is printed only once the cast returned: a {@code CAST} line is a ballot the member was told was counted.
 * The receipt is not printed: the driver never links a receipt to a member.
 */
public final class VoteBurstInstance {

    private static final PrintStream OUT = new PrintStream(System.out, false, StandardCharsets.UTF_8);

    private VoteBurstInstance() {}

    /** A member's click: who, and the ballot they give (two questions). */
    record Click(int member, long accountId, long youngPersonId, BallotChoice first, BallotChoice second) {

        static Click parse(String line) {
            String[] f = line.split(" ");
            return new Click(
                    Integer.parseInt(f[0]),
                    Long.parseLong(f[1]),
                    Long.parseLong(f[2]),
                    BallotChoice.valueOf(f[3]),
                    BallotChoice.valueOf(f[4]));
        }

        String line() {
            return member + " " + accountId + " " + youngPersonId + " " + first + " " + second;
        }
    }

    /**
     * Arguments: jdbc-url user password zone departement council vote warm-up-vote first-proposal second-proposal
     * warm-up-first warm-up-second threads clicks-file.
     */
    public static void main(String[] args) throws Exception {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.ERROR);
        String url = args[0];
        ZoneId zone = ZoneId.of(args[3]);
        long departement = Long.parseLong(args[4]);
        long council = Long.parseLong(args[5]);
        long vote = Long.parseLong(args[6]);
        long warmUpVote = Long.parseLong(args[7]);
        long first = Long.parseLong(args[8]);
        long second = Long.parseLong(args[9]);
        long warmUpFirst = Long.parseLong(args[10]);
        long warmUpSecond = Long.parseLong(args[11]);
        int threads = Integer.parseInt(args[12]);
        List<Click> clicks = Files.readAllLines(Path.of(args[13])).stream()
                .filter(line -> !line.isBlank())
                .map(Click::parse)
                .toList();

        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(url);
            pool.setUsername(args[1]);
            pool.setPassword(args[2]);
            pool.setMaximumPoolSize(threads);
            pool.setMinimumIdle(threads);
            pool.setPoolName("vote-burst-instance");
            Clock clock = Clock.system(zone);
            JdbcClient jdbc = JdbcClient.create(pool);
            CouncilVotes votes = new CouncilVotes(
                    new CouncilAccess(jdbc, new AccessPolicy(), clock),
                    new VoteStore(jdbc, new DataSourceTransactionManager(pool), clock),
                    jdbc,
                    clock);

            // Warm-up: the first tenth of this instance's clicks, on a vote of their own (the code paths compiled,
            // the pool full), so that the burst measures a running portal rather than a cold JVM.
            try (ExecutorService warm = Executors.newFixedThreadPool(threads)) {
                for (Click click : clicks.subList(0, clicks.size() / 10)) {
                    warm.submit(() -> cast(
                            votes,
                            departement,
                            council,
                            warmUpVote,
                            click,
                            Map.of(warmUpFirst, click.first(), warmUpSecond, click.second()),
                            false));
                }
            }
            say("READY");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String go = in.readLine();
            if (!"GO".equals(go)) {
                return;
            }
            long began = System.nanoTime();
            ExecutorService casting = Executors.newFixedThreadPool(threads);
            List<Runnable> work = new ArrayList<>();
            for (Click click : clicks) {
                work.add(() -> cast(
                        votes,
                        departement,
                        council,
                        vote,
                        click,
                        Map.of(first, click.first(), second, click.second()),
                        true));
            }
            work.forEach(casting::submit);
            casting.shutdown();
            if (!casting.awaitTermination(5, TimeUnit.MINUTES)) {
                say("ERROR -1 timeout");
            }
            say("DONE " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
        } catch (IOException | RuntimeException e) {
            say("ERROR -1 " + e);
        }
    }

    private static void cast(
            CouncilVotes votes,
            long departement,
            long council,
            long vote,
            Click click,
            Map<Long, BallotChoice> ballot,
            boolean report) {
        Viewer member = new Viewer(
                click.accountId(),
                null,
                "Membre" + click.member(),
                Role.JEUNE,
                departement,
                click.youngPersonId(),
                null,
                null);
        String outcome;
        try {
            votes.cast(member, council, vote, ballot);
            outcome = "CAST " + click.member();
        } catch (InvalidInputException refused) {
            outcome = "REFUSED " + click.member() + " "
                    + String.join(",", refused.fieldErrors().values());
        } catch (RuntimeException failed) {
            outcome = "ERROR " + click.member() + " " + failed.getClass().getSimpleName() + ": "
                    + String.valueOf(failed.getMessage()).replace('\n', ' ');
        }
        if (report) {
            say(outcome);
        }
    }

    private static synchronized void say(String line) {
        OUT.println(line);
        OUT.flush();
    }
}
