package fr.reperes.participation;

import fr.reperes.access.CouncilInformation;
import fr.reperes.dossier.DocumentService;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.proposals.NamingRule;
import fr.reperes.platform.InvalidInputException;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council's proposals and the debate on them. A member writes drafts that nobody else sees, publishes them, reads
 * the others', comments (answers go one level deep: an answer to an answer joins its thread), supports a proposal
 * once and may take the support back, and reports a comment to the animateur. A text hidden by the animateur shows
 * to others as hidden, to its author with the reason. Every method starts with {@link CouncilAccess}.
 */
@Service
public class Proposals {

    /** The size of {@code proposal.title}. */
    public static final int MAX_TITLE = 160;
    /** Bounded below what {@code proposal.body} (TEXT) holds. */
    public static final int MAX_BODY = 5000;
    /** Bounded below what {@code proposal_comment.body} (TEXT) holds. */
    public static final int MAX_COMMENT = 2000;
    /** The size of {@code comment_report.reason}. */
    public static final int MAX_REPORT_REASON = 500;

    public static final int MAX_ATTACHMENT_BYTES = DocumentService.MAX_BYTES;
    public static final int MAX_ATTACHMENTS = 3;
    private static final int MAX_FILE_NAME = 255;
    /** The proposals a member has not opened yet, as many as their home shows. */
    public static final int TO_READ_SHOWN = 5;

    private final JdbcClient jdbc;
    private final CouncilAccess access;
    private final NamingRule naming;
    private final Clock clock;

    Proposals(JdbcClient jdbc, CouncilAccess access, NamingRule naming, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.naming = naming;
        this.clock = clock;
    }

    /**
     * Who reads: their mandate today (a member), every mandate of the same person in this council (a renewal is a new
     * mandate of the same person: what they wrote or supported under the former one is still theirs), and whether
     * they run the council.
     */
    private record Reader(long mandateId, List<Long> mine, boolean moderator) {
        static final long NONE = -1;

        boolean isMine(long mandateId) {
            return mine.contains(mandateId);
        }
    }

    private Reader reader(Viewer viewer, long councilId) {
        access.require(viewer, councilId, CouncilInformation.COUNCIL);
        boolean moderator =
                access.decide(viewer, councilId, CouncilInformation.MANAGEMENT).allowed();
        long mandate = moderator
                ? Reader.NONE
                : access.activeMandate(viewer, councilId).orElse(Reader.NONE);
        return new Reader(mandate, moderator ? List.of(Reader.NONE) : personMandates(viewer, councilId), moderator);
    }

    /**
     * Every mandate of the viewer's person (young person or parent) in the council, never empty (an id no mandate has
     * stands for none, so that {@code IN (:mine)} stays valid SQL).
     */
    private List<Long> personMandates(Viewer viewer, long councilId) {
        List<Long> mine = jdbc.sql("""
                        SELECT id FROM council_mandate
                        WHERE council_id = :council AND (young_person_id = :yp OR parent_id = :parent)""")
                .param("council", councilId)
                .param("yp", viewer.youngPersonId())
                .param("parent", viewer.parentId())
                .query(Long.class)
                .list();
        return mine.isEmpty() ? List.of(Reader.NONE) : mine;
    }

    // ---- reading ----

