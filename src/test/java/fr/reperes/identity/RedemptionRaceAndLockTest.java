package fr.reperes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.DemoPeople;
import fr.reperes.IntegrationTest;
import fr.reperes.dossier.caseload.InvitationDesk;
import fr.reperes.identity.invitations.InvitationCode;
import fr.reperes.identity.invitations.InvitationRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Redemption as an attacker tries it: many people at once with one code, many fresh identities from one address,
 * many identities and addresses against one account, and a burst of parallel requests; on the real database.
 */
@IntegrationTest
class RedemptionRaceAndLockTest {

    private static final int THREADS = 16;

    @Autowired
    ApplicationContext context;

    @Autowired
    InvitationDesk desk;

    @Autowired
    InvitationService invitations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InvitationRepository repository;

    @Autowired
    PlatformTransactionManager transactions;

    private Viewer claire() {
        return TestSignIn.viewer(context, "claire");
    }

    private static String newSubject() {
        return "course-" + UUID.randomUUID();
    }

    /** Runs {@code THREADS} attempts released together by one latch, and returns their results. */
    private <T> List<T> atOnce(IntFunction<Callable<T>> attempt) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<T> call = attempt.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sixteenPeopleTypingTheSameCodeAtTheSameMomentLinkExactlyOne() throws Exception {
        long youngPersonId = DemoPeople.uninvitedYoungPersonFollowedBy(context, "claire");
        String code = desk.inviteYoungPerson(claire(), youngPersonId).code();
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            subjects.add(newSubject());
        }

        List<Redemption> results =
                atOnce(i -> () -> invitations.redeem(subjects.get(i), InvitedFamily.freshAddress(), code));

