package fr.reperes.dossier;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessPolicy;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.access.ParentalAuthority;
import fr.reperes.access.Relationship;
import fr.reperes.access.Situation;
import fr.reperes.dossier.caseload.AccountState;
import fr.reperes.dossier.caseload.CaseloadFilter;
import fr.reperes.dossier.caseload.CaseloadRow;
import fr.reperes.dossier.caseload.ParentLine;
import fr.reperes.dossier.caseload.YoungPersonFile;
import fr.reperes.dossier.home.Milestones;
import fr.reperes.dossier.home.YouthOverview;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountSummary;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of young people's identity: every method decides through {@link DossierAccess} and journals the read. */
@Service
public class YoungPersonService {

    private static final String PROFILE_COLUMNS = """
            yp.id, yp.first_name, yp.last_name, yp.birth_date, yp.placement_anonymity_ordered, t.name AS territory,
            r.first_name AS r_first, r.last_name AS r_last, r.job_title AS r_title, r.phone AS r_phone,
            r.email AS r_email, s.name AS r_service, s.phone AS s_phone""";
    private static final String PROFILE_JOINS = """
            young_person yp
            JOIN territory t ON t.id = yp.territory_id
            LEFT JOIN professional r ON r.id = yp.referent_id
            LEFT JOIN service_team s ON s.id = r.service_id""";

    private final JdbcClient jdbc;
    private final DossierAccess access;
    private final AccessPolicy policy;
    private final AuditJournal journal;
    private final AccountDirectory accounts;
    private final Clock clock;

    YoungPersonService(
            JdbcClient jdbc,
            DossierAccess access,
            AccessPolicy policy,
            AuditJournal journal,
            AccountDirectory accounts,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.policy = policy;
        this.journal = journal;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public YoungPersonProfile profile(Viewer viewer, long youngPersonId) {
        AccessDecision decision = access.require(viewer, youngPersonId, InformationKind.IDENTITY);
        YoungPersonProfile profile = loadProfile(youngPersonId);
        journal.record(viewer, youngPersonId, InformationKind.IDENTITY, decision, AuditAction.READ);
        return profile;
    }

    /** The young person's own home page: who they are, who follows them, and the steps ahead. */
    @Transactional
    public YouthOverview overview(Viewer viewer) {
        if (viewer.youngPersonId() == null) {
            throw new IllegalStateException("Only a young person has an overview");
        }
        YoungPersonProfile profile = profile(viewer, viewer.youngPersonId());
        return new YouthOverview(profile, Milestones.ahead(profile.birthDate(), today()));
    }

    /** The référent's page for a young person: identity, parents and whether each can sign in. */
    @Transactional
    public YoungPersonFile file(Viewer viewer, long youngPersonId) {
        AccessDecision decision = access.requireProfessional(viewer, youngPersonId, InformationKind.IDENTITY);
        YoungPersonProfile profile = loadProfile(youngPersonId);
        boolean anonymity = jdbc.sql("SELECT placement_anonymity_ordered FROM young_person WHERE id = :id")
                .param("id", youngPersonId)
                .query(Boolean.class)
                .single();
        List<ParentRow> parentRows = jdbc.sql("""
                        SELECT p.id, p.first_name, p.last_name, pl.kinship, pl.authority, pl.granted_by_young_adult
                        FROM parent_link pl JOIN parent p ON p.id = pl.parent_id
                        WHERE pl.young_person_id = :id ORDER BY pl.kinship, p.last_name""")
                .param("id", youngPersonId)
                .query((rs, n) -> new ParentRow(
                        rs.getLong("id"),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        Kinship.valueOf(rs.getString("kinship")),
                        ParentalAuthority.valueOf(rs.getString("authority")),
                        rs.getBoolean("granted_by_young_adult")))
                .list();
        Map<Long, AccountSummary> parentAccounts =
                accounts.forParents(parentRows.stream().map(ParentRow::id).toList()).stream()
                        .collect(Collectors.toMap(AccountSummary::parentId, Function.identity()));
        List<ParentLine> parents = parentRows.stream()
                .map(row -> new ParentLine(
                        row.id(),
                        row.firstName(),
                        row.lastName(),
                        row.kinship(),
                        row.authority(),
                        row.granted(),
                        stateOf(parentAccounts.get(row.id()))))
                .toList();
        AccountState youngAccount =
                stateOf(accounts.forYoungPerson(youngPersonId).orElse(null));
        journal.record(viewer, youngPersonId, InformationKind.IDENTITY, decision, AuditAction.READ);
        return new YoungPersonFile(profile, anonymity, youngAccount, parents);
    }

    /**
     * One page of the référent's own caseload, searched and filtered in the database: one query whatever the page
     * size (the rows, with the latest PPE's review date), then a batch of audit entries per kind of information.
     */
    @Transactional
    public List<CaseloadRow> caseload(Viewer viewer, CaseloadFilter filter, Pageable page) {
        AccessDecision decision = caseloadDecision(viewer);
        AccessDecision carePlanDecision = caseloadDecision(viewer, InformationKind.CARE_PLAN);
        LocalDate today = today();
        String where = caseloadWhere(filter);
        List<CaseloadRow> rows = bind(
                        jdbc.sql("SELECT yp.id, yp.first_name, yp.last_name, yp.birth_date, t.name AS territory, "
                                + "(SELECT v.next_review_on FROM care_plan_version v WHERE v.young_person_id = yp.id "
                                + "AND v.status = 'PUBLISHED' ORDER BY v.version_number DESC LIMIT 1) AS ppe_review_on "
                                + "FROM young_person yp JOIN territory t ON t.id = yp.territory_id WHERE "
                                + where + " ORDER BY yp.last_name, yp.first_name, yp.id LIMIT :limit OFFSET :offset"),
                        viewer,
                        filter,
                        today)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new CaseloadRow(
                        rs.getLong("id"),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getObject("birth_date", LocalDate.class),
                        Ages.on(rs.getObject("birth_date", LocalDate.class), today),
                        rs.getString("territory"),
                        rs.getObject("ppe_review_on", LocalDate.class)))
                .list();
        journal.recordAll(
                viewer,
                rows.stream().map(CaseloadRow::id).toList(),
                InformationKind.IDENTITY,
                decision,
                AuditAction.LISTED);
        List<Long> withPpe = rows.stream()
                .filter(row -> row.ppeReviewOn() != null)
                .map(CaseloadRow::id)
                .toList();
        if (!withPpe.isEmpty()) {
            journal.recordAll(viewer, withPpe, InformationKind.CARE_PLAN, carePlanDecision, AuditAction.LISTED);
        }
        return rows;
    }

