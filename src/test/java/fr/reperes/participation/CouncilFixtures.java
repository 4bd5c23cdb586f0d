package fr.reperes.participation;

import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountSummary;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.imports.CouncilImport;
import fr.reperes.participation.imports.CouncilImport.NewMandate;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test's own councils and members: the whole suite shares one database, so whatever a test changes it creates.
 * Young people and parents are taken from the generated population among those with no account and no mandate, and
 * given an account, as the demo's members are.
 */
final class CouncilFixtures {

    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final long departementId;

    CouncilFixtures(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.departementId = TestSignIn.viewer(context, "yanis").departementId();
    }

    Viewer animateur() {
        return TestSignIn.viewer(context, "yanis");
    }

    long council(CouncilKind kind) {
        return context.getBean(CouncilImport.class)
                .council(
                        departementId,
                        null,
                        kind,
                        "Conseil d'essai " + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A young person aged 12 to 20 of the generated population, with a fresh account, on no council. */
    Viewer youngPerson() {
        LocalDate today = LocalDate.now();
        Long id = jdbc.sql("""
                        SELECT yp.id FROM young_person yp
                        WHERE yp.departement_id = :dep AND yp.birth_date BETWEEN :oldest AND :youngest
                          AND NOT EXISTS (SELECT 1 FROM account a WHERE a.young_person_id = yp.id)
                          AND NOT EXISTS (SELECT 1 FROM council_mandate m WHERE m.young_person_id = yp.id)
                          AND NOT EXISTS (SELECT 1 FROM council_invitation i WHERE i.young_person_id = yp.id)
                        ORDER BY yp.id LIMIT 1""")
                .param("dep", departementId)
                .param("oldest", today.minusYears(20))
                .param("youngest", today.minusYears(12))
                .query(Long.class)
                .single();
        String name = name("young_person", id);
        AccountSummary account =
                context.getBean(AccountDirectory.class).create(NewAccount.youngPerson(departementId, name, id));
        String subject = "conseil-" + UUID.randomUUID();
        context.getBean(AccountDirectory.class).linkIdentity(account.id(), subject);
        return new Viewer(account.id(), subject, name, Role.JEUNE, departementId, id, null, null);
    }

    /** A parent of the generated population with a fresh account, on no council. */
    Viewer parent() {
        Long id = jdbc.sql("""
                        SELECT p.id FROM parent p
                        WHERE p.departement_id = :dep
                          AND NOT EXISTS (SELECT 1 FROM account a WHERE a.parent_id = p.id)
                          AND NOT EXISTS (SELECT 1 FROM council_mandate m WHERE m.parent_id = p.id)
                          AND NOT EXISTS (SELECT 1 FROM council_invitation i WHERE i.parent_id = p.id)
                        ORDER BY p.id DESC LIMIT 1""").param("dep", departementId).query(Long.class).single();
        String name = name("parent", id);
        AccountSummary account =
                context.getBean(AccountDirectory.class).create(NewAccount.parent(departementId, name, id));
        String subject = "conseil-" + UUID.randomUUID();
        context.getBean(AccountDirectory.class).linkIdentity(account.id(), subject);
        return new Viewer(account.id(), subject, name, Role.PARENT, departementId, null, id, null);
    }

    /** A mandate of a young person (or parent) with these dates, as an import would write it. */
    long mandate(long council, Viewer member, LocalDate startsOn, LocalDate endsOn, @Nullable LocalDate resignedOn) {
        return context.getBean(CouncilImport.class)
                .mandate(new NewMandate(
                        council,
                        member.youngPersonId(),
                        member.parentId(),
                        firstName(member),
                        MemberSex.UNSAID,
                        startsOn,
                        endsOn,
                        null,
                        resignedOn));
    }

    static String firstName(Viewer member) {
        return member.displayName().substring(0, member.displayName().indexOf(' '));
    }

    static String lastName(Viewer member) {
        return member.displayName().substring(member.displayName().indexOf(' ') + 1);
    }

    private String name(String table, long id) {
        return jdbc.sql("SELECT CONCAT(first_name, ' ', last_name) FROM " + table + " WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
