package fr.reperes.dossier;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.Content;
import fr.reperes.access.ContentReader;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.anonymity.DossierFamilyTexts;
import fr.reperes.dossier.careplan.CarePlanInvalidException;
import fr.reperes.dossier.careplan.CarePlanPdf;
import fr.reperes.dossier.careplan.CarePlanStore;
import fr.reperes.dossier.careplan.CarePlanSummary;
import fr.reperes.dossier.careplan.CarePlanVersion;
import fr.reperes.dossier.careplan.DomainPlan;
import fr.reperes.dossier.careplan.YoungPersonCarePlan;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PPE: published versions for the young person and the parents, drafts for the référent. Reading a version
 * costs the same few statements whatever the number of domains and actions.
 */
@Service
public class CarePlanService {

    /** The size of {@code care_plan_action.what}. */
    public static final int MAX_ACTION_WHAT = 500;
    /** The size of {@code care_plan_action.who}. */
    public static final int MAX_ACTION_WHO = 160;
    /**
     * What a TEXT column ({@code care_plan_domain.needs, care_plan_version.youth_words...}) holds whatever the characters: 65,535 bytes, up to four a character in utf8mb4.
     */
    public static final int MAX_TEXT = 65_535 / 4;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DossierAccess access;
    private final AuditJournal journal;
    private final YoungPersonService youngPeople;
    private final AnonymityGuard anonymity;
    private final BundleTranslations translations;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<CarePlanAttachment> attachments;
    private final CarePlanStore store;
    private final Clock clock;
    private final DateTexts dates;

    CarePlanService(
            JdbcClient jdbc,
            JdbcTemplate template,
            DossierAccess access,
            AuditJournal journal,
            YoungPersonService youngPeople,
            AnonymityGuard anonymity,
            BundleTranslations translations,
            ApplicationEventPublisher events,
            ObjectProvider<CarePlanAttachment> attachments,
            CarePlanStore store,
            Clock clock,
            DateTexts dates) {
        this.store = store;
        this.dates = dates;
        this.attachments = attachments;
        this.translations = translations;
        this.events = events;
        this.anonymity = anonymity;
        this.jdbc = jdbc;
        this.template = template;
        this.access = access;
        this.journal = journal;
        this.youngPeople = youngPeople;
        this.clock = clock;
    }

