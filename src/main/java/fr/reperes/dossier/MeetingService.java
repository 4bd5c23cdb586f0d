package fr.reperes.dossier;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.anonymity.DossierFamilyTexts;
import fr.reperes.dossier.meetings.Meeting;
import fr.reperes.dossier.meetings.MeetingNotesPdf;
import fr.reperes.dossier.meetings.YoungPersonMeetings;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings about a young person and their notes: scheduled and published by the référent, read by the family. */
@Service
public class MeetingService {

    /** The size of {@code meeting.place}; the form's field stops there too. */
    public static final int MAX_PLACE = 255;
    /** The size of {@code meeting.invited}. */
    public static final int MAX_INVITED = 500;
    /**
     * What a TEXT column ({@code meeting.questions, meeting.notes}) holds whatever the characters: 65,535 bytes, up to four a character in utf8mb4.
     */
    public static final int MAX_TEXT = 65_535 / 4;

    private static final String COLUMNS =
            "id, kind, starts_at, place, invited, questions, notes, notes_published_at, " + "notes_author_name";

    private final JdbcClient jdbc;
    private final DossierAccess access;
    private final AuditJournal journal;
    private final YoungPersonService youngPeople;
    private final AnonymityGuard anonymity;
    private final BundleTranslations translations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DateTexts dates;

    MeetingService(
            JdbcClient jdbc,
            DossierAccess access,
            AuditJournal journal,
            YoungPersonService youngPeople,
            AnonymityGuard anonymity,
            BundleTranslations translations,
            ApplicationEventPublisher events,
            Clock clock,
            DateTexts dates) {
        this.dates = dates;
        this.translations = translations;
        this.events = events;
        this.jdbc = jdbc;
        this.access = access;
        this.journal = journal;
        this.youngPeople = youngPeople;
        this.anonymity = anonymity;
        this.clock = clock;
    }

    @Transactional
    public YoungPersonMeetings meetings(Viewer viewer, long youngPersonId) {
        AccessDecision decision = access.require(viewer, youngPersonId, InformationKind.MEETINGS_AND_NOTES);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Meeting> all = jdbc.sql(
                        "SELECT " + COLUMNS + " FROM meeting WHERE young_person_id = :id " + "ORDER BY starts_at DESC")
                .param("id", youngPersonId)
                .query((rs, n) -> {
                    Timestamp published = rs.getTimestamp("notes_published_at");
                    return new Meeting(
                            rs.getLong("id"),
                            MeetingKind.valueOf(rs.getString("kind")),
                            rs.getObject("starts_at", LocalDateTime.class),
                            rs.getString("place"),
                            rs.getString("invited"),
                            rs.getString("questions"),
                            published == null ? null : rs.getString("notes"),
                            published == null ? null : published.toInstant(),
                            rs.getString("notes_author_name"));
                })
                .list();
        FamilyFilter filter = anonymity.filterFor(decision, youngPersonId);
        if (filter.active()) {
            all = all.stream().map(m -> withheld(filter, m)).toList();
        }
        List<Meeting> upcoming = new ArrayList<>(
                all.stream().filter(m -> m.startsAt().isAfter(now)).toList());
        Collections.reverse(upcoming);
        List<Meeting> past =
                all.stream().filter(m -> !m.startsAt().isAfter(now)).toList();
        YoungPersonProfile profile = youngPeople.profile(viewer, youngPersonId);
        journal.record(viewer, youngPersonId, InformationKind.MEETINGS_AND_NOTES, decision, AuditAction.READ);
        return new YoungPersonMeetings(youngPersonId, profile.firstName(), upcoming, past);
    }

    /** What a parent under an anonymity order may read of a meeting: withheld notes are as if not yet published. */
    private static Meeting withheld(FamilyFilter filter, Meeting m) {
        boolean notesHidden = filter.hides(DossierFamilyTexts.MEETING_NOTES, m.id(), m.notes());
        return new Meeting(
                m.id(),
                m.kind(),
                m.startsAt(),
                filter.show(DossierFamilyTexts.MEETING_PLACE, m.id(), m.place()),
                filter.show(DossierFamilyTexts.MEETING_INVITED, m.id(), m.invited()),
                filter.show(DossierFamilyTexts.MEETING_QUESTIONS, m.id(), m.questions()),
                notesHidden ? null : m.notes(),
                notesHidden ? null : m.notesPublishedAt(),
                notesHidden ? null : m.notesAuthorName());
    }

