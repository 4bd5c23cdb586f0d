package fr.reperes.autonomy.grid;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.Content;
import fr.reperes.access.ContentReader;
import fr.reperes.access.InformationKind;
import fr.reperes.autonomy.Assessment;
import fr.reperes.autonomy.AutonomyAges;
import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.AutonomyLevel;
import fr.reperes.autonomy.NewStep;
import fr.reperes.autonomy.StepStatus;
import fr.reperes.autonomy.pathway.PathwayWithheld;
import fr.reperes.dossier.AnonymityGuard;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.dossier.FamilyFilter;
import fr.reperes.dossier.YoungPersonProfile;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mon projet d'autonomie": the grid the young person fills, and the steps they take with the département's partners.
 * The young person writes their own grid; the young person and their référent add and follow steps; parents read
 * only as the policy allows.
 */
@Service
public class AutonomyService {

    /** The size of {@code autonomy_assessment.comment}. */
    public static final int MAX_COMMENT = 500;
    /** The size of {@code autonomy_step.title}. */
    public static final int MAX_STEP_TITLE = 200;
    /** The size of {@code autonomy_step.helper}. */
    public static final int MAX_STEP_HELPER = 160;

    private final JdbcClient jdbc;
    private final DossierAccess access;
    private final AuditJournal journal;
    private final YoungPersonService youngPeople;
    private final AnonymityGuard anonymity;
    private final Clock clock;

    AutonomyService(
            JdbcClient jdbc,
            DossierAccess access,
            AuditJournal journal,
            YoungPersonService youngPeople,
            AnonymityGuard anonymity,
            Clock clock) {
        this.anonymity = anonymity;
        this.jdbc = jdbc;
        this.access = access;
        this.journal = journal;
        this.youngPeople = youngPeople;
        this.clock = clock;
    }

    @Transactional
    public AutonomySpace space(Viewer viewer, long youngPersonId) {
        ContentReader reader = access.reader(viewer, youngPersonId);
        AccessDecision decision = access.require(
                viewer, youngPersonId, InformationKind.AUTONOMY, reader.decide(Content.of(InformationKind.AUTONOMY)));
        YoungPersonProfile profile = youngPeople.profile(viewer, youngPersonId);
        LocalDate today = LocalDate.now(clock);
        if (!AutonomyAges.spaceOpen(profile.birthDate(), today)) {
            return new AutonomySpace(
                    youngPersonId,
                    profile.firstName(),
                    false,
                    AutonomyAges.spaceOpensOn(profile.birthDate()),
                    false,
                    Map.of(),
                    List.of(),
                    !today.isBefore(AutonomyAges.spaceOpensOn(profile.birthDate())),
                    Set.of());
        }
        Set<AutonomyDomain> withheld = EnumSet.noneOf(AutonomyDomain.class);
        for (AutonomyDomain domain : AutonomyDomain.values()) {
            if (!reader.mayRead(InformationKind.AUTONOMY, domain)) {
                withheld.add(domain);
            }
        }
        Map<AutonomyDomain, Assessment> grid = new EnumMap<>(AutonomyDomain.class);
        jdbc.sql("SELECT domain, level, comment, comment_shared_with_parents FROM autonomy_assessment "
                        + "WHERE young_person_id = :id")
                .param("id", youngPersonId)
                .query(rs -> {
                    AutonomyDomain domain = AutonomyDomain.valueOf(rs.getString("domain"));
                    if (withheld.contains(domain)) {
                        return;
                    }
                    boolean shared = rs.getBoolean("comment_shared_with_parents");
                    String comment =
                            reader.mayRead(Content.ownWords(true, shared).in(domain)) ? rs.getString("comment") : null;
                    grid.put(
                            domain,
                            new Assessment(domain, AutonomyLevel.valueOf(rs.getString("level")), comment, shared));
                });
        List<AutonomyStep> allSteps = jdbc.sql("""
                        SELECT s.id, s.domain, s.title, s.status, s.due_on, s.helper, p.id AS p_id, p.kind, p.name,
                               p.helps_with, p.address, p.hours, p.phone
                        FROM autonomy_step s LEFT JOIN partner p ON p.id = s.partner_id
                        WHERE s.young_person_id = :id ORDER BY s.domain, s.due_on IS NULL, s.due_on, s.id""")
                .param("id", youngPersonId)
                .query((rs, n) -> new AutonomyStep(
                        rs.getLong("id"),
                        AutonomyDomain.valueOf(rs.getString("domain")),
                        rs.getString("title"),
                        StepStatus.valueOf(rs.getString("status")),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getString("helper"),
                        rs.getObject("p_id") == null
                                ? null
                                : new Partner(
                                        rs.getLong("p_id"),
                                        rs.getString("kind"),
                                        rs.getString("name"),
                                        rs.getString("helps_with"),
                                        rs.getString("address"),
                                        rs.getString("hours"),
                                        rs.getString("phone"))))
                .list();
        List<AutonomyStep> steps = reader.readable(InformationKind.AUTONOMY, allSteps);
        journal.record(viewer, youngPersonId, InformationKind.AUTONOMY, decision, AuditAction.READ);
        FamilyFilter filter = anonymity.filterFor(decision, youngPersonId);
        if (filter.active()) {
            steps = PathwayWithheld.steps(filter, steps);
            grid.replaceAll((domain, answer) -> PathwayWithheld.assessment(filter, answer));
        }
        return new AutonomySpace(
                youngPersonId,
                profile.firstName(),
                true,
                AutonomyAges.spaceOpensOn(profile.birthDate()),
                AutonomyAges.interviewDue(profile.birthDate(), today),
                grid,
                steps,
                false,
                Set.copyOf(withheld));
    }

