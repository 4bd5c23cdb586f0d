package fr.reperes.notification;

import fr.reperes.dossier.FamilyAudience;
import fr.reperes.identity.AccountRecipient;
import fr.reperes.identity.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bell: who is told, what they read in the portal, and what was read. */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final FamilyAudience audience;
    private final NotificationMailer mailer;
    private final Clock clock;

    Notifications(JdbcClient jdbc, FamilyAudience audience, NotificationMailer mailer, Clock clock) {
        this.jdbc = jdbc;
        this.audience = audience;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Tells every family member the policy allows to see this kind of information; returns how many. */
    @Transactional
    public int tellFamily(long youngPersonId, NotificationKind kind) {
        return tell(audience.allowedToSee(youngPersonId, kind.requires()), youngPersonId, kind);
    }

    /**
     * Tells the young person alone, never their parents: their own account if they have one and the policy lets them
     * see this kind (it always does for themself). Returns how many were told, 0 or 1.
     */
    @Transactional
    public int tellYoungPerson(long youngPersonId, NotificationKind kind) {
        return tell(audience.youngPersonAllowedToSee(youngPersonId, kind.requires()), youngPersonId, kind);
    }

    /** Tells the référent who follows the young person (a request to examine): the same bell, the same bare mail. */
    @Transactional
    public int tellReferent(long youngPersonId, NotificationKind kind) {
        return tell(audience.referentAllowedToSee(youngPersonId, kind.requires()), youngPersonId, kind);
    }

    private int tell(List<AccountRecipient> recipients, long youngPersonId, NotificationKind kind) {
        if (recipients.isEmpty()) {
            return 0;
        }
        String firstName = audience.firstName(youngPersonId);
        for (AccountRecipient recipient : recipients) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO notification (account_id, kind, young_person_id, first_name, link, created_at)
                            VALUES (:account, :kind, :yp, :firstName, :link, :now)""")
                    .param("account", recipient.viewer().accountId()).param("kind", kind.name())
                    .param("yp", youngPersonId).param("firstName", firstName).param("link", kind.link(youngPersonId))
                    .param("now", Timestamp.from(clock.instant()))
                    .update(keys, "id");
            if (recipient.email() != null && mailer.send(recipient.email())) {
                jdbc.sql("UPDATE notification SET mailed_at = :now WHERE id = :id")
                        .param("now", Timestamp.from(clock.instant())).param("id", keys.getKey().longValue()).update();
            }
        }
        return recipients.size();
    }

    @Transactional(readOnly = true)
    public List<NotificationLine> recent(Viewer viewer) {
        return jdbc.sql("""
                        SELECT id, kind, first_name, link, created_at, read_at FROM notification
                        WHERE account_id = :account ORDER BY created_at DESC, id DESC LIMIT 20""")
                .param("account", viewer.accountId())
                .query((rs, n) -> new NotificationLine(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("first_name"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null))
                .list();
    }

    @Transactional(readOnly = true)
    public long unreadCount(Viewer viewer) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = :account AND read_at IS NULL")
                .param("account", viewer.accountId()).query(Long.class).single();
    }

    @Transactional
    public void markAllRead(Viewer viewer) {
        jdbc.sql("UPDATE notification SET read_at = :now WHERE account_id = :account AND read_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("account", viewer.accountId()).update();
    }
}