    /** Published notes as a PDF, read (and journaled) like the page. */
    @Transactional
    public byte[] notesPdf(Viewer viewer, long youngPersonId, long meetingId, Locale locale) {
        YoungPersonMeetings meetings = meetings(viewer, youngPersonId);
        Meeting meeting = meetings.past().stream()
                .filter(m -> m.id() == meetingId && m.notesPublished())
                .findFirst()
                .orElseThrow(() -> access.refused(
                        viewer, youngPersonId, InformationKind.MEETINGS_AND_NOTES, AccessReason.NOT_THEIR_FILE));
        return MeetingNotesPdf.render(meeting, meetings.firstName(), locale, translations, dates);
    }

    /** A young person's own meetings; a parent's, one list per child whose file is open to them. */
    @Transactional
    public List<YoungPersonMeetings> mine(Viewer viewer) {
        if (viewer.role() == Role.JEUNE && viewer.youngPersonId() != null) {
            return List.of(meetings(viewer, viewer.youngPersonId()));
        }
        if (viewer.role() == Role.PARENT) {
            List<YoungPersonMeetings> children = new ArrayList<>();
            for (ChildCard child : youngPeople.children(viewer)) {
                if (child.open()) {
                    children.add(meetings(viewer, child.openId()));
                }
            }
            return children;
        }
        throw new IllegalStateException("Only young people and parents have 'my meetings'");
    }

