package fr.reperes.participation;

import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.imports.CouncilImport;
import fr.reperes.participation.imports.CouncilImport.NewMandate;
import fr.reperes.participation.imports.CouncilImport.NewProposal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A council of its own for a vote test, in a département of its own (so that no demo figure or other test sees its
 * people): {@code size} young people with a mandate active from a year ago to a year ahead, one viewer each, and the
 * other roles of that département (animateur, référent, parent, observatoire, a young person who is no member).
 */
final class VoteFixture {

    final long departementId;
    final long councilId;
    final List<Long> mandates = new ArrayList<>();
    final List<Viewer> members = new ArrayList<>();
    final Viewer animateur;
    final Viewer nonMember;
    final Viewer referent;
    final Viewer parent;
    final Viewer observatoire;

    private final JdbcClient jdbc;
    private final CouncilImport councils;
    private final long territory;
    private long accounts = 900_000_000L;

    /** A member added after the fixture was made: their viewer, their person, their first mandate. */
    record Seat(Viewer viewer, long youngPersonId, long mandateId) {}

    VoteFixture(ApplicationContext context, int size) {
        jdbc = context.getBean(JdbcClient.class);
        councils = context.getBean(CouncilImport.class);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        departementId = insert(
                "INSERT INTO departement (code, name) VALUES (:code, :name)", "T" + tag, "Test des votes " + tag);
        territory =
                insert("INSERT INTO territory (departement_id, name) VALUES (" + departementId + ", :code)", tag, null);
        councilId = councils.council(departementId, null, CouncilKind.YOUTH, "Conseil des votes " + tag);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        for (int i = 0; i < size; i++) {
            long youngPerson = youngPerson(territory, "Membre" + i);
            mandates.add(councils.mandate(new NewMandate(
                    councilId,
                    youngPerson,
                    null,
                    "Membre" + i,
                    MemberSex.UNSAID,
                    today.minusYears(1),
                    today.plusYears(1),
                    null,
                    null)));
            members.add(viewer(Role.JEUNE, "Membre" + i, youngPerson));
        }
        animateur = viewer(Role.ANIMATEUR, "Animateur", null);
        nonMember = viewer(Role.JEUNE, "Horsconseil", youngPerson(territory, "Horsconseil"));
        referent = viewer(Role.REFERENT, "Référent", null);
        parent = viewer(Role.PARENT, "Parent", null);
        observatoire = viewer(Role.OBSERVATOIRE, "Observatoire", null);
    }

    /**
     * One more young person of the département with a mandate of the council from {@code from} to {@code to}
     * (not in {@link #members}, so that the fixture's figures stay as they were).
     */
    Seat seat(String firstName, LocalDate from, LocalDate to) {
        long youngPerson = youngPerson(territory, firstName);
        return new Seat(viewer(Role.JEUNE, firstName, youngPerson), youngPerson, mandate(youngPerson, from, to, null));
    }

    /** Another mandate of the council for a young person (a renewal of {@code renews}, or a new one). */
    long mandate(long youngPersonId, LocalDate from, LocalDate to, @Nullable Long renews) {
        return councils.mandate(
                new NewMandate(councilId, youngPersonId, null, "Siège", MemberSex.UNSAID, from, to, renews, null));
    }

    /** A published proposal of the council, by its first member. */
    long proposal(String title) {
        return proposal(title, mandates.getFirst());
    }

    /** A published proposal of the council, written under {@code authorMandate}. */
    long proposal(String title, long authorMandate) {
        Instant published = Instant.now().minusSeconds(86_400);
        return councils.proposal(new NewProposal(
                councilId,
                authorMandate,
                title,
                "Le texte de " + title,
                ProposalTheme.DAILY_LIFE,
                ProposalStatus.PUBLISHED,
                published,
                published));
    }

    ProposalStatus status(long proposalId) {
        return ProposalStatus.valueOf(jdbc.sql("SELECT status FROM proposal WHERE id = :id")
                .param("id", proposalId)
                .query(String.class)
                .single());
    }

    /** Every role of the département that is no member of the council. */
    List<Viewer> outsiders() {
        return List.of(animateur, nonMember, referent, parent, observatoire);
    }

    private Viewer viewer(Role role, String name, @Nullable Long youngPersonId) {
        return new Viewer(accounts++, null, name, role, departementId, youngPersonId, null, null);
    }

    private long youngPerson(long territory, String firstName) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO young_person (departement_id, territory_id, first_name, last_name, birth_date)
                        VALUES (:d, :t, :f, 'Votant', '2010-01-01')""")
                .param("d", departementId)
                .param("t", territory)
                .param("f", firstName)
                .update(key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private long insert(String sql, String code, @Nullable String name) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        var statement = jdbc.sql(sql).param("code", code);
        if (name != null) {
            statement = statement.param("name", name);
        }
        statement.update(key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** A clock the test moves, in the département's zone. */
    static final class TestClock extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        TestClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new TestClock(now, other);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
