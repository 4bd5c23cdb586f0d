package fr.reperes.autonomy.imports;

import fr.reperes.autonomy.Assessment;
import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.AutonomyLevel;
import fr.reperes.autonomy.NewStep;
import fr.reperes.autonomy.ProjectDraft;
import fr.reperes.autonomy.RequestDraft;
import fr.reperes.autonomy.RequestStatus;
import fr.reperes.autonomy.StepStatus;
import fr.reperes.autonomy.project.ProjectStore;
import fr.reperes.autonomy.request.RequestStore;
import fr.reperes.dossier.AnonymityGuard;
import fr.reperes.dossier.AttachedVersion;
import fr.reperes.dossier.MeetingKind;
import fr.reperes.dossier.NewMeeting;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.dossier.imports.DossierImport.ImportedMeeting;
import fr.reperes.identity.Viewer;
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
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the département's partner directory and young people's pathways in bulk: the demo's today, an import from
 * the case-management software tomorrow. Batches, not a statement per person.
 */
@Service
public class AutonomyImport {

    /** Imported moves were made by no Repères account; no account has id 0. */
    private static final long NO_ACCOUNT = 0;

    private final JdbcTemplate jdbc;
    private final DossierImport dossier;
    private final AnonymityGuard anonymity;
    private final JdbcClient client;
    private final ProjectStore projects;
    private final RequestStore requests;
    private final Clock clock;

    AutonomyImport(
            JdbcTemplate jdbc,
            DossierImport dossier,
            AnonymityGuard anonymity,
            JdbcClient client,
            ProjectStore projects,
            RequestStore requests,
            Clock clock) {
        this.client = client;
        this.projects = projects;
        this.requests = requests;
        this.clock = clock;
        this.anonymity = anonymity;
        this.jdbc = jdbc;
        this.dossier = dossier;
    }

    public record NewPartner(String kind, String name, String helpsWith, String address, String hours, String phone) {}

    @Transactional
    public void partners(long departementId, List<NewPartner> partners) {
        jdbc.batchUpdate(
                "INSERT INTO partner (departement_id, kind, name, helps_with, address, hours, phone) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                partners.stream()
                        .map(p -> new Object[] {
                            departementId, p.kind(), p.name(), p.helpsWith(), p.address(), p.hours(), p.phone()
                        })
                        .toList());
    }

    /** The first partner of a kind in the département's directory, to link an imported step to. */
    @Transactional(readOnly = true)
    public Optional<Long> partnerOfKind(long departementId, String kind) {
        return client.sql("SELECT id FROM partner WHERE departement_id = :dep AND kind = :kind ORDER BY id LIMIT 1")
                .param("dep", departementId)
                .param("kind", kind)
                .query(Long.class)
                .optional();
    }

    /**
     * One young person's pathway so far.
     *
     * @param youngPersonName  who wrote and submitted their requests, for the transitions
     * @param referentName     who scheduled the entretien and moved the requests on
     * @param interview        null when no entretien is scheduled
     * @param requests         oldest first; a renewal renews the contract of the request before it
     */
    public record NewPathway(
            long youngPersonId,
            String youngPersonName,
            String referentName,
            List<NewAssessment> grid,
            @Nullable NewInterview interview,
            List<NewRequest> requests) {}

    public record NewAssessment(AutonomyDomain domain, AutonomyLevel level, LocalDateTime updatedAt) {}

    /** The entretien des 17 ans and its meeting; held when {@code heldOn} is set. */
    public record NewInterview(
            LocalDateTime startsAt,
            String place,
            LocalDateTime scheduledAt,
            @Nullable LocalDate heldOn) {}

    /**
     * A request and where it went, one dated step per state from DRAFT on, as the state machine allows.
     *
     * @param renewal   asks to renew the contract of the previous request
     * @param contract  set exactly when the last step is GRANTED
     */
    public record NewRequest(
            boolean renewal,
            String plans,
            boolean asksHousing,
            boolean asksAllowance,
            boolean asksEducationalSupport,
            List<RequestStep> steps,
            @Nullable String refusalReasons,
            @Nullable NewContract contract) {

        RequestStatus status() {
            return steps.getLast().status();
        }

        @Nullable LocalDate on(RequestStatus status) {
            return steps.stream()
                    .filter(s -> s.status() == status)
                    .map(RequestStep::on)
                    .findFirst()
                    .orElse(null);
        }
    }

    public record RequestStep(RequestStatus status, LocalDate on) {}

