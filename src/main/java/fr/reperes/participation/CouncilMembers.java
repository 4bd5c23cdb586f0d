package fr.reperes.participation;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.CouncilInformation;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sits on a council: the animateur creates councils, invites young people (parents for a conseil des parents)
 * and answers their requests to join; a candidate answers an invitation or asks to join from their space; mandates
 * last two years (the day before the second anniversary of their start included), are renewed once, and end when the
 * member resigns (that day) or the animateur ends them. The council's balance and member list are for its members and
 * the animateur only. Every method starts with the {@link CouncilAccess} (or, for a référent, the {@link
 * DossierAccess}).
 */
@Service
public class CouncilMembers {

    public static final int MAX_NAME = 120;
    public static final int MANDATE_YEARS = 2;
    private static final int CANDIDATES_SHOWN = 10;
    private static final int SEARCH_AT_LEAST = 2;

    private static final String ACTIVE = """
            m.starts_on <= :today AND :today <= m.ends_on AND (m.resigned_on IS NULL OR m.resigned_on > :today)""";

    private final JdbcClient jdbc;
    private final CouncilAccess access;
    private final DossierAccess dossier;
    private final AuditJournal journal;
    private final Clock clock;
    private final YoungPersonService youngPeople;

    CouncilMembers(
            JdbcClient jdbc,
            CouncilAccess access,
            DossierAccess dossier,
            AuditJournal journal,
            Clock clock,
            YoungPersonService youngPeople) {
        this.youngPeople = youngPeople;
        this.jdbc = jdbc;
        this.access = access;
        this.dossier = dossier;
        this.journal = journal;
        this.clock = clock;
    }

    /** The last day of a mandate that starts on {@code start}: two years, the start day counted. */
    public static LocalDate endOfMandate(LocalDate start) {
        return start.plusYears(MANDATE_YEARS).minusDays(1);
    }

    // The animateur's side.

    /** The councils of the animateur's département, by name. */
    public List<CouncilSummary> councils(Viewer viewer) {
        access.requireAnimation(viewer);
        return jdbc.sql(summarySql("c.departement_id = :departementId") + " ORDER BY c.name")
                .param("departementId", viewer.departementId())
                .query((rs, n) -> summary(
                        rs.getLong("id"), rs.getString("name"), rs.getString("kind"), rs.getString("territory")))
                .list();
    }