    /** How many young people match the search in the référent's caseload (a number, no personal data). */
    @Transactional(readOnly = true)
    public long caseloadSize(Viewer viewer, CaseloadFilter filter) {
        caseloadDecision(viewer);
        return bind(
                        jdbc.sql("SELECT COUNT(*) FROM young_person yp WHERE " + caseloadWhere(filter)),
                        viewer,
                        filter,
                        today())
                .query(Long.class)
                .single();
    }

    public AccessDecision caseloadDecision(Viewer viewer) {
        return caseloadDecision(viewer, InformationKind.IDENTITY);
    }

    /**
     * A référent lists their own caseload: the policy's answer for an assigned référent, for the kind of information
     * the list shows (other modules' lists of the same caseload, such as the autonomy pathway, ask here too).
     */
    public AccessDecision caseloadDecision(Viewer viewer, InformationKind kind) {
        AccessDecision decision =
                policy.decide(viewer.role(), Situation.of(Relationship.ASSIGNED_REFERENT, false), kind);
        if (!decision.allowed() || viewer.professionalId() == null) {
            throw new AccessRefusedException(decision.allowed() ? AccessReason.NOT_THEIR_FILE : decision.reason());
        }
        return decision;
    }

    private static String caseloadWhere(CaseloadFilter filter) {
        StringBuilder where = new StringBuilder("yp.referent_id = :referent AND yp.departement_id = :dep");
        if (filter.hasText()) {
            where.append(" AND (yp.last_name LIKE :text OR yp.first_name LIKE :text"
                    + " OR CONCAT(yp.first_name, ' ', yp.last_name) LIKE :text)");
        }
        if (filter.ageBand() != null) {
            where.append(" AND yp.birth_date <= :bornOnOrBefore AND yp.birth_date > :bornAfter");
        }
        return where.toString();
    }