    /** The latest published version, or the one numbered {@code number}, with the history. */
    @Transactional
    public YoungPersonCarePlan published(Viewer viewer, long youngPersonId, @Nullable Integer number) {
        ContentReader reader = access.reader(viewer, youngPersonId);
        AccessDecision decision = access.require(
                viewer, youngPersonId, InformationKind.CARE_PLAN, reader.decide(Content.of(InformationKind.CARE_PLAN)));
        AccessDecision healthDecision = reader.decide(Content.of(InformationKind.HEALTH));
        FamilyFilter filter = anonymity.filterFor(decision, youngPersonId);
        List<VersionRow> versions = jdbc.sql("""
                        SELECT id, version_number, published_at, next_review_on, youth_words, parents_words, author_name
                        FROM care_plan_version WHERE young_person_id = :id AND status = 'PUBLISHED'
                        ORDER BY version_number DESC""")
                .param("id", youngPersonId)
                .query((rs, n) -> new VersionRow(
                        rs.getLong("id"),
                        rs.getInt("version_number"),
                        rs.getTimestamp("published_at").toInstant(),
                        rs.getObject("next_review_on", LocalDate.class),
                        filter.show(DossierFamilyTexts.YOUTH_WORDS, rs.getLong("id"), rs.getString("youth_words")),
                        filter.show(DossierFamilyTexts.PARENTS_WORDS, rs.getLong("id"), rs.getString("parents_words")),
                        rs.getString("author_name")))
                .list();
        YoungPersonProfile profile = youngPeople.profile(viewer, youngPersonId);
        List<CarePlanSummary> history = versions.stream()
                .map(v -> new CarePlanSummary(v.id(), v.number(), v.publishedAt()))
                .toList();
        Optional<VersionRow> chosen = versions.stream()
                .filter(v -> number == null || v.number() == number)
                .findFirst();
        if (chosen.isEmpty()) {
            return new YoungPersonCarePlan(youngPersonId, profile.firstName(), null, history);
        }
        VersionRow shown = chosen.get();
        Optional<VersionRow> previous =
                versions.stream().filter(v -> v.number() == shown.number() - 1).findFirst();
        Map<Long, Map<CarePlanDomain, DomainPlan>> contents = contents(
                previous.isPresent() ? List.of(shown.id(), previous.get().id()) : List.of(shown.id()), filter);
        Map<CarePlanDomain, DomainPlan> current = contents.getOrDefault(shown.id(), Map.of());
        Map<CarePlanDomain, DomainPlan> before =
                previous.map(p -> contents.getOrDefault(p.id(), Map.of())).orElse(null);
        List<DomainPlan> domains = new ArrayList<>();
        Set<CarePlanDomain> changed = EnumSet.noneOf(CarePlanDomain.class);
        for (CarePlanDomain domain : CarePlanDomain.values()) {
            DomainPlan plan = current.getOrDefault(domain, new DomainPlan(domain, null, null, List.of(), null, false));
            if (!reader.mayRead(InformationKind.CARE_PLAN, domain)) {
                domains.add(DomainPlan.withheld(domain));
                continue;
            }
            domains.add(plan);
            if (before != null
                    && !plan.sameContentAs(
                            before.getOrDefault(domain, new DomainPlan(domain, null, null, List.of(), null, false)))) {
                changed.add(domain);
            }
        }
        journal.record(viewer, youngPersonId, InformationKind.CARE_PLAN, decision, AuditAction.READ);
        if (healthDecision.allowed() && current.containsKey(CarePlanDomain.HEALTH)) {
            journal.record(viewer, youngPersonId, InformationKind.HEALTH, healthDecision, AuditAction.READ);
        }
        return new YoungPersonCarePlan(
                youngPersonId,
                profile.firstName(),
                new CarePlanVersion(
                        shown.id(),
                        shown.number(),
                        shown.publishedAt(),
                        shown.nextReviewOn(),
                        shown.authorName(),
                        domains,
                        shown.youthWords(),
                        shown.parentsWords(),
                        changed),
                history);
    }

    /** A published version as a PDF, read (and journaled) like the page. */
    @Transactional
    public byte[] pdf(Viewer viewer, long youngPersonId, int number, Locale locale) {
        YoungPersonCarePlan plan = published(viewer, youngPersonId, number);
        CarePlanVersion shown = plan.shown();
        if (shown == null) {
            // A version number this young person's file does not have (an old link, an address typed by hand).
            throw access.refused(viewer, youngPersonId, InformationKind.CARE_PLAN, AccessReason.NOT_THEIR_FILE);
        }
        List<CarePlanAttachment.Printed> attached = attachments
                .orderedStream()
                .flatMap(a -> a.print(viewer, youngPersonId, shown.id(), locale).stream())
                .toList();
        return CarePlanPdf.render(
                shown, plan.showsLatest(), plan.firstName(), attached, locale, translations, dates, viewer.audience());
    }

    /** A young person's own PPE; a parent's, one per child whose file is open to them. */
    @Transactional
    public List<YoungPersonCarePlan> mine(Viewer viewer) {
        return mine(viewer, null, null);
    }

    /**
     * The same, with the version numbered {@code number} in place of the latest, for the young person {@code child}
     * (for every one when {@code child} is null). Each plan is read, and journaled, once: the page asks here for
     * the version it shows rather than reading the latest and then the one asked for.
     */
    @Transactional
    public List<YoungPersonCarePlan> mine(Viewer viewer, @Nullable Long child, @Nullable Integer number) {
        if (viewer.role() == Role.JEUNE && viewer.youngPersonId() != null) {
            long own = viewer.youngPersonId();
            return List.of(published(viewer, own, child == null || child == own ? number : null));
        }
        if (viewer.role() == Role.PARENT) {
            List<YoungPersonCarePlan> plans = new ArrayList<>();
            for (ChildCard card : youngPeople.children(viewer)) {
                if (card.open()) {
                    long id = card.openId();
                    plans.add(published(viewer, id, child == null || child == id ? number : null));
                }
            }
            return plans;
        }
        throw new IllegalStateException("Only young people and parents read 'my PPE'");
    }

