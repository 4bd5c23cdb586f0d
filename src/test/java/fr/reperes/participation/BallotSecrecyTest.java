package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import fr.reperes.IntegrationTest;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.VoteFixture.TestClock;
import fr.reperes.participation.votes.VoteStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secret of the ballot, proven on the database as an administrator with full access sees it: after twelve
 * members cast different ballots, every table and every column of the schema is read (information_schema) and no
 * join, no ordering, no timestamp and no other table ties a roll row ("a voté") to a counter or a receipt; casting
 * changed no table but the roll, the counters and the receipts (no audit entry, event publication or notification),
 * and wrote no log line about it.
 */
@IntegrationTest
class BallotSecrecyTest {

    private static final Set<String> ROLL = Set.of("council_vote_roll");
    private static final Set<String> BALLOT_SIDE = Set.of("council_vote_tally", "council_vote_receipt");
    private static final int MEMBERS = 12;

    @Autowired
    ApplicationContext context;

    @Autowired
    CouncilAccess access;

    @Autowired
    VoteStore store;

    @Autowired
    JdbcClient jdbc;

    private record Column(String table, String name, String type, String extra, String sqlTable, String sqlName) {}

    @Test
    void nothingStoredOrLoggedTiesAMemberToTheirBallot() {
        VoteFixture council = new VoteFixture(context, MEMBERS);
        long first = council.proposal("Secret A");
        long second = council.proposal("Secret B");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock clock = new TestClock(now, context.getBean(Clock.class).getZone());
        CouncilVotes votes = new CouncilVotes(access, store, jdbc, clock);
        long vote = votes.open(
                council.animateur,
                new NewVote(
                        council.councilId,
                        "Vote secret",
                        VoteKind.FOR_AGAINST_ABSTAIN,
                        List.of(first, second),
                        null,
                        now,
                        now.plus(Duration.ofDays(3)),
                        0,
                        MajorityRule.SIMPLE));
        BallotChoice[] choices = {BallotChoice.FOR, BallotChoice.AGAINST, BallotChoice.ABSTAIN};

        Map<String, Long> before = checksums();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        List<String> receipts = new ArrayList<>();
        try {
            for (int m = 0; m < MEMBERS; m++) {
                Viewer member = council.members.get(m);
                receipts.add(votes.cast(
                        member, council.councilId, vote, Map.of(first, choices[m % 3], second, choices[(m + 1) % 3])));
            }
        } finally {
            root.detachAppender(log);
        }
        Map<String, Long> after = checksums();

        // Casting changed the roll, the counters and the receipts, and nothing else: no audit entry, no event
        // publication, no notification, no proposal or vote column.
        Set<String> changed = new HashSet<>();
        after.forEach((table, sum) -> {
            if (!sum.equals(before.get(table))) {
                changed.add(table);
            }
        });
        assertThat(changed)
                .containsExactlyInAnyOrder("council_vote_roll", "council_vote_tally", "council_vote_receipt");
        assertThat(after).containsKeys("audit_entry", "event_publication", "notification");

        // No log line mentions a receipt, a voter's mandate, the vote's tables or anything of this module.
        List<String> lines = log.list.stream()
                .map(event -> event.getLoggerName() + " " + event.getFormattedMessage()
                        + (event.getThrowableProxy() == null
                                ? ""
                                : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .toList();
        for (String line : lines) {
            assertThat(line).doesNotContain("council_vote").doesNotContain("fr.reperes.participation");
            for (String receipt : receipts) {
                assertThat(line).doesNotContain(receipt);
            }
            for (long mandate : council.mandates) {
                assertThat(line).doesNotContainPattern("\\b" + mandate + "\\b");
            }
            for (String member : memberKeys(council)) {
                assertThat(line).doesNotContain(member);
            }
        }

        List<Column> columns = jdbc.sql("""
                        SELECT table_name, column_name, data_type, extra FROM information_schema.columns
                        WHERE table_schema = DATABASE() ORDER BY table_name, ordinal_position""")
                .query((rs, n) -> new Column(
                        rs.getString(1).toLowerCase(),
                        rs.getString(2).toLowerCase(),
                        rs.getString(3).toLowerCase(),
                        rs.getString(4).toLowerCase(),
                        rs.getString(1),
                        rs.getString(2)))
                .list();

        // The roll and the ballot side hold only these columns: no id of their own, no time, no link to each other.
        assertThat(columnsOf(columns, "council_vote_roll")).containsExactly("vote_id", "member_key");
        assertThat(columnsOf(columns, "council_vote_tally"))
                .containsExactly("vote_id", "proposal_id", "choice", "ballots");
        assertThat(columnsOf(columns, "council_vote_receipt")).containsExactly("vote_id", "code");
        for (Column column : columns) {
            if (ROLL.contains(column.table()) || BALLOT_SIDE.contains(column.table())) {
                assertThat(column.type()).isNotIn("date", "datetime", "timestamp", "time", "year");
                assertThat(column.extra()).doesNotContain("auto_increment").doesNotContain("current_timestamp");
            }
        }
        // The ballot side refers to the vote and its proposals only: never to a mandate, a person or an account.
        assertThat(jdbc.sql("""
                        SELECT DISTINCT LOWER(referenced_table_name) FROM information_schema.key_column_usage
                        WHERE table_schema = DATABASE() AND referenced_table_name IS NOT NULL
                          AND LOWER(table_name) IN ('council_vote_tally', 'council_vote_receipt')""").query(String.class).list()).containsExactlyInAnyOrder("council_vote", "proposal");

        // Each receipt code appears in one column of the whole schema: the receipt list, which holds no choice.
        for (Column column : columns) {
            String quoted = "`" + column.sqlTable() + "`.`" + column.sqlName() + "`";
            int found = jdbc.sql("SELECT COUNT(*) FROM `" + column.sqlTable() + "` WHERE CAST(" + quoted
                            + " AS CHAR) IN (:codes)")
                    .param("codes", receipts)
                    .query(Integer.class)
                    .single();
            if (column.table().equals("council_vote_receipt") && column.name().equals("code")) {
                assertThat(found).isEqualTo(MEMBERS);
            } else {
                assertThat(found).as(quoted).isZero();
            }
        }

        // Every join of a roll column with a ballot-side column matches the same rows for every voter: no equality
        // tells one member's ballot from another's.
        for (Column rollColumn :
                columns.stream().filter(c -> ROLL.contains(c.table())).toList()) {
            for (Column ballotColumn : columns.stream()
                    .filter(c -> BALLOT_SIDE.contains(c.table()))
                    .toList()) {
                Map<String, Set<String>> matches = new HashMap<>();
                jdbc.sql("SELECT r.member_key, CONCAT_WS('|', b.vote_id, " + keyOf(ballotColumn.table())
                                + ") FROM council_vote_roll r JOIN " + ballotColumn.table() + " b ON CAST(r."
                                + rollColumn.name() + " AS CHAR) = CAST(b." + ballotColumn.name()
                                + " AS CHAR) WHERE r.vote_id = :v")
                        .param("v", vote)
                        .query(rs -> {
                            matches.computeIfAbsent(rs.getString(1), m -> new HashSet<>())
                                    .add(rs.getString(2));
                        });
                Set<Set<String>> distinct = new HashSet<>();
                for (String member : memberKeys(council)) {
                    distinct.add(matches.getOrDefault(member, Set.of()));
                }
                assertThat(distinct)
                        .as("roll.%s = %s.%s", rollColumn.name(), ballotColumn.table(), ballotColumn.name())
                        .hasSize(1);
            }
        }

        // Receipts are stored, and read without ORDER BY, in the order of their random codes, not of casting.
        List<String> stored = jdbc.sql("SELECT code FROM council_vote_receipt WHERE vote_id = :v")
                .param("v", vote)
                .query(String.class)
                .list();
        assertThat(stored).isSorted().containsExactlyInAnyOrderElementsOf(receipts);
        assertThat(stored).isNotEqualTo(receipts);

        // The server keeps no binary log and no general query log, which would record the casting transactions.
        assertThat(jdbc.sql("SELECT @@log_bin").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT @@general_log").query(Integer.class).single())
                .isZero();
    }

    private static List<String> columnsOf(List<Column> columns, String table) {
        return columns.stream()
                .filter(c -> c.table().equals(table))
                .map(Column::name)
                .toList();
    }

    /** The roll's keys of the council's members: the person, 'Y:' and the young person's id. */
    private static List<String> memberKeys(VoteFixture council) {
        return council.members.stream().map(m -> "Y:" + m.youngPersonId()).toList();
    }

    private static String keyOf(String ballotTable) {
        return ballotTable.equals("council_vote_tally") ? "b.proposal_id, b.choice" : "b.code";
    }

    private Map<String, Long> checksums() {
        List<String> tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'""").query(String.class).list();
        Map<String, Long> sums = new HashMap<>();
        jdbc.sql("CHECKSUM TABLE "
                        + String.join(
                                ", ", tables.stream().map(t -> "`" + t + "`").toList()))
                .query(rs -> {
                    String name = rs.getString(1);
                    sums.put(name.substring(name.indexOf('.') + 1).toLowerCase(), rs.getLong(2));
                });
        return sums;
    }
}
