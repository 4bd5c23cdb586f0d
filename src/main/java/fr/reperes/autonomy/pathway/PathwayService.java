package fr.reperes.autonomy.pathway;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.Content;
import fr.reperes.access.ContentReader;
import fr.reperes.access.InformationKind;
import fr.reperes.autonomy.AutonomyAges;
import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.ProjectAction;
import fr.reperes.autonomy.ProjectDraft;
import fr.reperes.autonomy.interview.Interview;
import fr.reperes.autonomy.project.AutonomyProject;
import fr.reperes.autonomy.project.ProjectStore;
import fr.reperes.autonomy.request.YoungAdultRequests;
import fr.reperes.dossier.AnonymityGuard;
import fr.reperes.dossier.AttachedVersion;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.dossier.FamilyFilter;
import fr.reperes.dossier.MeetingKind;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.NewMeeting;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entretien des 17 ans and the projet d'accès à l'autonomie, and the read of a young person's whole pathway.
 * The référent schedules the entretien (it becomes a meeting, so it is reminded like one), the young person
 * prepares it, the référent records that it was held and then the projet, published with a new PPE version.
 */
@Service
public class PathwayService {

    public static final int MAX_TEXT = 4000;
    /** The entretien is a meeting: its place is the meeting's. */
    public static final int MAX_INTERVIEW_PLACE = MeetingService.MAX_PLACE;
    /** A domain's goals in the projet. */
    public static final int MAX_GOALS = 2000;
    /** The size of {@code autonomy_project_action.what}. */
    public static final int MAX_ACTION_WHAT = 200;
    /** The size of {@code autonomy_project_action.who}. */
    public static final int MAX_ACTION_WHO = 160;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DossierAccess access;
    private final AuditJournal journal;
    private final MeetingService meetings;
    private final CarePlanService carePlans;
    private final YoungAdultRequests requests;
    private final AnonymityGuard anonymity;
    private final ProjectStore projectStore;
    private final Clock clock;

    PathwayService(
            JdbcClient jdbc,
            JdbcTemplate template,
            DossierAccess access,
            AuditJournal journal,
            MeetingService meetings,
            CarePlanService carePlans,
            YoungAdultRequests requests,
            AnonymityGuard anonymity,
            ProjectStore projectStore,
            Clock clock) {
        this.projectStore = projectStore;
        this.anonymity = anonymity;
        this.jdbc = jdbc;
        this.template = template;
        this.access = access;
        this.journal = journal;
        this.meetings = meetings;
        this.carePlans = carePlans;
        this.requests = requests;
        this.clock = clock;
    }

    /** The whole pathway, for the young person, a parent the policy allows, or the référent; journaled. */
    @Transactional
    public Pathway pathway(Viewer viewer, long youngPersonId) {
        ContentReader reader = access.reader(viewer, youngPersonId);
        AccessDecision decision = access.require(
                viewer, youngPersonId, InformationKind.AUTONOMY, reader.decide(Content.of(InformationKind.AUTONOMY)));
        PersonRow person = person(youngPersonId);
        Interview interview = interview(youngPersonId)
                .map(found -> reader.mayRead(Content.ownWords(true, found.sharedWithParents()))
                        ? found
                        : found.withoutWords())
                .orElse(null);
        AutonomyProject project = projects(youngPersonId, null).stream()
                .findFirst()
                .map(found -> readable(found, reader))
                .orElse(null);
        Pathway pathway = new Pathway(
                youngPersonId,
                person.firstName(),
                person.birthDate(),
                today(),
                interview,
                project,
                requests.requestsOf(youngPersonId, reader),
                requests.contractsOf(youngPersonId, reader));
        journal.record(viewer, youngPersonId, InformationKind.AUTONOMY, decision, AuditAction.READ);
        return PathwayWithheld.pathway(anonymity.filterFor(decision, youngPersonId), pathway);
    }