    /** A page of the council's published proposals (never drafts), newest first, counts in the same statement. */
    @Transactional(readOnly = true)
    public List<ProposalRow> list(Viewer viewer, long councilId, ProposalFilter filter, int offset, int limit) {
        Reader reader = reader(viewer, councilId);
        return jdbc.sql("""
                        SELECT p.id, p.title, p.theme, p.status, p.published_at, p.hidden_at, p.author_mandate_id,
                               m.first_name,
                               (SELECT COUNT(*) FROM proposal_comment c
                                WHERE c.proposal_id = p.id AND c.hidden_at IS NULL) AS comments,
                               (SELECT COUNT(*) FROM proposal_support s WHERE s.proposal_id = p.id) AS supports,
                               EXISTS (SELECT 1 FROM proposal_read r
                                       WHERE r.proposal_id = p.id AND r.mandate_id IN (:mine)) AS was_read,
                               EXISTS (SELECT 1 FROM council_danger_routing d WHERE d.proposal_id = p.id) AS routed
                        FROM proposal p JOIN council_mandate m ON m.id = p.author_mandate_id
                        WHERE p.council_id = :council AND p.status <> 'DRAFT'
                          AND (:theme IS NULL OR p.theme = :theme) AND (:status IS NULL OR p.status = :status)
                        ORDER BY p.published_at DESC, p.id DESC
                        LIMIT :limit OFFSET :offset""")
                .param("council", councilId)
                .param("mine", reader.mine())
                .param(
                        "theme",
                        filter.theme() == null
                                ? null
                                : Objects.requireNonNull(filter.theme()).name())
                .param(
                        "status",
                        filter.status() == null
                                ? null
                                : Objects.requireNonNull(filter.status()).name())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> {
                    boolean mine = reader.isMine(rs.getLong("author_mandate_id"));
                    boolean hidden = rs.getTimestamp("hidden_at") != null;
                    boolean shown = shown(hidden, rs.getBoolean("routed"), mine, reader);
                    return new ProposalRow(
                            rs.getLong("id"),
                            shown ? rs.getString("title") : null,
                            ProposalTheme.valueOf(rs.getString("theme")),
                            ProposalStatus.valueOf(rs.getString("status")),
                            shown ? rs.getString("first_name") : "",
                            mine,
                            instant(rs, "published_at"),
                            hidden,
                            rs.getLong("comments"),
                            rs.getLong("supports"),
                            reader.moderator() || mine || rs.getBoolean("was_read"));
                })
                .list();
    }

    @Transactional(readOnly = true)
    public long count(Viewer viewer, long councilId, ProposalFilter filter) {
        reader(viewer, councilId);
        return jdbc.sql("""
                        SELECT COUNT(*) FROM proposal p
                        WHERE p.council_id = :council AND p.status <> 'DRAFT'
                          AND (:theme IS NULL OR p.theme = :theme) AND (:status IS NULL OR p.status = :status)""")
                .param("council", councilId)
                .param(
                        "theme",
                        filter.theme() == null
                                ? null
                                : Objects.requireNonNull(filter.theme()).name())
                .param(
                        "status",
                        filter.status() == null
                                ? null
                                : Objects.requireNonNull(filter.status()).name())
                .query(Long.class)
                .single();
    }

    /**
     * One proposal with its debate: a published one for the council, a draft for its author alone (to anyone else a
     * draft is not there). Opening it marks it read for the member.
     */
    @Transactional
    public ProposalPage proposal(Viewer viewer, long councilId, long proposalId) {
        Reader reader = reader(viewer, councilId);
        ProposalPage head = jdbc.sql("""
                        SELECT p.id, p.title, p.body, p.theme, p.status, p.published_at, p.hidden_at, p.hidden_reason,
                               p.author_mandate_id, m.first_name,
                               (SELECT COUNT(*) FROM proposal_support s WHERE s.proposal_id = p.id) AS supports,
                               EXISTS (SELECT 1 FROM proposal_support s
                                       WHERE s.proposal_id = p.id AND s.mandate_id IN (:mine)) AS supported,
                               r.id AS routing_id, r.recipient, r.told_name
                        FROM proposal p JOIN council_mandate m ON m.id = p.author_mandate_id
                        LEFT JOIN council_danger_routing r ON r.proposal_id = p.id
                        WHERE p.id = :id AND p.council_id = :council""")
                .param("id", proposalId)
                .param("council", councilId)
                .param("mine", reader.mine())
                .query((rs, n) -> {
                    boolean mine = reader.isMine(rs.getLong("author_mandate_id"));
                    boolean hidden = rs.getTimestamp("hidden_at") != null;
                    boolean routed = rs.getObject("routing_id") != null;
                    boolean shown = shown(hidden, routed, mine, reader);
                    return new ProposalPage(
                            rs.getLong("id"),
                            councilId,
                            shown ? rs.getString("title") : null,
                            shown ? rs.getString("body") : null,
                            ProposalTheme.valueOf(rs.getString("theme")),
                            ProposalStatus.valueOf(rs.getString("status")),
                            shown ? rs.getString("first_name") : "",
                            mine,
                            instant(rs, "published_at"),
                            hidden,
                            mine || reader.moderator() ? rs.getString("hidden_reason") : null,
                            routed && (mine || reader.moderator()),
                            routed && mine ? toldWho(rs) : null,
                            rs.getLong("supports"),
                            rs.getBoolean("supported"),
                            reader.mandateId() != Reader.NONE,
                            reader.moderator(),
                            List.of(),
                            List.of());
                })
                .optional()
                .orElseThrow(DossierAccess::nothingThere);
        if (head.status() == ProposalStatus.DRAFT && !head.mine()) {
            throw DossierAccess.nothingThere();
        }
        List<AttachmentLine> attachments = head.title() == null
                ? List.of()
                : jdbc.sql(
                                "SELECT id, file_name, size_bytes FROM proposal_attachment WHERE proposal_id = :id ORDER BY id")
                        .param("id", proposalId)
                        .query((rs, n) -> new AttachmentLine(
                                rs.getLong("id"), rs.getString("file_name"), rs.getInt("size_bytes")))
                        .list();
        // The debate of a hidden proposal goes with it: who cannot read the proposal reads none of its comments.
        List<CommentLine> comments = head.status() == ProposalStatus.DRAFT || head.title() == null
                ? List.of()
                : comments(reader, proposalId);
        if (reader.mandateId() != Reader.NONE && head.status() != ProposalStatus.DRAFT) {
            jdbc.sql("""
                            INSERT INTO proposal_read (proposal_id, mandate_id, read_at) VALUES (:p, :m, :now)
                            ON DUPLICATE KEY UPDATE read_at = :now""")
                    .param("p", proposalId)
                    .param("m", reader.mandateId())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        return new ProposalPage(
                head.id(),
                head.councilId(),
                head.title(),
                head.body(),
                head.theme(),
                head.status(),
                head.authorFirstName(),
                head.mine(),
                head.publishedAt(),
                head.hidden(),
                head.hiddenReason(),
                head.routed(),
                head.toldWho(),
                head.supports(),
                head.supportedByMe(),
                head.canTakePart(),
                head.moderator(),
                attachments,
                comments);
    }

    /** All comments of a proposal in one statement, answers under the comment they answer. */
    private List<CommentLine> comments(Reader reader, long proposalId) {
        record Flat(CommentLine line, @Nullable Long replyTo) {}
        List<Flat> flat = jdbc.sql("""
                        SELECT c.id, c.reply_to_id, c.author_mandate_id, m.first_name, c.created_at, c.body,
                               c.hidden_at, c.hidden_reason, c.redacted_at, r.id AS routing_id, r.recipient, r.told_name
                        FROM proposal_comment c JOIN council_mandate m ON m.id = c.author_mandate_id
                        LEFT JOIN council_danger_routing r ON r.comment_id = c.id
                        WHERE c.proposal_id = :id
                        ORDER BY c.created_at, c.id""")
                .param("id", proposalId)
                .query((rs, n) -> {
                    long answered = rs.getLong("reply_to_id");
                    Long replyTo = rs.wasNull() ? null : answered;
                    boolean mine = reader.isMine(rs.getLong("author_mandate_id"));
                    boolean hidden = rs.getTimestamp("hidden_at") != null;
                    boolean privy = mine || reader.moderator();
                    boolean routedAtAll = rs.getObject("routing_id") != null;
                    boolean routed = routedAtAll && privy;
                    boolean shown = shown(hidden, routedAtAll, mine, reader);
                    return new Flat(
                            new CommentLine(
                                    rs.getLong("id"),
                                    shown ? rs.getString("first_name") : "",
                                    mine,
                                    Objects.requireNonNull(instant(rs, "created_at")),
                                    shown ? rs.getString("body") : null,
                                    hidden,
                                    privy ? rs.getString("hidden_reason") : null,
                                    routed,
                                    routed && mine ? toldWho(rs) : null,
                                    rs.getTimestamp("redacted_at") != null,
                                    new ArrayList<>()),
                            replyTo);
                })
                .list();
        Map<Long, CommentLine> roots = new LinkedHashMap<>();
        for (Flat comment : flat) {
            if (comment.replyTo() == null) {
                roots.put(comment.line().id(), comment.line());
            }
        }
        for (Flat comment : flat) {
            if (comment.replyTo() != null) {
                CommentLine root = roots.get(comment.replyTo());
                // Answers to a text the reader may not read are hidden with it (they may quote it), but their own.
                if (root != null && (root.text() != null || comment.line().mine())) {
                    root.answers().add(comment.line());
                }
            }
        }
        return roots.values().stream()
                .map(root -> new CommentLine(
                        root.id(),
                        root.authorFirstName(),
                        root.mine(),
                        root.createdAt(),
                        root.text(),
                        root.hidden(),
                        root.hiddenReason(),
                        root.routed(),
                        root.toldWho(),
                        root.redacted(),
                        List.copyOf(root.answers())))
                .toList();
    }

    /**
     * Whether the reader reads a text: a visible one, everyone; a hidden one, its author and the animateur; a text
     * routed as a danger, its author only (the professional told reads it on their own page).
     */
    private static boolean shown(boolean hidden, boolean routed, boolean mine, Reader reader) {
        return !hidden || mine || (reader.moderator() && !routed);
    }

    /** The référent's name, or null for the département's CRIP. */
    private static @Nullable String toldWho(ResultSet rs) throws SQLException {
        return "REFERENT".equals(rs.getString("recipient")) ? rs.getString("told_name") : null;
    }

    /** The member's own drafts, newest first: nobody else ever sees them. */
    @Transactional(readOnly = true)
    public List<DraftLine> myDrafts(Viewer viewer, long councilId) {
        access.requireMandate(viewer, councilId);
        return jdbc.sql("""
                        SELECT id, title, body, theme, created_at FROM proposal
                        WHERE author_mandate_id IN (:mine) AND council_id = :council AND status = 'DRAFT'
                        ORDER BY created_at DESC, id DESC""")
                .param("mine", personMandates(viewer, councilId))
                .param("council", councilId)
                .query((rs, n) -> new DraftLine(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("body"),
                        ProposalTheme.valueOf(rs.getString("theme")),
                        Objects.requireNonNull(instant(rs, "created_at"))))
                .list();
    }

    /**
     * Published proposals of others the member has not opened yet, newest first (at most {@link #TO_READ_SHOWN}), and
     * how many there are in all.
     */
    public record ToRead(long count, List<ProposalRow> first) {}

    @Transactional(readOnly = true)
    public ToRead toRead(Viewer viewer, long councilId) {
        access.requireMandate(viewer, councilId);
        List<Long> mine = personMandates(viewer, councilId);
        String unread = """
                FROM proposal p JOIN council_mandate m ON m.id = p.author_mandate_id
                WHERE p.council_id = :council AND p.status <> 'DRAFT' AND p.hidden_at IS NULL
                  AND p.author_mandate_id NOT IN (:mine)
                  AND NOT EXISTS (SELECT 1 FROM proposal_read r
                                  WHERE r.proposal_id = p.id AND r.mandate_id IN (:mine))""";
        long count = jdbc.sql("SELECT COUNT(*) " + unread)
                .param("council", councilId)
                .param("mine", mine)
                .query(Long.class)
                .single();
        if (count == 0) {
            return new ToRead(0, List.of());
        }
        List<ProposalRow> first = jdbc.sql("SELECT p.id, p.title, p.theme, p.status, p.published_at, m.first_name "
                        + unread + " ORDER BY p.published_at DESC, p.id DESC LIMIT " + TO_READ_SHOWN)
                .param("council", councilId)
                .param("mine", mine)
                .query((rs, n) -> new ProposalRow(
                        rs.getLong("id"),
                        rs.getString("title"),
                        ProposalTheme.valueOf(rs.getString("theme")),
                        ProposalStatus.valueOf(rs.getString("status")),
                        rs.getString("first_name"),
                        false,
                        instant(rs, "published_at"),
                        false,
                        0,
                        0,
                        false))
                .list();
        return new ToRead(count, first);
    }

    // ---- writing ----

    /** Saves the member's draft: a new one when {@code proposalId} is null. Returns its id. */
    @Transactional
    public long saveDraft(Viewer viewer, long councilId, @Nullable Long proposalId, ProposalDraft draft) {
        long mandate = access.requireMandate(viewer, councilId);
        check(councilId, mandate, draft);
        Timestamp now = Timestamp.from(clock.instant());
        if (proposalId == null) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO proposal (council_id, author_mandate_id, title, body, theme, status, created_at)
                            VALUES (:council, :me, :title, :body, :theme, 'DRAFT', :now)""")
                    .param("council", councilId)
                    .param("me", mandate)
                    .param("title", NamingRule.clean(draft.title()))
                    .param("body", NamingRule.clean(draft.body()))
                    .param("theme", draft.theme().name())
                    .param("now", now)
                    .update(key, "id");
            return Objects.requireNonNull(key.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                    .longValue();
        }
        requireOwnDraft(personMandates(viewer, councilId), councilId, proposalId);
        jdbc.sql("UPDATE proposal SET title = :title, body = :body, theme = :theme WHERE id = :id")
                .param("title", NamingRule.clean(draft.title()))
                .param("body", NamingRule.clean(draft.body()))
                .param("theme", draft.theme().name())
                .param("id", proposalId)
                .update();
        return proposalId;
    }

    /** The member publishes their draft to the council: checked again, as the council may have new members. */
    @Transactional
    public void publish(Viewer viewer, long councilId, long proposalId) {
        long mandate = access.requireMandate(viewer, councilId);
        ProposalDraft draft = requireOwnDraft(personMandates(viewer, councilId), councilId, proposalId);
        check(councilId, mandate, draft);
        jdbc.sql("UPDATE proposal SET status = 'PUBLISHED', published_at = :now WHERE id = :id AND status = 'DRAFT'")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", proposalId)
                .update();
    }

    /** Deletes the member's own draft and its attachments. */
    @Transactional
    public void deleteDraft(Viewer viewer, long councilId, long proposalId) {
        long mandate = access.requireMandate(viewer, councilId);
        requireOwnDraft(personMandates(viewer, councilId), councilId, proposalId);
        jdbc.sql("DELETE FROM proposal_attachment WHERE proposal_id = :id")
                .param("id", proposalId)
                .update();
        jdbc.sql("DELETE FROM proposal WHERE id = :id").param("id", proposalId).update();
    }

    private ProposalDraft requireOwnDraft(List<Long> mine, long councilId, long proposalId) {
        return jdbc.sql("""
                        SELECT title, body, theme FROM proposal
                        WHERE id = :id AND council_id = :council AND author_mandate_id IN (:mine) AND status = 'DRAFT'
                        FOR UPDATE""")
                .param("id", proposalId)
                .param("council", councilId)
                .param("mine", mine)
                .query((rs, n) -> new ProposalDraft(
                        rs.getString("title"), rs.getString("body"), ProposalTheme.valueOf(rs.getString("theme"))))
                .optional()
                .orElseThrow(DossierAccess::nothingThere);
    }

    private void check(long councilId, long mandate, ProposalDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = draft.title() == null ? "" : NamingRule.clean(draft.title());
        String body = draft.body() == null ? "" : NamingRule.clean(draft.body());
        if (title.isEmpty()) {
            errors.put("title", "council.debate.error.title");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "council.debate.error.title-long");
        }
        if (body.isEmpty()) {
            errors.put("body", "council.debate.error.body");
        } else if (body.length() > MAX_BODY) {
            errors.put("body", "council.debate.error.body-long");
        }
        if (draft.theme() == null) {
            errors.put("theme", "council.debate.error.theme");
        }
        naming.check(councilId, mandate, Map.of("title", title, "body", body)).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * The member comments a published proposal, or answers a comment ({@code replyToId}); an answer to an answer
     * joins the thread of the comment it answers. Returns the comment's id.
     */
    @Transactional
    public long comment(Viewer viewer, long councilId, long proposalId, @Nullable Long replyToId, String text) {
        long mandate = access.requireMandate(viewer, councilId);
        requireOpenForDebate(councilId, proposalId);
        Long thread = null;
        if (replyToId != null) {
            thread = jdbc.sql("""
                            SELECT COALESCE(reply_to_id, id) FROM proposal_comment
                            WHERE id = :id AND proposal_id = :proposal""")
                    .param("id", replyToId)
                    .param("proposal", proposalId)
                    .query(Long.class)
                    .optional()
                    .orElseThrow(DossierAccess::nothingThere);
        }
        String body = text == null ? "" : NamingRule.clean(text);
        Map<String, String> errors = new LinkedHashMap<>();
        if (body.isEmpty()) {
            errors.put("comment", "council.debate.error.comment");
        } else if (body.length() > MAX_COMMENT) {
            errors.put("comment", "council.debate.error.comment-long");
        }
        naming.check(councilId, mandate, Map.of("comment", body)).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO proposal_comment (proposal_id, reply_to_id, author_mandate_id, body, created_at)
                        VALUES (:proposal, :thread, :me, :body, :now)""")
                .param("proposal", proposalId)
                .param("thread", thread)
                .param("me", mandate)
                .param("body", body)
                .param("now", Timestamp.from(clock.instant()))
                .update(key, "id");
        return Objects.requireNonNull(key.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
    }

    /**
     * The member supports a proposal of another member, or takes their support back. Once per member whatever the
     * number of clicks: the table's key holds one row per member and proposal.
     */
    @Transactional
    public void support(Viewer viewer, long councilId, long proposalId, boolean supported) {
        long mandate = access.requireMandate(viewer, councilId);
        long author = requireOpenForDebate(councilId, proposalId);
        List<Long> mine = personMandates(viewer, councilId);
        if (mine.contains(author)) {
            throw new InvalidInputException(Map.of("support", "council.debate.error.support-own"));
        }
        if (supported) {
            // Once per person: a support given under a former mandate (before a renewal) still counts. Simultaneous
            // clicks come under the one active mandate, and the table's key counts them once.
            boolean already = jdbc.sql(
                            "SELECT COUNT(*) > 0 FROM proposal_support WHERE proposal_id = :proposal AND mandate_id IN (:mine)")
                    .param("proposal", proposalId)
                    .param("mine", mine)
                    .query(Boolean.class)
                    .single();
            if (!already) {
                jdbc.sql("""
                                INSERT IGNORE INTO proposal_support (proposal_id, mandate_id, created_at)
                                VALUES (:proposal, :me, :now)""")
                        .param("proposal", proposalId)
                        .param("me", mandate)
                        .param("now", Timestamp.from(clock.instant()))
                        .update();
            }
        } else {
            jdbc.sql("DELETE FROM proposal_support WHERE proposal_id = :proposal AND mandate_id IN (:mine)")
                    .param("proposal", proposalId)
                    .param("mine", mine)
                    .update();
        }
    }

    /** The member reports a comment to the animateur, once, with an optional reason. */
    @Transactional
    public void report(Viewer viewer, long councilId, long commentId, @Nullable String reason) {
        long mandate = access.requireMandate(viewer, councilId);
        jdbc.sql("""
                        SELECT c.id FROM proposal_comment c JOIN proposal p ON p.id = c.proposal_id
                        WHERE c.id = :id AND p.council_id = :council AND p.status <> 'DRAFT'""")
                .param("id", commentId)
                .param("council", councilId)
                .query(Long.class)
                .optional()
                .orElseThrow(DossierAccess::nothingThere);
        String cleaned = reason == null ? "" : NamingRule.clean(reason);
        String why = cleaned.isEmpty() ? null : cleaned;
        if (why != null && why.length() > MAX_REPORT_REASON) {
            throw new InvalidInputException(Map.of("reason", "council.debate.error.reason-long"));
        }
        if (why != null) {
            Map<String, String> named = naming.check(councilId, mandate, Map.of("reason", why));
            if (!named.isEmpty()) {
                throw new InvalidInputException(named);
            }
        }
        jdbc.sql("""
                        INSERT INTO comment_report (comment_id, reporter_mandate_id, reason, created_at)
                        VALUES (:comment, :me, :reason, :now)
                        ON DUPLICATE KEY UPDATE reason = COALESCE(:reason, reason), closed_at = NULL""")
                .param("comment", commentId)
                .param("me", mandate)
                .param("reason", why)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** The author of a published, visible proposal; what is not there to debate is refused as absent. */
    private long requireOpenForDebate(long councilId, long proposalId) {
        return jdbc.sql("""
                        SELECT author_mandate_id FROM proposal
                        WHERE id = :id AND council_id = :council AND status IN ('PUBLISHED', 'IN_VOTE')
                          AND hidden_at IS NULL""")
                .param("id", proposalId)
                .param("council", councilId)
                .query(Long.class)
                .optional()
                .orElseThrow(DossierAccess::nothingThere);
    }

    // ---- attachments ----

    /** Joins a PDF (checked by its content, with no image in it) to the member's own draft. */
    @Transactional
    public long attach(
            Viewer viewer, long councilId, long proposalId, @Nullable String fileName, byte @Nullable [] content) {
        long mandate = access.requireMandate(viewer, councilId);
        requireOwnDraft(personMandates(viewer, councilId), councilId, proposalId);
        long count = jdbc.sql("SELECT COUNT(*) FROM proposal_attachment WHERE proposal_id = :id")
                .param("id", proposalId)
                .query(Long.class)
                .single();
        String error = null;
        if (count >= MAX_ATTACHMENTS) {
            error = "council.debate.error.file-too-many";
        } else if (content == null || content.length == 0) {
            error = "document.error.file.missing";
        } else if (content.length > MAX_ATTACHMENT_BYTES) {
            error = "document.error.file.too-large";
        } else if (!DocumentService.isPdf(content)) {
            error = "document.error.file.not-pdf";
        } else {
            error = imageCheck(content);
        }
        if (error != null) {
            throw new InvalidInputException(Map.of("file", error));
        }
        byte[] pdf = Objects.requireNonNull(content, "a missing file was refused above");
        String cleaned = fileName == null ? "" : NamingRule.clean(fileName);
        String name = cleaned.isEmpty()
                ? "document.pdf"
                : cleaned.length() > MAX_FILE_NAME ? cleaned.substring(cleaned.length() - MAX_FILE_NAME) : cleaned;
        Map<String, String> named = naming.check(councilId, mandate, Map.of("file", name));
        if (!named.isEmpty()) {
            throw new InvalidInputException(named);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO proposal_attachment (proposal_id, file_name, size_bytes, content, uploaded_at)
                        VALUES (:proposal, :name, :size, :content, :now)""")
                .param("proposal", proposalId)
                .param("name", name)
                .param("size", pdf.length)
                .param("content", pdf)
                .param("now", Timestamp.from(clock.instant()))
                .update(key, "id");
        return Objects.requireNonNull(key.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
    }

    /** Removes a PDF from the member's own draft. */
    @Transactional
    public void detach(Viewer viewer, long councilId, long proposalId, long attachmentId) {
        long mandate = access.requireMandate(viewer, councilId);
        requireOwnDraft(personMandates(viewer, councilId), councilId, proposalId);
        jdbc.sql("DELETE FROM proposal_attachment WHERE id = :id AND proposal_id = :proposal")
                .param("id", attachmentId)
                .param("proposal", proposalId)
                .update();
    }

    /** A joined PDF, for whoever may read its proposal (its author alone while it is a draft). */
    @Transactional(readOnly = true)
    public byte[] attachment(Viewer viewer, long councilId, long attachmentId) {
        Reader reader = reader(viewer, councilId);
        return jdbc.sql("""
                        SELECT a.content FROM proposal_attachment a JOIN proposal p ON p.id = a.proposal_id
                        WHERE a.id = :id AND p.council_id = :council
                          AND (p.author_mandate_id IN (:mine)
                               OR (p.status <> 'DRAFT' AND (p.hidden_at IS NULL
                                   OR (:moderator AND NOT EXISTS (
                                       SELECT 1 FROM council_danger_routing d WHERE d.proposal_id = p.id)))))""")
                .param("id", attachmentId)
                .param("council", councilId)
                .param("mine", reader.mine())
                .param("moderator", reader.moderator())
                .query(byte[].class)
                .optional()
                .orElseThrow(DossierAccess::nothingThere);
    }

    /** A key of the refusal when the PDF cannot be read or shows an image; null when it is text only. */
    private static @Nullable String imageCheck(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            for (PDPage page : document.getPages()) {
                if (hasImage(page.getResources(), 0)) {
                    return "council.debate.error.file-image";
                }
            }
            return null;
        } catch (IOException | RuntimeException unreadable) {
            return "document.error.file.not-pdf";
        }
    }

    private static boolean hasImage(@Nullable PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp time = rs.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }

    /** Whether the viewer may open the council's debate (for views choosing what to offer; the methods decide). */
    @Transactional(readOnly = true)
    public Optional<Long> mandateOf(Viewer viewer, long councilId) {
        access.require(viewer, councilId, CouncilInformation.COUNCIL);
        return access.activeMandate(viewer, councilId);
    }
}
