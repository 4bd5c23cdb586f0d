package fr.reperes.autonomy.request;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.Content;
import fr.reperes.access.ContentReader;
import fr.reperes.access.InformationKind;
import fr.reperes.autonomy.AutonomyAges;
import fr.reperes.autonomy.NewContract;
import fr.reperes.autonomy.RequestDraft;
import fr.reperes.autonomy.RequestStatus;
import fr.reperes.autonomy.YoungAdultRequestMoved;
import fr.reperes.autonomy.pathway.AutonomyFamilyTexts;
import fr.reperes.autonomy.pathway.PathwayService;
import fr.reperes.dossier.AnonymityGuard;
import fr.reperes.dossier.DocumentService;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.dossier.FamilyFilter;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request for a contrat jeune majeur, as a state machine ({@link RequestStatus}): the young person writes a draft
 * and submits it, from 16 until the day before 21; the référent moves it on and records the decision, and for a
 * grant the contract. Every move is checked against the machine, dated, attributed, and kept in an append-only log.
 */
@Service
public class YoungAdultRequests {

    public static final int MAX_PLANS = 5000;
    /** The size of {@code young_adult_request.other_support}. */
    public static final int MAX_OTHER_SUPPORT = 500;
    /** The size of {@code young_adult_request_document.file_name}. */
    static final int MAX_FILE_NAME = 255;

    static final int MAX_DOCUMENTS = 10;
    public static final int MAX_DOCUMENT_BYTES = DocumentService.MAX_BYTES;

    private final JdbcClient jdbc;
    private final DossierAccess access;
    private final AuditJournal journal;
    private final ApplicationEventPublisher events;
    private final AnonymityGuard anonymity;
    private final RequestStore requestStore;
    private final Clock clock;

