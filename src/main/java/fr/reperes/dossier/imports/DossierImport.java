package fr.reperes.dossier.imports;

import fr.reperes.access.ParentalAuthority;
import fr.reperes.dossier.AnonymityGuard;
import fr.reperes.dossier.AttachedVersion;
import fr.reperes.dossier.CarePlanDraft;
import fr.reperes.dossier.ContactKind;
import fr.reperes.dossier.Decider;
import fr.reperes.dossier.Kinship;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.MeetingKind;
import fr.reperes.dossier.NewMeeting;
import fr.reperes.dossier.PlacementKind;
import fr.reperes.dossier.VisitingRights;
import fr.reperes.dossier.careplan.CarePlanInvalidException;
import fr.reperes.dossier.careplan.CarePlanStore;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
 * Loads people into a département in bulk: the demo département today, an import from the case-management software
 * tomorrow. Batches, not a statement per person, so that thousands load in seconds.
 */
@Service
public class DossierImport {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AnonymityGuard anonymity;
    private final CarePlanStore carePlans;

    DossierImport(JdbcClient jdbc, JdbcTemplate template, AnonymityGuard anonymity, CarePlanStore carePlans) {
        this.carePlans = carePlans;
        this.jdbc = jdbc;
        this.template = template;
        this.anonymity = anonymity;
    }

    public record NewYoungPerson(
            long territoryId,
            String firstName,
            String lastName,
            LocalDate birthDate,
            @Nullable Long referentId,
            boolean anonymityOrdered) {}

    public record NewParent(
            String firstName,
            String lastName,
            @Nullable String email,
            @Nullable String phone) {}

    public record NewParentLink(
            long youngPersonId,
            long parentId,
            Kinship kinship,
            ParentalAuthority authority,
            boolean grantedByYoungAdult) {}

    public record NewMeasure(
            long youngPersonId,
            MeasureKind kind,
            Decider decidedBy,
            LocalDate decidedOn,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable PlacementKind placementKind,
            @Nullable String placementName,
            @Nullable String placementAddress,
            @Nullable String placementPhone,
            @Nullable VisitingRights visitingRights,
            @Nullable String visitingFrequency) {

        public static NewMeasure athome(
                long youngPersonId,
                MeasureKind kind,
                Decider decidedBy,
                LocalDate startsOn,
                @Nullable LocalDate endsOn) {
            return new NewMeasure(
                    youngPersonId, kind, decidedBy, startsOn, startsOn, endsOn, null, null, null, null, null, null);
        }
    }

    @Transactional
    public void measures(List<NewMeasure> measures) {
        template.batchUpdate(
                "INSERT INTO measure (young_person_id, kind, decided_by, decided_on, starts_on, ends_on, "
                        + "placement_kind, placement_name, placement_address, placement_phone, visiting_rights, "
                        + "visiting_frequency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                measures.stream()
                        .map(m -> new Object[] {
                            m.youngPersonId(),
                            m.kind().name(),
                            m.decidedBy().name(),
                            Date.valueOf(m.decidedOn()),
                            Date.valueOf(m.startsOn()),
                            m.endsOn() == null ? null : Date.valueOf(m.endsOn()),
                            m.placementKind() == null ? null : m.placementKind().name(),
                            m.placementName(),
                            m.placementAddress(),
                            m.placementPhone(),
                            m.visitingRights() == null
                                    ? null
                                    : m.visitingRights().name(),
                            m.visitingFrequency()
                        })
                        .toList());
        // Checked once the placements are in: the visits' text must not name them (nothing is kept if it does).
        anonymity.checkAll(LongStream.range(0, measures.size())
                .mapToObj(i -> new AnonymityGuard.FamilyText(
                        measures.get((int) i).youngPersonId(),
                        "measures[" + i + "].visitingFrequency",
                        measures.get((int) i).visitingFrequency()))
                .toList());
    }

    public record NewContact(
            long youngPersonId,
            ContactKind kind,
            String name,
            @Nullable String organisation,
            @Nullable String phone,
            @Nullable String email,
            boolean partOfPlacement) {}

