package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import fr.reperes.platform.InvalidInputException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * One person never holds two active mandates of one council (review 11, item 5: CouncilMembers checked, then
 * inserted): concurrent invitations make one invitation, concurrent acceptances make one mandate, and an acceptance
 * for someone who already sits is refused.
 */
@IntegrationTest
class OneMandatePerPersonTest {

    private static final int AT_ONCE = 6;

    @Autowired
    ApplicationContext context;

    @Autowired
    CouncilMembers members;

    @Autowired
    JdbcClient jdbc;

    @Test
    void requestsOfOnePersonAcceptedAtOnceMakeOneMandate() throws Exception {
        VoteFixture council = new VoteFixture(context, 1);
        long candidate = Objects.requireNonNull(council.nonMember.youngPersonId());
        List<Long> requests = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            // Requests left behind as the unguarded check-then-insert could leave them.
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO council_invitation (council_id, young_person_id, asked_by, sex, created_at)
                            VALUES (:c, :p, 'CANDIDATE', 'UNSAID', :now)""")
                    .param("c", council.councilId)
                    .param("p", candidate)
                    .param("now", Timestamp.from(Instant.now()))
                    .update(key);
            requests.add(Objects.requireNonNull(key.getKey()).longValue());
        }
        List<String> outcomes = atOnce(requests.stream()
                .map(request -> (Runnable) () -> members.answerRequest(council.animateur, request, true))
                .toList());
        assertThat(outcomes).containsOnly("ok", "council.members.error.already-member");
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(mandatesOf(council, candidate)).isEqualTo(1);
    }

    @Test
    void invitationsOfOnePersonSentAtOnceMakeOneInvitation() throws Exception {
        VoteFixture council = new VoteFixture(context, 1);
        long candidate = Objects.requireNonNull(council.nonMember.youngPersonId());
        List<Runnable> invites = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            invites.add(() -> members.invite(council.animateur, council.councilId, candidate));
        }
        List<String> outcomes = atOnce(invites);
        assertThat(outcomes).containsOnly("ok", "council.members.error.already-invited");
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM council_invitation WHERE council_id = :c AND young_person_id = :p")
                        .param("c", council.councilId)
                        .param("p", candidate)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aMandateRenewedByManyClicksAtOnceIsRenewedOnce() throws Exception {
        VoteFixture council = new VoteFixture(context, 1);
        long mandate = council.mandates.getFirst();
        List<Runnable> renewals = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            renewals.add(() -> members.renew(council.animateur, mandate));
        }
        List<String> outcomes = atOnce(renewals);
        assertThat(outcomes).containsOnly("ok", "council.members.error.already-renewed");
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM council_mandate WHERE renews_mandate_id = :m")
                        .param("m", mandate)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private int mandatesOf(VoteFixture council, long youngPerson) {
        return jdbc.sql("SELECT COUNT(*) FROM council_mandate WHERE council_id = :c AND young_person_id = :p")
                .param("c", council.councilId)
                .param("p", youngPerson)
                .query(Integer.class)
                .single();
    }

    /** Runs the calls at the same moment; each outcome is "ok" or the refusal's message key. */
    private static List<String> atOnce(List<Runnable> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    call.run();
                    return null;
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<?> future : futures) {
                try {
                    future.get();
                    outcomes.add("ok");
                } catch (ExecutionException failed) {
                    if (failed.getCause() instanceof InvalidInputException refused) {
                        outcomes.add(refused.fieldErrors().values().iterator().next());
                    } else {
                        throw failed;
                    }
                }
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }
}