    public record NewContract(String objectives, LocalDate startsOn, LocalDate endsOn, LocalDate nextReviewOn) {}

    /**
     * Inserts the pathways: grids, entretiens with their meetings, requests with every transition, contracts. A
     * renewal refers to the contract before it, so requests and contracts go in rank by rank: first requests and
     * their contracts, then first renewals and theirs, and so on.
     */
    @Transactional
    public void pathways(List<NewPathway> pathways) {
        pathways.forEach(AutonomyImport::check);
        anonymity.checkAll(familyTexts(pathways));
        jdbc.batchUpdate(
                "INSERT INTO autonomy_assessment (young_person_id, domain, level, updated_at) " + "VALUES (?, ?, ?, ?)",
                pathways.stream()
                        .flatMap(p -> p.grid().stream().map(a -> new Object[] {
                            p.youngPersonId(), a.domain().name(), a.level().name(), Timestamp.valueOf(a.updatedAt())
                        }))
                        .toList());
        interviews(pathways.stream().filter(p -> p.interview() != null).toList());

        int ranks = pathways.stream().mapToInt(p -> p.requests().size()).max().orElse(0);
        List<Long> requestIds = nextIds(
                "young_adult_request",
                pathways.stream().mapToInt(p -> p.requests().size()).sum());
        List<Long> contractIds = nextIds("young_adult_contract", (int) pathways.stream()
                .flatMap(p -> p.requests().stream())
                .filter(r -> r.contract() != null)
                .count());
        // Ids in pathway order: the n-th request of the whole list gets the n-th id.
        long[][] requestId = new long[pathways.size()][];
        Long[][] contractId = new Long[pathways.size()][];
        int nextRequest = 0;
        int nextContract = 0;
        for (int p = 0; p < pathways.size(); p++) {
            List<NewRequest> requests = pathways.get(p).requests();
            requestId[p] = new long[requests.size()];
            contractId[p] = new Long[requests.size()];
            for (int r = 0; r < requests.size(); r++) {
                requestId[p][r] = requestIds.get(nextRequest++);
                contractId[p][r] = requests.get(r).contract() == null ? null : contractIds.get(nextContract++);
            }
        }
        for (int rank = 0; rank < ranks; rank++) {
            List<Object[]> requestRows = new ArrayList<>();
            List<Object[]> contractRows = new ArrayList<>();
            for (int p = 0; p < pathways.size(); p++) {
                NewPathway pathway = pathways.get(p);
                if (rank >= pathway.requests().size()) {
                    continue;
                }
                NewRequest request = pathway.requests().get(rank);
                Long renewed = request.renewal() ? contractId[p][rank - 1] : null;
                Timestamp created = at(request.steps().getFirst().on());
                Timestamp updated = at(request.steps().getLast().on());
                requestRows.add(new Object[] {
                    requestId[p][rank],
                    pathway.youngPersonId(),
                    renewed,
                    request.status().name(),
                    request.plans(),
                    request.asksHousing(),
                    request.asksAllowance(),
                    request.asksEducationalSupport(),
                    created,
                    updated,
                    request.on(RequestStatus.SUBMITTED),
                    request.on(RequestStatus.IN_COMMISSION),
                    decidedOn(request),
                    request.refusalReasons()
                });
                NewContract contract = request.contract();
                if (contract != null) {
                    contractRows.add(new Object[] {
                        contractId[p][rank],
                        pathway.youngPersonId(),
                        requestId[p][rank],
                        renewed,
                        contract.objectives(),
                        contract.startsOn(),
                        contract.endsOn(),
                        contract.nextReviewOn(),
                        pathway.referentName(),
                        updated
                    });
                }
            }
            jdbc.batchUpdate("""
                    INSERT INTO young_adult_request (id, young_person_id, renewal_of_contract_id, status, plans,
                                                     asks_housing, asks_allowance, asks_educational_support,
                                                     created_at, updated_at, submitted_on, commission_on, decided_on,
                                                     refusal_reasons)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", requestRows);
            jdbc.batchUpdate("""
                    INSERT INTO young_adult_contract (id, young_person_id, request_id, renews_contract_id, objectives,
                                                      starts_on, ends_on, next_review_on, recorded_by_name,
                                                      recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", contractRows);
        }
        List<Object[]> transitions = new ArrayList<>();
        for (int p = 0; p < pathways.size(); p++) {
            NewPathway pathway = pathways.get(p);
            for (int r = 0; r < pathway.requests().size(); r++) {
                List<RequestStep> steps = pathway.requests().get(r).steps();
                for (int s = 0; s < steps.size(); s++) {
                    RequestStep step = steps.get(s);
                    // The young person writes and submits; the référent moves the request on.
                    boolean young = step.status() == RequestStatus.DRAFT || step.status() == RequestStatus.SUBMITTED;
                    transitions.add(new Object[] {
                        requestId[p][r],
                        s == 0 ? null : steps.get(s - 1).status().name(),
                        step.status().name(),
                        step.on(),
                        at(step.on()),
                        NO_ACCOUNT,
                        young ? pathway.youngPersonName() : pathway.referentName(),
                        young ? "JEUNE" : "REFERENT"
                    });
                }
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO young_adult_request_transition (request_id, from_status, to_status, effective_on,
                                                            occurred_at, actor_account_id, actor_name, actor_role)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", transitions);
    }

    private void interviews(List<NewPathway> withInterview) {
        List<Long> meetings = dossier.meetings(withInterview.stream()
                .map(p -> new ImportedMeeting(
                        p.youngPersonId(),
                        MeetingKind.INTERVIEW,
                        interviewOf(p).startsAt(),
                        interviewOf(p).place()))
                .toList());
        jdbc.batchUpdate(
                """
                        INSERT INTO autonomy_interview (young_person_id, meeting_id, scheduled_by_account_id,
                                                        scheduled_by_name, scheduled_at, held_on,
                                                        held_recorded_by_name)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                LongStream.range(0, withInterview.size())
                        .mapToObj(i -> {
                            NewPathway p = withInterview.get((int) i);
                            NewInterview interview = interviewOf(p);
                            return new Object[] {
                                p.youngPersonId(),
                                meetings.get((int) i),
                                NO_ACCOUNT,
                                p.referentName(),
                                Timestamp.valueOf(interview.scheduledAt()),
                                interview.heldOn(),
                                interview.heldOn() == null ? null : p.referentName()
                            };
                        })
                        .toList());
    }

    /** The demo's professionals write as the accounts they were given. */
    private static long authorAccount(Viewer author) {
        return Objects.requireNonNull(author.accountId(), "an imported text's author has an account");
    }

    private static NewInterview interviewOf(NewPathway withInterview) {
        return Objects.requireNonNull(withInterview.interview(), "only pathways with an entretien come here");
    }

    /** The texts of the pathways a parent may read, by field: plans, refusal reasons, contract objectives. */
    private static List<AnonymityGuard.FamilyText> familyTexts(List<NewPathway> pathways) {
        List<AnonymityGuard.FamilyText> texts = new ArrayList<>();
        for (int p = 0; p < pathways.size(); p++) {
            NewPathway pathway = pathways.get(p);
            for (int r = 0; r < pathway.requests().size(); r++) {
                NewRequest request = pathway.requests().get(r);
                String field = "pathways[" + p + "].requests[" + r + "].";
                texts.add(new AnonymityGuard.FamilyText(pathway.youngPersonId(), field + "plans", request.plans()));
                texts.add(new AnonymityGuard.FamilyText(
                        pathway.youngPersonId(), field + "refusalReasons", request.refusalReasons()));
                if (request.contract() != null) {
                    texts.add(new AnonymityGuard.FamilyText(
                            pathway.youngPersonId(),
                            field + "contract.objectives",
                            request.contract().objectives()));
                }
            }
        }
        return texts;
    }

    /** Every request starts as a draft, moves only as the state machine allows, on dates that never go back. */
    private static void check(NewPathway pathway) {
        for (int r = 0; r < pathway.requests().size(); r++) {
            NewRequest request = pathway.requests().get(r);
            List<RequestStep> steps = request.steps();
            if (steps.isEmpty() || steps.getFirst().status() != RequestStatus.DRAFT) {
                throw new IllegalArgumentException("a request starts as a draft: " + pathway.youngPersonId());
            }
            for (int s = 1; s < steps.size(); s++) {
                if (!steps.get(s - 1).status().canMoveTo(steps.get(s).status())
                        || steps.get(s).on().isBefore(steps.get(s - 1).on())) {
                    throw new IllegalArgumentException("impossible move " + steps.get(s - 1) + " -> " + steps.get(s)
                            + " for " + pathway.youngPersonId());
                }
            }
            if ((request.contract() != null) != (request.status() == RequestStatus.GRANTED)) {
                throw new IllegalArgumentException(
                        "a contract comes with a granted request: " + pathway.youngPersonId());
            }
            if (request.renewal() && (r == 0 || pathway.requests().get(r - 1).contract() == null)) {
                throw new IllegalArgumentException("a renewal follows a contract: " + pathway.youngPersonId());
            }
        }
    }

    private static @Nullable LocalDate decidedOn(NewRequest request) {
        return request.status().decided() ? request.steps().getLast().on() : null;
    }

    /** Imported steps carry a day; they are stamped at ten in the morning, French time like the meetings. */
    private static Timestamp at(LocalDate day) {
        return Timestamp.valueOf(day.atTime(10, 0));
    }

    /** Ids for a bulk insert; imports run alone at start-up, so reading the current maximum is safe. */
    private List<Long> nextIds(String table, int count) {
        long max = Objects.requireNonNull(
                jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class),
                "COALESCE gives 0 on an empty table");
        return LongStream.rangeClosed(max + 1, max + count).boxed().toList();
    }

    /**
     * The young person's grid answers and steps as if they had written them; refused, with nothing written, if a
     * text names a placement kept secret from the parents.
     */
    @Transactional
    public void space(long youngPersonId, List<Assessment> grid, List<NewStep> steps, List<StepStatus> statuses) {
        List<AnonymityGuard.FamilyText> texts = new ArrayList<>();
        grid.forEach(a -> texts.add(
                new AnonymityGuard.FamilyText(youngPersonId, a.domain().name() + ".comment", a.comment())));
        for (int i = 0; i < steps.size(); i++) {
            texts.add(new AnonymityGuard.FamilyText(
                    youngPersonId, "steps[" + i + "].title", steps.get(i).title()));
            texts.add(new AnonymityGuard.FamilyText(
                    youngPersonId, "steps[" + i + "].helper", steps.get(i).helper()));
        }
        anonymity.checkAll(texts);
        Timestamp now = Timestamp.from(clock.instant());
        for (Assessment answer : grid) {
            client.sql("INSERT INTO autonomy_assessment (young_person_id, domain, level, comment, "
                            + "comment_shared_with_parents, updated_at) VALUES (:yp, :domain, :level, :comment, "
                            + ":shared, :now)")
                    .param("yp", youngPersonId)
                    .param("domain", answer.domain().name())
                    .param("shared", answer.sharedWithParents())
                    .param("level", answer.level().name())
                    .param("comment", answer.comment())
                    .param("now", now)
                    .update();
        }
        for (int i = 0; i < steps.size(); i++) {
            NewStep step = steps.get(i);
            client.sql("""
                            INSERT INTO autonomy_step (young_person_id, domain, title, status, due_on, helper,
                                                       partner_id, created_at)
                            VALUES (:yp, :domain, :title, :status, :due, :helper, :partner, :now)""")
                    .param("yp", youngPersonId)
                    .param("domain", step.domain().name())
                    .param("title", step.title())
                    .param("status", statuses.get(i).name())
                    .param("due", step.dueOn())
                    .param("helper", step.helper())
                    .param("partner", step.partnerId())
                    .param("now", now)
                    .update();
        }
    }

    /** An entretien already scheduled (or held), with the young person's preparation. */
    @Transactional
    public void interview(
            Viewer author,
            long youngPersonId,
            NewMeeting meeting,
            @Nullable String wishes,
            @Nullable String questions,
            @Nullable LocalDate heldOn) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("wishes", wishes);
        texts.put("questions", questions);
        anonymity.check(youngPersonId, texts);
        long meetingId = dossier.meeting(authorAccount(author), author.displayName(), youngPersonId, meeting, null);
        client.sql("""
                        INSERT INTO autonomy_interview (young_person_id, meeting_id, scheduled_by_account_id,
                            scheduled_by_name, scheduled_at, wishes, questions, prepared_at, held_on,
                            held_recorded_by_name)
                        VALUES (:yp, :meeting, :author, :authorName, :now, :wishes, :questions, :prepared, :held,
                                :heldBy)""")
                .param("yp", youngPersonId)
                .param("meeting", meetingId)
                .param("author", author.accountId())
                .param("authorName", author.displayName())
                .param("now", Timestamp.from(clock.instant()))
                .param("wishes", wishes)
                .param("questions", questions)
                .param("prepared", wishes == null ? null : Timestamp.from(clock.instant()))
                .param("held", heldOn)
                .param("heldBy", heldOn == null ? null : author.displayName())
                .update();
    }

    /** A projet attached to a PPE version published at a given moment, with its steps. */
    @Transactional
    public void project(
            Viewer author, long youngPersonId, LocalDate nextReviewOn, ProjectDraft draft, Instant recordedAt) {
        anonymity.check(youngPersonId, ProjectStore.familyTexts(draft.goals(), draft.actions()));
        AttachedVersion version = dossier.carePlanCopy(
                authorAccount(author), author.displayName(), youngPersonId, nextReviewOn, recordedAt);
        Map<AutonomyDomain, String> goals = new EnumMap<>(draft.goals());
        projects.store(author, youngPersonId, version.versionId(), goals, draft.actions(), recordedAt);
    }

    /**
     * A request that went through {@code steps} (status and date, from SUBMITTED on), moved by
     * {@code actor}, with its contract when the last step is GRANTED. Returns the contract id, or null.
     */
    @Transactional
    public @Nullable Long request(
            Viewer youngPerson,
            Viewer referent,
            long youngPersonId,
            @Nullable Long renewalOf,
            RequestDraft content,
            Map<RequestStatus, LocalDate> steps,
            @Nullable String refusalReasons,
            @Nullable NewContract contract) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("plans", content.plans());
        texts.put("otherSupport", content.otherSupport());
        texts.put("reasons", refusalReasons);
        texts.put("objectives", contract == null ? null : contract.objectives());
        anonymity.check(youngPersonId, texts);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        client.sql("""
                        INSERT INTO young_adult_request (young_person_id, renewal_of_contract_id, status, plans,
                            asks_housing, asks_allowance, asks_educational_support, other_support,
                            shared_with_parents, created_at, updated_at, submitted_on, commission_on, decided_on,
                            refusal_reasons)
                        VALUES (:yp, :renewal, 'DRAFT', :plans, :housing, :allowance, :education, :other, :shared,
                                :now, :now, :submitted, :commission, :decided, :reasons)""")
                .params(RequestStore.contentParams(content))
                .param("yp", youngPersonId)
                .param("renewal", renewalOf)
                .param("now", now)
                .param("submitted", steps.get(RequestStatus.SUBMITTED))
                .param("commission", steps.get(RequestStatus.IN_COMMISSION))
                .param(
                        "decided",
                        steps.containsKey(RequestStatus.GRANTED)
                                ? steps.get(RequestStatus.GRANTED)
                                : steps.get(RequestStatus.REFUSED))
                .param("reasons", refusalReasons)
                .update(keys, "id");
        long requestId = Objects.requireNonNull(keys.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
        RequestStatus from = null;
        RequestStatus status = RequestStatus.DRAFT;
        requests.log(
                youngPerson,
                requestId,
                null,
                RequestStatus.DRAFT,
                steps.values().stream().min(LocalDate::compareTo).orElse(LocalDate.now(clock)),
                null);
        for (Map.Entry<RequestStatus, LocalDate> step : steps.entrySet()) {
            from = status;
            status = step.getKey();
            requests.log(
                    status == RequestStatus.SUBMITTED ? youngPerson : referent,
                    requestId,
                    from,
                    status,
                    step.getValue(),
                    status == RequestStatus.REFUSED ? refusalReasons : null);
        }
        client.sql("UPDATE young_adult_request SET status = :status WHERE id = :id")
                .param("status", status.name())
                .param("id", requestId)
                .update();
        if (status != RequestStatus.GRANTED) {
            return null;
        }
        NewContract granted = Objects.requireNonNull(contract, "a granted request comes with its contract");
        GeneratedKeyHolder contractKeys = new GeneratedKeyHolder();
        client.sql("""
                        INSERT INTO young_adult_contract (young_person_id, request_id, renews_contract_id, objectives,
                            starts_on, ends_on, next_review_on, recorded_by_name, recorded_at)
                        VALUES (:yp, :request, :renews, :objectives, :starts, :ends, :review, :name, :now)""")
                .param("yp", youngPersonId)
                .param("request", requestId)
                .param("renews", renewalOf)
                .param("objectives", granted.objectives())
                .param("starts", granted.startsOn())
                .param("ends", granted.endsOn())
                .param("review", granted.nextReviewOn())
                .param("name", referent.displayName())
                .param("now", now)
                .update(contractKeys, "id");
        return Objects.requireNonNull(contractKeys.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
    }
}
