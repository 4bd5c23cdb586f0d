package fr.reperes.dossier;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.anonymity.DossierFamilyTexts;
import fr.reperes.dossier.anonymity.PlacementSecrets;
import fr.reperes.dossier.documents.DocumentKind;
import fr.reperes.dossier.documents.DocumentLine;
import fr.reperes.dossier.documents.FileDocument;
import fr.reperes.dossier.documents.NewDocument;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents of a young person's file: PDF only, at most 10 MB, added by the référent and shared with the family one
 * by one. Under an anonymity order a document is shared only if its text can be read and names no part of the
 * placement.
 */
@Service
public class DocumentService {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The size of {@code document.title}. */
    public static final int MAX_TITLE = 160;
    /** The size of {@code document.file_name}; a longer name keeps its end, where the extension is. */
    public static final int MAX_FILE_NAME = 255;

    private final JdbcClient jdbc;
    private final DossierAccess access;
    private final AuditJournal journal;
    private final AnonymityGuard anonymity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentService(
            JdbcClient jdbc,
            DossierAccess access,
            AuditJournal journal,
            AnonymityGuard anonymity,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.journal = journal;
        this.anonymity = anonymity;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long add(Viewer viewer, long youngPersonId, NewDocument document) {
        requireReferent(viewer, youngPersonId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (document.kind() == null) {
            errors.put("kind", "document.error.kind");
        }
        if (document.title() == null || document.title().isBlank()) {
            errors.put("title", "document.error.title");
        } else if (document.title().length() > MAX_TITLE) {
            errors.put("title", "ppe.error.too-long");
        }
        LocalDate birthDate = jdbc.sql("SELECT birth_date FROM young_person WHERE id = :id")
                .param("id", youngPersonId)
                .query(LocalDate.class)
                .single();
        if (document.date() == null) {
            errors.put("date", "document.error.date.missing");
        } else if (document.date().isAfter(LocalDate.now(clock))
                || document.date().isBefore(birthDate)) {
            errors.put("date", "document.error.date.impossible");
        }
        byte[] content = document.content();
        if (content == null || content.length == 0) {
            errors.put("file", "document.error.file.missing");
        } else if (content.length > MAX_BYTES) {
            errors.put("file", "document.error.file.too-large");
        } else if (!isPdf(content)) {
            errors.put("file", "document.error.file.not-pdf");
        }
        if (document.title() != null) {
            anonymity.leaks(youngPersonId, Map.of("title", document.title())).forEach(errors::putIfAbsent);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO document (young_person_id, kind, title, document_date, file_name, size_bytes,
                                              content, uploaded_by_name, uploaded_at)
                        VALUES (:yp, :kind, :title, :date, :fileName, :size, :content, :author, :now)""")
                .param("yp", youngPersonId)
                .param("kind", document.kind().name())
                .param("title", document.title().trim())
                .param("date", document.date())
                .param("fileName", document.fileName() == null ? "document.pdf" : fileName(document.fileName()))
                .param("size", Objects.requireNonNull(content, "a missing file was refused above").length)
                .param("content", content)
                .param("author", viewer.displayName())
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
    }

    /**
     * Shares a document with the family, or stops sharing it. Under an anonymity order its title and everything a
     * reader of the PDF can see (each page, metadata, annotations) must name no part of the placement, and every page
     * must be readable as text: a scan cannot be checked, so it is not shared. Reading the PDF to check it is a read
     * of the document, journaled, and the entry stays when the sharing is refused (nothing else is written then).
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void share(Viewer viewer, long documentId, boolean shared) {
        long youngPersonId = youngPersonOf(documentId);
        AccessDecision decision = requireReferent(viewer, youngPersonId);
        if (shared) {
            String title = jdbc.sql("SELECT title FROM document WHERE id = :id")
                    .param("id", documentId)
                    .query(String.class)
                    .single();
            Map<String, String> errors = new LinkedHashMap<>(anonymity.leaks(youngPersonId, Map.of("title", title)));
            PlacementSecrets secrets = anonymity.secretsOf(youngPersonId);
            if (!secrets.isEmpty()) {
                byte[] content = jdbc.sql("SELECT content FROM document WHERE id = :id")
                        .param("id", documentId)
                        .query(byte[].class)
                        .single();
                journal.record(viewer, youngPersonId, InformationKind.DOCUMENTS, decision, AuditAction.READ);
                AnonymityGuard.pdfRefusal(secrets, content).ifPresent(key -> errors.put("file", key));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
        int changed = jdbc.sql("UPDATE document SET shared = :shared WHERE id = :id AND shared <> :shared")
                .param("shared", shared)
                .param("id", documentId)
                .update();
        if (shared && changed > 0) {
            // Told once it is committed; sharing again a document already shared tells nobody twice.
            events.publishEvent(new DocumentShared(youngPersonId, documentId));
        }
    }

    /** The référent sees every document; the family only the shared ones, as the policy allows. */
    @Transactional
    public List<DocumentLine> list(Viewer viewer, long youngPersonId) {
        AccessDecision decision = access.require(viewer, youngPersonId, InformationKind.DOCUMENTS);
        boolean professional = decision.reason().professional();
        List<DocumentLine> lines = jdbc.sql("SELECT id, kind, title, document_date, size_bytes, shared FROM document "
                        + "WHERE young_person_id = :id" + (professional ? "" : " AND shared")
                        + " ORDER BY document_date DESC, id DESC")
                .param("id", youngPersonId)
                .query((rs, n) -> new DocumentLine(
                        rs.getLong("id"),
                        DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getObject("document_date", LocalDate.class),
                        rs.getInt("size_bytes"),
                        rs.getBoolean("shared")))
                .list();
        FamilyFilter filter = anonymity.filterFor(decision, youngPersonId);
        if (filter.active()) {
            lines = lines.stream()
                    .filter(line -> !withheld(filter, line.id(), line.title()))
                    .toList();
        }
        journal.record(viewer, youngPersonId, InformationKind.DOCUMENTS, decision, AuditAction.LISTED);
        return lines;
    }

    /**
     * "Mes documents": every document of the file the reader may read, newest first: the documents shared with them,
     * each published PPE version and each published meeting notes (their PDFs come from {@link CarePlanService#pdf}
     * and {@link MeetingService#notesPdf}, which ask the policy again). Each kind is asked of the policy and
     * journaled as listed; notes withheld from a parent under an anonymity order are left out. A constant number of
     * statements, whatever the number of documents.
     */
    @Transactional
    public List<FileDocument> library(Viewer viewer, long youngPersonId) {
        Map<InformationKind, AccessDecision> decisions = access.decideEach(
                viewer,
                youngPersonId,
                InformationKind.DOCUMENTS,
                InformationKind.CARE_PLAN,
                InformationKind.MEETINGS_AND_NOTES);
        if (decisions.values().stream().noneMatch(AccessDecision::allowed)) {
            // Nothing of the file is open to this reader: a refusal, journaled, not an empty list.
            access.require(
                    viewer,
                    youngPersonId,
                    InformationKind.DOCUMENTS,
                    Objects.requireNonNull(decisions.get(InformationKind.DOCUMENTS)));
        }
        List<FileDocument> all = new ArrayList<>();
        if (Objects.requireNonNull(decisions.get(InformationKind.DOCUMENTS)).allowed()) {
            list(viewer, youngPersonId).stream()
                    .map(line -> new FileDocument(
                            FileDocument.Source.DOCUMENT, youngPersonId, line.id(), line.date(), line, null))
                    .forEach(all::add);
        }
        AccessDecision carePlan = Objects.requireNonNull(decisions.get(InformationKind.CARE_PLAN));
        if (carePlan.allowed()) {
            jdbc.sql("SELECT version_number, published_at FROM care_plan_version "
                            + "WHERE young_person_id = :yp AND status = 'PUBLISHED'")
                    .param("yp", youngPersonId)
                    .query((rs, n) -> new FileDocument(
                            FileDocument.Source.CARE_PLAN,
                            youngPersonId,
                            rs.getInt("version_number"),
                            LocalDate.ofInstant(rs.getTimestamp("published_at").toInstant(), clock.getZone()),
                            null,
                            null))
                    .list()
                    .forEach(all::add);
            journal.record(viewer, youngPersonId, InformationKind.CARE_PLAN, carePlan, AuditAction.LISTED);
        }
        AccessDecision notes = Objects.requireNonNull(decisions.get(InformationKind.MEETINGS_AND_NOTES));
        if (notes.allowed()) {
            FamilyFilter filter = anonymity.filterFor(notes, youngPersonId);
            jdbc
                    .sql("SELECT id, kind, starts_at, notes FROM meeting "
                            + "WHERE young_person_id = :yp AND notes_published_at IS NOT NULL")
                    .param("yp", youngPersonId)
                    .query((rs, n) -> new PublishedNotes(
                            rs.getLong("id"),
                            MeetingKind.valueOf(rs.getString("kind")),
                            rs.getObject("starts_at", LocalDateTime.class),
                            rs.getString("notes")))
                    .list()
                    .stream()
                    .filter(row -> !filter.hides(DossierFamilyTexts.MEETING_NOTES, row.id(), row.notes()))
                    .map(row -> new FileDocument(
                            FileDocument.Source.MEETING_NOTES,
                            youngPersonId,
                            row.id(),
                            row.startsAt().toLocalDate(),
                            null,
                            row.kind()))
                    .forEach(all::add);
            journal.record(viewer, youngPersonId, InformationKind.MEETINGS_AND_NOTES, notes, AuditAction.LISTED);
        }
        all.sort(Comparator.comparing(FileDocument::date)
                .thenComparing(FileDocument::source)
                .thenComparingLong(FileDocument::id)
                .reversed());
        return all;
    }

    private record PublishedNotes(
            long id,
            MeetingKind kind,
            LocalDateTime startsAt,
            @Nullable String notes) {}

    /** A document's PDF, journaled; the family gets only shared ones. */
    @Transactional
    public byte[] content(Viewer viewer, long documentId) {
        long youngPersonId = youngPersonOf(documentId);
        AccessDecision decision = access.require(viewer, youngPersonId, InformationKind.DOCUMENTS);
        byte[] content = jdbc.sql("SELECT content FROM document WHERE id = :id"
                        + (decision.reason().professional() ? "" : " AND shared"))
                .param("id", documentId)
                .query(byte[].class)
                .optional()
                .orElseThrow(() ->
                        access.refused(viewer, youngPersonId, InformationKind.DOCUMENTS, AccessReason.NOT_THEIR_FILE));
        FamilyFilter filter = anonymity.filterFor(decision, youngPersonId);
        if (filter.active()) {
            String title = jdbc.sql("SELECT title FROM document WHERE id = :id")
                    .param("id", documentId)
                    .query(String.class)
                    .single();
            if (withheld(filter, documentId, title)) {
                throw access.refused(viewer, youngPersonId, InformationKind.DOCUMENTS, AccessReason.ANONYMITY_ORDER);
            }
        }
        journal.record(viewer, youngPersonId, InformationKind.DOCUMENTS, decision, AuditAction.READ);
        return content;
    }

    /** A document is withheld from a parent whole when its title or its PDF names the placement. */
    private static boolean withheld(FamilyFilter filter, long documentId, String title) {
        return filter.hides(DossierFamilyTexts.DOCUMENT_TITLE, documentId, title)
                || filter.hides(DossierFamilyTexts.DOCUMENT_CONTENT, documentId, null);
    }

    private long youngPersonOf(long documentId) {
        return jdbc.sql("SELECT young_person_id FROM document WHERE id = :id")
                .param("id", documentId)
                .query(Long.class)
                .optional()
                .orElseThrow(DossierAccess::nothingThere);
    }

    private AccessDecision requireReferent(Viewer viewer, long youngPersonId) {
        return access.requireProfessional(viewer, youngPersonId, InformationKind.DOCUMENTS);
    }

    /** A PDF starts with "%PDF-", whatever its name says. */
    public static boolean isPdf(byte[] content) {
        return content.length > 5
                && content[0] == '%'
                && content[1] == 'P'
                && content[2] == 'D'
                && content[3] == 'F'
                && content[4] == '-';
    }

    /** The browser's name for the file, cut to its column from the start so the extension stays. */
    private static String fileName(String name) {
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }
}