    /** Creates a council of the animateur's département; a name already taken there is refused. */
    @Transactional
    public long create(Viewer viewer, @Nullable Long territoryId, CouncilKind kind, String name) {
        access.requireAnimation(viewer);
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw invalid("name", "council.members.error.name-required");
        }
        if (trimmed.length() > MAX_NAME) {
            throw invalid("name", "council.members.error.name-too-long");
        }
        boolean taken = jdbc.sql("SELECT COUNT(*) FROM council WHERE departement_id = :dep AND name = :name")
                        .param("dep", viewer.departementId())
                        .param("name", trimmed)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw invalid("name", "council.members.error.name-taken");
        }
        if (territoryId != null) {
            boolean ours =
                    jdbc.sql("SELECT COUNT(*) FROM dossier_territory_view WHERE id = :id AND departement_id = :dep")
                                    .param("id", territoryId)
                                    .param("dep", viewer.departementId())
                                    .query(Long.class)
                                    .single()
                            > 0;
            if (!ours) {
                throw invalid("territory", "council.members.error.territory");
            }
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO council (departement_id, territory_id, kind, name)
                        VALUES (:dep, :territory, :kind, :name)""")
                .param("dep", viewer.departementId())
                .param("territory", territoryId)
                .param("kind", kind.name())
                .param("name", trimmed)
                .update(key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** The territories of the animateur's département, for a territory's council: id to name. */
    public Map<Long, String> territories(Viewer viewer) {
        access.requireAnimation(viewer);
        Map<Long, String> territories = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM dossier_territory_view WHERE departement_id = :dep ORDER BY name")
                .param("dep", viewer.departementId())
                .query((rs, n) -> territories.put(rs.getLong("id"), rs.getString("name")))
                .list();
        return territories;
    }

    /**
     * Young people (for a conseil des jeunes) or parents (conseil des parents) of the département whose name contains
     * {@code search}, who neither sit on the council nor have an open invitation or request: at most ten, by name. The
     * young people listed are journaled (their "qui a consulté" shows the animateur saw their name).
     */
    @Transactional
    public List<CouncilCandidate> candidates(Viewer viewer, long councilId, String search) {
        AccessDecision decision = access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        String words = search.strip();
        if (words.length() < SEARCH_AT_LEAST) {
            return List.of();
        }
        CouncilKind kind = kind(councilId);
        String people = kind == CouncilKind.YOUTH ? "dossier_young_person_view" : "dossier_parent_view";
        String column = kind == CouncilKind.YOUTH ? "young_person_id" : "parent_id";
        List<CouncilCandidate> found = jdbc.sql("SELECT p.id, p.first_name, p.last_name FROM " + people + " p"
                        + " WHERE p.departement_id = :dep"
                        + " AND CONCAT(p.first_name, ' ', p.last_name) LIKE :search"
                        + " AND NOT EXISTS (SELECT 1 FROM council_mandate m WHERE m.council_id = :council AND m."
                        + column
                        + " = p.id AND m.ends_on >= :today AND (m.resigned_on IS NULL OR m.resigned_on > :today))"
                        + " AND NOT EXISTS (SELECT 1 FROM council_invitation i WHERE i.council_id = :council AND i."
                        + column + " = p.id AND i.answer IS NULL)"
                        + " ORDER BY p.last_name, p.first_name, p.id LIMIT " + CANDIDATES_SHOWN)
                .param("dep", viewer.departementId())
                .param(
                        "search",
                        "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("council", councilId)
                .param("today", access.today())
                .query((rs, n) -> new CouncilCandidate(
                        rs.getLong("id"), rs.getString("first_name") + " " + rs.getString("last_name")))
                .list();
        if (kind == CouncilKind.YOUTH) {
            journal.recordAll(
                    viewer,
                    found.stream().map(CouncilCandidate::id).toList(),
                    InformationKind.COUNCIL_MEMBERSHIP,
                    decision,
                    AuditAction.LISTED);
        }
        return found;
    }

    /** Invites a candidate (a young person or a parent, after the council's kind) of the département. */
    @Transactional
    public long invite(Viewer viewer, long councilId, long candidateId) {
        access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        CouncilKind kind = kind(councilId);
        String people = kind == CouncilKind.YOUTH ? "dossier_young_person_view" : "dossier_parent_view";
        boolean ofDepartement = jdbc.sql("SELECT COUNT(*) FROM " + people + " WHERE id = :id AND departement_id = :dep")
                        .param("id", candidateId)
                        .param("dep", viewer.departementId())
                        .query(Long.class)
                        .single()
                > 0;
        if (!ofDepartement) {
            throw CouncilAccess.nothingThere();
        }
        return open(councilId, kind, candidateId, "ANIMATEUR", null);
    }

    /** The invitations and requests of a council not answered yet, oldest first, with the candidates' full names. */
    @Transactional
    public List<CouncilInvitation> openInvitations(Viewer viewer, long councilId) {
        AccessDecision decision = access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        List<Long> youngPeople = new ArrayList<>();
        List<CouncilInvitation> open = jdbc.sql(summarySql("c.id = :council")
                                .replace("SELECT c.id,", """
                                SELECT i.id AS invitation_id, i.asked_by, i.created_at, i.young_person_id,
                                       COALESCE(CONCAT(yp.first_name, ' ', yp.last_name),
                                                CONCAT(pa.first_name, ' ', pa.last_name)) AS candidate, c.id,""")
                                .replace("FROM council c", """
                                FROM council_invitation i
                                JOIN council c ON c.id = i.council_id
                                LEFT JOIN dossier_young_person_view yp ON yp.id = i.young_person_id
                                LEFT JOIN dossier_parent_view pa ON pa.id = i.parent_id""")
                        + " AND i.answer IS NULL ORDER BY i.created_at, i.id")
                .param("council", councilId)
                .query((rs, n) -> {
                    long youngPerson = rs.getLong("young_person_id");
                    if (!rs.wasNull()) {
                        youngPeople.add(youngPerson);
                    }
                    return new CouncilInvitation(
                            rs.getLong("invitation_id"),
                            summary(
                                    rs.getLong("id"),
                                    rs.getString("name"),
                                    rs.getString("kind"),
                                    rs.getString("territory")),
                            rs.getString("asked_by").equals("CANDIDATE"),
                            rs.getString("candidate"),
                            rs.getTimestamp("created_at").toInstant());
                })
                .list();
        journal.recordAll(viewer, youngPeople, InformationKind.COUNCIL_MEMBERSHIP, decision, AuditAction.LISTED);
        return open;
    }

    /** The animateur accepts a request to join (the mandate starts today) or declines it. */
    @Transactional
    public void answerRequest(Viewer viewer, long invitationId, boolean accept) {
        Invitation invitation = invitation(invitationId).orElseThrow(CouncilAccess::nothingThere);
        access.require(viewer, invitation.councilId(), CouncilInformation.MANAGEMENT);
        if (!invitation.request()) {
            throw invalid("invitation", "council.members.error.not-a-request");
        }
        answer(invitation, accept, invitation.sex() == null ? MemberSex.UNSAID : invitation.sex());
    }

    /** The animateur withdraws an invitation the candidate has not answered. */
    @Transactional
    public void withdraw(Viewer viewer, long invitationId) {
        Invitation invitation = invitation(invitationId).orElseThrow(CouncilAccess::nothingThere);
        access.require(viewer, invitation.councilId(), CouncilInformation.MANAGEMENT);
        answer(invitation, false, MemberSex.UNSAID);
    }

    /**
     * Renews a mandate once: the new one starts the day after it ends and lasts two years. A renewal is not renewed
     * again, a mandate is not renewed twice, and a resigned one is not renewed.
     */
    @Transactional
    public long renew(Viewer viewer, long mandateId) {
        Mandate mandate = mandate(mandateId).orElseThrow(CouncilAccess::nothingThere);
        access.require(viewer, mandate.councilId(), CouncilInformation.MANAGEMENT);
        // Two clicks at once must make one renewal: the council's lock orders them, and the second reads the first's
        // renewal with a locking read (a plain read would see the transaction's older snapshot).
        lockCouncil(mandate.councilId());
        boolean renewedMeanwhile =
                jdbc.sql("SELECT COUNT(*) FROM council_mandate WHERE renews_mandate_id = :id FOR UPDATE")
                                .param("id", mandateId)
                                .query(Long.class)
                                .single()
                        > 0;
        if (mandate.renewsMandateId() != null) {
            throw invalid("mandate", "council.members.error.renewal-of-renewal");
        }
        if (mandate.renewed() || renewedMeanwhile) {
            throw invalid("mandate", "council.members.error.already-renewed");
        }
        if (mandate.resignedOn() != null || mandate.endsOn().isBefore(access.today())) {
            throw invalid("mandate", "council.members.error.ended");
        }
        LocalDate start = mandate.endsOn().plusDays(1);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO council_mandate (council_id, young_person_id, parent_id, first_name, sex,
                                                     starts_on, ends_on, renews_mandate_id)
                        SELECT council_id, young_person_id, parent_id, first_name, sex, :start, :end, id
                        FROM council_mandate WHERE id = :id""")
                .param("start", start)
                .param("end", endOfMandate(start))
                .param("id", mandateId)
                .update(key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** The animateur ends a mandate today (and the renewal that would follow it). */
    @Transactional
    public void endMandate(Viewer viewer, long mandateId) {
        Mandate mandate = mandate(mandateId).orElseThrow(CouncilAccess::nothingThere);
        access.require(viewer, mandate.councilId(), CouncilInformation.MANAGEMENT);
        // Ending a mandate while a vote is open would take a member's ballot away (the electorate stays as it was on
        // the opening day): the animateur could lower participation below the quorum. The member may still resign.
        lockCouncil(mandate.councilId());
        boolean voteOpen = jdbc.sql("""
                                SELECT COUNT(*) FROM council_vote WHERE council_id = :council AND closed_at IS NULL
                                  AND opens_at <= :now AND :now < closes_at LOCK IN SHARE MODE""")
                        .param("council", mandate.councilId())
                        .param("now", Timestamp.from(Instant.now(clock)))
                        .query(Long.class)
                        .single()
                > 0;
        if (voteOpen) {
            throw invalid("mandate", "council.votes.error.end-during-vote");
        }
        endFrom(mandateId, access.today());
    }

    // The candidate's and the member's side.

    /**
     * The viewer's own councils: where they sit today, the invitations and requests waiting, and the councils of their
     * kind in their département they may ask to join. Empty for anyone who sits on no council by role.
     */
    public CouncilSpace space(Viewer viewer) {
        Optional<String> column = personColumn(viewer);
        if (column.isEmpty()) {
            return new CouncilSpace(List.of(), List.of(), List.of(), List.of());
        }
        Long personId = personId(viewer);
        CouncilKind kind = viewer.role() == Role.JEUNE ? CouncilKind.YOUTH : CouncilKind.PARENTS;
        List<CouncilSpace.Seat> seats = new ArrayList<>();
        List<CouncilInvitation> invitations = new ArrayList<>();
        List<CouncilInvitation> requests = new ArrayList<>();
        List<CouncilSummary> joinable = new ArrayList<>();
        // One statement: each council of the viewer's kind, with the viewer's active mandate and open invitation.
        jdbc.sql(summarySql("c.departement_id = :dep AND c.kind = :kind")
                                .replace("SELECT c.id,", """
                                SELECT m.id AS mandate_id, m.starts_on, m.ends_on,
                                       i.id AS invitation_id, i.asked_by, i.created_at, c.id,""")
                                .replace(
                                        "FROM council c",
                                        "FROM council c"
                                                + " LEFT JOIN council_mandate m ON m.id = (SELECT MIN(m.id) FROM council_mandate m"
                                                + " WHERE m.council_id = c.id AND m." + column.get() + " = :person AND "
                                                + ACTIVE + ")"
                                                + " LEFT JOIN council_invitation i ON i.id = (SELECT MIN(i.id) FROM council_invitation i"
                                                + " WHERE i.council_id = c.id AND i." + column.get()
                                                + " = :person AND i.answer IS NULL)")
                        + " ORDER BY c.name")
                .param("dep", viewer.departementId())
                .param("kind", kind.name())
                .param("person", personId)
                .param("today", access.today())
                .query((rs, n) -> {
                    CouncilSummary council = summary(
                            rs.getLong("id"), rs.getString("name"), rs.getString("kind"), rs.getString("territory"));
                    long mandate = rs.getLong("mandate_id");
                    if (!rs.wasNull()) {
                        seats.add(new CouncilSpace.Seat(
                                council,
                                mandate,
                                rs.getObject("starts_on", LocalDate.class),
                                rs.getObject("ends_on", LocalDate.class)));
                        return council;
                    }
                    long invitation = rs.getLong("invitation_id");
                    if (!rs.wasNull()) {
                        CouncilInvitation open = new CouncilInvitation(
                                invitation,
                                council,
                                rs.getString("asked_by").equals("CANDIDATE"),
                                "",
                                rs.getTimestamp("created_at").toInstant());
                        (open.request() ? requests : invitations).add(open);
                        return council;
                    }
                    joinable.add(council);
                    return council;
                })
                .list();
        return new CouncilSpace(
                List.copyOf(seats), List.copyOf(invitations), List.copyOf(requests), List.copyOf(joinable));
    }

    /**
     * Whether the viewer has a council space at all: a council of their kind exists in their département. A parent
     * every file is closed to is shown one page that explains it, nothing else (as the dossier's menu does).
     */
    public boolean offersSpace(Viewer viewer) {
        if (personColumn(viewer).isEmpty() || !youngPeople.anyFileOpen(viewer)) {
            return false;
        }
        CouncilKind kind = viewer.role() == Role.JEUNE ? CouncilKind.YOUTH : CouncilKind.PARENTS;
        return jdbc.sql("SELECT COUNT(*) FROM council WHERE departement_id = :dep AND kind = :kind")
                        .param("dep", viewer.departementId())
                        .param("kind", kind.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The councils the viewer sits on today (for their home). */
    public List<CouncilSpace.Seat> seats(Viewer viewer) {
        Optional<String> column = personColumn(viewer);
        if (column.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(summarySql("c.departement_id = :dep")
                                .replace("SELECT c.id,", "SELECT m.id AS mandate_id, m.starts_on, m.ends_on, c.id,")
                                .replace(
                                        "FROM council c",
                                        "FROM council_mandate m JOIN council c ON c.id = m.council_id")
                        + " AND m." + column.get() + " = :person AND " + ACTIVE + " ORDER BY c.name")
                .param("dep", viewer.departementId())
                .param("person", personId(viewer))
                .param("today", access.today())
                .query((rs, n) -> new CouncilSpace.Seat(
                        summary(
                                rs.getLong("id"),
                                rs.getString("name"),
                                rs.getString("kind"),
                                rs.getString("territory")),
                        rs.getLong("mandate_id"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))
                .list();
    }

    /**
     * A young person (a parent, for a conseil des parents) asks to join, declaring their sex for the council's balance
     * ({@link MemberSex#UNSAID} if they prefer not to say). A member, or someone already invited or asking, is told so.
     */
    @Transactional
    public long askToJoin(Viewer viewer, long councilId, MemberSex sex) {
        AccessDecision decision = access.require(viewer, councilId, CouncilInformation.HOW_TO_JOIN);
        if (decision.reason() != AccessReason.MAY_ASK_TO_JOIN) {
            throw invalid("council", "council.members.error.already-member");
        }
        return open(councilId, kind(councilId), Objects.requireNonNull(personId(viewer)), "CANDIDATE", sex);
    }

    /** The candidate accepts the animateur's invitation (declaring their sex for the balance) or declines it. */
    @Transactional
    public void answerInvitation(Viewer viewer, long invitationId, boolean accept, MemberSex sex) {
        Invitation invitation = invitation(invitationId)
                .filter(i -> !i.request() && i.isFor(viewer))
                .orElseThrow(CouncilAccess::nothingThere);
        AccessDecision decision = access.require(viewer, invitation.councilId(), CouncilInformation.HOW_TO_JOIN);
        if (accept && decision.reason() != AccessReason.MAY_ASK_TO_JOIN) {
            throw invalid("invitation", "council.members.error.already-member");
        }
        answer(invitation, accept, sex);
    }

    /** The candidate withdraws their own request to join. */
    @Transactional
    public void withdrawRequest(Viewer viewer, long invitationId) {
        Invitation invitation = invitation(invitationId)
                .filter(i -> i.request() && i.isFor(viewer))
                .orElseThrow(CouncilAccess::nothingThere);
        access.require(viewer, invitation.councilId(), CouncilInformation.HOW_TO_JOIN);
        answer(invitation, false, MemberSex.UNSAID);
    }

    /**
     * The member leaves the council today: from today on they are no longer a member (their mandate, and a renewal
     * that would follow it, end the day before).
     */
    @Transactional
    public void resign(Viewer viewer, long councilId) {
        long mandateId = access.requireMandate(viewer, councilId);
        endFrom(mandateId, access.today());
    }

    // The council as its members and the animateur see it.

    /** What anyone of the council's kind may know: its name, who it is for, its territory. */
    public CouncilSummary council(Viewer viewer, long councilId) {
        access.require(viewer, councilId, CouncilInformation.HOW_TO_JOIN);
        return jdbc.sql(summarySql("c.id = :id"))
                .param("id", councilId)
                .query((rs, n) -> summary(
                        rs.getLong("id"), rs.getString("name"), rs.getString("kind"), rs.getString("territory")))
                .single();
    }

    /**
     * The members whose mandate is active today, by first name for a member and by full name for the animateur (then
     * journaled for each young person listed), oldest mandate first.
     */
    @Transactional
    public List<CouncilMember> members(Viewer viewer, long councilId) {
        access.require(viewer, councilId, CouncilInformation.COUNCIL);
        AccessDecision management = access.decide(viewer, councilId, CouncilInformation.MANAGEMENT);
        boolean fullNames = management.allowed();
        List<Long> youngPeople = new ArrayList<>();
        List<CouncilMember> members = jdbc.sql("""
                        SELECT m.id, m.first_name, m.starts_on, m.ends_on, m.renews_mandate_id, m.resigned_on,
                               m.young_person_id, COALESCE(yp.last_name, pa.last_name) AS last_name,
                               EXISTS (SELECT 1 FROM council_mandate r WHERE r.renews_mandate_id = m.id) AS renewed
                        FROM council_mandate m
                        LEFT JOIN dossier_young_person_view yp ON yp.id = m.young_person_id
                        LEFT JOIN dossier_parent_view pa ON pa.id = m.parent_id
                        WHERE m.council_id = :council AND """ + " " + ACTIVE + " " + """
                         ORDER BY m.starts_on, m.first_name, m.id""")
                .param("council", councilId)
                .param("today", access.today())
                .query((rs, n) -> {
                    long youngPerson = rs.getLong("young_person_id");
                    if (!rs.wasNull()) {
                        youngPeople.add(youngPerson);
                    }
                    rs.getLong("renews_mandate_id");
                    boolean renewal = !rs.wasNull();
                    boolean renewable = !renewal && !rs.getBoolean("renewed") && rs.getObject("resigned_on") == null;
                    String firstName = rs.getString("first_name");
                    return new CouncilMember(
                            rs.getLong("id"),
                            fullNames ? firstName + " " + rs.getString("last_name") : firstName,
                            rs.getObject("starts_on", LocalDate.class),
                            rs.getObject("ends_on", LocalDate.class),
                            renewal,
                            renewable);
                })
                .list();
        if (fullNames) {
            journal.recordAll(viewer, youngPeople, InformationKind.COUNCIL_MEMBERSHIP, management, AuditAction.LISTED);
        }
        return members;
    }

    /**
     * The council's balance today, in counts: for its members and the animateur, never a non-member. The kind of
     * measure and the territory are the animateur's, who keeps the balance the rules ask for: members know each other
     * by first name, so a count that moves when one of them joins or leaves would tell them whether that peer is
     * placed, and where their file is followed.
     */
    public CouncilBalance balance(Viewer viewer, long councilId) {
        boolean runs =
                access.require(viewer, councilId, CouncilInformation.COUNCIL).reason()
                        == AccessReason.COUNCIL_ANIMATEUR;
        LocalDate today = access.today();
        Map<MemberSex, Integer> bySex = zeros(MemberSex.class);
        Map<CouncilAgeBand, Integer> byAge = zeros(CouncilAgeBand.class);
        Map<CouncilMeasureGroup, Integer> byMeasure = zeros(CouncilMeasureGroup.class);
        Map<String, Integer> byTerritory = new TreeMap<>();
        int[] members = {0};
        boolean youth = kind(councilId) == CouncilKind.YOUTH;
        jdbc.sql("""
                        SELECT m.sex, yp.birth_date, t.name AS territory,
                               (SELECT me.kind FROM dossier_measure_view me
                                WHERE me.young_person_id = m.young_person_id AND me.starts_on <= :today
                                ORDER BY me.starts_on DESC LIMIT 1) AS measure_kind
                        FROM council_mandate m
                        LEFT JOIN dossier_young_person_view yp ON yp.id = m.young_person_id
                        LEFT JOIN dossier_territory_view t ON t.id = yp.territory_id
                        WHERE m.council_id = :council AND """ + " " + ACTIVE)
                .param("council", councilId)
                .param("today", today)
                .query((rs, n) -> {
                    members[0]++;
                    bySex.merge(MemberSex.valueOf(rs.getString("sex")), 1, Integer::sum);
                    if (youth) {
                        LocalDate birthDate = rs.getObject("birth_date", LocalDate.class);
                        byAge.merge(
                                birthDate == null ? CouncilAgeBand.OTHER : CouncilAgeBand.of(birthDate, today),
                                1,
                                Integer::sum);
                        String measure = rs.getString("measure_kind");
                        byMeasure.merge(
                                CouncilMeasureGroup.of(measure == null ? null : MeasureKind.valueOf(measure)),
                                1,
                                Integer::sum);
                        String territory = rs.getString("territory");
                        if (territory != null) {
                            byTerritory.merge(territory, 1, Integer::sum);
                        }
                    }
                    return n;
                })
                .list();
        return new CouncilBalance(
                members[0],
                CouncilBalance.SEATS,
                bySex,
                youth ? byAge : Map.of(),
                youth && runs ? byMeasure : Map.of(),
                runs ? byTerritory : Map.of());
    }

    // The référent's side.

    /** Whether a young person sits or sat on a council, and when: their référent sees it (journaled), a parent never. */
    @Transactional
    public List<CouncilMembership> membershipOf(Viewer viewer, long youngPersonId) {
        AccessDecision decision = dossier.require(viewer, youngPersonId, InformationKind.COUNCIL_MEMBERSHIP);
        journal.record(viewer, youngPersonId, InformationKind.COUNCIL_MEMBERSHIP, decision, AuditAction.READ);
        return jdbc.sql("""
                        SELECT c.name, m.starts_on, m.ends_on, m.resigned_on
                        FROM council_mandate m JOIN council c ON c.id = m.council_id
                        WHERE m.young_person_id = :youngPerson
                        ORDER BY m.starts_on DESC, m.id DESC""")
                .param("youngPerson", youngPersonId)
                .query((rs, n) -> new CouncilMembership(
                        rs.getString("name"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getObject("resigned_on", LocalDate.class)))
                .list();
    }

    // The parts.

    private long open(long councilId, CouncilKind kind, long candidateId, String askedBy, @Nullable MemberSex sex) {
        String column = kind == CouncilKind.YOUTH ? "young_person_id" : "parent_id";
        // Check-then-insert: the lock makes concurrent invitations, requests and answers of one council take turns, and
        // the checks are locking reads (the latest committed rows, not this transaction's older snapshot).
        lockCouncil(councilId);
        if (sits(councilId, column, candidateId)) {
            throw invalid("candidate", "council.members.error.already-member");
        }
        boolean waiting = jdbc.sql("SELECT COUNT(*) FROM council_invitation WHERE council_id = :council AND " + column
                                + " = :person AND answer IS NULL LOCK IN SHARE MODE")
                        .param("council", councilId)
                        .param("person", candidateId)
                        .query(Long.class)
                        .single()
                > 0;
        if (waiting) {
            throw invalid("candidate", "council.members.error.already-invited");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO council_invitation (council_id, " + column + ", asked_by, sex, created_at)"
                        + " VALUES (:council, :person, :askedBy, :sex, :now)")
                .param("council", councilId)
                .param("person", candidateId)
                .param("askedBy", askedBy)
                .param("sex", sex == null ? null : sex.name())
                .param("now", Timestamp.from(Instant.now(clock)))
                .update(key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** Answers an open invitation or request; an accepted one makes a mandate that starts today. */
    private void answer(Invitation invitation, boolean accept, MemberSex sex) {
        LocalDate today = access.today();
        // First of all (before this transaction locks any invitation row, or two answers wait on each other).
        lockCouncil(invitation.councilId());
        int answered = jdbc.sql("""
                        UPDATE council_invitation SET answer = :answer, answered_on = :today
                        WHERE id = :id AND answer IS NULL""")
                .param("answer", accept ? "ACCEPTED" : "DECLINED")
                .param("today", today)
                .param("id", invitation.id())
                .update();
        if (answered == 0) {
            throw invalid("invitation", "council.members.error.already-answered");
        }
        if (!accept) {
            return;
        }
        boolean youngPerson = invitation.youngPersonId() != null;
        if (sits(
                invitation.councilId(),
                youngPerson ? "young_person_id" : "parent_id",
                Objects.requireNonNull(youngPerson ? invitation.youngPersonId() : invitation.parentId()))) {
            // One active (or coming) mandate per person and council: a second one would be a second ballot.
            throw invalid("invitation", "council.members.error.already-member");
        }
        String firstName = jdbc.sql(
                        invitation.youngPersonId() != null
                                ? "SELECT first_name FROM dossier_young_person_view WHERE id = :id"
                                : "SELECT first_name FROM dossier_parent_view WHERE id = :id")
                .param("id", invitation.youngPersonId() != null ? invitation.youngPersonId() : invitation.parentId())
                .query(String.class)
                .single();
        jdbc.sql("""
                        INSERT INTO council_mandate (council_id, young_person_id, parent_id, first_name, sex,
                                                     starts_on, ends_on)
                        VALUES (:council, :youngPerson, :parent, :firstName, :sex, :start, :end)""")
                .param("council", invitation.councilId())
                .param("youngPerson", invitation.youngPersonId())
                .param("parent", invitation.parentId())
                .param("firstName", firstName)
                .param("sex", sex.name())
                .param("start", today)
                .param("end", endOfMandate(today))
                .update();
    }

    /**
     * Ends a mandate on {@code day} (the member is no longer one from that day), with the renewal that follows it; a
     * mandate that had not started yet never starts.
     */
    private void endFrom(long mandateId, LocalDate day) {
        jdbc.sql("""
                        UPDATE council_mandate SET resigned_on = :day
                        WHERE (id = :id OR renews_mandate_id = :id) AND resigned_on IS NULL""").param("day", day).param("id", mandateId).update();
    }

    /**
     * Locks the council's row until the transaction ends: whoever checks a council's mandates before writing one holds
     * it, so that two transactions never both see "no mandate" and both insert one.
     */
    private void lockCouncil(long councilId) {
        jdbc.sql("SELECT id FROM council WHERE id = :id FOR UPDATE")
                .param("id", councilId)
                .query(Long.class)
                .single();
    }

    /** Whether the person holds a mandate of the council that is active today or still to come. */
    private boolean sits(long councilId, String column, long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM council_mandate m WHERE m.council_id = :council AND m." + column
                                + " = :person AND m.ends_on >= :today"
                                + " AND (m.resigned_on IS NULL OR m.resigned_on > :today) LOCK IN SHARE MODE")
                        .param("council", councilId)
                        .param("person", personId)
                        .param("today", access.today())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Optional<Invitation> invitation(long invitationId) {
        return jdbc.sql("""
                        SELECT id, council_id, young_person_id, parent_id, asked_by, sex
                        FROM council_invitation WHERE id = :id AND answer IS NULL""")
                .param("id", invitationId)
                .query((rs, n) -> new Invitation(
                        rs.getLong("id"),
                        rs.getLong("council_id"),
                        (Long) rs.getObject("young_person_id", Long.class),
                        (Long) rs.getObject("parent_id", Long.class),
                        rs.getString("asked_by").equals("CANDIDATE"),
                        rs.getString("sex") == null ? null : MemberSex.valueOf(rs.getString("sex"))))
                .optional();
    }

    private Optional<Mandate> mandate(long mandateId) {
        return jdbc.sql("""
                        SELECT m.council_id, m.ends_on, m.renews_mandate_id, m.resigned_on,
                               EXISTS (SELECT 1 FROM council_mandate r WHERE r.renews_mandate_id = m.id) AS renewed
                        FROM council_mandate m WHERE m.id = :id""")
                .param("id", mandateId)
                .query((rs, n) -> new Mandate(
                        rs.getLong("council_id"),
                        rs.getObject("ends_on", LocalDate.class),
                        (Long) rs.getObject("renews_mandate_id", Long.class),
                        rs.getObject("resigned_on", LocalDate.class),
                        rs.getBoolean("renewed")))
                .optional();
    }

    private CouncilKind kind(long councilId) {
        return CouncilKind.valueOf(jdbc.sql("SELECT kind FROM council WHERE id = :id")
                .param("id", councilId)
                .query(String.class)
                .single());
    }

    static String summarySql(String where) {
        return """
                SELECT c.id, c.name, c.kind, t.name AS territory
                FROM council c
                LEFT JOIN dossier_territory_view t ON t.id = c.territory_id
                WHERE """ + " " + where;
    }

    static CouncilSummary summary(long id, String name, String kind, @Nullable String territory) {
        return new CouncilSummary(id, name, CouncilKind.valueOf(kind), territory);
    }

    private static Optional<String> personColumn(Viewer viewer) {
        if (viewer.role() == Role.JEUNE && viewer.youngPersonId() != null) {
            return Optional.of("young_person_id");
        }
        if (viewer.role() == Role.PARENT && viewer.parentId() != null) {
            return Optional.of("parent_id");
        }
        return Optional.empty();
    }

    private static @Nullable Long personId(Viewer viewer) {
        return viewer.role() == Role.JEUNE ? viewer.youngPersonId() : viewer.parentId();
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0);
        }
        return counts;
    }

    private static InvalidInputException invalid(String field, String key) {
        return new InvalidInputException(Map.of(field, key));
    }

    private record Invitation(
            long id,
            long councilId,
            @Nullable Long youngPersonId,
            @Nullable Long parentId,
            boolean request,
            @Nullable MemberSex sex) {

        boolean isFor(Viewer viewer) {
            return viewer.role() == Role.JEUNE
                    ? youngPersonId != null && youngPersonId.equals(viewer.youngPersonId())
                    : parentId != null && parentId.equals(viewer.parentId());
        }
    }

    private record Mandate(
            long councilId,
            LocalDate endsOn,
            @Nullable Long renewsMandateId,
            @Nullable LocalDate resignedOn,
            boolean renewed) {}
}
