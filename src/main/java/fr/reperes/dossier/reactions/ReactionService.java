package fr.reperes.dossier.reactions;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.AnonymityGuard;
import fr.reperes.dossier.ChildCard;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.dossier.FamilyFilter;
import fr.reperes.dossier.ReactionAnswered;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.dossier.anonymity.DossierFamilyTexts;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "J'ai lu", "je ne suis pas d'accord", "je veux en parler": the family answers a published PPE version or meeting
 * notes, and it reaches the référent's inbox, where it is answered.
 */
@Service
public class ReactionService {

    public static final int MAX_COMMENT = 2000;
    /** How many published notes, newest first, are offered to react to at most: older ones are history. */
    static final int RECENT_NOTES = 3;

    private static final String SELECT = """
            SELECT r.id, r.young_person_id, CONCAT(yp.first_name, ' ', yp.last_name) AS young_person_name,
                   r.subject_kind, r.subject_id, r.kind, r.comment, r.author_name, r.author_role, r.created_at,
                   r.answered_at, r.answered_by_name, r.answer
            FROM reaction r JOIN young_person yp ON yp.id = r.young_person_id
            """;

    private final JdbcClient jdbc;
    private final DossierAccess access;
    private final AuditJournal journal;
    private final YoungPersonService caseload;
    private final AnonymityGuard anonymity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReactionService(
            JdbcClient jdbc,
            DossierAccess access,
            AuditJournal journal,
            YoungPersonService caseload,
            AnonymityGuard anonymity,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.anonymity = anonymity;
        this.caseload = caseload;
        this.jdbc = jdbc;
        this.access = access;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public void react(
            Viewer viewer,
            long youngPersonId,
            ReactionSubject subject,
            long subjectId,
            ReactionKind kind,
            String comment) {
        access.require(viewer, youngPersonId, subject.informationKind());
        if (viewer.role() != Role.JEUNE && viewer.role() != Role.PARENT) {
            // Reactions are the family's; the référent answers them.
            throw access.refused(viewer, youngPersonId, subject.informationKind(), AccessReason.NOT_THEIR_FILE);
        }
        if (!published(youngPersonId, subject, subjectId)) {
            throw access.refused(viewer, youngPersonId, subject.informationKind(), AccessReason.NOT_THEIR_FILE);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "reaction.error.kind");
        } else if (kind == ReactionKind.DISAGREE && (comment == null || comment.isBlank())) {
            errors.put("comment", "reaction.error.disagree-needs-comment");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            errors.put("comment", "reaction.error.too-long");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                        INSERT INTO reaction (young_person_id, subject_kind, subject_id, kind, comment,
                                              author_account_id, author_name, author_role, created_at)
                        VALUES (:yp, :subject, :subjectId, :kind, :comment, :author, :authorName, :role, :now)""")
                .param("yp", youngPersonId)
                .param("subject", subject.name())
                .param("subjectId", subjectId)
                .param("kind", kind.name())
                .param("comment", comment == null || comment.isBlank() ? null : comment.trim())
                .param("author", viewer.accountId())
                .param("authorName", viewer.displayName())
                .param("role", viewer.role().name())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * The viewer's own reactions to one subject, with the référent's answers: the answers are written about the young
     * person, so they are read as the subject is (the policy asked again, the read journaled), and under an anonymity
     * order an answer that names the placement is withheld from a parent.
     */
    @Transactional
    public List<Reaction> mine(Viewer viewer, ReactionSubject subject, long subjectId) {
        List<Reaction> reactions = jdbc.sql(SELECT + "WHERE r.author_account_id = :author "
                        + "AND r.subject_kind = :subject AND r.subject_id = :subjectId ORDER BY r.created_at DESC")
                .param("author", viewer.accountId())
                .param("subject", subject.name())
                .param("subjectId", subjectId)
                .query(ReactionService::reaction)
                .list();
        Map<Long, FamilyFilter> filters = new HashMap<>();
        for (long youngPersonId :
                reactions.stream().map(Reaction::youngPersonId).distinct().toList()) {
            AccessDecision decision = access.require(viewer, youngPersonId, subject.informationKind());
            journal.record(viewer, youngPersonId, subject.informationKind(), decision, AuditAction.READ);
            filters.put(youngPersonId, anonymity.filterFor(decision, youngPersonId));
        }
        return reactions.stream()
                .map(r -> Objects.requireNonNull(
                                        filters.get(r.youngPersonId()), "one filter per young person, made above")
                                .hides(DossierFamilyTexts.ANSWER, r.id(), r.answer())
                        ? new Reaction(
                                r.id(),
                                r.youngPersonId(),
                                r.youngPersonName(),
                                r.subject(),
                                r.subjectId(),
                                r.kind(),
                                r.comment(),
                                r.authorName(),
                                r.authorRole(),
                                r.createdAt(),
                                r.answeredAt(),
                                r.answeredByName(),
                                null)
                        : r)
                .toList();
    }

    /**
     * What the reader has not reacted to yet, per file open to them: the latest published PPE version, and the newest
     * published meeting notes. Asked of the policy per child and kind; under an anonymity order notes withheld from a
     * parent are not offered; journaled as listed. A constant number of statements per child.
     */
    @Transactional
    public List<PendingReaction> pending(Viewer viewer) {
        Map<Long, String> files = new LinkedHashMap<>();
        if (viewer.role() == Role.JEUNE && viewer.youngPersonId() != null) {
            files.put(viewer.youngPersonId(), "");
        } else if (viewer.role() == Role.PARENT) {
            caseload.children(viewer).stream()
                    .filter(ChildCard::open)
                    .forEach(child -> files.put(child.openId(), Objects.requireNonNull(child.firstName())));
        }
        List<PendingReaction> pending = new ArrayList<>();
        files.forEach((youngPersonId, firstName) -> {
            String name = viewer.role() == Role.PARENT ? firstName : null;
            Map<InformationKind, AccessDecision> decisions = access.decideEach(
                    viewer, youngPersonId, InformationKind.CARE_PLAN, InformationKind.MEETINGS_AND_NOTES);
            AccessDecision carePlan = Objects.requireNonNull(decisions.get(InformationKind.CARE_PLAN));
            if (carePlan.allowed()) {
                jdbc.sql("""
                                SELECT v.id, v.version_number FROM care_plan_version v
                                WHERE v.young_person_id = :yp AND v.status = 'PUBLISHED'
                                  AND NOT EXISTS (SELECT 1 FROM reaction r WHERE r.subject_kind = 'CARE_PLAN_VERSION'
                                                  AND r.subject_id = v.id AND r.author_account_id = :author)
                                  AND v.version_number = (SELECT MAX(l.version_number) FROM care_plan_version l
                                                          WHERE l.young_person_id = :yp AND l.status = 'PUBLISHED')""")
                        .param("yp", youngPersonId)
                        .param("author", viewer.accountId())
                        .query((rs, n) -> new PendingReaction(
                                youngPersonId,
                                name,
                                ReactionSubject.CARE_PLAN_VERSION,
                                rs.getLong("id"),
                                rs.getInt("version_number"),
                                null))
                        .optional()
                        .ifPresent(pending::add);
                journal.record(viewer, youngPersonId, InformationKind.CARE_PLAN, carePlan, AuditAction.LISTED);
            }
            AccessDecision notes = Objects.requireNonNull(decisions.get(InformationKind.MEETINGS_AND_NOTES));
            if (notes.allowed()) {
                // The guard decides whom it filters for (a parent's reasons): no role test beside it.
                FamilyFilter filter = anonymity.filterFor(notes, youngPersonId);
                jdbc
                        .sql("""
                                SELECT m.id, m.starts_at, m.notes FROM meeting m
                                WHERE m.young_person_id = :yp AND m.notes_published_at IS NOT NULL
                                  AND NOT EXISTS (SELECT 1 FROM reaction r WHERE r.subject_kind = 'MEETING_NOTES'
                                                  AND r.subject_id = m.id AND r.author_account_id = :author)
                                ORDER BY m.notes_published_at DESC LIMIT :recent""")
                        .param("yp", youngPersonId)
                        .param("author", viewer.accountId())
                        .param("recent", RECENT_NOTES)
                        .query((rs, n) -> new NotesRow(
                                rs.getLong("id"),
                                rs.getObject("starts_at", LocalDateTime.class),
                                rs.getString("notes")))
                        .list()
                        .stream()
                        .filter(row -> !filter.hides(DossierFamilyTexts.MEETING_NOTES, row.id(), row.notes()))
                        .map(row -> new PendingReaction(
                                youngPersonId, name, ReactionSubject.MEETING_NOTES, row.id(), null, row.startsAt()))
                        .forEach(pending::add);
                journal.record(viewer, youngPersonId, InformationKind.MEETINGS_AND_NOTES, notes, AuditAction.LISTED);
            }
        });
        return pending;
    }

    private record NotesRow(
            long id, LocalDateTime startsAt, @Nullable String notes) {}

    /** The référent's inbox: reactions about the young people they follow, unanswered first, newest first. */
    @Transactional
    public List<Reaction> inbox(Viewer viewer, boolean onlyUnanswered) {
        AccessDecision decision = caseload.caseloadDecision(viewer);
        List<Reaction> reactions = jdbc.sql(SELECT + "WHERE yp.referent_id = :referent AND yp.departement_id = :dep "
                        + (onlyUnanswered ? "AND r.answered_at IS NULL " : "")
                        + "ORDER BY r.answered_at IS NOT NULL, r.created_at DESC LIMIT 200")
                .param("referent", viewer.professionalId())
                .param("dep", viewer.departementId())
                .query(ReactionService::reaction)
                .list();
        // The inbox shows what families wrote about a PPE or notes, and the answers: read as that subject is, once
        // per young person and kind, not merely listed.
        reactions.stream()
                .collect(Collectors.groupingBy(
                        r -> r.subject().informationKind(),
                        Collectors.mapping(Reaction::youngPersonId, Collectors.toSet())))
                .forEach((kind, youngPeople) ->
                        journal.recordAll(viewer, List.copyOf(youngPeople), kind, decision, AuditAction.READ));
        return reactions;
    }

    @Transactional
    public void answer(Viewer viewer, long reactionId, String answer) {
        long youngPersonId = jdbc.sql("SELECT young_person_id FROM reaction WHERE id = :id")
                .param("id", reactionId)
                .query(Long.class)
                .optional()
                .orElseThrow(DossierAccess::nothingThere);
        access.requireProfessional(viewer, youngPersonId, InformationKind.IDENTITY);
        if (answer != null && answer.length() > MAX_COMMENT) {
            throw new InvalidInputException(Map.of("answer", "reaction.error.too-long"));
        }
        String authorRole = jdbc.sql("SELECT author_role FROM reaction WHERE id = :id")
                .param("id", reactionId)
                .query(String.class)
                .single();
        if (Role.valueOf(authorRole) == Role.PARENT) {
            // The answer goes to the parent who reacted.
            anonymity.check(youngPersonId, "answer", answer);
        }
        int answered = jdbc.sql("UPDATE reaction SET answered_at = :now, answered_by_name = :name, answer = :answer "
                        + "WHERE id = :id AND answered_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("name", viewer.displayName())
                .param("answer", answer == null || answer.isBlank() ? null : answer.trim())
                .param("id", reactionId)
                .update();
        if (answered > 0) {
            AnsweredRow row = jdbc.sql("SELECT author_account_id, subject_kind FROM reaction WHERE id = :id")
                    .param("id", reactionId)
                    .query((rs, n) -> new AnsweredRow(
                            rs.getLong("author_account_id"), ReactionSubject.valueOf(rs.getString("subject_kind"))))
                    .single();
            // Its author is told once the answer is committed, if the policy still lets them read the subject.
            events.publishEvent(new ReactionAnswered(
                    youngPersonId,
                    reactionId,
                    row.authorAccountId(),
                    row.subject().informationKind()));
        }
    }

    private record AnsweredRow(long authorAccountId, ReactionSubject subject) {}

    private boolean published(long youngPersonId, ReactionSubject subject, long subjectId) {
        String sql = switch (subject) {
            case CARE_PLAN_VERSION ->
                "SELECT COUNT(*) FROM care_plan_version WHERE id = :id "
                        + "AND young_person_id = :yp AND status = 'PUBLISHED'";
            case MEETING_NOTES ->
                "SELECT COUNT(*) FROM meeting WHERE id = :id AND young_person_id = :yp "
                        + "AND notes_published_at IS NOT NULL";
        };
        return jdbc.sql(sql)
                        .param("id", subjectId)
                        .param("yp", youngPersonId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Reaction reaction(ResultSet rs, int row) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new Reaction(
                rs.getLong("id"),
                rs.getLong("young_person_id"),
                rs.getString("young_person_name"),
                ReactionSubject.valueOf(rs.getString("subject_kind")),
                rs.getLong("subject_id"),
                ReactionKind.valueOf(rs.getString("kind")),
                rs.getString("comment"),
                rs.getString("author_name"),
                Role.valueOf(rs.getString("author_role")),
                rs.getTimestamp("created_at").toInstant(),
                answeredAt == null ? null : answeredAt.toInstant(),
                rs.getString("answered_by_name"),
                rs.getString("answer"));
    }
}