    /**
     * Whether anything of a file is open to the viewer: their own for a young person; for a parent, one child's at
     * least. A parent every file is closed to (authority withdrawn) is shown one page that explains it, nothing else.
     */
    @Transactional
    public boolean anyFileOpen(Viewer viewer) {
        if (viewer.role() == Role.JEUNE) {
            return viewer.youngPersonId() != null;
        }
        return viewer.role() == Role.PARENT && children(viewer).stream().anyMatch(ChildCard::open);
    }

    /** A parent's children: the ones they may see with their name, the others with only the reason. */
    @Transactional
    public List<ChildCard> children(Viewer viewer) {
        if (viewer.role() != Role.PARENT || viewer.parentId() == null) {
            throw new IllegalStateException("Only a parent has children cards");
        }
        LocalDate today = today();
        List<ChildRow> rows = jdbc.sql("SELECT " + PROFILE_COLUMNS + ", pl.authority, pl.granted_by_young_adult "
                        + "FROM " + PROFILE_JOINS + " JOIN parent_link pl ON pl.young_person_id = yp.id "
                        + "WHERE pl.parent_id = :parent AND yp.departement_id = :dep ORDER BY yp.birth_date")
                .param("parent", viewer.parentId())
                .param("dep", viewer.departementId())
                .query((rs, n) -> new ChildRow(
                        profileFrom(rs, today),
                        rs.getBoolean("placement_anonymity_ordered"),
                        ParentalAuthority.valueOf(rs.getString("authority")),
                        rs.getBoolean("granted_by_young_adult")))
                .list();
        List<ChildCard> cards = new ArrayList<>();
        for (ChildRow row : rows) {
            YoungPersonProfile child = row.profile();
            AccessDecision decision = policy.decide(
                    viewer.role(),
                    Situation.parent(
                            row.authority(), child.age() >= Ages.MAJORITY, row.anonymityOrdered(), row.granted()),
                    InformationKind.IDENTITY);
            cards.add(
                    decision.allowed()
                            ? new ChildCard(
                                    child.id(), child.firstName(), child.age(), child.referent(), decision.reason())
                            : new ChildCard(null, null, null, null, decision.reason()));
        }
        cards.stream()
                .filter(ChildCard::open)
                .collect(Collectors.groupingBy(
                        ChildCard::reason, Collectors.mapping(ChildCard::youngPersonId, Collectors.toList())))
                .forEach((reason, ids) -> journal.recordAll(
                        viewer, ids, InformationKind.IDENTITY, new AccessDecision(reason), AuditAction.LISTED));
        return cards;
    }

    private JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, Viewer viewer, CaseloadFilter filter, LocalDate today) {
        spec = spec.param("referent", viewer.professionalId()).param("dep", viewer.departementId());
        String text = filter.text();
        if (text != null && !text.isBlank()) {
            spec = spec.param("text", "%" + text.trim().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.ageBand() != null) {
            spec = spec.param("bornOnOrBefore", filter.ageBand().bornOnOrBefore(today))
                    .param("bornAfter", filter.ageBand().bornAfter(today));
        }
        return spec;
    }

    private YoungPersonProfile loadProfile(long youngPersonId) {
        LocalDate today = today();
        return jdbc.sql("SELECT " + PROFILE_COLUMNS + " FROM " + PROFILE_JOINS + " WHERE yp.id = :id")
                .param("id", youngPersonId)
                .query((rs, n) -> profileFrom(rs, today))
                .single();
    }

    private static YoungPersonProfile profileFrom(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate birthDate = rs.getObject("birth_date", LocalDate.class);
        ContactCard referent = rs.getString("r_last") == null
                ? null
                : new ContactCard(
                        rs.getString("r_first") + " " + rs.getString("r_last"),
                        rs.getString("r_title"),
                        rs.getString("r_service"),
                        firstNonNull(rs.getString("r_phone"), rs.getString("s_phone")),
                        rs.getString("r_email"));
        return new YoungPersonProfile(
                rs.getLong("id"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                birthDate,
                Ages.on(birthDate, today),
                rs.getString("territory"),
                referent);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static AccountState stateOf(@Nullable AccountSummary account) {
        if (account == null) {
            return AccountState.NONE;
        }
        return account.active() ? AccountState.ACTIVE : AccountState.INVITED;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private record ParentRow(
            long id,
            String firstName,
            String lastName,
            Kinship kinship,
            ParentalAuthority authority,
            boolean granted) {}

    private record ChildRow(
            YoungPersonProfile profile, boolean anonymityOrdered, ParentalAuthority authority, boolean granted) {}
}