    /** The référent's draft: the one in progress, else a copy of the latest published version, else empty. */
    @Transactional
    public CarePlanDraft draft(Viewer viewer, long youngPersonId) {
        AccessDecision decision = requireReferent(viewer, youngPersonId);
        Long versionId = jdbc.sql("""
                        SELECT id FROM care_plan_version WHERE young_person_id = :id
                        ORDER BY status = 'DRAFT' DESC, version_number DESC LIMIT 1""")
                .param("id", youngPersonId)
                .query(Long.class)
                .optional()
                .orElse(null);
        journal.record(viewer, youngPersonId, InformationKind.CARE_PLAN, decision, AuditAction.READ);
        if (versionId == null) {
            return CarePlanDraft.empty();
        }
        DraftRow version = jdbc.sql("""
                        SELECT id, version_number, published_at, next_review_on, youth_words, parents_words, author_name
                        FROM care_plan_version WHERE id = :id""")
                .param("id", versionId)
                .query((rs, n) -> new DraftRow(
                        rs.getObject("next_review_on", LocalDate.class),
                        rs.getString("youth_words"),
                        rs.getString("parents_words")))
                .single();
        Map<CarePlanDomain, DomainPlan> contents =
                contents(List.of(versionId), FamilyFilter.NONE).getOrDefault(versionId, Map.of());
        Map<CarePlanDomain, CarePlanDraft.DraftDomain> domains = new EnumMap<>(CarePlanDomain.class);
        for (CarePlanDomain domain : CarePlanDomain.values()) {
            DomainPlan plan = contents.get(domain);
            domains.put(
                    domain,
                    plan == null
                            ? CarePlanDraft.DraftDomain.empty()
                            : new CarePlanDraft.DraftDomain(
                                    nz(plan.needs()), nz(plan.objectives()), nz(plan.evaluation()), plan.actions()));
        }
        return new CarePlanDraft(version.nextReviewOn(), nz(version.youthWords()), nz(version.parentsWords()), domains);
    }

    /**
     * The review date of the latest published version, for the référent's page (null before the first version): one
     * statement, journaled as a read of the PPE.
     */
    @Transactional
    public @Nullable LocalDate nextReview(Viewer viewer, long youngPersonId) {
        AccessDecision decision = requireReferent(viewer, youngPersonId);
        LocalDate review = jdbc.sql("""
                        SELECT next_review_on FROM care_plan_version
                        WHERE young_person_id = :id AND status = 'PUBLISHED'
                        ORDER BY version_number DESC LIMIT 1""")
                .param("id", youngPersonId)
                .query((rs, n) -> rs.getObject("next_review_on", LocalDate.class))
                .optional()
                .orElse(null);
        journal.record(viewer, youngPersonId, InformationKind.CARE_PLAN, decision, AuditAction.READ);
        return review;
    }

    /** The number the draft will have once published, for the editor's preview (the same count as publishing). */
    @Transactional(readOnly = true)
    public int nextVersionNumber(Viewer viewer, long youngPersonId) {
        requireReferent(viewer, youngPersonId);
        return store.nextNumber(youngPersonId);
    }

    /** Saves the draft whole, or nothing at all when a field is wrong. */
    @Transactional
    public void saveDraft(Viewer viewer, long youngPersonId, CarePlanDraft draft) {
        requireReferent(viewer, youngPersonId);
        validate(youngPersonId, draft);
        store.storeDraft(referentAccount(viewer), viewer.displayName(), youngPersonId, draft);
    }

