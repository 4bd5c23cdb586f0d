package fr.reperes.participation;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.CouncilInformation;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.dossier.FamilyAudience;
import fr.reperes.identity.AccountRecipient;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.NotificationKind;
import fr.reperes.notification.Notifications;
import fr.reperes.participation.moderation.DangerMailDue;
import fr.reperes.participation.proposals.NamingRule;
import fr.reperes.platform.InvalidInputException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The animateur's moderation of a council's debate. Hiding asks for a reason its author reads (the others read that
 * the animateur hid it). Redaction replaces a passage with "[retiré par l'animateur]" in place, keeping no copy of it.
 * A text that, in the animateur's judgement, reveals a danger to a child is hidden and routed in the same
 * transaction: to the author's référent through the bell (the page tells them more), or, for an author with no
 * référent (a parent, a young person whose référent has no account), by mail with the text to the département's
 * duty address (the CRIP). The routing is kept (who was told, when, by whom) and journaled in the young author's
 * "qui a consulté mon dossier"; the author reads who will contact them where their text was.
 */
@Service
public class CouncilModeration {

    /** The size of {@code proposal.hidden_reason} and {@code proposal_comment.hidden_reason}. */
    public static final int MAX_REASON = 500;
    /** What replaces a redacted passage. */
    public static final String REDACTED = "[retiré par l'animateur]";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final JdbcClient jdbc;
    private final CouncilAccess access;
    private final DossierAccess dossierAccess;
    private final FamilyAudience audience;
    private final Notifications notifications;
    private final AuditJournal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CouncilModeration(
            JdbcClient jdbc,
            CouncilAccess access,
            DossierAccess dossierAccess,
            FamilyAudience audience,
            Notifications notifications,
            AuditJournal journal,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.dossierAccess = dossierAccess;
        this.audience = audience;
        this.notifications = notifications;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    /** The councils of the viewer's département, each one the policy lets them run (refused otherwise). */
    @Transactional(readOnly = true)
    public List<ModeratedCouncil> councils(Viewer viewer) {
        List<ModeratedCouncil> councils = jdbc.sql(
                        "SELECT id, name FROM council WHERE departement_id = :dep ORDER BY name")
                .param("dep", viewer.departementId())
                .query((rs, n) -> new ModeratedCouncil(rs.getLong("id"), rs.getString("name")))
                .list();
        for (ModeratedCouncil council : councils) {
            access.require(viewer, council.id(), CouncilInformation.MANAGEMENT);
        }
        return councils;
    }

    /** The reported comments still waiting for the animateur, most recently reported first, in one statement. */
    @Transactional(readOnly = true)
    public List<ReportLine> reports(Viewer viewer, long councilId) {
        access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        return jdbc.sql("""
                        SELECT c.id, c.proposal_id, p.title, m.first_name, c.body, c.hidden_at,
                               COUNT(*) AS reports, MAX(r.created_at) AS last_at,
                               GROUP_CONCAT(r.reason ORDER BY r.created_at SEPARATOR '\\n') AS reasons
                        FROM comment_report r
                        JOIN proposal_comment c ON c.id = r.comment_id
                        JOIN proposal p ON p.id = c.proposal_id
                        JOIN council_mandate m ON m.id = c.author_mandate_id
                        WHERE p.council_id = :council AND r.closed_at IS NULL
                          AND NOT EXISTS (SELECT 1 FROM council_danger_routing d WHERE d.comment_id = c.id)
                        GROUP BY c.id, c.proposal_id, p.title, m.first_name, c.body, c.hidden_at
                        ORDER BY last_at DESC""")
                .param("council", councilId)
                .query((rs, n) -> {
                    String reasons = rs.getString("reasons");
                    return new ReportLine(
                            rs.getLong("id"),
                            rs.getLong("proposal_id"),
                            rs.getString("title"),
                            rs.getString("first_name"),
                            rs.getString("body"),
                            rs.getTimestamp("hidden_at") != null,
                            rs.getInt("reports"),
                            reasons == null
                                    ? List.of()
                                    : Arrays.stream(reasons.split("\n"))
                                            .filter(reason -> !reason.isBlank())
                                            .toList(),
                            rs.getTimestamp("last_at").toInstant());
                })
                .list();
    }

    /** What the animateur hid in this council (proposals and comments), newest first, in one statement. */
    @Transactional(readOnly = true)
    public List<HiddenLine> hidden(Viewer viewer, long councilId) {
        access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        return jdbc.sql("""
                        SELECT 'PROPOSAL' AS target, p.id, p.id AS proposal_id, m.first_name, p.title AS text,
                               p.hidden_reason, p.hidden_at,
                               EXISTS (SELECT 1 FROM council_danger_routing d WHERE d.proposal_id = p.id) AS routed
                        FROM proposal p JOIN council_mandate m ON m.id = p.author_mandate_id
                        WHERE p.council_id = :council AND p.hidden_at IS NOT NULL
                        UNION ALL
                        SELECT 'COMMENT', c.id, c.proposal_id, m.first_name, c.body, c.hidden_reason, c.hidden_at,
                               EXISTS (SELECT 1 FROM council_danger_routing d WHERE d.comment_id = c.id)
                        FROM proposal_comment c JOIN proposal p ON p.id = c.proposal_id
                        JOIN council_mandate m ON m.id = c.author_mandate_id
                        WHERE p.council_id = :council AND c.hidden_at IS NOT NULL
                        ORDER BY hidden_at DESC""")
                .param("council", councilId)
                .query((rs, n) -> new HiddenLine(
                        ModerationTarget.valueOf(rs.getString("target")),
                        rs.getLong("id"),
                        rs.getLong("proposal_id"),
                        rs.getString("first_name"),
                        rs.getBoolean("routed") ? null : rs.getString("text"),
                        rs.getString("hidden_reason"),
                        rs.getBoolean("routed"),
                        rs.getTimestamp("hidden_at").toInstant()))
                .list();
    }

    /**
     * When each danger routed to the duty address was routed, for those whose mail has not gone yet (no mail server,
     * or it refused): the animateur calls the CRIP rather than wait. Oldest first.
     */
    @Transactional(readOnly = true)
    public List<UnmailedRouting> unmailed(Viewer viewer, long councilId) {
        access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        return jdbc.sql("""
                        SELECT r.routed_at, m.first_name,
                               COALESCE(c.body, CONCAT(p.title, '\n\n', p.body)) AS text
                        FROM council_danger_routing r
                        JOIN council_mandate m ON m.id = r.author_mandate_id
                        LEFT JOIN proposal_comment c ON c.id = r.comment_id
                        LEFT JOIN proposal p ON p.id = r.proposal_id
                        WHERE r.council_id = :council AND r.recipient = 'DUTY_ADDRESS' AND r.mailed_at IS NULL
                        ORDER BY r.routed_at, r.id""")
                .param("council", councilId)
                .query((rs, n) -> new UnmailedRouting(
                        rs.getTimestamp("routed_at").toInstant(), rs.getString("first_name"), rs.getString("text")))
                .list();
    }

    /** Hides a proposal or a comment with a reason its author reads; closes the reports on it. */
    @Transactional
    public void hide(Viewer viewer, long councilId, ModerationTarget target, long id, String reason) {
        access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        Author author = author(councilId, target, id);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException(Map.of("reason", "council.debate.error.hide-reason"));
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidInputException(Map.of("reason", "council.debate.error.reason-long"));
        }
        jdbc.sql("UPDATE " + table(target) + " SET hidden_at = :now, hidden_reason = :reason WHERE id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("reason", why)
                .param("id", author.id())
                .update();
        closeReports(target, id);
    }

    /** Shows again what the animateur hid; a text routed as a danger stays hidden. */
    @Transactional
    public void unhide(Viewer viewer, long councilId, ModerationTarget target, long id) {
        access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        Author author = author(councilId, target, id);
        if (author.routed()) {
            throw new InvalidInputException(Map.of("reason", "council.debate.error.unhide-routed"));
        }
        jdbc.sql("UPDATE " + table(target) + " SET hidden_at = NULL, hidden_reason = NULL WHERE id = :id")
                .param("id", author.id())
                .update();
    }

    /** The animateur read the reports on a comment and leaves it as it is. */
    @Transactional
    public void dismissReports(Viewer viewer, long councilId, long commentId) {
        access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        author(councilId, ModerationTarget.COMMENT, commentId);
        closeReports(ModerationTarget.COMMENT, commentId);
    }

    /**
     * Replaces every occurrence of {@code passage} in the text (and a proposal's title) with {@link #REDACTED},
     * whatever its case or accents, and in the reasons members gave when they reported the comment. The passage is
     * not kept anywhere: not in a column, a log line or the journal. A text routed as a danger is evidence a
     * professional reads as it was: it is refused.
     */
    @Transactional
    public void redact(Viewer viewer, long councilId, ModerationTarget target, long id, String passage) {
        access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        Author author = author(councilId, target, id);
        String cut = passage == null ? "" : NamingRule.clean(passage);
        if (cut.isEmpty()) {
            throw new InvalidInputException(Map.of("passage", "council.debate.error.passage"));
        }
        // A routing committed while this call waited for the text's lock is seen only by a locking read: the
        // transaction's snapshot predates it, and the professional must read the text as it was routed.
        boolean routedMeanwhile = jdbc.sql("SELECT COUNT(*) FROM council_danger_routing WHERE "
                                + (target == ModerationTarget.PROPOSAL ? "proposal_id" : "comment_id")
                                + " = :id LOCK IN SHARE MODE")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
        if (author.routed() || routedMeanwhile) {
            throw new InvalidInputException(Map.of("passage", "council.debate.error.redact-routed"));
        }
        String body = redacted(author.body(), cut);
        String title = author.title() == null ? null : redacted(Objects.requireNonNull(author.title()), cut);
        if (body.equals(author.body()) && Objects.equals(title, author.title())) {
            throw new InvalidInputException(Map.of("passage", "council.debate.error.passage-absent"));
        }
        if (target == ModerationTarget.PROPOSAL) {
            jdbc.sql("UPDATE proposal SET title = :title, body = :body WHERE id = :id")
                    .param("title", Objects.requireNonNull(title))
                    .param("body", body)
                    .param("id", id)
                    .update();
        } else {
            jdbc.sql("UPDATE proposal_comment SET body = :body, redacted_at = :now WHERE id = :id")
                    .param("body", body)
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", id)
                    .update();
            record Reason(long id, String text) {}
            List<Reason> reasons = jdbc.sql(
                            "SELECT id, reason FROM comment_report WHERE comment_id = :id AND reason IS NOT NULL")
                    .param("id", id)
                    .query((rs, n) -> new Reason(rs.getLong(1), rs.getString(2)))
                    .list();
            for (Reason reason : reasons) {
                String cleared = redacted(reason.text(), cut);
                if (!cleared.equals(reason.text())) {
                    jdbc.sql("UPDATE comment_report SET reason = :reason WHERE id = :id")
                            .param("reason", cleared)
                            .param("id", reason.id())
                            .update();
                }
            }
        }
    }

    /** {@code text} with every occurrence of {@code passage}, compared without case or accents, made {@link #REDACTED}. */
    static String redacted(String text, String passage) {
        String needle = folded(passage);
        if (needle.isEmpty()) {
            return text;
        }
        StringBuilder folded = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String one = folded(String.valueOf(text.charAt(i)));
            for (int k = 0; k < one.length(); k++) {
                folded.append(one.charAt(k));
                origin.add(i);
            }
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int from = 0;
        int at;
        while ((at = folded.indexOf(needle, from)) >= 0) {
            int start = origin.get(at);
            int end = origin.get(at + needle.length() - 1) + 1;
            // Combining marks after the last letter belong to it.
            while (end < text.length()
                    && folded(String.valueOf(text.charAt(end))).isEmpty()) {
                end++;
            }
            if (start >= copied) {
                out.append(text, copied, start).append(REDACTED);
                copied = end;
            }
            from = at + needle.length();
        }
        return out.append(text.substring(copied)).toString();
    }

    private static String folded(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The animateur judged that this text reveals a danger to a child: it is hidden and routed at once to a
     * professional, and the routing is kept and journaled. Routing twice returns the first routing.
     */
    @Transactional
    public DangerRouting routeDanger(Viewer viewer, long councilId, ModerationTarget target, long id) {
        AccessDecision decision = access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        Author author = author(councilId, target, id);
        var existing = jdbc.sql("SELECT id, recipient, told_name FROM council_danger_routing WHERE "
                        + (target == ModerationTarget.PROPOSAL ? "proposal_id" : "comment_id") + " = :id")
                .param("id", id)
                .query((rs, n) -> new DangerRouting(rs.getLong("id"), "REFERENT".equals(rs.getString("recipient"))))
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE " + table(target) + " SET hidden_at = :now, hidden_reason = NULL WHERE id = :id")
                .param("now", now)
                .param("id", id)
                .update();
        closeReports(target, id);
        Long youngPersonId = author.youngPersonId();
        List<AccountRecipient> referents = youngPersonId == null
                ? List.of()
                : audience.referentAllowedToSee(youngPersonId, InformationKind.COUNCIL_MEMBERSHIP);
        AccountRecipient referent = referents.isEmpty() ? null : referents.getFirst();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO council_danger_routing (council_id, proposal_id, comment_id, author_mandate_id,
                            young_person_id, recipient, referent_account_id, told_name, routed_by_account_id,
                            routed_by_name, routed_at)
                        VALUES (:council, :proposal, :comment, :author, :yp, :recipient, :referent, :told, :by,
                                :byName, :now)""")
                .param("council", councilId)
                .param("proposal", target == ModerationTarget.PROPOSAL ? id : null)
                .param("comment", target == ModerationTarget.COMMENT ? id : null)
                .param("author", author.mandateId())
                .param("yp", youngPersonId)
                .param("recipient", referent == null ? "DUTY_ADDRESS" : "REFERENT")
                .param("referent", referent == null ? null : referent.viewer().accountId())
                .param("told", referent == null ? "CRIP" : referent.viewer().displayName())
                .param("by", viewer.accountId())
                .param("byName", viewer.displayName())
                .param("now", now)
                .update(key, "id");
        long routingId = Objects.requireNonNull(key.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
        if (youngPersonId != null) {
            journal.record(viewer, youngPersonId, InformationKind.COUNCIL_MEMBERSHIP, decision, AuditAction.READ);
        }
        // The author learns it in the bell too (not only when they open the proposal again): no text in the line.
        List<Long> authorAccounts = jdbc.sql("""
                        SELECT a.id FROM identity_account_view a
                        JOIN council_mandate m ON a.young_person_id = m.young_person_id OR a.parent_id = m.parent_id
                        WHERE m.id = :mandate AND a.disabled_at IS NULL""")
                .param("mandate", author.mandateId())
                .query(Long.class)
                .list();
        long proposalId = target == ModerationTarget.PROPOSAL
                ? id
                : jdbc.sql("SELECT proposal_id FROM proposal_comment WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single();
        notifications.tellAccounts(
                authorAccounts,
                NotificationKind.COUNCIL_TEXT_ROUTED,
                "conseil/" + councilId + "/propositions/" + proposalId,
                "council-routed-" + routingId);
        if (referent != null) {
            notifications.tellReferent(
                    Objects.requireNonNull(youngPersonId),
                    NotificationKind.COUNCIL_MESSAGE,
                    "council-danger-" + routingId);
        } else {
            events.publishEvent(new DangerMailDue(routingId));
        }
        return new DangerRouting(routingId, referent != null);
    }

    /**
     * The texts of the young person the animateur routed to a référent, for the référent who was told (the account
     * recorded at routing) and for the young person's référent today, should the one told have left or been replaced:
     * a danger must never wait for someone who is gone. Not a service head, not a former référent who was not told.
     * Journaled, newest first; reading marks them read.
     */
    @Transactional
    public List<RoutedMessage> routedMessages(Viewer viewer, long youngPersonId) {
        AccessDecision decision =
                dossierAccess.requireProfessional(viewer, youngPersonId, InformationKind.COUNCIL_MEMBERSHIP);
        journal.record(viewer, youngPersonId, InformationKind.COUNCIL_MEMBERSHIP, decision, AuditAction.READ);
        boolean referentToday = decision.reason() == AccessReason.ASSIGNED_REFERENT;
        List<RoutedMessage> messages = jdbc.sql("""
                        SELECT r.id, co.name, m.first_name, r.routed_by_name, r.routed_at,
                               COALESCE(c.body, CONCAT(p.title, '\\n\\n', p.body)) AS text
                        FROM council_danger_routing r
                        JOIN council co ON co.id = r.council_id
                        JOIN council_mandate m ON m.id = r.author_mandate_id
                        LEFT JOIN proposal_comment c ON c.id = r.comment_id
                        LEFT JOIN proposal p ON p.id = r.proposal_id
                        WHERE r.young_person_id = :yp AND r.recipient = 'REFERENT'
                          AND (r.referent_account_id = :me OR :referentToday)
                        ORDER BY r.routed_at DESC, r.id DESC""")
                .param("yp", youngPersonId)
                .param("me", viewer.accountId())
                .param("referentToday", referentToday)
                .query((rs, n) -> new RoutedMessage(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("first_name"),
                        rs.getString("text"),
                        rs.getString("routed_by_name"),
                        rs.getTimestamp("routed_at").toInstant()))
                .list();
        jdbc.sql("UPDATE council_danger_routing SET read_at = :now WHERE young_person_id = :yp AND read_at IS NULL"
                        + " AND recipient = 'REFERENT' AND (referent_account_id = :me OR :referentToday)")
                .param("now", Timestamp.from(clock.instant()))
                .param("yp", youngPersonId)
                .param("me", viewer.accountId())
                .param("referentToday", referentToday)
                .update();
        return messages;
    }

    private record Author(
            long id,
            long mandateId,
            @Nullable Long youngPersonId,
            @Nullable String title,
            String body,
            boolean routed) {}

    /** The text and its author; an id outside the council is refused as absent. */
    private Author author(long councilId, ModerationTarget target, long id) {
        String sql = target == ModerationTarget.PROPOSAL ? """
                        SELECT p.id, p.author_mandate_id, m.young_person_id, p.title, p.body,
                               EXISTS (SELECT 1 FROM council_danger_routing d WHERE d.proposal_id = p.id) AS routed
                        FROM proposal p JOIN council_mandate m ON m.id = p.author_mandate_id
                        WHERE p.id = :id AND p.council_id = :council AND p.status <> 'DRAFT'
                        FOR UPDATE""" : """
                        SELECT c.id, c.author_mandate_id, m.young_person_id, NULL AS title, c.body,
                               EXISTS (SELECT 1 FROM council_danger_routing d WHERE d.comment_id = c.id) AS routed
                        FROM proposal_comment c JOIN proposal p ON p.id = c.proposal_id
                        JOIN council_mandate m ON m.id = c.author_mandate_id
                        WHERE c.id = :id AND p.council_id = :council
                        FOR UPDATE""";
        return jdbc.sql(sql)
                .param("id", id)
                .param("council", councilId)
                .query((rs, n) -> {
                    long youngPerson = rs.getLong("young_person_id");
                    return new Author(
                            rs.getLong("id"),
                            rs.getLong("author_mandate_id"),
                            rs.wasNull() ? null : youngPerson,
                            rs.getString("title"),
                            rs.getString("body"),
                            rs.getBoolean("routed"));
                })
                .optional()
                .orElseThrow(DossierAccess::nothingThere);
    }

    private static String table(ModerationTarget target) {
        return target == ModerationTarget.PROPOSAL ? "proposal" : "proposal_comment";
    }

    private void closeReports(ModerationTarget target, long id) {
        if (target == ModerationTarget.COMMENT) {
            jdbc.sql("UPDATE comment_report SET closed_at = :now WHERE comment_id = :id AND closed_at IS NULL")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", id)
                    .update();
        }
    }
}