    @Transactional
    public long schedule(Viewer viewer, long youngPersonId, NewMeeting meeting) {
        requireReferent(viewer, youngPersonId);
        Map<String, String> errors = errors(youngPersonId, meeting);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO meeting (young_person_id, kind, starts_at, place, invited, questions,
                                             created_by_account_id)
                        VALUES (:yp, :kind, :startsAt, :place, :invited, :questions, :author)""")
                .param("yp", youngPersonId)
                .param("kind", meeting.kind().name())
                .param("startsAt", meeting.startsAt())
                .param("place", meeting.place().trim())
                .param("invited", blankToNull(meeting.invited()))
                .param("questions", blankToNull(meeting.questions()))
                .param("author", viewer.accountId())
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
    }

    /**
     * Moves a meeting that has not taken place to another date or place, with the same checks as scheduling it; the
     * reminder two days before goes out again for the new date.
     */
    @Transactional
    public void reschedule(Viewer viewer, long meetingId, LocalDateTime startsAt, String place) {
        MeetingRow meeting = jdbc.sql(
                        "SELECT young_person_id, starts_at, notes_published_at FROM meeting WHERE id = :id")
                .param("id", meetingId)
                .query((rs, n) -> new MeetingRow(
                        rs.getLong("young_person_id"),
                        rs.getObject("starts_at", LocalDateTime.class),
                        rs.getTimestamp("notes_published_at") != null))
                .optional()
                .orElseThrow(DossierAccess::nothingThere);
        requireReferent(viewer, meeting.youngPersonId());
        MeetingKind kind = MeetingKind.valueOf(jdbc.sql("SELECT kind FROM meeting WHERE id = :id")
                .param("id", meetingId)
                .query(String.class)
                .single());
        Map<String, String> errors = errors(meeting.youngPersonId(), new NewMeeting(kind, startsAt, place, null, null));
        if (meeting.published() || meeting.startsAt().isBefore(LocalDateTime.now(clock))) {
            errors.put("startsAt", "meeting.error.reschedule-past");
        } else if (startsAt != null && startsAt.isBefore(LocalDateTime.now(clock))) {
            errors.putIfAbsent("startsAt", "meeting.error.date.impossible");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE meeting SET starts_at = :startsAt, place = :place WHERE id = :id")
                .param("startsAt", startsAt)
                .param("place", place.trim())
                .param("id", meetingId)
                .update();
        events.publishEvent(new MeetingRescheduled(meeting.youngPersonId(), meetingId, clock.instant()));
    }

    private Map<String, String> errors(long youngPersonId, NewMeeting meeting) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (meeting.kind() == null) {
            errors.put("kind", "meeting.error.kind");
        }
        if (meeting.startsAt() == null) {
            errors.put("startsAt", "meeting.error.date.missing");
        } else if (meeting.startsAt().isBefore(LocalDateTime.now(clock).minusYears(1))
                || meeting.startsAt().isAfter(LocalDateTime.now(clock).plusYears(2))) {
            errors.put("startsAt", "meeting.error.date.impossible");
        }
        if (meeting.place() == null || meeting.place().isBlank()) {
            errors.put("place", "meeting.error.place");
        } else if (meeting.place().length() > MAX_PLACE) {
            errors.put("place", "ppe.error.too-long");
        }
        if (meeting.invited() != null && meeting.invited().length() > MAX_INVITED) {
            errors.put("invited", "ppe.error.too-long");
        }
        if (meeting.questions() != null && meeting.questions().length() > MAX_TEXT) {
            errors.put("questions", "ppe.error.too-long");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("place", meeting.place());
        texts.put("invited", meeting.invited());
        texts.put("questions", meeting.questions());
        anonymity.leaks(youngPersonId, texts).forEach(errors::putIfAbsent);
        return errors;
    }

    /** Publishes the notes of a meeting that took place; published notes are final. */
    @Transactional
    public void publishNotes(Viewer viewer, long meetingId, String notes) {
        MeetingRow meeting = jdbc.sql(
                        "SELECT young_person_id, starts_at, notes_published_at FROM meeting WHERE id = :id")
                .param("id", meetingId)
                .query((rs, n) -> new MeetingRow(
                        rs.getLong("young_person_id"),
                        rs.getObject("starts_at", LocalDateTime.class),
                        rs.getTimestamp("notes_published_at") != null))
                .optional()
                .orElseThrow(DossierAccess::nothingThere);
        requireReferent(viewer, meeting.youngPersonId());
        Map<String, String> errors = new LinkedHashMap<>();
        if (meeting.published()) {
            errors.put("notes", "meeting.error.notes.published");
        } else if (meeting.startsAt().isAfter(LocalDateTime.now(clock))) {
            errors.put("notes", "meeting.error.notes.future");
        } else if (notes == null || notes.isBlank()) {
            errors.put("notes", "meeting.error.notes.empty");
        } else if (notes.length() > MAX_TEXT) {
            errors.put("notes", "ppe.error.too-long");
        }
        anonymity
                .leaks(meeting.youngPersonId(), Map.of("notes", notes == null ? "" : notes))
                .forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE meeting SET notes = :notes, notes_published_at = :now, notes_author_name = :author "
                        + "WHERE id = :id AND notes_published_at IS NULL")
                .param("notes", notes.trim())
                .param("now", Timestamp.from(clock.instant()))
                .param("author", viewer.displayName())
                .param("id", meetingId)
                .update();
        events.publishEvent(new MeetingNotesPublished(meeting.youngPersonId(), meetingId));
    }

    /** Meetings starting between now and {@code within} from now, for reminders. */
    @Transactional(readOnly = true)
    public List<UpcomingMeeting> startingWithin(Duration within) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.sql(
                        "SELECT id, young_person_id, starts_at FROM meeting WHERE starts_at > :now AND starts_at <= :until")
                .param("now", now)
                .param("until", now.plus(within))
                .query((rs, n) -> new UpcomingMeeting(
                        rs.getLong("id"),
                        rs.getLong("young_person_id"),
                        rs.getObject("starts_at", LocalDateTime.class)))
                .list();
    }

    private void requireReferent(Viewer viewer, long youngPersonId) {
        access.requireProfessional(viewer, youngPersonId, InformationKind.MEETINGS_AND_NOTES);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private record MeetingRow(long youngPersonId, LocalDateTime startsAt, boolean published) {}
}