    /** The référent schedules the entretien in the year before 18; it also becomes a meeting of kind INTERVIEW. */
    @Transactional
    public long scheduleInterview(Viewer viewer, long youngPersonId, LocalDateTime startsAt, String place) {
        access.requireProfessional(viewer, youngPersonId, InformationKind.AUTONOMY);
        String error = interview(youngPersonId).isPresent()
                ? "interview.error.already-scheduled"
                : interviewDateError(youngPersonId, startsAt);
        if (error != null) {
            throw new InvalidInputException(Map.of("startsAt", error));
        }
        long meetingId = meetings.schedule(
                viewer, youngPersonId, new NewMeeting(MeetingKind.INTERVIEW, startsAt, place, null, null));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO autonomy_interview (young_person_id, meeting_id, scheduled_by_account_id,
                                                        scheduled_by_name, scheduled_at)
                        VALUES (:yp, :meeting, :author, :authorName, :now)""")
                .param("yp", youngPersonId)
                .param("meeting", meetingId)
                .param("author", viewer.accountId())
                .param("authorName", viewer.displayName())
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
    }

    /** The référent moves the entretien to another date or place while it has not taken place. */
    @Transactional
    public void rescheduleInterview(Viewer viewer, long youngPersonId, LocalDateTime startsAt, String place) {
        access.requireProfessional(viewer, youngPersonId, InformationKind.AUTONOMY);
        Interview interview = interview(youngPersonId).orElse(null);
        if (interview == null) {
            throw new InvalidInputException(Map.of("startsAt", "interview.error.not-scheduled"));
        }
        String error = interview.held() ? "interview.error.already-held" : interviewDateError(youngPersonId, startsAt);
        if (error != null) {
            throw new InvalidInputException(Map.of("startsAt", error));
        }
        meetings.reschedule(viewer, interview.meetingId(), startsAt, place);
    }

    /** The entretien takes place in the year before 18, and not in the past; null when the date is right. */
    private @Nullable String interviewDateError(long youngPersonId, @Nullable LocalDateTime startsAt) {
        if (startsAt == null) {
            return "interview.error.date-missing";
        }
        if (startsAt.isBefore(LocalDateTime.now(clock))) {
            return "interview.error.past";
        }
        if (!AutonomyAges.interviewDue(person(youngPersonId).birthDate(), startsAt.toLocalDate())) {
            return "interview.error.outside-year";
        }
        return null;
    }

    /** The young person writes down their wishes and questions before the entretien, kept from their parents. */
    @Transactional
    public void prepareInterview(Viewer viewer, long youngPersonId, String wishes, String questions) {
        prepareInterview(viewer, youngPersonId, wishes, questions, false);
    }

    /**
     * The young person writes down their wishes and questions before the entretien, for their référent; their
     * parents read them only if {@code shareWithParents}.
     */
    @Transactional
    public void prepareInterview(
            Viewer viewer, long youngPersonId, String wishes, String questions, boolean shareWithParents) {
        access.requireSelf(viewer, youngPersonId, InformationKind.AUTONOMY);
        Interview interview = interview(youngPersonId).orElse(null);
        Map<String, String> errors = new LinkedHashMap<>();
        if (interview == null) {
            errors.put("wishes", "interview.error.not-scheduled");
        } else if (interview.held()) {
            errors.put("wishes", "interview.error.already-held");
        }
        tooLong(errors, "wishes", wishes, MAX_TEXT);
        tooLong(errors, "questions", questions, MAX_TEXT);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("wishes", wishes);
        texts.put("questions", questions);
        anonymity.leaks(youngPersonId, texts, viewer).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE autonomy_interview SET wishes = :wishes, questions = :questions, "
                        + "shared_with_parents = :shared, prepared_at = :now WHERE young_person_id = :yp")
                .param("wishes", blankToNull(wishes))
                .param("questions", blankToNull(questions))
                .param("shared", shareWithParents)
                .param("now", Timestamp.from(clock.instant()))
                .param("yp", youngPersonId)
                .update();
    }

    /** The référent records the day the entretien took place. */
    @Transactional
    public void recordInterviewHeld(Viewer viewer, long youngPersonId, LocalDate heldOn) {
        access.requireProfessional(viewer, youngPersonId, InformationKind.AUTONOMY);
        Interview interview = interview(youngPersonId).orElse(null);
        LocalDate birthDate = person(youngPersonId).birthDate();
        Map<String, String> errors = new LinkedHashMap<>();
        if (interview == null) {
            errors.put("heldOn", "interview.error.not-scheduled");
        } else if (interview.held()) {
            errors.put("heldOn", "interview.error.already-held");
        } else if (heldOn == null) {
            errors.put("heldOn", "interview.error.date-missing");
        } else if (heldOn.isAfter(today()) || heldOn.isBefore(AutonomyAges.spaceOpensOn(birthDate))) {
            errors.put("heldOn", "interview.error.held-impossible");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE autonomy_interview SET held_on = :on, held_recorded_by_name = :name "
                        + "WHERE young_person_id = :yp AND held_on IS NULL")
                .param("on", heldOn)
                .param("name", viewer.displayName())
                .param("yp", youngPersonId)
                .update();
    }

    /**
     * Records the projet d'accès à l'autonomie after the entretien: published with a new PPE version (copy of the
     * latest, with the given next review), its agreed steps added to the young person's steps. All or nothing.
     */
    @Transactional
    public AttachedVersion recordProject(Viewer viewer, long youngPersonId, ProjectDraft draft) {
        access.requireProfessional(viewer, youngPersonId, InformationKind.AUTONOMY);
        LocalDate birthDate = person(youngPersonId).birthDate();
        Map<String, String> errors = new LinkedHashMap<>();
        if (interview(youngPersonId).filter(Interview::held).isEmpty()) {
            errors.put("goals", "project.error.interview-not-held");
        }
        Map<AutonomyDomain, String> goals = new EnumMap<>(AutonomyDomain.class);
        draft.goals().forEach((domain, text) -> {
            if (text != null && !text.isBlank()) {
                goals.put(domain, text.trim());
                tooLong(errors, domain.name() + ".goals", text, MAX_GOALS);
            }
        });
        if (goals.isEmpty()) {
            errors.putIfAbsent("goals", "project.error.no-goal");
        }
        List<ProjectAction> actions = new ArrayList<>();
        for (int i = 0; i < draft.actions().size(); i++) {
            ProjectAction action = draft.actions().get(i);
            if (action.blank()) {
                continue;
            }
            String field = "action." + i + ".";
            if (action.domain() == null) {
                errors.put(field + "domain", "autonomy.error.domain");
            }
            if (action.what() == null || action.what().isBlank()) {
                errors.put(field + "what", "ppe.error.action.what");
            } else {
                tooLong(errors, field + "what", action.what(), MAX_ACTION_WHAT);
            }
            if (action.who() == null || action.who().isBlank()) {
                errors.put(field + "who", "ppe.error.action.who");
            } else {
                tooLong(errors, field + "who", action.who(), MAX_ACTION_WHO);
            }
            if (action.dueOn() != null
                    && (action.dueOn().isBefore(today())
                            || action.dueOn().isAfter(AutonomyAges.lastDayOfSupport(birthDate)))) {
                errors.put(field + "dueOn", "autonomy.error.due-impossible");
            }
            actions.add(action);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AttachedVersion version = carePlans.publishForAttachment(
                viewer, youngPersonId, draft.nextReviewOn(), ProjectStore.familyTexts(goals, actions));
        projectStore.store(viewer, youngPersonId, version.versionId(), goals, actions, clock.instant());
        return version;
    }

    /**
     * The projet attached to one PPE version, when there is one; refused (and journaled) when the viewer may not read
     * the pathway. The PPE asks only after its own reader was let through, and the policy decides the two kinds alike.
     */
    @Transactional
    public Optional<AutonomyProject> projectOfVersion(Viewer viewer, long youngPersonId, long versionId) {
        ContentReader reader = access.reader(viewer, youngPersonId);
        AccessDecision decision = access.require(
                viewer, youngPersonId, InformationKind.AUTONOMY, reader.decide(Content.of(InformationKind.AUTONOMY)));
        FamilyFilter filter = anonymity.filterFor(decision, youngPersonId);
        Optional<AutonomyProject> project = projects(youngPersonId, versionId).stream()
                .findFirst()
                .map(found -> PathwayWithheld.project(filter, readable(found, reader)));
        project.ifPresent(
                p -> journal.record(viewer, youngPersonId, InformationKind.AUTONOMY, decision, AuditAction.READ));
        return project;
    }

    /** The projet's goals and steps in the domains the reader may see (never a young adult's health to a parent). */
    private static AutonomyProject readable(AutonomyProject project, ContentReader reader) {
        Map<AutonomyDomain, String> goals = new EnumMap<>(AutonomyDomain.class);
        project.goals().forEach((domain, text) -> {
            if (reader.mayRead(InformationKind.AUTONOMY, domain)) {
                goals.put(domain, text);
            }
        });
        return new AutonomyProject(
                project.id(),
                project.carePlanVersionId(),
                project.recordedAt(),
                project.authorName(),
                goals,
                reader.readable(InformationKind.AUTONOMY, project.actions()));
    }

    private Optional<Interview> interview(long youngPersonId) {
        return jdbc.sql("""
                        SELECT i.id, i.meeting_id, m.starts_at, m.place, i.scheduled_by_name, i.wishes, i.questions,
                               i.shared_with_parents, i.prepared_at, i.held_on
                        FROM autonomy_interview i JOIN dossier_meeting_view m ON m.id = i.meeting_id
                        WHERE i.young_person_id = :yp""")
                .param("yp", youngPersonId)
                .query((rs, n) -> new Interview(
                        rs.getLong("id"),
                        rs.getLong("meeting_id"),
                        rs.getObject("starts_at", LocalDateTime.class),
                        rs.getString("place"),
                        rs.getString("scheduled_by_name"),
                        rs.getString("wishes"),
                        rs.getString("questions"),
                        rs.getBoolean("shared_with_parents"),
                        rs.getTimestamp("prepared_at") == null
                                ? null
                                : rs.getTimestamp("prepared_at").toInstant(),
                        rs.getObject("held_on", LocalDate.class)))
                .optional();
    }

    /** Projets of a young person, newest first (or only the one of a version): two statements. */
    private List<AutonomyProject> projects(long youngPersonId, @Nullable Long versionId) {
        List<ProjectRow> rows = jdbc.sql("SELECT id, care_plan_version_id, recorded_at, author_name "
                        + "FROM autonomy_project WHERE young_person_id = :yp "
                        + (versionId == null ? "" : "AND care_plan_version_id = :version ")
                        + "ORDER BY recorded_at DESC, id DESC LIMIT 1")
                .param("yp", youngPersonId)
                .param("version", versionId)
                .query((rs, n) -> new ProjectRow(
                        rs.getLong("id"),
                        rs.getLong("care_plan_version_id"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("author_name")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        ProjectRow row = rows.getFirst();
        Map<AutonomyDomain, String> goals = new EnumMap<>(AutonomyDomain.class);
        List<ProjectAction> actions = new ArrayList<>();
        jdbc.sql("""
                        SELECT 'G' AS part, domain, goals AS what, NULL AS who, NULL AS due_on, 0 AS position
                        FROM autonomy_project_goal WHERE project_id = :id
                        UNION ALL
                        SELECT 'A', domain, what, who, due_on, position FROM autonomy_project_action
                        WHERE project_id = :id
                        ORDER BY part, position""").param("id", row.id()).query(rs -> {
            AutonomyDomain domain = AutonomyDomain.valueOf(rs.getString("domain"));
            if (rs.getString("part").equals("G")) {
                goals.put(domain, rs.getString("what"));
            } else {
                actions.add(new ProjectAction(
                        domain, rs.getString("what"), rs.getString("who"), rs.getObject("due_on", LocalDate.class)));
            }
        });
        return List.of(
                new AutonomyProject(row.id(), row.versionId(), row.recordedAt(), row.authorName(), goals, actions));
    }

    private PersonRow person(long youngPersonId) {
        return jdbc.sql("SELECT first_name, birth_date FROM dossier_young_person_view WHERE id = :id")
                .param("id", youngPersonId)
                .query((rs, n) ->
                        new PersonRow(rs.getString("first_name"), rs.getObject("birth_date", LocalDate.class)))
                .single();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public static void tooLong(Map<String, String> errors, String field, @Nullable String text, int max) {
        if (text != null && text.length() > max) {
            errors.putIfAbsent(field, "ppe.error.too-long");
        }
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private record PersonRow(String firstName, LocalDate birthDate) {}

    private record ProjectRow(long id, long versionId, Instant recordedAt, String authorName) {}
}