    /** The young person answers the grid for one domain, keeping their comment from their parents. */
    @Transactional
    public void assess(Viewer viewer, long youngPersonId, AutonomyDomain domain, AutonomyLevel level, String comment) {
        assess(viewer, youngPersonId, domain, level, comment, false);
    }

    /**
     * The young person answers the grid for one domain; nobody else writes it. Their comment is their own words:
     * their parents read it only if {@code shareCommentWithParents}.
     */
    @Transactional
    public void assess(
            Viewer viewer,
            long youngPersonId,
            AutonomyDomain domain,
            AutonomyLevel level,
            @Nullable String comment,
            boolean shareCommentWithParents) {
        access.requireSelf(viewer, youngPersonId, InformationKind.AUTONOMY);
        Map<String, String> errors = new LinkedHashMap<>();
        if (level == null) {
            errors.put(domain.name() + ".level", "autonomy.error.level");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            errors.put(domain.name() + ".comment", "ppe.error.too-long");
        }
        anonymity
                .leaks(youngPersonId, Map.of(domain.name() + ".comment", comment == null ? "" : comment), viewer)
                .forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                        INSERT INTO autonomy_assessment (young_person_id, domain, level, comment,
                                                         comment_shared_with_parents, updated_at)
                        VALUES (:yp, :domain, :level, :comment, :shared, :now)
                        ON DUPLICATE KEY UPDATE level = VALUES(level), comment = VALUES(comment),
                                                comment_shared_with_parents = VALUES(comment_shared_with_parents),
                                                updated_at = VALUES(updated_at)""")
                .param("yp", youngPersonId)
                .param("domain", domain.name())
                .param("level", level.name())
                .param("shared", shareCommentWithParents)
                .param("comment", comment == null || comment.isBlank() ? null : comment.trim())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** The young person or their référent adds a step. */
    @Transactional
    public long addStep(Viewer viewer, long youngPersonId, NewStep step) {
        requireSelfOrProfessional(viewer, youngPersonId);
        LocalDate birthDate = youngPeople.profile(viewer, youngPersonId).birthDate();
        Map<String, String> errors = new LinkedHashMap<>();
        if (step.domain() == null) {
            errors.put("domain", "autonomy.error.domain");
        }
        if (step.title() == null || step.title().isBlank()) {
            errors.put("title", "autonomy.error.title");
        } else if (step.title().length() > MAX_STEP_TITLE) {
            errors.put("title", "ppe.error.too-long");
        }
        if (step.dueOn() != null
                && (step.dueOn().isBefore(LocalDate.now(clock).minusYears(1))
                        || step.dueOn().isAfter(birthDate.plusYears(21)))) {
            errors.put("dueOn", "autonomy.error.due-impossible");
        }
        if (step.helper() != null && step.helper().trim().length() > MAX_STEP_HELPER) {
            errors.put("helper", "ppe.error.too-long");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", step.title());
        texts.put("helper", step.helper());
        anonymity.leaks(youngPersonId, texts, viewer).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO autonomy_step (young_person_id, domain, title, status, due_on, helper, partner_id,
                                                   created_at)
                        VALUES (:yp, :domain, :title, 'TODO', :due, :helper, :partner, :now)""")
                .param("yp", youngPersonId)
                .param("domain", step.domain().name())
                .param("title", step.title().trim())
                .param("due", step.dueOn())
                .param(
                        "helper",
                        step.helper() == null || step.helper().isBlank()
                                ? null
                                : step.helper().trim())
                .param("partner", step.partnerId())
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
    }

    @Transactional
    public void setStatus(Viewer viewer, long stepId, StepStatus status) {
        long youngPersonId = jdbc.sql("SELECT young_person_id FROM autonomy_step WHERE id = :id")
                .param("id", stepId)
                .query(Long.class)
                .optional()
                .orElseThrow(DossierAccess::nothingThere);
        requireSelfOrProfessional(viewer, youngPersonId);
        jdbc.sql("UPDATE autonomy_step SET status = :status WHERE id = :id")
                .param("status", status.name())
                .param("id", stepId)
                .update();
    }

    /** The département's partners: public information, no personal data. */
    @Transactional(readOnly = true)
    public List<Partner> partners(long departementId) {
        return jdbc.sql("SELECT id, kind, name, helps_with, address, hours, phone FROM partner "
                        + "WHERE departement_id = :dep ORDER BY kind, name")
                .param("dep", departementId)
                .query((rs, n) -> new Partner(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("name"),
                        rs.getString("helps_with"),
                        rs.getString("address"),
                        rs.getString("hours"),
                        rs.getString("phone")))
                .list();
    }

    private void requireSelfOrProfessional(Viewer viewer, long youngPersonId) {
        AccessReason reason =
                access.require(viewer, youngPersonId, InformationKind.AUTONOMY).reason();
        if (reason != AccessReason.SELF && !reason.professional()) {
            throw access.refused(viewer, youngPersonId, InformationKind.AUTONOMY, AccessReason.NOT_THEIR_FILE);
        }
    }
}
