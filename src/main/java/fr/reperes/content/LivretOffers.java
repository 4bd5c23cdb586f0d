package fr.reperes.content;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.ContentInformation;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.dossier.FamilyMeasures;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.MeasureTerms;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The livret d'accueil offered at the first sign-in after a measure begins. When a young person or a parent opens
 * their home, each measure in force that {@link FamilyMeasures} shows them (so the policy has chosen the parents: a
 * parent whose authority was withdrawn, or whose grown child has not granted, sees no measure and is offered nothing)
 * and whose kind has a livret written by the département is offered to them once: one row per measure and reader,
 * whatever the number of sign-ins or servers. The reader may say "j'ai reçu et lu le livret", once; their référent
 * sees, per measure, to whom it was offered and who acknowledged it.
 */
@Service
public class LivretOffers {

    private final JdbcClient jdbc;
    private final ContentAccess access;
    private final DossierAccess dossier;
    private final FamilyMeasures family;
    private final AuditJournal journal;
    private final Clock clock;
    private final List<MeasureTerms> terms;

    LivretOffers(
            JdbcClient jdbc,
            ContentAccess access,
            DossierAccess dossier,
            FamilyMeasures family,
            AuditJournal journal,
            Clock clock,
            List<MeasureTerms> terms) {
        this.terms = terms;
        this.jdbc = jdbc;
        this.access = access;
        this.dossier = dossier;
        this.family = family;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * The livrets offered to the viewer for the measures in force in their family, offering first those not offered
     * yet (the first sign-in after a measure began). Empty for anyone but a young person or a parent.
     */
    @Transactional
    public List<LivretOffer> offer(Viewer viewer) {
        long departementId = access.requireDepartement(viewer, ContentInformation.READING);
        String readerKey = readerKey(viewer);
        if (readerKey == null) {
            return List.of();
        }
        Map<String, Long> books = welcomeBooks(departementId);
        record Due(FamilyMeasures.Child child, FamilyMeasures.Measure measure, String code, long bookId) {}
        Map<Long, Due> due = new LinkedHashMap<>();
        for (FamilyMeasures.Child child : family.mine(viewer)) {
            for (FamilyMeasures.Measure measure : child.measures()) {
                String code = WelcomeBooks.codeFor(measure.kind());
                Long bookId = books.get(code);
                if (measure.active() && bookId != null) {
                    due.put(measure.id(), new Due(child, measure, code, bookId));
                }
            }
        }
        if (due.isEmpty()) {
            return List.of();
        }
        Timestamp now = Timestamp.from(clock.instant());
        for (Due measure : due.values()) {
            // Offered once per measure and reader: a second sign-in, or a second server, keeps the first offer.
            jdbc.sql("""
                            INSERT INTO livret_offer (measure_id, young_person_id, reader_key, book_id, offered_at)
                            VALUES (:measure, :yp, :reader, :book, :now)
                            ON DUPLICATE KEY UPDATE id = id""")
                    .param("measure", measure.measure().id())
                    .param("yp", measure.child().youngPersonId())
                    .param("reader", readerKey)
                    .param("book", measure.bookId())
                    .param("now", now)
                    .update();
        }
        List<LivretOffer> offers = new ArrayList<>();
        jdbc.sql("""
                        SELECT id, measure_id, offered_at, acknowledged_at, acknowledged_language FROM livret_offer
                        WHERE reader_key = :reader AND measure_id IN (:measures) ORDER BY offered_at, id""")
                .param("reader", readerKey)
                .param("measures", List.copyOf(due.keySet()))
                .query((rs, n) -> {
                    Due measure = due.get(rs.getLong("measure_id"));
                    if (measure != null) {
                        String language = rs.getString("acknowledged_language");
                        offers.add(new LivretOffer(
                                rs.getLong("id"),
                                measure.measure().id(),
                                measure.child().youngPersonId(),
                                measure.child().firstName(),
                                measure.measure().kind(),
                                measure.bookId(),
                                measure.code(),
                                rs.getTimestamp("offered_at").toInstant(),
                                instant(rs.getTimestamp("acknowledged_at")),
                                language == null ? null : PageLanguage.valueOf(language)));
                    }
                    return n;
                })
                .list();
        return offers;
    }

    /**
     * "J'ai reçu et lu le livret": the viewer's own offer, acknowledged once, in the language they read the
     * département's content in. Returns when it was acknowledged (the first time). Someone else's offer, or an id
     * that names nothing, is refused alike.
     */
    @Transactional
    public Instant acknowledge(Viewer viewer, long offerId) {
        access.requireDepartement(viewer, ContentInformation.READING);
        String readerKey = readerKey(viewer);
        Optional<Long> youngPersonId = readerKey == null
                ? Optional.empty()
                : jdbc.sql("SELECT young_person_id FROM livret_offer WHERE id = :id AND reader_key = :reader")
                        .param("id", offerId)
                        .param("reader", readerKey)
                        .query(Long.class)
                        .optional();
        if (youngPersonId.isEmpty()) {
            throw DossierAccess.nothingThere();
        }
        // A parent whose access to the child's file ended since the offer no longer acts on it.
        dossier.require(viewer, youngPersonId.get(), InformationKind.MEASURES);
        jdbc.sql("""
                        UPDATE livret_offer SET acknowledged_at = :now, acknowledged_language = :language
                        WHERE id = :id AND acknowledged_at IS NULL""")
                .param("now", Timestamp.from(clock.instant()))
                .param("language", readingLanguage(viewer).name())
                .param("id", offerId)
                .update();
        return jdbc.sql("SELECT acknowledged_at FROM livret_offer WHERE id = :id")
                .param("id", offerId)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    /**
     * For a professional who follows the young person: each measure in force or whose livret was offered, whether the
     * département wrote a livret for its kind, to whom it was offered, when, and who acknowledged it. Journaled as a
     * read of the measures.
     */
    @Transactional
    public List<MeasureLivret> ofYoungPerson(Viewer viewer, long youngPersonId) {
        long departementId = access.requireDepartement(viewer, ContentInformation.READING);
        AccessDecision decision = dossier.requireProfessional(viewer, youngPersonId, InformationKind.MEASURES);
        journal.record(viewer, youngPersonId, InformationKind.MEASURES, decision, AuditAction.READ);
        record Offer(long measureId, String readerKey, MeasureLivret.Offered offered) {}
        List<Offer> offers = jdbc.sql("""
                        SELECT measure_id, reader_key, offered_at, acknowledged_at, acknowledged_language
                        FROM livret_offer WHERE young_person_id = :yp ORDER BY offered_at, id""")
                .param("yp", youngPersonId)
                .query((rs, n) -> {
                    String language = rs.getString("acknowledged_language");
                    return new Offer(
                            rs.getLong("measure_id"),
                            rs.getString("reader_key"),
                            new MeasureLivret.Offered(
                                    "",
                                    rs.getString("reader_key").startsWith("Y:"),
                                    rs.getTimestamp("offered_at").toInstant(),
                                    instant(rs.getTimestamp("acknowledged_at")),
                                    language == null ? null : PageLanguage.valueOf(language)));
                })
                .list();
        Map<String, String> names =
                readerNames(youngPersonId, offers.stream().map(Offer::readerKey).toList());
        Map<String, Long> books = welcomeBooks(departementId);
        LocalDate today = LocalDate.now(clock);
        List<MeasureLivret> result = new ArrayList<>();
        jdbc.sql("""
                        SELECT id, kind, starts_on, ends_on FROM dossier_measure_start_view
                        WHERE young_person_id = :yp ORDER BY starts_on DESC, id DESC""")
                .param("yp", youngPersonId)
                .query((rs, n) -> {
                    long measureId = rs.getLong("id");
                    MeasureKind kind = MeasureKind.valueOf(rs.getString("kind"));
                    LocalDate startsOn = rs.getObject("starts_on", LocalDate.class);
                    LocalDate endsOn = endOf(kind, youngPersonId, rs.getObject("ends_on", LocalDate.class));
                    List<MeasureLivret.Offered> offered = offers.stream()
                            .filter(offer -> offer.measureId() == measureId)
                            .map(offer -> new MeasureLivret.Offered(
                                    names.getOrDefault(offer.readerKey(), ""),
                                    offer.offered().youngPerson(),
                                    offer.offered().offeredAt(),
                                    offer.offered().acknowledgedAt(),
                                    offer.offered().acknowledgedLanguage()))
                            .toList();
                    boolean inForce = !startsOn.isAfter(today) && (endsOn == null || !endsOn.isBefore(today));
                    if (inForce || !offered.isEmpty()) {
                        result.add(new MeasureLivret(
                                measureId,
                                kind,
                                startsOn,
                                endsOn,
                                books.containsKey(WelcomeBooks.codeFor(kind)),
                                offered));
                    }
                    return n;
                })
                .list();
        return result;
    }

    /** 'Y:<young person id>' for a young person, 'P:<parent id>' for a parent; null for anyone else. */
    static @Nullable String readerKey(Viewer viewer) {
        if (viewer.role() == Role.JEUNE && viewer.youngPersonId() != null) {
            return "Y:" + viewer.youngPersonId();
        }
        if (viewer.role() == Role.PARENT && viewer.parentId() != null) {
            return "P:" + viewer.parentId();
        }
        return null;
    }

    /** The language the viewer reads the département's content in: the one they chose, French otherwise. */
    private PageLanguage readingLanguage(Viewer viewer) {
        return jdbc.sql("SELECT language FROM content_reading_language WHERE account_id = :account")
                .param("account", viewer.accountId())
                .query(String.class)
                .optional()
                .map(PageLanguage::valueOf)
                .orElse(PageLanguage.FR);
    }

    private Map<String, Long> welcomeBooks(long departementId) {
        Map<String, Long> books = new HashMap<>();
        jdbc.sql("SELECT id, code FROM content_book WHERE departement_id = :dep AND kind = 'WELCOME'")
                .param("dep", departementId)
                .query((rs, n) -> books.put(rs.getString("code"), rs.getLong("id")))
                .list();
        return books;
    }

    /** The full names of the readers offered a livret: the young person, and each parent. */
    private Map<String, String> readerNames(long youngPersonId, List<String> readerKeys) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT first_name, last_name FROM dossier_young_person_view WHERE id = :yp")
                .param("yp", youngPersonId)
                .query((rs, n) ->
                        names.put("Y:" + youngPersonId, rs.getString("first_name") + " " + rs.getString("last_name")))
                .list();
        List<Long> parents = readerKeys.stream()
                .filter(key -> key.startsWith("P:"))
                .map(key -> Long.parseLong(key.substring(2)))
                .distinct()
                .toList();
        if (!parents.isEmpty()) {
            jdbc.sql("SELECT id, first_name, last_name FROM dossier_parent_view WHERE id IN (:ids)")
                    .param("ids", parents)
                    .query((rs, n) -> names.put(
                            "P:" + rs.getLong("id"), rs.getString("first_name") + " " + rs.getString("last_name")))
                    .list();
        }
        return names;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * A measure whose dates another module holds (the accompagnement jeune majeur, as contracts) ends when they say,
     * as on the measures page: its own row's end may be older than the last contract's.
     */
    private @Nullable LocalDate endOf(MeasureKind kind, long youngPersonId, @Nullable LocalDate ownEnd) {
        return terms.stream()
                .filter(held -> held.kind() == kind)
                .findFirst()
                .flatMap(held -> held.termOf(youngPersonId))
                .map(MeasureTerms.Term::endsOn)
                .orElse(ownEnd);
    }
}