    YoungAdultRequests(
            JdbcClient jdbc,
            DossierAccess access,
            AuditJournal journal,
            ApplicationEventPublisher events,
            AnonymityGuard anonymity,
            RequestStore requestStore,
            Clock clock) {
        this.requestStore = requestStore;
        this.anonymity = anonymity;
        this.jdbc = jdbc;
        this.access = access;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Saves the young person's draft: the one in progress, or a new one (a renewal of their latest contract when they
     * have one). Refused while another request waits for its decision.
     */
    @Transactional
    public long saveDraft(Viewer viewer, long youngPersonId, RequestDraft draft) {
        access.requireSelf(viewer, youngPersonId, InformationKind.AUTONOMY);
        LocalDate birthDate = birthDate(youngPersonId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!AutonomyAges.youngAdultRequestPossible(birthDate, today())) {
            errors.put("plans", "request.error.age");
        }
        if (pendingRequest(youngPersonId).isPresent()) {
            errors.put("plans", "request.error.pending");
        }
        PathwayService.tooLong(errors, "plans", draft.plans(), MAX_PLANS);
        PathwayService.tooLong(errors, "otherSupport", draft.otherSupport(), MAX_OTHER_SUPPORT);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("plans", draft.plans());
        texts.put("otherSupport", draft.otherSupport());
        anonymity.leaks(youngPersonId, texts, viewer).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<Long> existing = draftOf(youngPersonId);
        Timestamp now = Timestamp.from(clock.instant());
        if (existing.isPresent()) {
            jdbc.sql("""
                            UPDATE young_adult_request SET plans = :plans, asks_housing = :housing,
                                asks_allowance = :allowance, asks_educational_support = :education,
                                other_support = :other, shared_with_parents = :shared, updated_at = :now
                            WHERE id = :id AND status = 'DRAFT'""")
                    .params(RequestStore.contentParams(draft))
                    .param("now", now)
                    .param("id", existing.get())
                    .update();
            return existing.get();
        }
        Long latestContract = jdbc.sql("SELECT id FROM young_adult_contract WHERE young_person_id = :yp "
                        + "ORDER BY starts_on DESC, id DESC LIMIT 1")
                .param("yp", youngPersonId)
                .query(Long.class)
                .optional()
                .orElse(null);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO young_adult_request (young_person_id, renewal_of_contract_id, status, plans,
                            asks_housing, asks_allowance, asks_educational_support, other_support,
                            shared_with_parents, created_at, updated_at)
                        VALUES (:yp, :renewal, 'DRAFT', :plans, :housing, :allowance, :education, :other, :shared,
                                :now, :now)""")
                .params(RequestStore.contentParams(draft))
                .param("yp", youngPersonId)
                .param("renewal", latestContract)
                .param("now", now)
                .update(keys, "id");
        long requestId = Objects.requireNonNull(keys.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
        requestStore.log(viewer, requestId, null, RequestStatus.DRAFT, today(), null);
        return requestId;
    }

    /** The young person sends their draft; from now on it is the référent's to move. */
    @Transactional
    public void submit(Viewer viewer, long youngPersonId) {
        access.requireSelf(viewer, youngPersonId, InformationKind.AUTONOMY);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Long> draftId = draftOf(youngPersonId);
        if (draftId.isEmpty()) {
            throw new InvalidInputException(Map.of("plans", "request.error.no-draft"));
        }
        YoungAdultRequest draft = load(List.of(draftId.get())).getFirst();
        if (!AutonomyAges.youngAdultRequestPossible(birthDate(youngPersonId), today())) {
            errors.put("plans", "request.error.age");
        }
        draft.content().missingAt(1).forEach(errors::putIfAbsent);
        draft.content().missingAt(2).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE young_adult_request SET status = 'SUBMITTED', submitted_on = :today, updated_at = :now "
                        + "WHERE id = :id AND status = 'DRAFT'")
                .param("today", today())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", draftId.get())
                .update();
        requestStore.log(viewer, draftId.get(), RequestStatus.DRAFT, RequestStatus.SUBMITTED, today(), null);
        events.publishEvent(new YoungAdultRequestMoved(youngPersonId, draftId.get(), RequestStatus.SUBMITTED));
    }

    /** Joins a PDF to the young person's draft. */
    @Transactional
    public long addDocument(Viewer viewer, long youngPersonId, @Nullable String fileName, byte @Nullable [] content) {
        access.requireSelf(viewer, youngPersonId, InformationKind.AUTONOMY);
        Long draftId = draftOf(youngPersonId)
                .orElseThrow(() -> new InvalidInputException(Map.of("file", "request.error.no-draft")));
        String error = null;
        long count = jdbc.sql("SELECT COUNT(*) FROM young_adult_request_document WHERE request_id = :id")
                .param("id", draftId)
                .query(Long.class)
                .single();
        if (count >= MAX_DOCUMENTS) {
            error = "request.error.file.too-many";
        } else if (content == null || content.length == 0) {
            error = "document.error.file.missing";
        } else if (content.length > MAX_DOCUMENT_BYTES) {
            error = "document.error.file.too-large";
        } else if (!DocumentService.isPdf(content)) {
            error = "document.error.file.not-pdf";
        }
        if (error != null) {
            throw new InvalidInputException(Map.of("file", error));
        }
        Map<String, String> leaks =
                anonymity.leaks(youngPersonId, Map.of("file", fileName == null ? "" : fileName), viewer);
        if (!leaks.isEmpty()) {
            throw new InvalidInputException(leaks);
        }
        String name = fileName == null || fileName.isBlank()
                ? "document.pdf"
                : fileName.length() > MAX_FILE_NAME ? fileName.substring(fileName.length() - MAX_FILE_NAME) : fileName;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO young_adult_request_document (request_id, file_name, size_bytes, content, uploaded_at) "
                        + "VALUES (:request, :name, :size, :content, :now)")
                .param("request", draftId)
                .param("name", name)
                .param("size", Objects.requireNonNull(content, "a missing file was refused above").length)
                .param("content", content)
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
    }

    /** Removes a PDF from the young person's draft (a submitted request keeps its documents). */
    @Transactional
    public void removeDocument(Viewer viewer, long youngPersonId, long documentId) {
        access.requireSelf(viewer, youngPersonId, InformationKind.AUTONOMY);
        jdbc.sql("""
                        DELETE d FROM young_adult_request_document d
                        JOIN young_adult_request r ON r.id = d.request_id
                        WHERE d.id = :id AND r.young_person_id = :yp AND r.status = 'DRAFT'""").param("id", documentId).param("yp", youngPersonId).update();
    }

    /** A joined PDF, for the young person and the référent (and a parent the policy allows); journaled. */
    @Transactional
    public byte[] document(Viewer viewer, long documentId) {
        DocumentOwner owner = jdbc.sql("SELECT r.young_person_id, r.status, r.shared_with_parents "
                        + "FROM young_adult_request_document d "
                        + "JOIN young_adult_request r ON r.id = d.request_id WHERE d.id = :id")
                .param("id", documentId)
                .query((rs, n) -> new DocumentOwner(
                        rs.getLong("young_person_id"),
                        RequestStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("shared_with_parents")))
                .optional()
                .orElseThrow(DossierAccess::nothingThere);
        long youngPersonId = owner.youngPersonId();
        ContentReader reader = access.reader(viewer, youngPersonId);
        AccessDecision decision = access.require(
                viewer, youngPersonId, InformationKind.AUTONOMY, reader.decide(Content.of(InformationKind.AUTONOMY)));
        access.require(
                viewer,
                youngPersonId,
                InformationKind.YOUNG_PERSONS_OWN_WORDS,
                reader.decide(Content.ownWords(owner.status() != RequestStatus.DRAFT, owner.sharedWithParents())));
        byte[] content = jdbc.sql("SELECT content FROM young_adult_request_document WHERE id = :id")
                .param("id", documentId)
                .query(byte[].class)
                .single();
        FamilyFilter filter = anonymity.filterFor(decision, youngPersonId);
        // The young person's own pieces are not checked when they join them: a parent under an anonymity order gets
        // only a PDF that can be read whole and names no part of the placement.
        if (filter.active()
                && (filter.hides(AutonomyFamilyTexts.REQUEST_DOCUMENT, documentId, null)
                        || anonymity.pdfRefusal(youngPersonId, content).isPresent())) {
            throw access.refused(viewer, youngPersonId, InformationKind.AUTONOMY, AccessReason.ANONYMITY_ORDER);
        }
        journal.record(viewer, youngPersonId, InformationKind.AUTONOMY, decision, AuditAction.READ);
        return content;
    }

    /**
     * The référent moves a submitted request on: under review, or to the commission on a date. Decisions go through
     * {@link #grant} and {@link #refuse}.
     */
    @Transactional
    public void move(Viewer viewer, long requestId, RequestStatus target, LocalDate effectiveOn) {
        if (target != RequestStatus.UNDER_REVIEW && target != RequestStatus.IN_COMMISSION) {
            throw new IllegalArgumentException("Decisions are recorded with grant or refuse");
        }
        Current current = current(viewer, requestId);
        Map<String, String> errors = new LinkedHashMap<>();
        checkMove(current, target, effectiveOn, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        transition(viewer, current, target, effectiveOn, null);
        if (target == RequestStatus.IN_COMMISSION) {
            jdbc.sql("UPDATE young_adult_request SET commission_on = :on WHERE id = :id")
                    .param("on", effectiveOn)
                    .param("id", requestId)
                    .update();
        }
    }

    /** The département refuses: the reasons, in plain words, are required. */
    @Transactional
    public void refuse(Viewer viewer, long requestId, LocalDate decidedOn, String reasons) {
        Current current = current(viewer, requestId);
        Map<String, String> errors = new LinkedHashMap<>();
        checkMove(current, RequestStatus.REFUSED, decidedOn, errors);
        if (reasons == null || reasons.isBlank()) {
            errors.put("reasons", "request.error.reasons");
        }
        PathwayService.tooLong(errors, "reasons", reasons, MAX_PLANS);
        anonymity
                .leaks(current.youngPersonId(), Map.of("reasons", reasons == null ? "" : reasons))
                .forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        transition(viewer, current, RequestStatus.REFUSED, decidedOn, reasons.trim());
        jdbc.sql("UPDATE young_adult_request SET decided_on = :on, refusal_reasons = :reasons WHERE id = :id")
                .param("on", decidedOn)
                .param("reasons", reasons.trim())
                .param("id", requestId)
                .update();
    }

    /** The département grants: the decision and the contract are recorded together, or not at all. */
    @Transactional
    public long grant(Viewer viewer, long requestId, LocalDate decidedOn, NewContract contract) {
        Current current = current(viewer, requestId);
        LocalDate birthDate = birthDate(current.youngPersonId());
        Map<String, String> errors = new LinkedHashMap<>();
        checkMove(current, RequestStatus.GRANTED, decidedOn, errors);
        if (contract.objectives() == null || contract.objectives().isBlank()) {
            errors.put("objectives", "contract.error.objectives");
        }
        PathwayService.tooLong(errors, "objectives", contract.objectives(), MAX_PLANS);
        anonymity
                .leaks(
                        current.youngPersonId(),
                        Map.of("objectives", contract.objectives() == null ? "" : contract.objectives()))
                .forEach(errors::putIfAbsent);
        LocalDate lastDay = AutonomyAges.lastDayOfSupport(birthDate);
        if (contract.startsOn() == null) {
            errors.put("startsOn", "contract.error.date-missing");
        } else if (contract.startsOn().isBefore(AutonomyAges.majorityOn(birthDate))) {
            errors.put("startsOn", "contract.error.starts-before-18");
        } else if (contract.startsOn().isAfter(lastDay)) {
            errors.put("startsOn", "contract.error.after-21");
        }
        if (contract.endsOn() == null) {
            errors.put("endsOn", "contract.error.date-missing");
        } else if (contract.startsOn() != null && !contract.endsOn().isAfter(contract.startsOn())) {
            errors.put("endsOn", "contract.error.ends-before-start");
        } else if (contract.endsOn().isAfter(lastDay)) {
            errors.put("endsOn", "contract.error.after-21");
        }
        if (contract.nextReviewOn() == null) {
            errors.put("nextReviewOn", "contract.error.date-missing");
        } else if (contract.startsOn() != null
                && contract.endsOn() != null
                && (!contract.nextReviewOn().isAfter(contract.startsOn())
                        || contract.nextReviewOn().isAfter(contract.endsOn()))) {
            errors.put("nextReviewOn", "contract.error.review-outside");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        transition(viewer, current, RequestStatus.GRANTED, decidedOn, null);
        jdbc.sql("UPDATE young_adult_request SET decided_on = :on WHERE id = :id")
                .param("on", decidedOn)
                .param("id", requestId)
                .update();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO young_adult_contract (young_person_id, request_id, renews_contract_id, objectives,
                            starts_on, ends_on, next_review_on, recorded_by_name, recorded_at)
                        SELECT young_person_id, id, renewal_of_contract_id, :objectives, :starts, :ends, :review,
                               :name, :now
                        FROM young_adult_request WHERE id = :id""")
                .param("objectives", contract.objectives().trim())
                .param("starts", contract.startsOn())
                .param("ends", contract.endsOn())
                .param("review", contract.nextReviewOn())
                .param("name", viewer.displayName())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", requestId)
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
    }

    /**
     * Whether the young person has a request draft they have not sent yet, for the "to do" of their home page: asked
     * of the policy as their own file, journaled as listed; always false for anyone else (the draft is theirs to
     * finish).
     */
    @Transactional
    public boolean hasDraftToFinish(Viewer viewer) {
        Long youngPersonId = viewer.youngPersonId();
        if (viewer.role() != Role.JEUNE || youngPersonId == null) {
            return false;
        }
        AccessDecision decision = access.requireSelf(viewer, youngPersonId, InformationKind.AUTONOMY);
        journal.record(viewer, youngPersonId, InformationKind.AUTONOMY, decision, AuditAction.LISTED);
        return draftOf(youngPersonId).isPresent();
    }

    /**
     * Requests of a young person as {@code reader} may see them, newest first, with their history and documents:
     * three statements. The young person's words are withheld from a reader they are not for; a draft whose words
     * a parent may not read is not shown to them at all (the référent is told a draft exists).
     */
    public List<YoungAdultRequest> requestsOf(long youngPersonId, ContentReader reader) {
        if (!reader.decide(Content.of(InformationKind.AUTONOMY)).allowed()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("SELECT id FROM young_adult_request WHERE young_person_id = :yp "
                        + "ORDER BY created_at DESC, id DESC")
                .param("yp", youngPersonId)
                .query(Long.class)
                .list();
        boolean professional =
                reader.decide(Content.of(InformationKind.AUTONOMY)).reason().professional();
        List<YoungAdultRequest> visible = new ArrayList<>();
        for (YoungAdultRequest request : ids.isEmpty() ? List.<YoungAdultRequest>of() : load(ids)) {
            if (reader.mayRead(request.words())) {
                visible.add(request);
            } else if (request.status() != RequestStatus.DRAFT || professional) {
                visible.add(request.withoutWords());
            }
        }
        return visible;
    }

    /** The young person's contracts, newest first, as {@code reader} may see them (all or nothing). */
    public List<Contract> contractsOf(long youngPersonId, ContentReader reader) {
        if (!reader.decide(Content.of(InformationKind.AUTONOMY)).allowed()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, request_id, renews_contract_id, objectives, starts_on, ends_on, next_review_on
                        FROM young_adult_contract WHERE young_person_id = :yp ORDER BY starts_on DESC, id DESC""")
                .param("yp", youngPersonId)
                .query((rs, n) -> new Contract(
                        rs.getLong("id"),
                        rs.getLong("request_id"),
                        rs.getObject("renews_contract_id", Long.class),
                        rs.getString("objectives"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getObject("next_review_on", LocalDate.class)))
                .list();
    }

    private List<YoungAdultRequest> load(List<Long> ids) {
        Map<Long, List<RequestTransition>> history = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT request_id, from_status, to_status, effective_on, occurred_at, actor_name, actor_role,
                               note
                        FROM young_adult_request_transition WHERE request_id IN (:ids) ORDER BY occurred_at, id""").param("ids", ids).query(rs -> {
            String from = rs.getString("from_status");
            history.computeIfAbsent(rs.getLong("request_id"), id -> new ArrayList<>())
                    .add(new RequestTransition(
                            from == null ? null : RequestStatus.valueOf(from),
                            RequestStatus.valueOf(rs.getString("to_status")),
                            rs.getObject("effective_on", LocalDate.class),
                            rs.getTimestamp("occurred_at").toInstant(),
                            rs.getString("actor_name"),
                            Role.valueOf(rs.getString("actor_role")),
                            rs.getString("note")));
        });
        Map<Long, List<RequestDocument>> documents = new LinkedHashMap<>();
        jdbc.sql("SELECT id, request_id, file_name, size_bytes FROM young_adult_request_document "
                        + "WHERE request_id IN (:ids) ORDER BY id")
                .param("ids", ids)
                .query(rs -> {
                    documents
                            .computeIfAbsent(rs.getLong("request_id"), id -> new ArrayList<>())
                            .add(new RequestDocument(
                                    rs.getLong("id"), rs.getString("file_name"), rs.getInt("size_bytes")));
                });
        return jdbc.sql("""
                        SELECT id, renewal_of_contract_id, status, plans, asks_housing, asks_allowance,
                               asks_educational_support, other_support, shared_with_parents, submitted_on,
                               commission_on, decided_on, refusal_reasons
                        FROM young_adult_request WHERE id IN (:ids) ORDER BY created_at DESC, id DESC""")
                .param("ids", ids)
                .query((rs, n) -> new YoungAdultRequest(
                        rs.getLong("id"),
                        rs.getObject("renewal_of_contract_id", Long.class),
                        RequestStatus.valueOf(rs.getString("status")),
                        new RequestDraft(
                                nz(rs.getString("plans")),
                                rs.getBoolean("asks_housing"),
                                rs.getBoolean("asks_allowance"),
                                rs.getBoolean("asks_educational_support"),
                                nz(rs.getString("other_support")),
                                rs.getBoolean("shared_with_parents")),
                        rs.getObject("submitted_on", LocalDate.class),
                        rs.getObject("commission_on", LocalDate.class),
                        rs.getObject("decided_on", LocalDate.class),
                        rs.getString("refusal_reasons"),
                        List.copyOf(history.getOrDefault(rs.getLong("id"), List.of())),
                        List.copyOf(documents.getOrDefault(rs.getLong("id"), List.of())),
                        false))
                .list();
    }

    /** The machine allows the move, and its date follows the previous one and is not in the future. */
    private void checkMove(Current current, RequestStatus target, LocalDate on, Map<String, String> errors) {
        if (!current.status().canMoveTo(target)) {
            errors.put("status", "request.error.transition");
            return;
        }
        // A commission may be set for a coming date; every other step has happened by the day it is recorded.
        LocalDate latest = target == RequestStatus.IN_COMMISSION ? today().plusYears(1) : today();
        if (on == null) {
            errors.put("effectiveOn", "request.error.date-missing");
        } else if (on.isBefore(current.lastEffectiveOn())) {
            errors.put("effectiveOn", "request.error.date-before-previous");
        } else if (on.isAfter(latest)) {
            errors.put("effectiveOn", "request.error.date-future");
        }
    }

    private void transition(Viewer viewer, Current current, RequestStatus target, LocalDate on, @Nullable String note) {
        int moved = jdbc.sql("UPDATE young_adult_request SET status = :to, updated_at = :now "
                        + "WHERE id = :id AND status = :from")
                .param("to", target.name())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", current.id())
                .param("from", current.status().name())
                .update();
        if (moved != 1) {
            // Someone else moved it since it was read: nothing is written, the page is read again.
            throw new InvalidInputException(Map.of("status", "request.error.moved"));
        }
        requestStore.log(viewer, current.id(), current.status(), target, on, note);
        events.publishEvent(new YoungAdultRequestMoved(current.youngPersonId(), current.id(), target));
    }

    /** The request as the référent who moves it must find it: theirs to follow, with its last dated step. */
    private Current current(Viewer viewer, long requestId) {
        Current current = jdbc.sql("""
                        SELECT r.id, r.young_person_id, r.status,
                               (SELECT MAX(t.effective_on) FROM young_adult_request_transition t
                                WHERE t.request_id = r.id) AS last_on
                        FROM young_adult_request r WHERE r.id = :id""")
                .param("id", requestId)
                .query((rs, n) -> new Current(
                        rs.getLong("id"),
                        rs.getLong("young_person_id"),
                        RequestStatus.valueOf(rs.getString("status")),
                        rs.getObject("last_on", LocalDate.class) == null
                                ? LocalDate.MIN
                                : rs.getObject("last_on", LocalDate.class)))
                .optional()
                .orElseThrow(DossierAccess::nothingThere);
        access.requireProfessional(viewer, current.youngPersonId(), InformationKind.AUTONOMY);
        return current;
    }

    private Optional<Long> draftOf(long youngPersonId) {
        return jdbc.sql("SELECT id FROM young_adult_request WHERE young_person_id = :yp AND status = 'DRAFT' "
                        + "ORDER BY id DESC LIMIT 1")
                .param("yp", youngPersonId)
                .query(Long.class)
                .optional();
    }

    private Optional<Long> pendingRequest(long youngPersonId) {
        return jdbc.sql("SELECT id FROM young_adult_request WHERE young_person_id = :yp "
                        + "AND status IN ('SUBMITTED', 'UNDER_REVIEW', 'IN_COMMISSION') LIMIT 1")
                .param("yp", youngPersonId)
                .query(Long.class)
                .optional();
    }

    private LocalDate birthDate(long youngPersonId) {
        return jdbc.sql("SELECT birth_date FROM dossier_young_person_view WHERE id = :id")
                .param("id", youngPersonId)
                .query(LocalDate.class)
                .single();
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private record DocumentOwner(long youngPersonId, RequestStatus status, boolean sharedWithParents) {}

    private record Current(long id, long youngPersonId, RequestStatus status, LocalDate lastEffectiveOn) {}
}