    @Transactional
    public void contacts(List<NewContact> contacts) {
        template.batchUpdate(
                "INSERT INTO contact (young_person_id, kind, name, organisation, phone, email, "
                        + "part_of_placement) VALUES (?, ?, ?, ?, ?, ?, ?)",
                contacts.stream()
                        .map(c -> new Object[] {
                            c.youngPersonId(),
                            c.kind().name(),
                            c.name(),
                            c.organisation(),
                            c.phone(),
                            c.email(),
                            c.partOfPlacement()
                        })
                        .toList());
        // The placement's own people are hidden from parents by the policy; the others must not name it.
        List<AnonymityGuard.FamilyText> texts = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            NewContact c = contacts.get(i);
            if (!c.partOfPlacement()) {
                texts.add(new AnonymityGuard.FamilyText(c.youngPersonId(), "contacts[" + i + "].name", c.name()));
                texts.add(new AnonymityGuard.FamilyText(
                        c.youngPersonId(), "contacts[" + i + "].organisation", c.organisation()));
                texts.add(new AnonymityGuard.FamilyText(c.youngPersonId(), "contacts[" + i + "].phone", c.phone()));
                texts.add(new AnonymityGuard.FamilyText(c.youngPersonId(), "contacts[" + i + "].email", c.email()));
            }
        }
        anonymity.checkAll(texts);
    }

    /**
     * A PPE version published at a given moment, as the référent would have written it; refused, with nothing
     * written, if a text names a placement kept secret from the parents.
     */
    @Transactional
    public int carePlan(
            long authorAccountId, String authorName, long youngPersonId, CarePlanDraft draft, Instant publishedAt) {
        Map<String, String> leaks = anonymity.leaks(youngPersonId, CarePlanStore.familyTexts(draft));
        if (!leaks.isEmpty()) {
            throw new CarePlanInvalidException(leaks);
        }
        long versionId = carePlans.storeDraft(authorAccountId, authorName, youngPersonId, draft);
        return carePlans.markPublished(youngPersonId, versionId, publishedAt);
    }

    /**
     * The next PPE version as a copy of the latest one, published at a given moment, for another module's import to
     * attach its part to (the projet d'accès à l'autonomie); that import checks its own texts.
     */
    @Transactional
    public AttachedVersion carePlanCopy(
            long authorAccountId, String authorName, long youngPersonId, LocalDate nextReviewOn, Instant publishedAt) {
        return carePlans.copyLatestAsPublished(authorAccountId, authorName, youngPersonId, nextReviewOn, publishedAt);
    }

    /**
     * A meeting as the référent would have created it, with its notes already published three days later when
     * {@code notes} is given; refused, with nothing written, if a text names a placement kept secret from the parents.
     */
    @Transactional
    public long meeting(
            long authorAccountId, String authorName, long youngPersonId, NewMeeting meeting, @Nullable String notes) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("place", meeting.place());
        texts.put("invited", meeting.invited());
        texts.put("questions", meeting.questions());
        texts.put("notes", notes);
        anonymity.check(youngPersonId, texts);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO meeting (young_person_id, kind, starts_at, place, invited, questions, notes,
                                             notes_published_at, notes_author_name, created_by_account_id)
                        VALUES (:yp, :kind, :startsAt, :place, :invited, :questions, :notes, :published,
                                :authorName, :author)""")
                .param("yp", youngPersonId)
                .param("kind", meeting.kind().name())
                .param("startsAt", meeting.startsAt())
                .param("place", meeting.place())
                .param("invited", meeting.invited())
                .param("questions", meeting.questions())
                .param("notes", notes)
                .param(
                        "published",
                        notes == null
                                ? null
                                : Timestamp.valueOf(meeting.startsAt().plusDays(3)))
                .param("authorName", notes == null ? null : authorName)
                .param("author", authorAccountId)
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
    }

    /**
     * A meeting from the case-management software, without notes. Nobody in Repères created it: its
     * created_by_account_id is 0, which no account has.
     */
    public record ImportedMeeting(long youngPersonId, MeetingKind kind, LocalDateTime startsAt, String place) {}

    /** Inserts meetings in one batch and returns their ids, in the order given. */
    @Transactional
    public List<Long> meetings(List<ImportedMeeting> meetings) {
        anonymity.checkAll(LongStream.range(0, meetings.size())
                .mapToObj(i -> new AnonymityGuard.FamilyText(
                        meetings.get((int) i).youngPersonId(),
                        "meetings[" + i + "].place",
                        meetings.get((int) i).place()))
                .toList());
        List<Long> ids = nextIds("meeting", meetings.size());
        template.batchUpdate(
                "INSERT INTO meeting (id, young_person_id, kind, starts_at, place, created_by_account_id) "
                        + "VALUES (?, ?, ?, ?, ?, 0)",
                LongStream.range(0, meetings.size())
                        .mapToObj(i -> {
                            ImportedMeeting m = meetings.get((int) i);
                            return new Object[] {
                                ids.get((int) i), m.youngPersonId(), m.kind().name(), m.startsAt(), m.place()
                            };
                        })
                        .toList());
        return ids;
    }

    @Transactional(readOnly = true)
    public Optional<Long> departementId(String code) {
        return jdbc.sql("SELECT id FROM departement WHERE code = :code")
                .param("code", code)
                .query(Long.class)
                .optional();
    }

    @Transactional
    public long departement(String code, String name) {
        return insert(jdbc.sql("INSERT INTO departement (code, name) VALUES (:code, :name)")
                .param("code", code)
                .param("name", name));
    }

    @Transactional
    public long territory(long departementId, String name) {
        return insert(jdbc.sql("INSERT INTO territory (departement_id, name) VALUES (:d, :n)")
                .param("d", departementId)
                .param("n", name));
    }

    @Transactional
    public long service(long departementId, long territoryId, String name, String phone) {
        return insert(jdbc.sql("INSERT INTO service_team (departement_id, territory_id, name, phone) "
                        + "VALUES (:d, :t, :n, :p)")
                .param("d", departementId)
                .param("t", territoryId)
                .param("n", name)
                .param("p", phone));
    }

    @Transactional
    public long professional(
            long departementId,
            @Nullable Long serviceId,
            String firstName,
            String lastName,
            String jobTitle,
            @Nullable String email,
            @Nullable String phone) {
        return insert(jdbc.sql("INSERT INTO professional (departement_id, service_id, first_name, last_name, "
                        + "job_title, email, phone) VALUES (:d, :s, :f, :l, :j, :e, :p)")
                .param("d", departementId)
                .param("s", serviceId)
                .param("f", firstName)
                .param("l", lastName)
                .param("j", jobTitle)
                .param("e", email)
                .param("p", phone));
    }

    @Transactional
    public void serviceHead(long serviceId, long professionalId) {
        jdbc.sql("UPDATE service_team SET head_professional_id = :p WHERE id = :s")
                .param("p", professionalId)
                .param("s", serviceId)
                .update();
    }

    /** Inserts young people in one batch and returns their ids, in the order given. */
    @Transactional
    public List<Long> youngPeople(long departementId, List<NewYoungPerson> people) {
        List<Long> ids = nextIds("young_person", people.size());
        template.batchUpdate(
                "INSERT INTO young_person (id, departement_id, territory_id, first_name, last_name, "
                        + "birth_date, referent_id, placement_anonymity_ordered) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                LongStream.range(0, people.size())
                        .mapToObj(i -> {
                            NewYoungPerson p = people.get((int) i);
                            return new Object[] {
                                ids.get((int) i),
                                departementId,
                                p.territoryId(),
                                p.firstName(),
                                p.lastName(),
                                Date.valueOf(p.birthDate()),
                                p.referentId(),
                                p.anonymityOrdered()
                            };
                        })
                        .toList());
        return ids;
    }

    @Transactional
    public List<Long> parents(long departementId, List<NewParent> parents) {
        List<Long> ids = nextIds("parent", parents.size());
        template.batchUpdate(
                "INSERT INTO parent (id, departement_id, first_name, last_name, email, phone) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                LongStream.range(0, parents.size())
                        .mapToObj(i -> {
                            NewParent p = parents.get((int) i);
                            return new Object[] {
                                ids.get((int) i), departementId, p.firstName(), p.lastName(), p.email(), p.phone()
                            };
                        })
                        .toList());
        return ids;
    }

    @Transactional
    public void parentLinks(List<NewParentLink> links) {
        template.batchUpdate(
                "INSERT INTO parent_link (young_person_id, parent_id, kinship, authority, "
                        + "granted_by_young_adult) VALUES (?, ?, ?, ?, ?)",
                links.stream()
                        .map(l -> new Object[] {
                            l.youngPersonId(),
                            l.parentId(),
                            l.kinship().name(),
                            l.authority().name(),
                            l.grantedByYoungAdult()
                        })
                        .toList());
    }

    /** Ids for a bulk insert; imports run alone at start-up, so reading the current maximum is safe. */
    private List<Long> nextIds(String table, int count) {
        long max = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM " + table)
                .query(Long.class)
                .single();
        return LongStream.rangeClosed(max + 1, max + count).boxed().toList();
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
    }
}