        List<Redemption.Linked> linked = results.stream()
                .filter(Redemption.Linked.class::isInstance)
                .map(Redemption.Linked.class::cast)
                .toList();
        assertThat(linked).hasSize(1);
        assertThat(results)
                .allMatch(result -> result instanceof Redemption.Linked
                        || result instanceof Redemption.Refused refused && refused.reason() == Redemption.Reason.USED
                        || result instanceof Redemption.Locked);
        String winner = linked.getFirst().viewer().subject();
        assertThat(jdbc.sql("""
                        SELECT ai.subject FROM account_identity ai JOIN account a ON a.id = ai.account_id
                        WHERE a.young_person_id = :yp""").param("yp", youngPersonId).query(String.class).list())
                .containsExactly(winner);
        assertThat(jdbc.sql("SELECT used_by_subject FROM invitation WHERE code_hash = :h")
                        .param("h", InvitationCode.hash(code))
                        .query(String.class)
                        .single())
                .isEqualTo(winner);
        assertThat(subjects.stream()
                        .filter(subject -> !subject.equals(winner))
                        .map(subject -> context.getBean(AccountDirectory.class).viewerFor(subject, "x"))
                        .filter(Viewer::hasAccount))
                .isEmpty();
    }

    /**
     * The update that decides, on its own (the redemption also holds the account's lock row and the identity table's
     * unique keys, which would hide a broken condition from the test above).
     */
    @Test
    void ofSixteenParallelTransactionsConsumingOneCodeExactlyOneChangesTheRowAndUnusableCodesChangeNone()
            throws Exception {
        long youngPersonId = DemoPeople.uninvitedYoungPersonFollowedBy(context, "claire");
        String revoked = desk.inviteYoungPerson(claire(), youngPersonId).code();
        String live = desk.inviteYoungPerson(claire(), youngPersonId).code();
        long liveId = idOf(live);

        List<Integer> changed = atOnce(i -> () -> consume(liveId, Instant.now()));

        assertThat(changed).containsOnly(0, 1).filteredOn(count -> count == 1).hasSize(1);
        assertThat(consume(liveId, Instant.now())).isZero();
        assertThat(consume(idOf(revoked), Instant.now())).isZero();
        String expired = desk.inviteYoungPerson(claire(), DemoPeople.uninvitedYoungPersonFollowedBy(context, "claire"))
                .code();
        assertThat(consume(idOf(expired), Instant.now().plus(Duration.ofDays(15))))
                .isZero();
        assertThat(jdbc.sql("SELECT used_at IS NULL FROM invitation WHERE id = :id")
                        .param("id", idOf(expired))
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    /** One conditional update in a transaction of its own, as a redemption makes it; the rows it changed. */
    private int consume(long invitationId, Instant at) {
        Integer changed = new TransactionTemplate(transactions)
                .execute(status -> repository.consume(invitationId, newSubject(), at));
        return changed;
    }

    private long idOf(String code) {
        return jdbc.sql("SELECT id FROM invitation WHERE code_hash = :h")
                .param("h", InvitationCode.hash(code))
                .query(Long.class)
                .single();
    }

    @Test
    void fiveFreshIdentitiesFromOneAddressLockThatAddressButNoOther() {
        String address = InvitedFamily.freshAddress();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(invitations.redeem(newSubject(), address, "ZZZZ-ZZZZ-ZZZ" + (attempt + 1)))
                    .isEqualTo(new Redemption.Refused(Redemption.Reason.UNKNOWN, 5 - attempt));
        }
        assertThat(invitations.redeem(newSubject(), address, "ZZZZ-ZZZZ-ZZZ6")).isInstanceOf(Redemption.Locked.class);

        IssuedInvitation right =
                desk.inviteYoungPerson(claire(), DemoPeople.uninvitedYoungPersonFollowedBy(context, "claire"));
        // Even a right code, from yet another fresh identity: the address is locked.
        assertThat(invitations.redeem(newSubject(), address, right.code())).isInstanceOf(Redemption.Locked.class);
        // Another address is not locked by this one's mistakes.
        assertThat(invitations.redeem(newSubject(), InvitedFamily.freshAddress(), "ZZZZ-ZZZZ-ZZZ7"))
                .isEqualTo(new Redemption.Refused(Redemption.Reason.UNKNOWN, 4));
        assertThat(invitations.redeem(newSubject(), InvitedFamily.freshAddress(), right.code()))
                .isInstanceOf(Redemption.Linked.class);
    }

    @Test
    void anAccountWhoseOldCodesAreTriedFiveTimesLocksThemWhoeverTriesThemButNotItsLiveCode() {
        long youngPersonId = DemoPeople.uninvitedYoungPersonFollowedBy(context, "claire");
        String revoked = desk.inviteYoungPerson(claire(), youngPersonId).code();
        String live = desk.inviteYoungPerson(claire(), youngPersonId).code();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(invitations.redeem(newSubject(), InvitedFamily.freshAddress(), revoked))
                    .isEqualTo(new Redemption.Refused(Redemption.Reason.REVOKED, 5 - attempt));
        }
        assertThat(invitations.redeem(newSubject(), InvitedFamily.freshAddress(), revoked))
                .isInstanceOf(Redemption.Locked.class);
        assertThat(invitations.redeem(newSubject(), InvitedFamily.freshAddress(), revoked))
                .isInstanceOf(Redemption.Locked.class);
        // Whoever kept an old code cannot keep the real person out: the live code the référent gave still opens.
        assertThat(invitations.redeem(newSubject(), InvitedFamily.freshAddress(), live))
                .isInstanceOf(Redemption.Linked.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_identity ai JOIN account a ON a.id = ai.account_id "
                                + "WHERE a.young_person_id = :yp")
                        .param("yp", youngPersonId)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void aBurstOfParallelWrongCodesGetsNoMoreTriesThanTheSameCodesInARow() throws Exception {
        String subject = newSubject();
        String address = InvitedFamily.freshAddress();

        List<Redemption> results = atOnce(i -> () -> invitations.redeem(
                subject,
                address,
                "YYYY-YYYY-" + String.format("%04d", i).replace('0', 'Q').replace('1', 'R')));

        long refused =
                results.stream().filter(Redemption.Refused.class::isInstance).count();
        long locked =
                results.stream().filter(Redemption.Locked.class::isInstance).count();
        assertThat(refused).isEqualTo(4);
        assertThat(locked).isEqualTo(THREADS - 4);
    }
}
