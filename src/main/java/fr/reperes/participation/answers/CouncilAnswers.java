package fr.reperes.participation.answers;

import fr.reperes.access.CouncilInformation;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.NotificationKind;
import fr.reperes.notification.Notifications;
import fr.reperes.participation.AnswerStatus;
import fr.reperes.participation.CouncilAccess;
import fr.reperes.participation.ProposalTheme;
import fr.reperes.participation.answers.AnswerRecords.AdoptedProposal;
import fr.reperes.participation.answers.AnswerRecords.AnswerDraft;
import fr.reperes.participation.answers.AnswerRecords.AnswerEntry;
import fr.reperes.participation.answers.AnswerRecords.AnswerNews;
import fr.reperes.participation.answers.AnswerRecords.AnswerTimeline;
import fr.reperes.participation.answers.AnswerRecords.EntryKind;
import fr.reperes.participation.answers.AnswerRecords.ProgressDraft;
import fr.reperes.platform.InvalidInputException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The département's answer to each proposal a council adopted, like Decidim's accountability. The animateur
 * ({@link CouncilInformation#MANAGEMENT}) writes an answer (accepted, under study, or refused with its reasons) with
 * the service responsible and its dates, then dated progress updates; members ({@link CouncilInformation#COUNCIL})
 * follow it and are told in the bell when it changes. Nothing is rewritten: each answer and update is a new line of
 * the history. An adopted proposal with no answer, or no news, for more than {@code reperes.council.answer-due-days}
 * days is late, and the animateur sees it.
 */
@Service
public class CouncilAnswers {

    /** The size of the columns responsible_service and step (LengthLimitsTest). */
    public static final int MAX_SERVICE = 160;

    public static final int MAX_STEP = 160;
    /** Bounded below what the TEXT column holds (LengthLimitsTest). */
    public static final int MAX_TEXT = 4000;

    /** No council has this id (AUTO_INCREMENT starts at 1). */
    private static final long NO_COUNCIL = 0;

    private static final String ADOPTED_SELECT = """
            SELECT p.id, p.council_id, c.name AS council_name, p.title, p.theme,
                   COALESCE(p.decided_at, p.published_at, p.created_at) AS decided,
                   a.status, a.responsible_service, a.expected_by,
                   (SELECT pr.percent_done FROM council_answer_entry pr
                    WHERE pr.proposal_id = p.id AND pr.percent_done IS NOT NULL
                    ORDER BY pr.written_at DESC, pr.id DESC LIMIT 1) AS percent_done,
                   (SELECT st.step FROM council_answer_entry st
                    WHERE st.proposal_id = p.id AND st.step IS NOT NULL
                    ORDER BY st.written_at DESC, st.id DESC LIMIT 1) AS last_step,
                   (SELECT COUNT(*) FROM council_answer_entry n WHERE n.proposal_id = p.id) AS entries,
                   (SELECT MAX(n.written_at) FROM council_answer_entry n WHERE n.proposal_id = p.id) AS last_entry
            FROM proposal p
            JOIN council c ON c.id = p.council_id
            LEFT JOIN council_answer_entry a ON a.id =
                   (SELECT e.id FROM council_answer_entry e WHERE e.proposal_id = p.id AND e.kind = 'ANSWER'
                    ORDER BY e.written_at DESC, e.id DESC LIMIT 1)
            WHERE p.status = 'ADOPTED' AND """;

    private final JdbcClient jdbc;
    private final CouncilAccess access;
    private final AccountDirectory accounts;
    private final Notifications notifications;
    private final Clock clock;
    private final int dueDays;

    CouncilAnswers(
            JdbcClient jdbc,
            CouncilAccess access,
            AccountDirectory accounts,
            Notifications notifications,
            Clock clock,
            @Value("${reperes.council.answer-due-days:60}") int dueDays) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
        this.dueDays = dueDays;
    }

    /** The days an adopted proposal may wait for an answer, or for news of it, before it is late. */
    public int dueDays(Viewer viewer) {
        return dueDays;
    }

    /** The council's adopted proposals and where their answers stand, latest decision first; one statement. */
    @Transactional(readOnly = true)
    public List<AdoptedProposal> adopted(Viewer viewer, long councilId) {
        access.require(viewer, councilId, CouncilInformation.COUNCIL);
        return jdbc.sql(ADOPTED_SELECT + " p.council_id = :council AND p.hidden_at IS NULL "
                        + "ORDER BY decided DESC, p.id DESC")
                .param("council", councilId)
                .query(this::adopted)
                .list();
    }

    /** One adopted proposal of the council with its answer's whole history, for the council's members. */
    @Transactional(readOnly = true)
    public Optional<AnswerTimeline> timeline(Viewer viewer, long councilId, long proposalId) {
        access.require(viewer, councilId, CouncilInformation.COUNCIL);
        return timeline(proposalId, councilId, true);
    }

    /**
     * The animateur's list: the adopted proposals of every council of the département, the late ones first (longest
     * waiting first), then the others by latest decision; one statement.
     */
    @Transactional(readOnly = true)
    public List<AdoptedProposal> managed(Viewer viewer) {
        requireManagement(viewer);
        List<AdoptedProposal> all = jdbc.sql(
                        ADOPTED_SELECT + " c.departement_id = :departement AND p.hidden_at IS NULL "
                                + "ORDER BY decided DESC, p.id DESC")
                .param("departement", viewer.departementId())
                .query(this::adopted)
                .list();
        List<AdoptedProposal> late = all.stream()
                .filter(AdoptedProposal::late)
                .sorted((a, b) -> a.lastNewsAt().compareTo(b.lastNewsAt()))
                .toList();
        List<AdoptedProposal> sorted = new ArrayList<>(late);
        all.stream().filter(proposal -> !proposal.late()).forEach(sorted::add);
        return List.copyOf(sorted);
    }

    /** How many adopted proposals of the département's councils are late, for the animateur's home. */
    @Transactional(readOnly = true)
    public long lateCount(Viewer viewer) {
        return managed(viewer).stream().filter(AdoptedProposal::late).count();
    }

    /** One adopted proposal with its history, for the animateur who answers it (hidden ones too). */
    @Transactional(readOnly = true)
    public Optional<AnswerTimeline> managedTimeline(Viewer viewer, long proposalId) {
        long councilId = requireManagement(viewer, proposalId);
        return timeline(proposalId, councilId, false);
    }

    /**
     * Writes the département's answer (a first one, or a new one that replaces it in force and keeps the former in
     * the history) and tells the council's members. Returns the new line's id.
     */
    @Transactional
    public long answer(Viewer viewer, long proposalId, AnswerDraft draft) {
        long councilId = requireManagement(viewer, proposalId);
        requireAdopted(proposalId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.status() == null) {
            errors.put("status", "council.answers.error.status");
        }
        String service = draft.responsibleService().strip();
        if (service.isEmpty()) {
            errors.put("service", "council.answers.error.service");
        } else if (service.length() > MAX_SERVICE) {
            errors.put("service", "council.answers.error.service-long");
        }
        LocalDate today = access.today();
        if (draft.answeredOn() == null) {
            errors.put("answeredOn", "council.answers.error.answered-on");
        } else if (draft.answeredOn().isAfter(today)) {
            errors.put("answeredOn", "council.answers.error.answered-on-future");
        }
        if (draft.expectedBy() != null
                && draft.answeredOn() != null
                && draft.expectedBy().isBefore(draft.answeredOn())) {
            errors.put("expectedBy", "council.answers.error.expected-by");
        }
        String text = draft.text().strip();
        if (draft.status() == AnswerStatus.REFUSED && text.isEmpty()) {
            errors.put("text", "council.answers.error.reasons");
        } else if (text.length() > MAX_TEXT) {
            errors.put("text", "council.answers.error.text-long");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO council_answer_entry (proposal_id, kind, status, responsible_service, answered_on,
                                                          expected_by, body, written_by_account_id, written_at)
                        VALUES (:proposal, 'ANSWER', :status, :service, :answeredOn, :expectedBy, :body, :account,
                                :now)""")
                .param("proposal", proposalId)
                .param("status", Objects.requireNonNull(draft.status()).name())
                .param("service", service)
                .param("answeredOn", draft.answeredOn())
                .param("expectedBy", draft.expectedBy())
                .param("body", text.isEmpty() ? null : text)
                .param("account", viewer.accountId())
                .param("now", Timestamp.from(clock.instant()))
                .update(key, "id");
        long entry = Objects.requireNonNull(key.getKey()).longValue();
        tellMembers(councilId, proposalId, entry);
        return entry;
    }

    /**
     * Adds news of an answer that is accepted or under study (a refusal is final) and tells the council's members.
     * Returns the new line's id.
     */
    @Transactional
    public long progress(Viewer viewer, long proposalId, ProgressDraft draft) {
        long councilId = requireManagement(viewer, proposalId);
        requireAdopted(proposalId);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<String> inForce =
                jdbc.sql("""
                        SELECT status FROM council_answer_entry WHERE proposal_id = :proposal AND kind = 'ANSWER'
                        ORDER BY written_at DESC, id DESC LIMIT 1""").param("proposal", proposalId).query(String.class).optional();
        if (inForce.isEmpty()) {
            errors.put("answer", "council.answers.error.no-answer");
        } else if (inForce.get().equals(AnswerStatus.REFUSED.name())) {
            errors.put("answer", "council.answers.error.refused-final");
        }
        String text = draft.text().strip();
        if (text.isEmpty()) {
            errors.put("text", "council.answers.error.progress-text");
        } else if (text.length() > MAX_TEXT) {
            errors.put("text", "council.answers.error.text-long");
        }
        Integer percent = draft.percentDone();
        if (percent != null && (percent < 0 || percent > 100)) {
            errors.put("percent", "council.answers.error.percent");
        }
        String step = draft.step().strip();
        if (step.length() > MAX_STEP) {
            errors.put("step", "council.answers.error.step-long");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO council_answer_entry (proposal_id, kind, body, percent_done, step,
                                                          written_by_account_id, written_at)
                        VALUES (:proposal, 'PROGRESS', :body, :percent, :step, :account, :now)""")
                .param("proposal", proposalId)
                .param("body", text)
                .param("percent", percent)
                .param("step", step.isEmpty() ? null : step)
                .param("account", viewer.accountId())
                .param("now", Timestamp.from(clock.instant()))
                .update(key, "id");
        long entry = Objects.requireNonNull(key.getKey()).longValue();
        tellMembers(councilId, proposalId, entry);
        return entry;
    }

    /**
     * The council's adopted proposals whose answer changed after {@code since} (everything when null), latest first,
     * at most {@code limit}: "answers received" on a member's home.
     */
    @Transactional(readOnly = true)
    public List<AnswerNews> news(Viewer viewer, long councilId, @Nullable Instant since, int limit) {
        access.require(viewer, councilId, CouncilInformation.COUNCIL);
        return jdbc.sql("""
                        SELECT p.id, p.title, MAX(e.written_at) AS latest
                        FROM proposal p JOIN council_answer_entry e ON e.proposal_id = p.id
                        WHERE p.council_id = :council AND p.status = 'ADOPTED' AND p.hidden_at IS NULL
                          AND e.written_at > :since
                        GROUP BY p.id, p.title
                        ORDER BY latest DESC, p.id DESC
                        LIMIT :limit""")
                .param("council", councilId)
                .param("since", Timestamp.from(since == null ? Instant.EPOCH : since))
                .param("limit", limit)
                .query((rs, n) -> new AnswerNews(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getTimestamp("latest").toInstant()))
                .list();
    }

    /**
     * Every member with a mandate active today, in three statements whatever their number: the mandates, their
     * accounts, one bell line each.
     */
    private void tellMembers(long councilId, long proposalId, long entryId) {
        LocalDate today = access.today();
        List<Long> youngPeople = new ArrayList<>();
        List<Long> parents = new ArrayList<>();
        jdbc.sql("""
                        SELECT young_person_id, parent_id FROM council_mandate
                        WHERE council_id = :council AND starts_on <= :today AND :today <= ends_on
                          AND (resigned_on IS NULL OR resigned_on > :today)""").param("council", councilId).param("today", today).query(rs -> {
            long youngPerson = rs.getLong("young_person_id");
            if (!rs.wasNull()) {
                youngPeople.add(youngPerson);
            }
            long parent = rs.getLong("parent_id");
            if (!rs.wasNull()) {
                parents.add(parent);
            }
        });
        notifications.tellAccounts(
                accounts.enabledAccountsOf(youngPeople, parents),
                NotificationKind.COUNCIL_ANSWER_CHANGED,
                CouncilAnswersView.link(councilId, proposalId),
                "council-answer:" + entryId);
    }

    /** The département-wide decision: only the animateur manages the answers of its councils. */
    private void requireManagement(Viewer viewer) {
        access.requireAcrossCouncils(viewer, CouncilInformation.MANAGEMENT);
    }

    /**
     * The council of a proposal the viewer manages. A proposal id that names nothing is asked about no council
     * ({@link #NO_COUNCIL}), which {@link CouncilAccess} refuses like another département's.
     */
    private long requireManagement(Viewer viewer, long proposalId) {
        long council = jdbc.sql("SELECT council_id FROM proposal WHERE id = :id")
                .param("id", proposalId)
                .query(Long.class)
                .optional()
                .orElse(NO_COUNCIL);
        access.require(viewer, council, CouncilInformation.MANAGEMENT);
        return council;
    }

    private void requireAdopted(long proposalId) {
        String status = jdbc.sql("SELECT status FROM proposal WHERE id = :id")
                .param("id", proposalId)
                .query(String.class)
                .single();
        if (!status.equals("ADOPTED")) {
            throw new InvalidInputException(Map.of("proposal", "council.answers.error.not-adopted"));
        }
    }

    private Optional<AnswerTimeline> timeline(long proposalId, long councilId, boolean membersOnly) {
        Optional<AnswerTimeline> proposal = jdbc.sql("""
                        SELECT id, council_id, title, body, theme,
                               COALESCE(decided_at, published_at, created_at) AS decided
                        FROM proposal
                        WHERE id = :id AND council_id = :council AND status = 'ADOPTED' AND hidden_at IS NULL""")
                .param("id", proposalId)
                .param("council", councilId)
                .query((rs, n) -> new AnswerTimeline(
                        rs.getLong("id"),
                        rs.getLong("council_id"),
                        rs.getString("title"),
                        rs.getString("body"),
                        ProposalTheme.valueOf(rs.getString("theme")),
                        rs.getTimestamp("decided").toInstant(),
                        List.of()))
                .optional();
        if (proposal.isEmpty()) {
            return proposal;
        }
        List<AnswerEntry> entries = jdbc.sql("""
                        SELECT id, kind, status, responsible_service, answered_on, expected_by, body, percent_done,
                               step, written_at
                        FROM council_answer_entry WHERE proposal_id = :id ORDER BY written_at, id""")
                .param("id", proposalId)
                .query((rs, n) -> new AnswerEntry(
                        rs.getLong("id"),
                        EntryKind.valueOf(rs.getString("kind")),
                        status(rs),
                        rs.getString("responsible_service"),
                        day(rs.getDate("answered_on")),
                        day(rs.getDate("expected_by")),
                        rs.getString("body"),
                        rs.getObject("percent_done", Integer.class),
                        rs.getString("step"),
                        rs.getTimestamp("written_at").toInstant()))
                .list();
        AnswerTimeline found = proposal.get();
        return Optional.of(new AnswerTimeline(
                found.proposalId(),
                found.councilId(),
                found.title(),
                found.body(),
                found.theme(),
                found.decidedAt(),
                entries));
    }

    private AdoptedProposal adopted(ResultSet rs, int row) throws SQLException {
        Instant decided = rs.getTimestamp("decided").toInstant();
        Timestamp lastEntry = rs.getTimestamp("last_entry");
        Instant lastNews =
                lastEntry == null || lastEntry.toInstant().isBefore(decided) ? decided : lastEntry.toInstant();
        AnswerStatus status = status(rs);
        Integer percent = rs.getObject("percent_done", Integer.class);
        return new AdoptedProposal(
                rs.getLong("id"),
                rs.getLong("council_id"),
                rs.getString("council_name"),
                rs.getString("title"),
                ProposalTheme.valueOf(rs.getString("theme")),
                decided,
                status,
                rs.getString("responsible_service"),
                day(rs.getDate("expected_by")),
                percent,
                rs.getString("last_step"),
                rs.getInt("entries"),
                lastNews,
                isLate(status, percent, lastNews));
    }

    /**
     * Late: no answer, or no news, for more than the due days, counted in whole days of the département: news on
     * the day {@code dueDays} ago is not late yet, news the day before is. A refusal and a finished answer (100 %)
     * wait for nothing more.
     */
    private boolean isLate(@Nullable AnswerStatus status, @Nullable Integer percent, Instant lastNews) {
        if (status == AnswerStatus.REFUSED || (percent != null && percent == 100)) {
            return false;
        }
        Instant cutoff =
                access.today().minusDays(dueDays).atStartOfDay(clock.getZone()).toInstant();
        return lastNews.isBefore(cutoff);
    }

    private static @Nullable AnswerStatus status(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        return status == null ? null : AnswerStatus.valueOf(status);
    }

    private static @Nullable LocalDate day(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