    /** Publishes the draft as the next version; from now on it never changes. */
    @Transactional
    public int publish(Viewer viewer, long youngPersonId, CarePlanDraft draft) {
        requireReferent(viewer, youngPersonId);
        validate(youngPersonId, draft);
        long versionId = store.storeDraft(referentAccount(viewer), viewer.displayName(), youngPersonId, draft);
        int number = store.markPublished(youngPersonId, versionId, clock.instant());
        events.publishEvent(new CarePlanPublished(youngPersonId, number));
        return number;
    }

    /**
     * Publishes the next version as a copy of the latest published one (or an empty one), with a new review date, so
     * that another module can attach its part to it (the projet d'accès à l'autonomie). The référent's draft in
     * progress is left as it is. {@code familyTexts} are the attachment's texts the family will read: under an
     * anonymity order, any that names the placement is refused, field by field, and nothing is written.
     */
    @Transactional
    public AttachedVersion publishForAttachment(
            Viewer viewer, long youngPersonId, @Nullable LocalDate nextReviewOn, Map<String, String> familyTexts) {
        requireReferent(viewer, youngPersonId);
        Map<String, String> errors = new LinkedHashMap<>();
        reviewDateError(youngPersonId, nextReviewOn).ifPresent(key -> errors.put("nextReviewOn", key));
        anonymity.leaks(youngPersonId, familyTexts).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AttachedVersion version = store.copyLatestAsPublished(
                referentAccount(viewer),
                viewer.displayName(),
                youngPersonId,
                Objects.requireNonNull(nextReviewOn, "a missing date was refused above"),
                clock.instant());
        events.publishEvent(new CarePlanPublished(youngPersonId, version.number()));
        return version;
    }

