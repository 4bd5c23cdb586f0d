package fr.reperes.autonomy;

import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.dossier.imports.DossierImport.NewYoungPerson;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountSummary;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A référent of their own with young people of their own, and the pathway rows (entretien, projet, request,
 * contract) written straight into the tables, so that a test controls every date without the personas changing.
 */
public final class PathwayFixtures {

    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final DossierImport dossier;
    private final AccountDirectory accounts;
    private final Clock clock;

    public PathwayFixtures(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.dossier = context.getBean(DossierImport.class);
        this.accounts = context.getBean(AccountDirectory.class);
        this.clock = context.getBean(Clock.class);
    }

    /** A référent who signs in as {@code subject} and follows only the young people given to {@link #follow}. */
    public record Referent(PathwayFixtures fixtures, String subject, Viewer viewer, long territoryId) {

        public long follow(String lastName, LocalDate birthDate) {
            return fixtures.dossier
                    .youngPeople(
                            viewer.departementId(),
                            List.of(new NewYoungPerson(
                                    territoryId, "Jeune", lastName, birthDate, viewer.professionalId(), false)))
                    .getFirst();
        }
    }

    public Referent newReferent() {
        long departement = TestSignIn.viewer(context, "claire").departementId();
        long service = jdbc.sql("SELECT id FROM service_team WHERE departement_id = :d ORDER BY id LIMIT 1")
                .param("d", departement)
                .query(Long.class)
                .single();
        long territory = jdbc.sql("SELECT territory_id FROM service_team WHERE id = :s")
                .param("s", service)
                .query(Long.class)
                .single();
        String subject = "referent-parcours-" + System.nanoTime();
        long professional = dossier.professional(departement, service, "Camille", subject, "Référente ASE", null, null);
        AccountSummary account = accounts.create(
                NewAccount.professional(departement, Role.REFERENT, "Camille " + subject, professional));
        accounts.linkIdentity(account.id(), subject);
        return new Referent(this, subject, TestSignIn.viewer(context, subject), territory);
    }

    /** The entretien des 17 ans, a meeting of kind INTERVIEW; held when {@code heldOn} is given. */
    public void interview(long youngPersonId, Referent referent, LocalDateTime at, LocalDate heldOn) {
        long meeting = insert(jdbc.sql("INSERT INTO meeting (young_person_id, kind, starts_at, place, "
                        + "created_by_account_id) VALUES (:yp, 'INTERVIEW', :at, 'Service ASE', :account)")
                .param("yp", youngPersonId)
                .param("at", at)
                .param("account", referent.viewer().accountId()));
        jdbc.sql("INSERT INTO autonomy_interview (young_person_id, meeting_id, scheduled_by_account_id, "
                        + "scheduled_by_name, scheduled_at, held_on) "
                        + "VALUES (:yp, :m, :account, 'Camille', :now, :held)")
                .param("yp", youngPersonId)
                .param("m", meeting)
                .param("account", referent.viewer().accountId())
                .param("now", Timestamp.valueOf(at.minusDays(30)))
                .param("held", heldOn)
                .update();
    }

    /** A projet d'accès à l'autonomie, attached to a new published PPE version. */
    public void project(long youngPersonId, Referent referent, LocalDateTime recordedAt) {
        int number = jdbc.sql("SELECT COALESCE(MAX(version_number), 0) + 1 FROM care_plan_version "
                        + "WHERE young_person_id = :yp")
                .param("yp", youngPersonId)
                .query(Integer.class)
                .single();
        long version = insert(jdbc.sql("INSERT INTO care_plan_version (young_person_id, status, version_number, "
                        + "author_account_id, author_name, created_at, published_at) "
                        + "VALUES (:yp, 'PUBLISHED', :n, :account, 'Camille', :at, :at)")
                .param("yp", youngPersonId)
                .param("n", number)
                .param("account", referent.viewer().accountId())
                .param("at", Timestamp.valueOf(recordedAt)));
        jdbc.sql("INSERT INTO autonomy_project (young_person_id, care_plan_version_id, author_account_id, "
                        + "author_name, recorded_at) VALUES (:yp, :v, :account, 'Camille', :at)")
                .param("yp", youngPersonId)
                .param("v", version)
                .param("account", referent.viewer().accountId())
                .param("at", Timestamp.valueOf(recordedAt))
                .update();
    }

    public long request(
            long youngPersonId, Long renewalOf, RequestStatus status, LocalDate submittedOn, LocalDate decidedOn) {
        return insert(jdbc.sql("INSERT INTO young_adult_request (young_person_id, renewal_of_contract_id, status, "
                        + "created_at, updated_at, submitted_on, decided_on) "
                        + "VALUES (:yp, :renewal, :status, :now, :now, :submitted, :decided)")
                .param("yp", youngPersonId)
                .param("renewal", renewalOf)
                .param("status", status.name())
                .param("now", Timestamp.from(clock.instant()))
                .param("submitted", submittedOn)
                .param("decided", decidedOn));
    }

    /** A contract granted on a request of its own, ending on that day. */
    public long contract(long youngPersonId, LocalDate endsOn) {
        long granted =
                request(youngPersonId, null, RequestStatus.GRANTED, endsOn.minusMonths(8), endsOn.minusMonths(7));
        return contract(youngPersonId, granted, endsOn);
    }

    public long contract(long youngPersonId, long requestId, LocalDate endsOn) {
        return insert(jdbc.sql("INSERT INTO young_adult_contract (young_person_id, request_id, objectives, starts_on, "
                        + "ends_on, next_review_on, recorded_by_name, recorded_at) "
                        + "VALUES (:yp, :request, 'Logement et formation', :starts, :ends, :review, 'Camille', :now)")
                .param("yp", youngPersonId)
                .param("request", requestId)
                .param("starts", endsOn.minusMonths(6))
                .param("ends", endsOn)
                .param("review", endsOn.minusMonths(3))
                .param("now", Timestamp.from(clock.instant())));
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKey().longValue();
    }
}
