package fr.reperes.participation;

import fr.reperes.access.CouncilInformation;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council's sessions: the animateur plans them (date and time, a place or an online link, an agenda) and publishes
 * the minutes afterwards, with who attended; the members read them. The minutes name members by first name only: a
 * text that holds a member's last name is refused.
 */
@Service
public class CouncilSessions {

    public static final int MAX_PLACE = 200;
    public static final int MAX_LINK = 300;
    /** Agenda and minutes: what a TEXT column holds in four-byte characters. */
    public static final int MAX_TEXT = 65_535 / 4;

    private static final String COLUMNS =
            "s.id, s.council_id, s.starts_at, s.place, s.online_link, s.agenda, s.minutes," + " s.minutes_published_at";

    private final JdbcClient jdbc;
    private final CouncilAccess access;
    private final Clock clock;

    CouncilSessions(JdbcClient jdbc, CouncilAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** Plans a session of the council. */
    @Transactional
    public long plan(Viewer viewer, long councilId, NewCouncilSession session) {
        access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        Map<String, String> errors = new LinkedHashMap<>();
        if (session.startsAt() == null) {
            errors.put("startsAt", "council.members.error.starts-at");
        }
        String place = session.place().strip();
        String link = session.onlineLink().strip();
        if (place.isEmpty() && link.isEmpty()) {
            errors.put("place", "council.members.error.place-or-link");
        }
        if (place.length() > MAX_PLACE) {
            errors.put("place", "council.members.error.place-too-long");
        }
        if (!link.isEmpty() && (!link.startsWith("https://") || link.length() > MAX_LINK || link.contains(" "))) {
            errors.put("onlineLink", "council.members.error.link");
        }
        String agenda = session.agenda().strip();
        if (agenda.isEmpty()) {
            errors.put("agenda", "council.members.error.agenda-required");
        } else if (agenda.length() > MAX_TEXT) {
            errors.put("agenda", "council.members.error.too-long");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO council_session (council_id, starts_at, place, online_link, agenda)
                        VALUES (:council, :startsAt, :place, :link, :agenda)""")
                .param("council", councilId)
                .param("startsAt", session.startsAt())
                .param("place", place.isEmpty() ? null : place)
                .param("link", link.isEmpty() ? null : link)
                .param("agenda", agenda)
                .update(key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** The council's sessions, the next first then the past ones newest first; minutes only once published. */
    public List<CouncilSession> sessions(Viewer viewer, long councilId) {
        access.require(viewer, councilId, CouncilInformation.COUNCIL);
        List<CouncilSession> all = read("s.council_id = :council", Map.of("council", councilId));
        LocalDateTime now = LocalDateTime.now(clock);
        List<CouncilSession> ordered = new ArrayList<>();
        all.stream().filter(s -> s.startsAt().isAfter(now)).forEach(ordered::add);
        ordered.sort((a, b) -> a.startsAt().compareTo(b.startsAt()));
        List<CouncilSession> past = new ArrayList<>(
                all.stream().filter(s -> !s.startsAt().isAfter(now)).toList());
        past.sort((a, b) -> b.startsAt().compareTo(a.startsAt()));
        ordered.addAll(past);
        return ordered;
    }

    /** The council's next session, if one is planned. */
    public Optional<CouncilSession> next(Viewer viewer, long councilId) {
        access.require(viewer, councilId, CouncilInformation.COUNCIL);
        return read(
                        "s.council_id = :council AND s.starts_at > :now ORDER BY s.starts_at LIMIT 1",
                        Map.of("council", councilId, "now", LocalDateTime.now(clock)))
                .stream()
                .findFirst();
    }

    /** One session, for the council's members and the animateur. */
    public CouncilSession session(Viewer viewer, long sessionId) {
        long councilId = councilOf(sessionId);
        access.require(viewer, councilId, CouncilInformation.COUNCIL);
        return read("s.id = :id", Map.of("id", sessionId)).getFirst();
    }

    /**
     * For the animateur's minutes: the members whose mandate was active on the session's day, and whether each is
     * recorded as attending.
     */
    public List<CouncilAttendee> attendees(Viewer viewer, long sessionId) {
        long councilId = councilOf(sessionId);
        access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        return jdbc.sql("""
                        SELECT m.id, m.first_name,
                               EXISTS (SELECT 1 FROM council_attendance a
                                       WHERE a.session_id = s.id AND a.mandate_id = m.id) AS attended
                        FROM council_session s
                        JOIN council_mandate m ON m.council_id = s.council_id
                        WHERE s.id = :id
                          AND m.starts_on <= DATE(s.starts_at) AND DATE(s.starts_at) <= m.ends_on
                          AND (m.resigned_on IS NULL OR m.resigned_on > DATE(s.starts_at))
                        ORDER BY m.first_name, m.id""")
                .param("id", sessionId)
                .query((rs, n) ->
                        new CouncilAttendee(rs.getLong("id"), rs.getString("first_name"), rs.getBoolean("attended")))
                .list();
    }

    /** The animateur's minutes as last saved (draft or published), for the editor. */
    public String minutesDraft(Viewer viewer, long sessionId) {
        long councilId = councilOf(sessionId);
        access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        return jdbc.sql("SELECT minutes FROM council_session WHERE id = :id")
                .param("id", sessionId)
                .query((rs, n) -> Optional.ofNullable(rs.getString("minutes")))
                .single()
                .orElse("");
    }

    /**
     * Publishes the minutes of a session that has taken place, with who attended (among the members of that day). A
     * text that names a member of the council by their last name is refused: the minutes use first names only.
     */
    @Transactional
    public void publishMinutes(Viewer viewer, long sessionId, String minutes, Set<Long> attendingMandateIds) {
        long councilId = councilOf(sessionId);
        access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        CouncilSession session = read("s.id = :id", Map.of("id", sessionId)).getFirst();
        String text = minutes.strip();
        if (session.startsAt().isAfter(LocalDateTime.now(clock))) {
            throw new InvalidInputException(Map.of("minutes", "council.members.error.not-yet-held"));
        }
        if (text.isEmpty()) {
            throw new InvalidInputException(Map.of("minutes", "council.members.error.minutes-required"));
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(Map.of("minutes", "council.members.error.too-long"));
        }
        if (namesAMemberByLastName(councilId, text)) {
            throw new InvalidInputException(Map.of("minutes", "council.members.error.last-name"));
        }
        Set<Long> possible = attendees(viewer, sessionId).stream()
                .map(CouncilAttendee::mandateId)
                .collect(Collectors.toSet());
        if (!possible.containsAll(attendingMandateIds)) {
            throw CouncilAccess.nothingThere();
        }
        jdbc.sql("UPDATE council_session SET minutes = :minutes, minutes_published_at = :now WHERE id = :id")
                .param("minutes", text)
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("id", sessionId)
                .update();
        jdbc.sql("DELETE FROM council_attendance WHERE session_id = :id")
                .param("id", sessionId)
                .update();
        for (long mandate : attendingMandateIds) {
            jdbc.sql("INSERT INTO council_attendance (session_id, mandate_id) VALUES (:session, :mandate)")
                    .param("session", sessionId)
                    .param("mandate", mandate)
                    .update();
        }
    }

    /** Whether the text holds, as a word, the last name of someone who sat on the council (accents and case aside). */
    private boolean namesAMemberByLastName(long councilId, String text) {
        List<String> lastNames = jdbc.sql("""
                        SELECT DISTINCT COALESCE(yp.last_name, pa.last_name) AS last_name
                        FROM council_mandate m
                        LEFT JOIN dossier_young_person_view yp ON yp.id = m.young_person_id
                        LEFT JOIN dossier_parent_view pa ON pa.id = m.parent_id
                        WHERE m.council_id = :council""")
                .param("council", councilId)
                .query((rs, n) -> rs.getString("last_name"))
                .list();
        String plain = plain(text);
        return lastNames.stream()
                .filter(Objects::nonNull)
                .map(CouncilSessions::plain)
                .filter(name -> !name.isBlank())
                .anyMatch(name -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                        .matcher(plain)
                        .find());
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('’', '\'')
                .toLowerCase(Locale.ROOT);
    }

    private long councilOf(long sessionId) {
        return jdbc.sql("SELECT council_id FROM council_session WHERE id = :id")
                .param("id", sessionId)
                .query(Long.class)
                .optional()
                .orElseThrow(CouncilAccess::nothingThere);
    }

    /** Sessions with their attendees' first names (published minutes only), in one statement. */
    private List<CouncilSession> read(String where, Map<String, Object> params) {
        Map<Long, List<String>> attendees = new HashMap<>();
        Map<Long, CouncilSession> sessions = new LinkedHashMap<>();
        JdbcClient.StatementSpec statement = jdbc.sql("SELECT " + COLUMNS + ", m.first_name AS attendee"
                + " FROM (SELECT * FROM council_session s WHERE " + where + ") s"
                + " LEFT JOIN council_attendance a ON a.session_id = s.id AND s.minutes_published_at IS NOT NULL"
                + " LEFT JOIN council_mandate m ON m.id = a.mandate_id"
                + " ORDER BY s.starts_at, s.id, m.first_name");
        for (Map.Entry<String, Object> param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        statement
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    if (!sessions.containsKey(id)) {
                        boolean published = rs.getTimestamp("minutes_published_at") != null;
                        sessions.put(
                                id,
                                new CouncilSession(
                                        id,
                                        rs.getLong("council_id"),
                                        rs.getObject("starts_at", LocalDateTime.class),
                                        rs.getString("place"),
                                        rs.getString("online_link"),
                                        rs.getString("agenda"),
                                        published ? rs.getString("minutes") : null,
                                        attendees.computeIfAbsent(id, k -> new ArrayList<>())));
                    }
                    String attendee = rs.getString("attendee");
                    if (attendee != null) {
                        attendees.computeIfAbsent(id, k -> new ArrayList<>()).add(attendee);
                    }
                    return id;
                })
                .list();
        return List.copyOf(sessions.values());
    }
}