    private void validate(long youngPersonId, CarePlanDraft draft) {
        LocalDate today = LocalDate.now(clock);
        LocalDate birthDate = jdbc.sql("SELECT birth_date FROM young_person WHERE id = :id")
                .param("id", youngPersonId)
                .query(LocalDate.class)
                .single();
        Map<String, String> errors = new LinkedHashMap<>();
        reviewDateError(birthDate, today, draft.nextReviewOn()).ifPresent(key -> errors.put("nextReviewOn", key));
        draft.domains().forEach((domain, content) -> {
            for (int i = 0; i < content.actions().size(); i++) {
                CarePlanAction action = content.actions().get(i);
                if (action.blank()) {
                    continue;
                }
                String field = domain.name() + ".action." + i + ".";
                if (action.what() == null || action.what().isBlank()) {
                    errors.put(field + "what", "ppe.error.action.what");
                } else if (action.what().length() > MAX_ACTION_WHAT) {
                    errors.put(field + "what", "ppe.error.too-long");
                }
                if (action.who() == null || action.who().isBlank()) {
                    errors.put(field + "who", "ppe.error.action.who");
                } else if (action.who().length() > MAX_ACTION_WHO) {
                    errors.put(field + "who", "ppe.error.too-long");
                }
                if (action.dueOn() != null
                        && (action.dueOn().isBefore(birthDate) || action.dueOn().isAfter(birthDate.plusYears(21)))) {
                    errors.put(field + "dueOn", "ppe.error.action.due-impossible");
                }
            }
        });
        CarePlanStore.familyTexts(draft).forEach((field, text) -> {
            if (text != null && text.length() > MAX_TEXT) {
                errors.putIfAbsent(field, "ppe.error.too-long");
            }
        });
        anonymity.leaks(youngPersonId, CarePlanStore.familyTexts(draft)).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new CarePlanInvalidException(errors);
        }
    }

    private Optional<String> reviewDateError(long youngPersonId, @Nullable LocalDate review) {
        LocalDate birthDate = jdbc.sql("SELECT birth_date FROM young_person WHERE id = :id")
                .param("id", youngPersonId)
                .query(LocalDate.class)
                .single();
        return reviewDateError(birthDate, LocalDate.now(clock), review);
    }

    /** Reviewed at least every year, every six months under 2 (art. L223-1-1 CASF). */
    private static Optional<String> reviewDateError(LocalDate birthDate, LocalDate today, @Nullable LocalDate review) {
        boolean underTwo = Ages.on(birthDate, today) < 2;
        if (review == null) {
            return Optional.of("ppe.error.review.missing");
        }
        if (!review.isAfter(today)) {
            return Optional.of("ppe.error.review.past");
        }
        if (review.isAfter(underTwo ? today.plusMonths(6) : today.plusYears(1))) {
            return Optional.of(underTwo ? "ppe.error.review.six-months" : "ppe.error.review.one-year");
        }
        return Optional.empty();
    }

    private AccessDecision requireReferent(Viewer viewer, long youngPersonId) {
        return access.requireProfessional(viewer, youngPersonId, InformationKind.CARE_PLAN);
    }

    /** Called after {@link #requireReferent}: the policy lets only a professional's account through. */
    private static long referentAccount(Viewer viewer) {
        return Objects.requireNonNull(viewer.accountId(), "the référent was let through, so has an account");
    }

    /** Domains and actions of several versions in two statements, without what the filter withholds. */
    private Map<Long, Map<CarePlanDomain, DomainPlan>> contents(List<Long> versionIds, FamilyFilter filter) {
        Map<Long, Map<CarePlanDomain, List<CarePlanAction>>> actions = new LinkedHashMap<>();
        jdbc.sql("SELECT id, version_id, domain, what, who, due_on FROM care_plan_action WHERE version_id IN (:ids) "
                        + "ORDER BY version_id, domain, position")
                .param("ids", versionIds)
                .query(rs -> {
                    if (filter.hides(DossierFamilyTexts.ACTION_WHAT, rs.getLong("id"), rs.getString("what"))
                            || filter.hides(DossierFamilyTexts.ACTION_WHO, rs.getLong("id"), rs.getString("who"))) {
                        return;
                    }
                    actions.computeIfAbsent(rs.getLong("version_id"), id -> new EnumMap<>(CarePlanDomain.class))
                            .computeIfAbsent(CarePlanDomain.valueOf(rs.getString("domain")), d -> new ArrayList<>())
                            .add(new CarePlanAction(
                                    rs.getString("what"),
                                    rs.getString("who"),
                                    rs.getObject("due_on", LocalDate.class)));
                });
        Map<Long, Map<CarePlanDomain, DomainPlan>> result = new LinkedHashMap<>();
        jdbc.sql("SELECT version_id, domain, needs, objectives, evaluation FROM care_plan_domain "
                        + "WHERE version_id IN (:ids)")
                .param("ids", versionIds)
                .query(rs -> {
                    long versionId = rs.getLong("version_id");
                    CarePlanDomain domain = CarePlanDomain.valueOf(rs.getString("domain"));
                    List<CarePlanAction> domainActions =
                            actions.getOrDefault(versionId, Map.of()).getOrDefault(domain, List.of());
                    String key = versionId + "." + domain.name();
                    result.computeIfAbsent(versionId, id -> new EnumMap<>(CarePlanDomain.class))
                            .put(
                                    domain,
                                    new DomainPlan(
                                            domain,
                                            filter.show(DossierFamilyTexts.NEEDS, key, rs.getString("needs")),
                                            filter.show(DossierFamilyTexts.OBJECTIVES, key, rs.getString("objectives")),
                                            List.copyOf(domainActions),
                                            filter.show(DossierFamilyTexts.EVALUATION, key, rs.getString("evaluation")),
                                            false));
                });
        return result;
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text;
    }

    private record VersionRow(
            long id,
            int number,
            Instant publishedAt,
            @Nullable LocalDate nextReviewOn,
            @Nullable String youthWords,
            @Nullable String parentsWords,
            String authorName) {}

    /** A draft's own texts: the rest of the version is what its domains say. */
    private record DraftRow(
            @Nullable LocalDate nextReviewOn,
            @Nullable String youthWords,
            @Nullable String parentsWords) {}
}
