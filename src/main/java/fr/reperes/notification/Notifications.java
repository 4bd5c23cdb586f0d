package fr.reperes.notification;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.dossier.FamilyAudience;
import fr.reperes.identity.AccountRecipient;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.mail.MailDue;
import fr.reperes.notification.mail.MailsDue;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bell: who is told, what they read in the portal, and what was read.
 *
 * <p>Telling only writes, in the caller's transaction: the bell entries, and for each a {@link MailDue} event that
 * the event publication registry keeps with them. The mail goes out after the commit ({@link NotificationMailer}),
 * so a click never waits for the mail server, and a change rolled back tells nobody. Callers that may run twice for
 * the same thing (a listener handed its event again after a failure or a restart) give an <em>occasion</em>: an
 * account is told of one occasion once, whatever the number of runs.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final FamilyAudience audience;
    private final DossierAccess access;
    private final AuditJournal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(
            JdbcClient jdbc,
            FamilyAudience audience,
            DossierAccess access,
            AuditJournal journal,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.audience = audience;
        this.access = access;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    /** Tells every family member the policy allows to see this kind of information; returns how many. */
    @Transactional
    public int tellFamily(long youngPersonId, NotificationKind kind) {
        return tellFamily(youngPersonId, kind, null);
    }

    /** {@link #tellFamily(long, NotificationKind)}, once per account for this occasion. */
    @Transactional
    public int tellFamily(long youngPersonId, NotificationKind kind, @Nullable String occasion) {
        return tell(audience.allowedToSee(youngPersonId, kind.requires()), youngPersonId, kind, occasion);
    }

    /**
     * Tells the young person alone, never their parents: their own account if they have one and the policy lets them
     * see this kind (it always does for themself). Returns how many were told, 0 or 1.
     */
    @Transactional
    public int tellYoungPerson(long youngPersonId, NotificationKind kind) {
        return tellYoungPerson(youngPersonId, kind, null);
    }

    /** {@link #tellYoungPerson(long, NotificationKind)}, once for this occasion. */
    @Transactional
    public int tellYoungPerson(long youngPersonId, NotificationKind kind, @Nullable String occasion) {
        return tell(audience.youngPersonAllowedToSee(youngPersonId, kind.requires()), youngPersonId, kind, occasion);
    }

    /** Tells the référent who follows the young person (a request to examine): the same bell, the same bare mail. */
    @Transactional
    public int tellReferent(long youngPersonId, NotificationKind kind) {
        return tellReferent(youngPersonId, kind, null);
    }

    /** {@link #tellReferent(long, NotificationKind)}, once for this occasion. */
    @Transactional
    public int tellReferent(long youngPersonId, NotificationKind kind, @Nullable String occasion) {
        return tell(audience.referentAllowedToSee(youngPersonId, kind.requires()), youngPersonId, kind, occasion);
    }

    /**
     * Tells one family member (the author of a reaction that was answered), if the policy still lets them see this
     * kind of information about the young person: a parent whose authority was withdrawn since is told nothing.
     */
    @Transactional
    public int tellAuthor(long accountId, long youngPersonId, NotificationKind kind, String occasion) {
        return tell(
                audience.accountAllowedToSee(accountId, youngPersonId, kind.requires()), youngPersonId, kind, occasion);
    }

    /**
     * Tells these accounts something about no young person's file (the members of a council, whom the participation
     * module chose after asking its policy): one bell line each, naming nobody, written in one statement whatever
     * their number, and one event that hands each line to the mailer after the commit. The page the line opens asks
     * the policy again. Returns how many were told.
     */
    @Transactional
    public int tellAccounts(Collection<Long> accountIds, NotificationKind kind, String link, String occasion) {
        List<Long> accounts = accountIds.stream().distinct().toList();
        if (accounts.isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO notification "
                + "(account_id, kind, young_person_id, first_name, link, occasion, created_at) VALUES ");
        for (int i = 0; i < accounts.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:a").append(i).append(", :kind, NULL, '', :link, :occasion, :now)");
        }
        // Told of this occasion already (a second call for the same change): kept as it was. Only a duplicate is let
        // go, unlike INSERT IGNORE, which would also pass over an account that does not exist.
        sql.append(" ON DUPLICATE KEY UPDATE id = id");
        JdbcClient.StatementSpec insert = jdbc.sql(sql.toString())
                .param("kind", kind.name())
                .param("link", link)
                .param("occasion", occasion)
                .param("now", Timestamp.from(clock.instant()));
        for (int i = 0; i < accounts.size(); i++) {
            insert = insert.param("a" + i, accounts.get(i));
        }
        insert.update();
        if (kind.mailed()) {
            events.publishEvent(new MailsDue(kind.name(), occasion));
        }
        return accounts.size();
    }

    /** Returns how many recipients hold this notification now, told in this call or on an earlier run. */
    private int tell(
            List<AccountRecipient> recipients, long youngPersonId, NotificationKind kind, @Nullable String occasion) {
        if (recipients.isEmpty()) {
            return 0;
        }
        String firstName = audience.firstName(youngPersonId);
        Timestamp now = Timestamp.from(clock.instant());
        for (AccountRecipient recipient : recipients) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            try {
                jdbc.sql("""
                                INSERT INTO notification (account_id, kind, young_person_id, first_name, link, occasion,
                                                          created_at)
                                VALUES (:account, :kind, :yp, :firstName, :link, :occasion, :now)""")
                        .param("account", recipient.viewer().accountId())
                        .param("kind", kind.name())
                        .param("yp", youngPersonId)
                        .param("firstName", firstName)
                        .param("link", kind.link(youngPersonId))
                        .param("occasion", occasion)
                        .param("now", now)
                        .update(keys, "id");
            } catch (DuplicateKeyException alreadyTold) {
                // Told of this occasion on an earlier run: its mail was published with it then.
                continue;
            }
            if (recipient.email() != null) {
                events.publishEvent(new MailDue(
                        Objects.requireNonNull(keys.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                                .longValue()));
            }
        }
        return recipients.size();
    }

    /**
     * The viewer's latest notifications. Each names a young person: the policy is asked again (a parent's access can
     * end after they were told), lines it now refuses are left out, and the names shown are journaled.
     */
    @Transactional
    public List<NotificationLine> recent(Viewer viewer) {
        return allowedLines(viewer, jdbc.sql("""
                                SELECT id, kind, young_person_id, first_name, link, created_at, read_at FROM notification
                                WHERE account_id = :account ORDER BY created_at DESC, id DESC LIMIT 20""").param("account", viewer.accountId()));
    }

    /**
     * "What changed since your last visit": what the viewer was told since {@code since} (everything they were told
     * when they never signed in before), newest first, at most {@code limit}; asked of the policy again and journaled
     * as {@link #recent} is. One statement for the lines, one per young person named.
     */
    @Transactional
    public List<NotificationLine> since(Viewer viewer, @Nullable Instant since, int limit) {
        return allowedLines(
                viewer,
                jdbc.sql("SELECT id, kind, young_person_id, first_name, link, created_at, read_at FROM notification "
                                + "WHERE account_id = :account AND created_at > :since "
                                + "ORDER BY created_at DESC, id DESC LIMIT :limit")
                        .param("account", viewer.accountId())
                        .param("since", Timestamp.from(since == null ? Instant.EPOCH : since))
                        .param("limit", limit));
    }

    /** The lines a query finds, less those about a young person the policy now refuses; the names shown journaled. */
    private List<NotificationLine> allowedLines(Viewer viewer, JdbcClient.StatementSpec query) {
        List<Row> rows = query.query((rs, n) -> new Row(
                        rs.getObject("young_person_id", Long.class),
                        new NotificationLine(
                                rs.getLong("id"),
                                NotificationKind.valueOf(rs.getString("kind")),
                                rs.getString("first_name"),
                                rs.getString("link"),
                                rs.getTimestamp("created_at").toInstant(),
                                rs.getTimestamp("read_at") != null)))
                .list();
        Map<Long, AccessDecision> decisions = new HashMap<>();
        for (Row row : rows) {
            Long youngPersonId = row.youngPersonId();
            if (youngPersonId != null) {
                decisions.computeIfAbsent(youngPersonId, id -> access.decide(viewer, id, InformationKind.IDENTITY));
            }
        }
        decisions.entrySet().stream()
                .filter(entry -> entry.getValue().allowed())
                .collect(Collectors.groupingBy(
                        entry -> entry.getValue().reason(), Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
                .forEach((reason, ids) -> journal.recordAll(
                        viewer, ids, InformationKind.IDENTITY, new AccessDecision(reason), AuditAction.LISTED));
        // Each line is asked again for what it is about (a line stored before a withdrawal, or about a kind of
        // information the reader lost since), not only for the young person's name.
        Map<String, Boolean> aboutAllowed = new HashMap<>();
        // A line about no young person (a council's answer) names nobody: the page it opens asks the policy.
        return rows.stream()
                .filter(row -> row.youngPersonId() == null || allowed(viewer, row, decisions, aboutAllowed))
                .map(Row::line)
                .toList();
    }

    private boolean allowed(
            Viewer viewer, Row row, Map<Long, AccessDecision> decisions, Map<String, Boolean> aboutAllowed) {
        long youngPersonId = Objects.requireNonNull(row.youngPersonId());
        return Objects.requireNonNull(decisions.get(youngPersonId), "decided above")
                        .allowed()
                && aboutAllowed.computeIfAbsent(
                        youngPersonId + ":" + row.line().kind().requires(),
                        key -> access.decide(
                                        viewer, youngPersonId, row.line().kind().requires())
                                .allowed());
    }

    @Transactional(readOnly = true)
    public long unreadCount(Viewer viewer) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = :account AND read_at IS NULL")
                .param("account", viewer.accountId())
                .query(Long.class)
                .single();
    }

    @Transactional
    public void markAllRead(Viewer viewer) {
        jdbc.sql("UPDATE notification SET read_at = :now WHERE account_id = :account AND read_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("account", viewer.accountId())
                .update();
    }

    private record Row(@Nullable Long youngPersonId, NotificationLine line) {}
}
